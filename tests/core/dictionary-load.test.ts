import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DictionaryError, parseDictionary, readDictionaries, readDictionaryFile } from "../../src/data/load";

const valid = `category: overclaim
confidence: inferred
basis: 医療広告ガイドライン 第3の1(3)
entries:
  - id: sample
    patterns: [劇的]
    message: 誇張です。
    rewrites: [改善が期待できる場合があります]
    examples:
      ng: [劇的に改善します。]
`;

function errorOf(fn: () => unknown): DictionaryError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DictionaryError);
    return error as DictionaryError;
  }
  throw new Error("expected a DictionaryError");
}

describe("dictionary loading", () => {
  test("applies the file defaults to each entry and records its line", () => {
    const [entry] = parseDictionary(valid, "user.yml");
    expect(entry).toMatchObject({ id: "sample", category: "overclaim", severity: "error", confidence: "inferred", line: 5, file: "user.yml" });
  });

  test("a YAML syntax error names the file and line", () => {
    const error = errorOf(() => parseDictionary(valid.replace("patterns: [劇的]", "patterns: [劇的"), "broken.yml"));
    expect(error.file).toBe("broken.yml");
    expect(error.line).toBeGreaterThanOrEqual(6);
    expect(error.message).toMatch(/^broken\.yml:\d+: /);
  });

  test("a schema error names the line of the offending entry field", () => {
    const error = errorOf(() => parseDictionary(valid.replace("rewrites: [改善が期待できる場合があります]", "rewrites: []"), "user.yml"));
    expect(error.line).toBe(8);
    expect(error.reason).toMatch(/rewrites/);
  });

  test("an unknown field is rejected rather than silently ignored", () => {
    const error = errorOf(() => parseDictionary(valid.replace("    message:", "    mesage: typo\n    message:"), "user.yml"));
    expect(error.reason).toMatch(/mesage/);
  });

  test("an entry without a basis is rejected", () => {
    const error = errorOf(() => parseDictionary(valid.replace("basis: 医療広告ガイドライン 第3の1(3)\n", ""), "user.yml"));
    expect(error.reason).toMatch(/basis/);
    expect(error.line).toBe(4);
  });

  test("duplicate ids across files are reported with both places", () => {
    const dir = mkdtempSync(join(tmpdir(), "dict-"));
    writeFileSync(join(dir, "a.yml"), valid);
    writeFileSync(join(dir, "b.yml"), valid);
    const error = errorOf(() => readDictionaries([join(dir, "a.yml"), join(dir, "b.yml")]));
    expect(error.message).toContain("a.yml:5");
    expect(error.file).toContain("b.yml");
  });

  test("an unreadable file is a DictionaryError naming it", () => {
    const error = errorOf(() => readDictionaryFile("/nonexistent/dictionary.yml"));
    expect(error.file).toBe("/nonexistent/dictionary.yml");
  });
});

describe("safe fixes", () => {
  test("a fix is refused on an entry whose match can span other words", () => {
    const withGap = valid.replace("patterns: [劇的]", "patterns: [劇的…改善]\n    fix: \"\"");
    const error = errorOf(() => parseDictionary(withGap, "user.yml"));
    expect(error.reason).toMatch(/fix/);
    expect(error.line).toBe(7);
  });
});

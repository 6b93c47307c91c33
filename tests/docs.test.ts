import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { withRuleSections } from "../src/docs/rule-tables";
import { toPrh } from "../src/docs/prh";
import { PACKAGE_ROOT, shippedEntries } from "../src/match/shipped";
import type { DictionaryEntry } from "../src/data/schema";

describe("generated documentation", () => {
  test("the README's rule sections match the dictionaries (run `npm run docs` after editing them)", () => {
    const readme = readFileSync(join(PACKAGE_ROOT, "README.md"), "utf8");
    expect(withRuleSections(readme, shippedEntries())).toBe(readme);
  });
});

describe("prh export", () => {
  const base: DictionaryEntry = {
    id: "gekiteki-test",
    category: "overclaim",
    severity: "error",
    confidence: "inferred",
    basis: "GL 第3の1(3)",
    patterns: ["劇的に"],
    regex: [],
    requires: [],
    unless: [],
    allows: [],
    message: "誇張です。",
    rewrites: ["改善"],
    fix: "",
    disabled: false,
    examples: { ng: ["劇的に改善します。"], ok: [] },
    file: "x.yml",
    line: 1
  };

  test("exports literal entries with a safe fix, with specs from their examples", () => {
    const prh = parse(toPrh([base]));
    expect(prh.version).toBe(1);
    expect(prh.rules).toEqual([
      { expected: "", patterns: ["劇的に"], prh: "誇張です。 根拠: GL 第3の1(3) [gekiteki-test]", specs: [{ from: "劇的に改善します。", to: "改善します。" }] }
    ]);
  });

  test("leaves out entries that need morphology or have no safe fix", () => {
    const { fix: _fix, ...noFix } = base;
    expect(parse(toPrh([noFix, { ...base, patterns: ["必ず…治る"] }])).rules).toEqual([]);
  });
});

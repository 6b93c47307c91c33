import { readFileSync } from "node:fs";
import { DictionaryError } from "../../src/data/load";
import { evidenceLexicon, LEXICON_PATH, parseEvidenceLexicon } from "../../src/checks/evidence/lexicon";
import { evidenceVocabulary } from "../../src/checks/evidence/vocabulary";

function errorOf(fn: () => unknown): DictionaryError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DictionaryError);
    return error as DictionaryError;
  }
  throw new Error("expected a DictionaryError");
}

const shipped = readFileSync(LEXICON_PATH, "utf8");

describe("evidence lexicon (dictionaries/lexicon/evidence.yml)", () => {
  test("the shipped lexicon validates and holds the reference labels and study classes", () => {
    const lexicon = evidenceLexicon();
    expect(lexicon.referenceLabels).toEqual(expect.arrayContaining(["引用文献", "参考文献", "出典", "References", "Bibliography"]));
    expect(lexicon.titleClasses.map((c) => c.class)).toEqual(expect.arrayContaining(["human-rct", "human-case-series", "animal", "in-vitro", "narrative-review", "systematic-review"]));
  });

  test("every term compiles in the dictionary term syntax", async () => {
    const vocabulary = await evidenceVocabulary();
    expect(vocabulary.claimVerbs.mayOccur("痛みを和らげます")).toBe(true);
    expect(vocabulary.sentenceEvidence.some((g) => g.cls === "animal")).toBe(true);
  });

  test("a YAML syntax error names the file and the line", () => {
    const broken = shipped.replace("referenceLabels:\n  - 引用文献", "referenceLabels:\n  - [引用文献");
    const error = errorOf(() => parseEvidenceLexicon(broken, "evidence.yml"));
    expect(error.message).toMatch(/^evidence\.yml:\d+: /);
    expect(error.line).toBeGreaterThan(1);
  });

  test("a schema error points at the offending entry's line", () => {
    const lines = shipped.split("\n");
    const at = lines.findIndex((l) => l.includes("- class: in-vitro"));
    lines[at] = lines[at]!.replace("in-vitro", "test-tube");
    const error = errorOf(() => parseEvidenceLexicon(lines.join("\n"), "evidence.yml"));
    expect(error.file).toBe("evidence.yml");
    expect(error.line).toBe(at + 1);
    expect(error.message).toContain("titleClasses");
  });

  test("a missing list is reported", () => {
    const withoutHedges = shipped.replace(/^hedges:.*$/m, "");
    expect(errorOf(() => parseEvidenceLexicon(withoutHedges, "evidence.yml")).message).toContain("hedges");
  });
});

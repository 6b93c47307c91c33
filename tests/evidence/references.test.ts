import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TxtParentNode } from "@textlint/ast-node-types";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import textPlugin from "@textlint/textlint-plugin-text";
import { buildDocument } from "../../src/model/document";
import { tokensOfText } from "../../src/page/context";
import { evidenceLexicon } from "../../src/checks/evidence/lexicon";
import { classifyTitle, findReferences, joinWrappedLines, parseEntry } from "../../src/checks/evidence/references";
import { analyzeEvidence } from "../../src/checks/evidence/evidence";
import { evidenceVocabulary } from "../../src/checks/evidence/vocabulary";

// The fixtures' references are invented for these tests (except where a test says otherwise).
const FIXTURES = join(__dirname, "..", "fixtures", "evidence");
const SEED = join(__dirname, "..", "..", "..", "shared", "seed", "column.txt");

/** textlint-plugin-html is an ES module: loaded with import() from these CommonJS tests. */
let htmlPlugin: unknown;
beforeAll(async () => {
  htmlPlugin = (await import("textlint-plugin-html")).default;
});
type Ext = ".md" | ".txt" | ".html";
function documentOf(text: string, ext: Ext) {
  const plugin = (ext === ".md" ? markdownPlugin : ext === ".html" ? htmlPlugin : textPlugin) as unknown as {
    Processor: new (options: object) => { processor(ext: string): { preProcess(text: string, path: string): unknown } };
  };
  const ast = new plugin.Processor({}).processor(ext).preProcess(text, `document${ext}`) as TxtParentNode;
  return buildDocument(ast, text);
}
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

describe("parseEntry", () => {
  test("authors first (Vancouver), with a DOI", () => {
    const entry = parseEntry("Tanaka K, Sato M, Ito Y. A randomized trial of an example drug for knee pain. J Example Med. 2020;12:34-56. doi:10.1234/jem.2020.001");
    expect(entry).toMatchObject({
      authors: ["Tanaka K", "Sato M", "Ito Y"],
      firstAuthor: "Tanaka",
      title: "A randomized trial of an example drug for knee pain",
      journal: "J Example Med",
      year: 2020,
      doi: "10.1234/jem.2020.001"
    });
  });

  test("title first, initials before the surname, journal and year in one segment", () => {
    const entry = parseEntry("Effect of an example medium on shoulder pain. K. Tanaka, et al. Example Rev Pharmacol 2022; 26 (5): 1570-1578.");
    expect(entry).toMatchObject({ firstAuthor: "Tanaka", title: "Effect of an example medium on shoulder pain", journal: "Example Rev Pharmacol", year: 2022 });
  });

  test("a Japanese book with its title in 『』, and a PMID", () => {
    expect(parseEntry("日本例示学会 編『例示疾患診療ガイドライン 2024年版』例示出版、2024年。")).toMatchObject({ title: "例示疾患診療ガイドライン 2024年版", year: 2024, authors: ["日本例示学会"] });
    expect(parseEntry("Sato M, et al. Example title. Example J. 2019;1:1-2. PMID: 31234567").pmid).toBe("31234567");
  });
});

describe("classifyTitle", () => {
  const lexicon = evidenceLexicon();
  test.each([
    ["A double-blind, placebo-controlled randomized trial of X in adults", "human-rct"],
    ["X attenuates arthritis in a rat model", "animal"],
    ["Tumor growth in xenografts in mice treated with X", "animal"],
    ["X for knee pain: a systematic review and meta-analysis", "systematic-review"],
    ["X raises NAD+ levels in cultured cells", "in-vitro"],
    ["X injection for shoulder pain: a case series of 12 patients", "human-case-series"],
    ["A prospective cohort study of X", "human-controlled"],
    ["Advances and challenges in X therapy", "narrative-review"]
  ])("%s → %s", (title, expected) => {
    const { cls, why } = classifyTitle(title, lexicon);
    expect(cls).toBe(expected);
    expect(why.length).toBeGreaterThan(0);
  });

  test("a title that names no design is unknown, with no reason", () => {
    expect(classifyTitle("Does X affect spinal circuits? Implications for pain", lexicon)).toEqual({ cls: "unknown", why: [] });
  });
});

describe("joinWrappedLines", () => {
  test("joins a title wrapped over two lines and keeps complete entries apart", () => {
    const entries = joinWrappedLines([
      "First title. Tanaka K, et al. J A. 2020;1:1.",
      "Second title that wraps",
      "onto a second line. Sato M, et al. J B. 2021;2:2.",
      "Third title. Ito Y, et al. J C. 2022;",
      "3:33-44."
    ]);
    expect(entries.map((e) => e.text)).toEqual([
      "First title. Tanaka K, et al. J A. 2020;1:1.",
      "Second title that wraps onto a second line. Sato M, et al. J B. 2021;2:2.",
      "Third title. Ito Y, et al. J C. 2022; 3:33-44."
    ]);
  });

  test("numbered lines each start an entry", () => {
    expect(joinWrappedLines(["1. A. 2020.", "2) B", "[3] C. 2021."]).map((e) => e.number)).toEqual(["1", "2", "3"]);
  });
});

describe("findReferences", () => {
  const lexicon = evidenceLexicon();

  test("plain text: the lines after the label, a wrapped entry joined, each classified from its title", () => {
    const list = findReferences(documentOf(fixture("animal-column.txt"), ".txt"), lexicon);
    expect(list.label?.text).toBe("参考文献");
    expect(list.entries.map((e) => e.cls)).toEqual(["animal", "in-vitro", "human-case-series", "narrative-review"]);
    expect(list.entries[2]!.title).toContain("knee osteoarthritis pain: a case series of 12 patients");
    expect(list.entries[2]!.why).toContain("title: case series");
  });

  test("Markdown: a numbered list under a heading and a footnote definition", () => {
    const list = findReferences(documentOf(fixture("cited-trials.md"), ".md"), lexicon);
    expect(list.entries.map((e) => [e.number, e.cls])).toEqual([
      ["meta", "systematic-review"],
      // The title says "controlled trial": a controlled human study, strong enough to carry a claim.
      ["1", "human-controlled"]
    ]);
    expect(list.entries.find((e) => e.number === "1")).toMatchObject({ firstAuthor: "Goadsby", year: 2017 });
  });

  test("HTML: list items under a heading are entries; a page without a list has none", () => {
    const html = "<html><body><p>本文です。</p><h2>参考文献</h2><ol><li>Tanaka K, et al. A randomized trial of X. J A. 2020;1:1.</li><li>Sato M, et al. X in mice. J B. 2021;2:2.</li></ol></body></html>";
    expect(findReferences(documentOf(html, ".html"), lexicon).entries.map((e) => e.cls)).toEqual(["human-rct", "animal"]);
    expect(findReferences(documentOf(fixture("no-references.html"), ".html"), lexicon).entries).toEqual([]);
  });
});

describe.skipIf(!existsSync(SEED))("the seed column (../shared/seed/column.txt)", () => {
  test("its reference list parses into 5 entries: Sano 2022 a human study, Akhlaghpasand 2025 a randomized trial", async () => {
    const document = documentOf(readFileSync(SEED, "utf8"), ".txt");
    const analysis = await analyzeEvidence(document, (s) => tokensOfText(s.text), await evidenceVocabulary());
    const { entries } = analysis.references;
    expect(entries).toHaveLength(5);
    const sano = entries.find((e) => e.firstAuthor === "Sano")!;
    expect(sano).toMatchObject({ year: 2022, cls: "human-case-series" });
    expect(sano.why.join(" ")).toMatch(/患者16名/);
    const trial = entries.find((e) => e.firstAuthor === "Akhlaghpasand")!;
    expect(trial.title).toMatch(/Schwann Cells\. Transplantation on Neuropathic Pain/);
    expect(trial).toMatchObject({ year: 2025, cls: "human-rct" });
  });
});

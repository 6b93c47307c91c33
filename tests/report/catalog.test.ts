import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { explainables, findExplainable, anchorOf } from "../../src/report/catalog";
import { idsDocument } from "../../src/docs/ids";
import { structureBasis, sources } from "../../src/data/sources";
import { explain } from "../../src/cli/explain";
import { shippedEntries } from "../../src/match/shipped";
import { PACKAGE_ROOT } from "../../src/match/shipped";
import { findingData } from "../../src/report/findings";
import { lintText } from "../helpers/lint";

/**
 * Every id a finding prints must be explained: by --explain, by docs/ids.md and by SARIF's helpUri.
 * The catalog is the one list; these tests lint real text and check each printed id against it.
 */

const SHARED = join(PACKAGE_ROOT, "..", "shared");
const CORPUS = join(PACKAGE_ROOT, "tests", "corpus");

async function printedIds(text: string, ext: ".md" | ".txt" | ".html"): Promise<string[]> {
  const messages = await lintText(text, ext);
  return messages.map((m) => findingData(m).id).filter((id): id is string => typeof id === "string");
}

function expectExplained(ids: Iterable<string>, where: string): void {
  for (const id of ids) {
    expect(findExplainable(id), `${where}: ${id} is not in the catalog`).toBeDefined();
    expect(() => explain(id), `${where}: --explain ${id}`).not.toThrow();
  }
}

describe("the catalog of explainable ids", () => {
  test("ids are unique and each has a title, a description, a basis and a way to fix it", () => {
    const ids = explainables().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of explainables()) {
      expect(e.title, e.id).not.toBe("");
      expect(e.description, e.id).not.toBe("");
      expect(e.basis, e.id).not.toBe("");
      expect(e.rewrites.length, e.id).toBeGreaterThan(0);
    }
  });

  test("every part of every basis names a document of dictionaries/sources.yml", () => {
    const known = new Set(sources().map((s) => s.id));
    for (const e of explainables()) {
      for (const part of structureBasis(e.basis)) {
        expect(part.source, `${e.id}: 「${part.text}」 names no known source`).toBeDefined();
        expect(known.has(part.source!.id)).toBe(true);
      }
    }
  });

  test("anchors are distinct, so every id's link lands on its own heading", () => {
    const anchors = explainables().map((e) => anchorOf(e.id));
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  test("docs/ids.md is current (run `npm run docs` after changing rules, dictionaries or the knowledge base)", () => {
    expect(readFileSync(join(PACKAGE_ROOT, "docs", "ids.md"), "utf8")).toBe(idsDocument());
  });

  test("--explain of a checklist item, a check and a therapy gives basis with its URL", () => {
    for (const id of ["free-treatment-cost", "before-after-risks", "evidence-references-unlinked"]) {
      const text = explain(id);
      expect(text, id).toContain("根拠:");
      expect(text, id).toMatch(/https:\/\//);
    }
  });
});

describe("every id printed is explained", () => {
  test("the dictionaries' NG examples", async () => {
    const ids = new Set<string>();
    for (const entry of shippedEntries()) {
      if (entry.disabled) continue;
      for (const ng of entry.examples.ng) for (const id of await printedIds(ng, ".txt")) ids.add(id);
    }
    expect(ids.size).toBeGreaterThan(50);
    expectExplained(ids, "NG examples");
  }, 120_000);

  test("the neutral and probe corpus (tests/corpus)", async () => {
    for (const name of readdirSync(CORPUS)) {
      const ext = extname(name);
      if (![".md", ".txt", ".html"].includes(ext)) continue;
      if (name === "README.md") continue;
      expectExplained(await printedIds(readFileSync(join(CORPUS, name), "utf8"), ext as ".md"), name);
    }
  }, 120_000);

  test.skipIf(!existsSync(join(SHARED, "eval", "pages")))("the development pages and the seed column (../shared)", async () => {
    const pages = join(SHARED, "eval", "pages");
    const files = readdirSync(pages).filter((f) => /\.(md|txt|html)$/.test(f));
    let count = 0;
    for (const name of files) {
      const ids = await printedIds(readFileSync(join(pages, name), "utf8"), extname(name) as ".md");
      count += ids.length;
      expectExplained(ids, name);
    }
    const seed = join(SHARED, "seed", "column.txt");
    if (existsSync(seed)) expectExplained(await printedIds(readFileSync(seed, "utf8"), ".txt"), "seed column");
    expect(count).toBeGreaterThan(0);
  }, 300_000);
});

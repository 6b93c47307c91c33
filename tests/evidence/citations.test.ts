import type { TxtParentNode } from "@textlint/ast-node-types";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import { buildDocument } from "../../src/model/document";
import { isOnlyMarkers, markersOf, numbersOf, resolveMarker } from "../../src/checks/evidence/citations";
import { evidenceLexicon } from "../../src/checks/evidence/lexicon";
import { findReferences } from "../../src/checks/evidence/references";

/** textlint-plugin-html is an ES module: loaded with import() from these CommonJS tests. */
let htmlPlugin: unknown;
beforeAll(async () => {
  htmlPlugin = (await import("textlint-plugin-html")).default;
});
function documentOf(text: string, ext: ".md" | ".html") {
  const plugin = (ext === ".md" ? markdownPlugin : htmlPlugin) as unknown as {
    Processor: new (options: object) => { processor(ext: string): { preProcess(text: string, path: string): unknown } };
  };
  return buildDocument(new plugin.Processor({}).processor(ext).preProcess(text, `document${ext}`) as TxtParentNode, text);
}

/** The marker keys of each sentence of the first block. */
function keysOf(text: string, ext: ".md" | ".html" = ".md"): string[][] {
  const document = documentOf(text, ext);
  const sentences = document.blocks[0]!.sentences;
  return sentences.map((s, i) => markersOf(s, sentences[i + 1], document.source).flatMap((m) => m.keys));
}

describe("citation markers", () => {
  test("numbers, lists and ranges", () => {
    expect(numbersOf("1,2")).toEqual(["1", "2"]);
    expect(numbersOf("１、３")).toEqual(["1", "3"]);
    expect(numbersOf("2-4")).toEqual(["2", "3", "4"]);
  });

  test.each([
    ["効果が報告されています[1]。", ["1"]],
    ["効果が報告されています［2,3］。", ["2", "3"]],
    ["効果が報告されています（文献2）。", ["2"]],
    ["効果が報告されています(文献1-2)。", ["1", "2"]],
    ["効果が報告されています(3)。", ["3"]],
    ["効果が報告されています※4。", ["4"]],
    ["効果が報告されています¹²。", ["12"]],
    ["効果が報告されています(Tanaka et al., 2020)。", ["@tanaka:2020"]],
    ["効果が報告されています（田中ら、2020）。", ["@田中:2020"]]
  ])("%s", (text, keys) => {
    expect(keysOf(text)[0]).toEqual(keys);
  });

  test("an enumeration is not a citation: (1)治療の内容, 第3の1(3)", () => {
    expect(keysOf("(1)治療の内容をご説明します。")[0]).toEqual([]);
    expect(keysOf("医療広告ガイドライン第3の1(3)に定めがあります。")[0]).toEqual([]);
  });

  test("markup markers: a Markdown footnote reference, an HTML <sup>", () => {
    expect(keysOf("効果が報告されています[^note]。\n\n[^note]: Tanaka K. Title. 2020.")[0]).toEqual(["^note"]);
    expect(keysOf("<p>効果が報告されています<sup>5</sup>。次の文です。</p>", ".html")).toEqual([["5"], []]);
  });

  test("a sentence that is only a marker belongs to the sentence before it", () => {
    expect(isOnlyMarkers("[1]")).toBe(true);
    expect(isOnlyMarkers("（文献2）。")).toBe(true);
    expect(isOnlyMarkers("効果があります[1]。")).toBe(false);
  });

  test("markers resolve to list entries by number, footnote label, or first author and year", () => {
    const document = documentOf(
      "本文です。\n\n## 参考文献\n\n1. Tanaka K, et al. A randomized trial of X. J A. 2020;1:1.\n2. Sato M, et al. X in mice. J B. 2021;2:2.\n\n[^n]: Ito Y, et al. X in cultured cells. J C. 2019;3:3.\n",
      ".md"
    );
    const list = findReferences(document, evidenceLexicon());
    const resolve = (keys: string[]) => resolveMarker({ text: "", keys, at: 0, length: 0 }, list).map((r) => r.firstAuthor);
    expect(resolve(["2"])).toEqual(["Sato"]);
    expect(resolve(["^n"])).toEqual(["Ito"]);
    expect(resolve(["@tanaka:2020"])).toEqual(["Tanaka"]);
    expect(resolve(["9"])).toEqual([]);
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import fc from "fast-check";
import { TextlintKernel } from "@textlint/kernel";
import { moduleInterop } from "@textlint/module-interop";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import textPlugin from "@textlint/textlint-plugin-text";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { buildDocument } from "../../src/model/document";
import { sentenceRanges, sentenceSplitterRanges } from "../../src/model/sentences";
// @ts-expect-error the benchmark's corpus generator has no declaration file
import { columns } from "../../bench/corpus.mjs";

/** Every block's plain text of a page, as the document model splits it. */
async function blockTexts(text: string, ext: string): Promise<string[]> {
  const htmlPlugin = (await import("textlint-plugin-html")).default;
  const plugins = [
    { pluginId: "markdown", plugin: moduleInterop(markdownPlugin) },
    { pluginId: "text", plugin: moduleInterop(textPlugin) },
    { pluginId: "html", plugin: moduleInterop(htmlPlugin) }
  ];
  let root: TxtParentNode | undefined;
  const capture = { linter: () => ({ Document: (node: TxtParentNode) => void (root = node) }) };
  await new TextlintKernel().lintText(text, { ext, filePath: `/virtual/page${ext}`, plugins: plugins as never, rules: [{ ruleId: "capture", rule: capture as never }], filterRules: [] });
  return buildDocument(root!, text).blocks.map((b) => b.text);
}

function pages(dir: string): { name: string; text: string; ext: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => [".md", ".txt", ".html"].includes(extname(f)))
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8"), ext: extname(f) }));
}

describe("the Japanese sentence splitter gives sentence-splitter's sentences", () => {
  const corpora = [
    { label: "tests/corpus", pages: pages(join(__dirname, "../corpus")) },
    { label: "tests/fixtures/pages", pages: pages(join(__dirname, "../fixtures/pages")) },
    { label: "../shared/eval/pages", pages: pages(join(__dirname, "../../../shared/eval/pages")) },
    { label: "bench corpus", pages: (columns(12) as string[]).map((text, i) => ({ name: `column-${i}.md`, text, ext: ".md" })) },
    { label: "examples", pages: pages(join(__dirname, "../../examples")) }
  ];

  for (const corpus of corpora.filter((c) => c.pages.length > 0)) {
    test(`every block of ${corpus.label} (${corpus.pages.length} pages)`, async () => {
      let blocks = 0;
      let fast = 0;
      for (const page of corpus.pages) {
        for (const text of await blockTexts(page.text, page.ext)) {
          blocks++;
          if (!/[.!]/.test(text)) fast++;
          expect(sentenceRanges(text), `${page.name}: ${text.slice(0, 60)}`).toEqual(sentenceSplitterRanges(text));
        }
      }
      expect(blocks).toBeGreaterThan(0);
      // Most blocks of Japanese pages take the fast path.
      expect(fast / blocks).toBeGreaterThan(0.5);
    });
  }

  test("every line of the probe files and the evaluation sentences", () => {
    const lines = ["probe-clean.txt", "probe-violations.txt", "probe-known-misses.txt", "probe-known-false-alarms.txt"].flatMap((f) =>
      existsSync(join(__dirname, "../corpus", f)) ? readFileSync(join(__dirname, "../corpus", f), "utf8").split("\n") : []
    );
    for (const f of ["dev-sentences.jsonl", "dev-sentences-2.jsonl"]) {
      const path = join(__dirname, "../../../shared/eval", f);
      if (existsSync(path)) for (const line of readFileSync(path, "utf8").split("\n").filter(Boolean)) lines.push((JSON.parse(line) as { text: string }).text);
    }
    for (const text of lines) expect(sentenceRanges(text), text).toEqual(sentenceSplitterRanges(text));
  });

  test("generated text: separators, pair marks (nested, unclosed, mixed), whitespace and line breaks", () => {
    const piece = fc.constantFrom(
      "当院",
      "治療",
      "です",
      "ます",
      "効果",
      "AGA",
      "PRP",
      "3",
      "。",
      "．",
      "？",
      "！",
      "?",
      "。。",
      "！？",
      "「",
      "」",
      "『",
      "』",
      "（",
      "）",
      "(",
      ")",
      '"',
      "[",
      "]",
      "【",
      "】",
      "《",
      "》",
      " ",
      "　",
      "\t",
      "\n",
      "\n\n",
      "\r\n",
      "𠮷",
      "No",
      "Mr",
      "e",
      "g"
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(sentenceRanges(text)).toEqual(sentenceSplitterRanges(text));
      }),
      { numRuns: 3000 }
    );
  });
});

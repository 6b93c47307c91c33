// The floor every measurement is compared with, in one process: textlint parsing the files with no
// rules (its kernel and Markdown plugin, the least textlint needs to parse), then loading kuromoji
// and tokenizing every sentence of the files once. usage: node bench/floor.mjs FILE...
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname } from "node:path";

const require = createRequire(import.meta.url);
const { TextlintKernel } = require("@textlint/kernel");
const markdown = require("@textlint/textlint-plugin-markdown");

const files = process.argv.slice(2);
const kernel = new TextlintKernel();
const plugins = [{ pluginId: "markdown", plugin: markdown.default ?? markdown }];
const texts = [];
for (const file of files) {
  const text = readFileSync(file, "utf8");
  texts.push(text);
  await kernel.lintText(text, { ext: extname(file), filePath: file, plugins, rules: [], filterRules: [] });
}

/** Sentences as a reader sees them: Markdown markers stripped, split after 。！？ and at line ends. */
export function sentencesOf(text) {
  const out = [];
  for (const line of text.split("\n")) {
    if (/^\|?\s*-{3,}/.test(line)) continue;
    const plain = line.replace(/^(?:#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s*)/, "").replace(/\s*\|\s*/g, "\n");
    for (const part of plain.split(/(?<=[。！？!?])|\n/)) if (part.trim()) out.push(part.trim());
  }
  return out;
}

const { getTokenizer } = require("kuromojin");
const tokenizer = await getTokenizer();
let sentences = 0;
let chars = 0;
for (const text of texts) {
  for (const sentence of sentencesOf(text)) {
    tokenizer.tokenize(sentence);
    sentences++;
    chars += sentence.length;
  }
}
process.stdout.write(JSON.stringify({ files: files.length, sentences, chars }));

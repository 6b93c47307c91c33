import { split } from "sentence-splitter";

/**
 * Sentence ranges of a block's plain text, exactly as sentence-splitter's `split(text)` gives its
 * Sentence nodes, without paying for what Japanese text does not need.
 *
 * sentence-splitter walks the text character by character through several parsers and, at every
 * character, asks its English abbreviation marker whether a word like "Mr." or "U.S.A." starts there
 * (a case-insensitive comparison against about 230 abbreviations): 11% of the preset's time on clinic
 * columns. That marker can only stop a split at an ASCII "." or "!" (every abbreviation it knows
 * contains one of them, and a marked word is exactly an abbreviation). So a text without ASCII "."
 * and "!" is split here with the rest of sentence-splitter's rules, and any other text by
 * sentence-splitter itself:
 *
 * - a sentence ends after a run of 。．？！? outside brackets and quotes; whitespace and line breaks
 *   do not end it;
 * - inside a pair mark (「」『』（）【】《》［］｛｝〚〛 and ASCII "" () [] {}) nothing ends a sentence,
 *   and pairs of different kinds may be open at once (an unclosed one runs to the end of the text);
 * - a sentence starts at its first character that is not whitespace or a separator.
 *
 * tests/core/sentences.test.ts proves the equivalence on the test corpus, the evaluation pages and
 * generated text.
 */
const SEPARATORS = new Set(["。", "．", "？", "！", "?"]);
const PAIRS = new Map<string, { key: number; start: boolean; end: boolean }>();
[
  ['"', '"'],
  ["[", "]"],
  ["(", ")"],
  ["{", "}"],
  ["「", "」"],
  ["（", "）"],
  ["『", "』"],
  ["｛", "｝"],
  ["［", "］"],
  ["〚", "〛"],
  ["【", "】"],
  ["《", "》"]
].forEach(([start, end], key) => {
  PAIRS.set(start!, { key, start: true, end: start === end });
  if (start !== end) PAIRS.set(end!, { key, start: false, end: true });
});

/** Characters whose presence sends a text to sentence-splitter (its abbreviation rules may apply). */
const LATIN_SEPARATORS = /[.!]/;

const isNewline = (c: string) => c === "\n" || c === "\r";
const isSpace = (c: string) => !isNewline(c) && /\s/.test(c);

/** [start, end) of each sentence, in order. */
export function sentenceRanges(text: string): [number, number][] {
  if (LATIN_SEPARATORS.test(text)) return sentenceSplitterRanges(text);
  const ranges: [number, number][] = [];
  // Open pair marks, by kind, in the order they were opened.
  const open: number[] = [];
  let start = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (isNewline(c)) {
      while (i < n && isNewline(text[i]!)) i++;
    } else if (isSpace(c)) {
      while (i < n && isSpace(text[i]!)) i++;
    } else if (open.length === 0 && SEPARATORS.has(c)) {
      while (i < n && SEPARATORS.has(text[i]!)) i++;
      if (start >= 0) ranges.push([start, i]);
      start = -1;
    } else {
      if (start < 0) start = i;
      // A run of text up to a line break or a separator outside pair marks, tracking the marks.
      while (i < n) {
        const d = text[i]!;
        if (isNewline(d) || (open.length === 0 && SEPARATORS.has(d))) break;
        const pair = PAIRS.get(d);
        if (pair) {
          const at = open.lastIndexOf(pair.key);
          if (at < 0) {
            if (pair.start) open.push(pair.key);
          } else if (pair.end) {
            open.splice(at, 1);
          }
        }
        i++;
      }
    }
  }
  if (start >= 0) ranges.push([start, n]);
  return ranges;
}

/** sentence-splitter's own ranges (texts with ASCII "." or "!", and the equivalence tests). */
export function sentenceSplitterRanges(text: string): [number, number][] {
  return split(text)
    .filter((node) => node.type === "Sentence")
    .map((node) => [node.range[0], node.range[1]]);
}

import type { Sentence } from "../../model/document";
import type { Reference, ReferenceList } from "./references";

/** A citation marker in or right after a sentence, and the references it names. */
export interface CitationMarker {
  text: string;
  /** Keys it names: list numbers ("1"), footnote labels ("^note"), or author-year ("@sano:2022"). */
  keys: string[];
  /** Position in the sentence text (-1 when the marker leaves no text: [^1]). */
  at: number;
  /** Length of the marker in the sentence text (<sup>1</sup> leaves "1"). */
  length: number;
}

const SUPERSCRIPT_DIGITS: Record<string, string> = { "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9" };

/** "1,2", "1-3", "１、２" → ["1","2"], ["1","2","3"]. */
export function numbersOf(list: string): string[] {
  const normalized = list.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const numbers: string[] = [];
  for (const part of normalized.split(/[,，、]\s*/)) {
    const range = /^\s*([0-9]+)\s*[-–~〜～]\s*([0-9]+)\s*$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      for (let n = from; n <= to && n - from < 50; n++) numbers.push(String(n));
    } else if (/^\s*[0-9]+\s*$/.test(part)) numbers.push(part.trim());
  }
  return numbers;
}

const NUMBER_LIST = "[0-9０-９]{1,3}(?:\\s*[,，、\\-–~〜～]\\s*[0-9０-９]{1,3})*";
const TEXT_MARKERS: RegExp[] = [
  // [1] [1,2] ［3］ [文献1]
  new RegExp(`[\\[［](?:文献\\s*)?(${NUMBER_LIST})[\\]］]`, "g"),
  // (文献1) （文献2, 3）
  new RegExp(`[（(]\\s*(?:参考)?文献\\s*(${NUMBER_LIST})\\s*[)）]`, "g"),
  // (1) （1） only right after the text it cites and before punctuation or the end: not "(1)治療内容".
  new RegExp(`(?<=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー」』）)])[（(](${NUMBER_LIST})[)）](?=[。．、，,\\s]|$)`, "gu"),
  // ※1
  new RegExp(`※\\s*(${NUMBER_LIST})`, "g")
];
const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,˒⁻‐-][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*/g;
const AUTHOR_YEAR = /[（(]\s*([A-Z][A-Za-z'’-]+)(?:\s+et\s+al\.?|\s*ら|\s+(?:and|&)\s+[A-Z][A-Za-z'’-]+)?\s*[,，、]?\s*((?:19|20)[0-9]{2})[a-z]?\s*[)）]/g;
const AUTHOR_YEAR_JA = /[（(]\s*([\p{Script=Han}\p{Script=Katakana}ー]{1,10})(?:ら|ほか|他)\s*[,，、]?\s*((?:19|20)[0-9]{2})\s*[)）]/gu;
const FOOTNOTE_REF = /\[\^([^\]\s]+)\](?!:)/g;
const SUP_TAG = /<sup\b[^>]*>([\s\S]*?)<\/sup>/gi;

/** Markers written in the sentence text. */
function textMarkers(text: string): CitationMarker[] {
  const markers: CitationMarker[] = [];
  for (const pattern of TEXT_MARKERS) {
    for (const m of text.matchAll(pattern)) markers.push({ text: m[0], keys: numbersOf(m[1]!), at: m.index!, length: m[0].length });
  }
  for (const m of text.matchAll(SUPERSCRIPTS)) {
    const digits = m[0].replace(/[⁰-⁹¹²³]/g, (c) => SUPERSCRIPT_DIGITS[c] ?? c).replace(/[˒]/g, ",").replace(/[⁻‐]/g, "-");
    markers.push({ text: m[0], keys: numbersOf(digits), at: m.index!, length: m[0].length });
  }
  for (const m of text.matchAll(AUTHOR_YEAR)) markers.push({ text: m[0], keys: [`@${m[1]!.toLowerCase()}:${m[2]}`], at: m.index!, length: m[0].length });
  for (const m of text.matchAll(AUTHOR_YEAR_JA)) markers.push({ text: m[0], keys: [`@${m[1]!}:${m[2]}`], at: m.index!, length: m[0].length });
  return markers.filter((m) => m.keys.length > 0);
}

/**
 * Markers that live in the markup (footnote references, <sup>), in the sentence's source range from
 * `from`: placed where their text, if any, lands in the sentence (<sup>1</sup> reads "…します1。").
 */
function markupMarkers(sentence: Sentence, markup: string, from: number): CitationMarker[] {
  const markers: CitationMarker[] = [];
  const place = (start: number, end: number) => {
    const inside = sentence.offsets.flatMap((offset, i) => (offset >= from + start && offset < from + end ? [i] : []));
    return inside.length > 0 ? { at: inside[0]!, length: inside[inside.length - 1]! - inside[0]! + 1 } : { at: -1, length: 0 };
  };
  for (const m of markup.matchAll(FOOTNOTE_REF)) markers.push({ text: m[0], keys: [`^${m[1]}`], ...place(m.index!, m.index! + m[0].length) });
  for (const m of markup.matchAll(SUP_TAG)) {
    const inner = m[1]!.replace(/<[^>]+>/g, "").replace(/[[\]［］]/g, "");
    const keys = numbersOf(inner);
    if (keys.length > 0) markers.push({ text: m[0], keys, ...place(m.index!, m.index! + m[0].length) });
  }
  return markers;
}

/** A sentence that is nothing but markers ("[1]" after the period) belongs to the sentence before it. */
export function isOnlyMarkers(text: string): boolean {
  let rest = text;
  for (const pattern of [...TEXT_MARKERS, SUPERSCRIPTS, AUTHOR_YEAR]) rest = rest.replace(pattern, "");
  return rest.replace(/[\s。．、，,.]/g, "") === "" && rest.length < text.length;
}

/**
 * The citation markers of each sentence: in its text, and in the markup of its source range up to
 * the next sentence of the block (so "効果です。[^1]" and "効果です<sup>1</sup>。" both count).
 */
export function markersOf(sentence: Sentence, next: Sentence | undefined, source: string): CitationMarker[] {
  const from = sentence.offsets[0] ?? 0;
  const to = next && next.block === sentence.block ? (next.offsets[0] ?? from) : sentence.block.end;
  const markup = markupMarkers(sentence, source.slice(from, Math.max(from, to)), from);
  // "[2]" inside <sup> is found twice, as text and as markup: keep the markup one.
  const text = textMarkers(sentence.text).filter((t) => !markup.some((m) => m.at >= 0 && t.at < m.at + m.length && m.at < t.at + t.length));
  return [...text, ...markup];
}

/** The references a marker names; an empty list when the page has no such entry. */
export function resolveMarker(marker: CitationMarker, references: ReferenceList): Reference[] {
  const found: Reference[] = [];
  for (const key of marker.keys) {
    let match: Reference | undefined;
    if (key.startsWith("^")) match = references.entries.find((r) => r.footnote === key.slice(1));
    else if (key.startsWith("@")) {
      const [, name, year] = /^@(.+):([0-9]{4})$/.exec(key) ?? [];
      match = references.entries.find((r) => r.year === Number(year) && r.firstAuthor !== undefined && r.firstAuthor.toLowerCase().startsWith(name!));
    } else {
      match = references.entries.find((r) => !r.footnote && r.number === key) ?? references.entries.find((r) => r.footnote === key);
    }
    if (match && !found.includes(match)) found.push(match);
  }
  return found;
}

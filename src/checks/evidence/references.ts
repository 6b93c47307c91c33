import type { Block, DocumentModel, Sentence } from "../../model/document";
import type { EvidenceClass, EvidenceLexicon } from "./lexicon";

/** One entry of the page's reference list (or one footnote definition): the parsed entry plus its place and class. */
export interface Reference extends ParsedEntry {
  index: number;
  /** What markers call it: "1", "2" … for numbered lists, the footnote label for footnotes. */
  number: string;
  footnote?: string;
  text: string;
  /** The study design read from the title alone, and the words that decided it. */
  titleClass: EvidenceClass;
  titleWhy: string[];
  /** The final class: the title's, or when the title says nothing, the words the column uses about it. */
  cls: EvidenceClass;
  why: string[];
  /** Glossary concepts named in the title (indexes into lexicon.glossary). */
  concepts: Set<number>;
  block: Block;
}

export interface ReferenceList {
  /** The label sentence (引用文献, References …), when the list has one. */
  label?: Sentence;
  entries: Reference[];
  /** Blocks that belong to the list: never read as claims. */
  blocks: Set<Block>;
}

const DECORATION = /[\s#*■□◆◇●○▼▽【】\[\]<>〈〉《》:：・。．.]/g;

function isLabel(line: string, lexicon: EvidenceLexicon): boolean {
  const bare = line.replace(DECORATION, "").toLowerCase();
  if (bare.length === 0 || bare.length > 20) return false;
  return lexicon.referenceLabels.some((label) => label.replace(DECORATION, "").toLowerCase() === bare);
}

const YEAR = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/;
const DOI = /\b(10\.[0-9]{4,9}\/[^\s"<>）)]+)/i;
const PMID = /PMID:?\s*([0-9]{5,9})/i;

/** Whether a line reads like a bibliographic entry (a year, a DOI, a URL, et al., a book title in 『』). */
function looksLikeReference(line: string): boolean {
  return YEAR.test(line) || DOI.test(line) || PMID.test(line) || /https?:\/\//.test(line) || /\bet al\b/i.test(line) || /『[^』]+』/.test(line);
}

/** An entry is complete once it holds its year (or an identifier): the next line starts a new entry. */
function isComplete(text: string): boolean {
  return YEAR.test(text) || DOI.test(text) || PMID.test(text) || /https?:\/\//.test(text);
}

/** A line that only continues the entry before it (volume and pages, a DOI, a URL). */
function isTail(line: string): boolean {
  return /^[\s0-9;:,()\-–.]+$/.test(line) || /^(?:doi|pmid|https?:)/i.test(line.trim());
}

const NUMBERED = /^\s*(?:\[([0-9]+)\]|［([0-9]+)］|([0-9]+)[.)．）]|（([0-9]+)）|\(([0-9]+)\))\s*/;

/** Lines of a plain-text list, wrapped lines joined to the entry they continue. */
export function joinWrappedLines(lines: string[]): { number?: string; text: string }[] {
  const entries: { number?: string; text: string }[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const numbered = NUMBERED.exec(line);
    const current = entries[entries.length - 1];
    if (!current || numbered || (isComplete(current.text) && !isTail(line))) {
      const number = numbered?.slice(1).find((g) => g !== undefined);
      entries.push({ ...(number ? { number } : {}), text: numbered ? line.slice(numbered[0].length) : line });
    } else {
      current.text = `${current.text} ${line}`;
    }
  }
  return entries;
}

/**
 * Splits a Latin-script entry at its periods: never after "et al"'s neighbours inside a segment,
 * and never after an initial that starts a name ("M. Sano"), but after the initials that end one
 * ("Chen Q. Title …").
 */
function segmentsOf(text: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "." || !/\s/.test(text[i + 1] ?? "")) continue;
    const before = text.slice(start, i);
    const initial = /(?:^|[\s,])([A-Z])$/.exec(before);
    if (initial) {
      const lead = before.slice(0, before.length - 1).trimEnd();
      // "M." at the start of a segment or after a comma starts a name: keep going.
      if (lead === "" || lead.endsWith(",") || /(?:^|\s)[A-Z]\.$/.test(lead) || /\band$/.test(lead)) continue;
    }
    if (/\b(?:vol|no|pp|Jr|St|Dr|Fig)$/i.test(before)) continue;
    segments.push(before.trim());
    start = i + 1;
  }
  const rest = text.slice(start).trim();
  if (rest) segments.push(rest.replace(/\.$/, ""));
  return segments.filter((s) => s.length > 0);
}

const AUTHOR_SEGMENT = [
  /\bet al\.?$/i,
  /(?:他|ほか|ら)$/,
  /^(?:[A-Z][\p{L}'’-]+\s+[A-Z]{1,3}(?:,\s*|$))+$/u,
  /^(?:[A-Z]\.\s*)+[A-Z][\p{L}'’-]+(?:,\s*(?:[A-Z]\.\s*)+[A-Z][\p{L}'’-]+)*,?$/u
];

function surnameOf(author: string): string | undefined {
  const words = author.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w) && !/\./.test(w) && !/^[A-Z]{1,3}$/.test(w));
  return words[0]?.replace(/,$/, "");
}

export interface ParsedEntry {
  authors: string[];
  /** Surname of the first author, for (Sano et al., 2022) markers. */
  firstAuthor?: string;
  title: string;
  journal?: string;
  year?: number;
  doi?: string;
  pmid?: string;
}

export function parseEntry(text: string): ParsedEntry {
  const doi = DOI.exec(text)?.[1]?.replace(/[.,;]$/, "");
  const pmid = PMID.exec(text)?.[1];
  const yearText = YEAR.exec(text)?.[0];
  const common = { ...(doi ? { doi } : {}), ...(pmid ? { pmid } : {}), ...(yearText ? { year: Number(yearText) } : {}) };

  const book = /^(.*?)[『「]([^』」]+)[』」](.*)$/.exec(text);
  if (book) {
    const authors = book[1]!.replace(/\s*(?:編|著|監修|編集)\s*$/, "").split(/[,、，・]\s*/).filter(Boolean);
    const journal = book[3]!.replace(/^[\s.,、。]+/, "").split(/[、,。.]/)[0]?.trim();
    return { authors, ...(authors[0] ? { firstAuthor: authors[0] } : {}), title: book[2]!, ...(journal ? { journal } : {}), ...common };
  }

  const segments = segmentsOf(text);
  const authorAt = segments.findIndex((s) => AUTHOR_SEGMENT.some((re) => re.test(s)));
  let title: string;
  let journalSegment: string | undefined;
  let authors: string[] = [];
  if (authorAt >= 0) {
    authors = segments[authorAt]!
      .replace(/,?\s*(?:et al\.?|他|ほか)$/i, "")
      .split(/,\s*/)
      .map((a) => a.trim())
      .filter(Boolean);
    title = authorAt === 0 ? (segments[1] ?? "") : segments.slice(0, authorAt).join(". ");
    journalSegment = authorAt === 0 ? segments[2] : segments[authorAt + 1];
  } else {
    title = segments[0] ?? text;
    journalSegment = segments[1];
  }
  const journal = journalSegment?.replace(/\s*[;,]?\s*(?:19|20)[0-9]{2}\b.*$/, "").trim();
  const firstAuthor = authors[0] ? surnameOf(authors[0]) : undefined;
  return { authors, ...(firstAuthor ? { firstAuthor } : {}), title: title.trim(), ...(journal ? { journal } : {}), ...common };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whole-word, case-insensitive match for Latin words; plain substring for Japanese ones. */
export function containsWord(haystack: string, word: string): boolean {
  if (/^[\x00-\x7f]+$/.test(word)) return new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(word)}(?![A-Za-z0-9])`, "i").test(haystack);
  return haystack.includes(word);
}

/** The study design that a title names, by the lexicon's ordered classes. */
export function classifyTitle(title: string, lexicon: EvidenceLexicon): { cls: EvidenceClass; why: string[] } {
  for (const { class: cls, words } of lexicon.titleClasses) {
    const why = words.filter((w) => containsWord(title, w));
    if (why.length > 0) return { cls, why };
  }
  return { cls: "unknown", why: [] };
}

function conceptsOf(text: string, lexicon: EvidenceLexicon): Set<number> {
  const concepts = new Set<number>();
  lexicon.glossary.forEach((item, index) => {
    if (item.en.some((w) => containsWord(text, w)) || item.ja.some((w) => text.includes(w))) concepts.add(index);
  });
  return concepts;
}

function footnoteIdOf(block: Block, source: string): string | undefined {
  const lineStart = source.lastIndexOf("\n", block.start - 1) + 1;
  return /^\s*\[\^([^\]\s]+)\]:\s*$/.exec(source.slice(lineStart, block.start))?.[1];
}

/** The list marker in the source before a list item (「1.」「[2]」), for numbered markdown lists. */
function listNumberOf(block: Block, source: string): string | undefined {
  if (block.kind !== "list-item") return undefined;
  const lineStart = source.lastIndexOf("\n", block.start - 1) + 1;
  const prefix = source.slice(lineStart, block.start);
  return /([0-9]+)[.)]\s*$/.exec(prefix)?.[1] ?? /<li[^>]*value="([0-9]+)"/.exec(prefix)?.[1];
}

function makeReference(index: number, number: string, text: string, block: Block, lexicon: EvidenceLexicon, footnote?: string): Reference {
  const parsed = parseEntry(text);
  const { cls, why } = classifyTitle(parsed.title || text, lexicon);
  return {
    index,
    number,
    ...(footnote ? { footnote } : {}),
    text,
    ...parsed,
    titleClass: cls,
    titleWhy: why.map((w) => `title: ${w}`),
    cls,
    why: why.map((w) => `title: ${w}`),
    concepts: conceptsOf(parsed.title || text, lexicon),
    block
  };
}

/**
 * Finds the page's references: the entries under a label (a heading or a line 引用文献, References …;
 * numbered or plain lines, wrapped lines joined) and Markdown footnote definitions.
 */
export function findReferences(document: DocumentModel, lexicon: EvidenceLexicon): ReferenceList {
  const list: ReferenceList = { entries: [], blocks: new Set() };
  const { blocks, source } = document;
  const add = (number: string | undefined, text: string, block: Block, footnote?: string) => {
    const index = list.entries.length;
    const listed = list.entries.filter((e) => !e.footnote).length;
    list.entries.push(makeReference(index, footnote ?? number ?? String(listed + 1), text, block, lexicon, footnote));
    list.blocks.add(block);
  };

  for (const block of blocks) {
    const footnote = footnoteIdOf(block, source);
    if (footnote) add(undefined, block.text.replace(/\s*\n\s*/g, " ").trim(), block, footnote);
  }

  for (let b = 0; b < blocks.length && !list.label; b++) {
    const block = blocks[b]!;
    if (list.blocks.has(block) || block.quoted) continue;
    const lines = block.text.split("\n");
    const at = lines.findIndex((line) => isLabel(line, lexicon));
    if (at < 0) continue;
    list.label = block.sentences.find((s) => isLabel(s.text, lexicon)) ?? block.sentences[0];
    list.blocks.add(block);
    // Plain lines (one paragraph, or one paragraph per line in plain text) are joined across blocks,
    // since a wrapped entry may continue in the next block.
    const pending: { line: string; block: Block }[] = lines.slice(at + 1).map((line) => ({ line, block }));
    const flush = () => {
      let start = 0;
      for (const entry of joinWrappedLines(pending.map((p) => p.line))) {
        const first = pending.findIndex((p, i) => i >= start && p.line.trim() !== "" && entry.text.includes(p.line.trim().replace(NUMBERED, "")));
        const owner = pending[Math.max(first, 0)]?.block ?? block;
        if (first >= 0) start = first + 1;
        add(entry.number, entry.text, owner);
      }
      pending.length = 0;
    };
    for (let next = b + 1; next < blocks.length; next++) {
      const following = blocks[next]!;
      if (following.kind === "heading") break;
      if (list.blocks.has(following) || !following.text.trim()) continue;
      const followingLines = following.text.split("\n").filter((l) => l.trim());
      if (!followingLines.some(looksLikeReference) && !isWrappedHead(following, blocks[next + 1])) break;
      list.blocks.add(following);
      if (following.kind === "list-item") {
        flush();
        const number = listNumberOf(following, source) ?? NUMBERED.exec(following.text)?.slice(1).find(Boolean);
        add(number, following.text.replace(/\s*\n\s*/g, " ").replace(NUMBERED, "").trim(), following);
      } else pending.push(...followingLines.map((line) => ({ line, block: following })));
    }
    flush();
  }
  return list;
}

/** A line of Latin text without a year, followed by a line that ends a reference: the first half of a wrapped entry. */
function isWrappedHead(block: Block, next: Block | undefined): boolean {
  if (!next || next.kind === "heading" || /[。．]/.test(block.text)) return false;
  return /^[\x00-\x7f\u2018-\u201f\u00c0-\u024f–—]+$/.test(block.text.trim()) && looksLikeReference(next.text) && !NUMBERED.test(next.text);
}

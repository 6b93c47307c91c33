import type { TxtParentNode } from "@textlint/ast-node-types";
import { matchPatterns } from "@textlint/regexp-string-matcher";
import { buildDocument, type DocumentModel, type Sentence } from "../model/document";
import { tokenize, tokenBytes, startOf, type Token } from "../nlp/tokens";
import { ByteLru, megabytesFromEnv, stringBytes } from "../util/byte-lru";
import { isMetaDiscourse, isQuestion } from "../grammar/modality";
import { denied } from "../grammar/negation";
import { verifyTerm, type TermMatch } from "../match/verify";
import type { CompiledEntry, Dictionary } from "../match/compile";
import type { CompiledTerm } from "../match/term";
import type { DictionaryEntry } from "../data/schema";

export type ClearReason = "negation" | "question" | "quotation" | "allows" | "unless";

export interface DictionaryMatch {
  entry: DictionaryEntry;
  sentence: Sentence;
  /** Span in sentence.text. */
  start: number;
  end: number;
  text: string;
  /** Why the match does not count, when it does not. */
  cleared?: ClearReason;
}

export interface Analysis {
  /** The AST the analysis was built from, for markup-level detectors (strike-through prices). */
  root: TxtParentNode;
  document: DocumentModel;
  /** Matches that count, sorted by position. */
  matches: DictionaryMatch[];
  /** Matches cleared by their context (for debugging and tests). */
  cleared: DictionaryMatch[];
  tokensOf(sentence: Sentence): Promise<Token[]>;
}

const DEFAULT_CLEARED_BY: ClearReason[] = ["negation", "question", "quotation"];

/**
 * Tokens per sentence text: each sentence is tokenized once, whichever rule asks first. The cache is
 * a least-recently-used map bounded by the bytes its token records take (MEDICAL_AD_LINT_TOKEN_CACHE_MB,
 * default 32 MB), so a long run over many pages keeps the same memory.
 */
const tokenCache = new ByteLru<string, Promise<Token[]>>(megabytesFromEnv("MEDICAL_AD_LINT_TOKEN_CACHE_MB", 32));
export function tokensOfText(text: string): Promise<Token[]> {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    const pending = tokenize(text);
    tokens = pending;
    // Until the tokens exist, a guess (about one token per two characters); then their real size.
    tokenCache.set(text, pending, stringBytes(text) + text.length * 200);
    pending.then(
      (list) => tokenCache.resize(text, pending, stringBytes(text) + tokenBytes(list)),
      () => tokenCache.delete(text)
    );
  }
  return tokens;
}

/** The token cache's current size in bytes and entries (for tests and the benchmark). */
export function tokenCacheStats(): { bytes: number; entries: number; maxBytes: number } {
  return { bytes: tokenCache.bytes, entries: tokenCache.size, maxBytes: tokenCache.maxBytes };
}

function findTerm(term: CompiledTerm, tokens: Token[], text: string): TermMatch | undefined {
  for (let at = text.indexOf(term.key); at >= 0; at = text.indexOf(term.key, at + 1)) {
    const match = verifyTerm(term, tokens, at, text);
    if (match) return match;
  }
  return undefined;
}

function clearReason(compiled: CompiledEntry, sentence: Sentence, tokens: Token[], match: TermMatch): ClearReason | undefined {
  const { entry } = compiled;
  const text = sentence.text;
  if (entry.allows.length > 0) {
    const allowed = matchPatterns(text, entry.allows);
    if (allowed.some((a) => a.startIndex < match.end && a.endIndex > match.start)) return "allows";
  }
  if (compiled.unless.some((term) => findTerm(term, tokens, text))) return "unless";
  const clearedBy = entry.clearedBy ?? DEFAULT_CLEARED_BY;
  if (clearedBy.includes("quotation") && isMetaDiscourse(text, match.start, match.end)) return "quotation";
  if (clearedBy.includes("negation") && denied(tokens, match.last)) return "negation";
  if (clearedBy.includes("question") && isQuestion(text)) return "question";
  return undefined;
}

async function matchSentence(dictionary: Dictionary, sentence: Sentence, out: Analysis): Promise<void> {
  const text = sentence.text;
  const hits = dictionary.prefilter.find(text);
  const regexHits: { entry: number; start: number; end: number }[] = [];
  dictionary.regexes.forEach((regexes, entry) => {
    for (const regex of regexes) {
      regex.lastIndex = 0;
      for (const m of text.matchAll(regex)) regexHits.push({ entry, start: m.index!, end: m.index! + m[0].length });
    }
  });
  if (hits.length === 0 && regexHits.length === 0) return;
  const tokens = await out.tokensOf(sentence);

  const candidates: { entry: number; match: TermMatch }[] = [];
  for (const hit of hits) {
    const owner = dictionary.keyOwners[hit.value]!;
    const term = dictionary.entries[owner.entry]!.terms[owner.term]!;
    const match = verifyTerm(term, tokens, hit.start, text);
    if (match) candidates.push({ entry: owner.entry, match });
  }
  for (const hit of regexHits) {
    const first = Math.max(0, tokens.findIndex((t) => startOf(t) + t.surface_form.length > hit.start));
    let last = tokens.findIndex((t) => startOf(t) + t.surface_form.length >= hit.end);
    if (last < 0) last = tokens.length - 1;
    candidates.push({ entry: hit.entry, match: { start: hit.start, end: hit.end, first, last } });
  }
  // Longest match first, so that one phrase is reported once per entry.
  candidates.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end);
  const taken = new Map<number, { start: number; end: number }[]>();
  for (const { entry: index, match } of candidates) {
    const compiled = dictionary.entries[index]!;
    const spans = taken.get(index) ?? [];
    if (spans.some((s) => s.start < match.end && match.start < s.end)) continue;
    if (compiled.requires.length > 0 && !compiled.requires.some((term) => findTerm(term, tokens, text))) continue;
    spans.push(match);
    taken.set(index, spans);
    const result: DictionaryMatch = {
      entry: compiled.entry,
      sentence,
      start: match.start,
      end: match.end,
      text: text.slice(match.start, match.end)
    };
    const reason = clearReason(compiled, sentence, tokens, match);
    if (reason) out.cleared.push({ ...result, cleared: reason });
    else out.matches.push(result);
  }
}

export async function analyzeDocument(root: TxtParentNode, source: string, dictionary: Dictionary): Promise<Analysis> {
  const document = buildDocument(root, source);
  // The page's own tokens stay with its analysis whatever the shared cache evicts meanwhile: each
  // sentence is tokenized once per lint, however many rules ask and however long the page.
  const own = new Map<string, Promise<Token[]>>();
  const tokensOf = (s: Sentence) => {
    let tokens = own.get(s.text);
    if (!tokens) own.set(s.text, (tokens = tokensOfText(s.text)));
    return tokens;
  };
  const analysis: Analysis = { root, document, matches: [], cleared: [], tokensOf };
  for (const sentence of document.sentences) await matchSentence(dictionary, sentence, analysis);
  analysis.matches.sort((a, b) => a.sentence.index - b.sentence.index || a.start - b.start);
  return analysis;
}

/**
 * textlint runs each rule on its own over the same AST: the analysis is memoized per AST root and
 * dictionary, so the document is split and tokenized once however many rules read it.
 */
const memo = new WeakMap<object, Map<Dictionary, Promise<Analysis>>>();
export function analyze(root: TxtParentNode, source: string, dictionary: Dictionary): Promise<Analysis> {
  let byDictionary = memo.get(root);
  if (!byDictionary) {
    byDictionary = new Map();
    memo.set(root, byDictionary);
  }
  let analysis = byDictionary.get(dictionary);
  if (!analysis) {
    analysis = analyzeDocument(root, source, dictionary);
    byDictionary.set(dictionary, analysis);
  }
  return analysis;
}

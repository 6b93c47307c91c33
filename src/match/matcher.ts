import { matchPatterns } from "@textlint/regexp-string-matcher";
import { startOf, type Token } from "../nlp/tokens";
import { isMetaDiscourse, isQuestion, readingOf } from "../grammar/modality";
import type { ClearingContext } from "../data/schema";
import { denied } from "../grammar/negation";
import { conceptAt, mayOccur, verifyTerm, type TermMatch } from "./verify";
import { chainEnd } from "../grammar/clauses";
import type { CompiledEntry, Dictionary } from "./compile";
import type { CompiledTerm } from "./term";

export type ClearReason = ClearingContext | "allows" | "unless";

/** A dictionary entry matched in one sentence (offsets in the sentence text). */
export interface SentenceMatch {
  entry: CompiledEntry;
  start: number;
  end: number;
  /** Why the match does not count, when it does not. */
  cleared?: ClearReason;
  /** A hedge (期待できます) lowered the entry's severity one step. */
  lowered?: boolean;
}

/** A citation marker in the sentence: (文献1), [2], 注3, (Sano 2022). */
const CITATION = /[（(［\[]\s*(?:文献|注|参考文献|出典)?\s*[0-9０-９]+(?:\s*[,，、\-–~〜]\s*[0-9０-９]+)*\s*[)）\]］]|文献\s*[0-9０-９]|[A-Z][A-Za-z-]+(?: et al\.?)?,? (?:19|20)[0-9]{2}/;

const DEFAULT_CLEARED_BY: ClearReason[] = ["negation", "question", "quotation"];

function findTerm(term: CompiledTerm, tokens: Token[], text: string): TermMatch | undefined {
  for (let at = text.indexOf(term.key); at >= 0; at = text.indexOf(term.key, at + 1)) {
    const match = verifyTerm(term, tokens, at, text);
    if (match) return match;
  }
  return undefined;
}

const FORMAL_NOUNS = new Set(["非自立", "接尾", "代名詞", "副詞可能", "数"]);

/** The noun the predicate ending the match modifies (和らげる|治療, 目立たない|場所), if it modifies one. */
function modifiedNoun(tokens: Token[], last: number): number | undefined {
  const end = chainEnd(tokens, last);
  const next = tokens[end + 1];
  if (!next || next.pos !== "名詞" || FORMAL_NOUNS.has(next.pos_detail_1) || next.pos_detail_1 === "形容動詞語幹") return undefined;
  const head = tokens[end];
  // Only an attributive form modifies the noun: 目立たない|場所, not 気にせず|気軽に (an adverbial form).
  const attributive = ["基本形", "体言接続", "体言接続特殊", "連体形"].includes(head?.conjugated_form ?? "") || head?.pos === "形容詞";
  return head && ["動詞", "形容詞", "助動詞"].includes(head.pos) && attributive ? end + 1 : undefined;
}

/** The context that clears a match, asked of the grammar (denial, question, quotation) and of the entry (allows, unless). */
function clearReason(compiled: CompiledEntry, text: string, tokens: Token[], match: TermMatch): ClearReason | undefined {
  const { entry } = compiled;
  if (entry.allows.length > 0) {
    const allowed = matchPatterns(text, entry.allows);
    if (allowed.some((a) => a.startIndex < match.end && a.endIndex > match.start)) return "allows";
  }
  if (compiled.unless.some((term) => findTerm(term, tokens, text))) return "unless";
  const clearedBy = entry.clearedBy ?? DEFAULT_CLEARED_BY;
  if (clearedBy.includes("quotation") && isMetaDiscourse(text, match.start, match.end)) return "quotation";
  if (clearedBy.includes("negation") && denied(tokens, match.last)) return "negation";
  if (clearedBy.includes("question") && isQuestion(text)) return "question";
  if (clearedBy.includes("citation") && CITATION.test(text)) return "citation";
  if (clearedBy.some((c) => c === "limits" || c === "instruction" || c === "purpose" || c === "course" || c === "study" || c === "bounded")) {
    const reading = readingOf(text, match.start, match.end);
    if (clearedBy.includes("limits") && reading.limited) return "limits";
    if (clearedBy.includes("instruction") && reading.instruction) return "instruction";
    if (clearedBy.includes("purpose") && reading.purpose) return "purpose";
    if (clearedBy.includes("course") && reading.course) return "course";
    if (clearedBy.includes("study") && reading.study) return "study";
    if (clearedBy.includes("bounded") && reading.bounded) return "bounded";
  }
  if (clearedBy.includes("adnominal") || clearedBy.includes("description")) {
    const noun = modifiedNoun(tokens, match.last);
    if (noun !== undefined && (clearedBy.includes("adnominal") || !conceptAt("treatment", tokens, text, noun))) return clearedBy.includes("adnominal") ? "adnominal" : "description";
  }
  return undefined;
}

/**
 * Every match of the dictionary in one sentence, each with the context that clears it (if any). The
 * result depends on the sentence text alone, so the page context memoises it by text.
 */
export async function matchSentence(dictionary: Dictionary, text: string, tokensOf: () => Promise<Token[]>): Promise<SentenceMatch[]> {
  // A hit counts only if the rest of its term, and one of the entry's required terms, can occur in the
  // text at all: a string scan, so that prose with only a common first word (クリニック, 保険) is not tokenized.
  const possible = (terms: readonly CompiledTerm[] | undefined) => !terms?.length || terms.some((t) => (!t.key || text.includes(t.key)) && mayOccur(t, text));
  const hits = dictionary.prefilter.find(text).filter((hit) => {
    const owner = dictionary.keyOwners[hit.value]!;
    const compiled = dictionary.entries[owner.entry]!;
    return mayOccur(compiled.terms[owner.term]!, text) && possible(compiled.requires) && possible(compiled.alsoRequires);
  });
  const regexHits: { entry: number; start: number; end: number }[] = [];
  dictionary.regexes.forEach((regexes, entry) => {
    for (const regex of regexes) {
      regex.lastIndex = 0;
      for (const m of text.matchAll(regex)) regexHits.push({ entry, start: m.index!, end: m.index! + m[0].length });
    }
  });
  // Only a sentence with a candidate is tokenized (the prefilter and the regexes are plain string scans).
  if (hits.length === 0 && regexHits.length === 0) return [];
  const tokens = await tokensOf();
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
  const out: SentenceMatch[] = [];
  for (const { entry: index, match } of candidates) {
    const compiled = dictionary.entries[index]!;
    const spans = taken.get(index) ?? [];
    if (spans.some((s) => s.start < match.end && match.start < s.end)) continue;
    if (compiled.requires.length > 0 && !compiled.requires.some((term) => findTerm(term, tokens, text))) continue;
    if (compiled.alsoRequires?.length && !compiled.alsoRequires.some((term) => findTerm(term, tokens, text))) continue;
    spans.push(match);
    taken.set(index, spans);
    const cleared = clearReason(compiled, text, tokens, match);
    const lowered = !cleared && compiled.entry.hedge === "lower" && readingOf(text, match.start, match.end).hedged;
    out.push({ entry: compiled, start: match.start, end: match.end, ...(cleared ? { cleared } : {}), ...(lowered ? { lowered } : {}) });
  }
  return out;
}

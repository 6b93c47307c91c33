import { endOf, endsClause, lemmaOf, startOf, type Token } from "../analysis/morphology";
import { GAP_TOKENS, type CompiledTerm, type TermElement } from "./term";

const NEGATION_LEMMAS = new Set(["ない", "ぬ", "ん", "無い"]);
const ABSENCE_WORDS = new Set(["なし", "無し", "ゼロ", "皆無", "０", "0"]);

/** A negation word: the auxiliary ない/ぬ/ん (ません, ず) or the adjective ない. */
export function isNegation(token: Token): boolean {
  return (token.pos === "助動詞" || token.pos === "形容詞") && NEGATION_LEMMAS.has(lemmaOf(token));
}

function isNumber(token: Token): boolean {
  return token.pos_detail_1 === "数" || /^[0-9０-９.,．，]+$/.test(token.surface_form);
}

function elementMatches(element: TermElement, token: Token): boolean {
  switch (element.kind) {
    case "word":
      return token.surface_form === element.surface || lemmaOf(token) === element.lemma;
    case "class":
      if (element.name === "NUM") return isNumber(token);
      return isNegation(token) || ABSENCE_WORDS.has(token.surface_form);
    case "gap":
      return false;
  }
}

/** Index of the last token matched when elements[e..] match from tokens[t], or -1. */
function matchFrom(elements: TermElement[], e: number, tokens: Token[], t: number): number {
  if (e === elements.length) return t - 1;
  const element = elements[e]!;
  if (element.kind === "gap") {
    for (let skip = 0; skip <= GAP_TOKENS && t + skip < tokens.length; skip++) {
      if (skip > 0 && endsClause(tokens[t + skip - 1]!)) break;
      const end = matchFrom(elements, e + 1, tokens, t + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[t];
  if (!token || !elementMatches(element, token)) return -1;
  return matchFrom(elements, e + 1, tokens, t + 1);
}

export interface TermMatch {
  start: number;
  end: number;
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
}

/**
 * Confirms a prefilter hit with the sentence's tokens: the match must begin on a token boundary and
 * follow the term word by word (base forms), so 必ず never matches 必ずしも and ガン never ヴィーガン.
 */
export function verifyTerm(term: CompiledTerm, tokens: Token[], start: number, text: string): TermMatch | undefined {
  const first = tokens.findIndex((t) => startOf(t) === start);
  if (first < 0) return undefined;
  const last = matchFrom(term.elements, 0, tokens, first);
  if (last >= 0) return { start, end: endOf(tokens[last]!), first, last };
  // kuromoji may segment a term differently in context than alone: accept the exact literal text
  // of a plain term when it still ends on a token boundary.
  if (term.elements.every((e) => e.kind === "word") && text.startsWith(term.source, start)) {
    const end = start + term.source.length;
    const lastIndex = tokens.findIndex((t) => endOf(t) === end);
    if (lastIndex >= first) return { start, end, first, last: lastIndex };
  }
  return undefined;
}

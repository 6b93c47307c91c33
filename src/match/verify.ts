import { endOf, lemmaOf, startOf, type Token } from "../nlp/tokens";
import { endsClause } from "../grammar/clauses";
import { derived } from "../grammar/data";
import { conditionalNegation, isAbsenceWord, isNegation, startsNegation } from "../grammar/negation";
import { GAP_TOKENS, type CompiledTerm, type TermElement } from "./term";

function isNumber(token: Token): boolean {
  return token.pos_detail_1 === "数" || /^[0-9０-９.,．，]+$/.test(token.surface_form);
}

interface Cursor {
  tokens: Token[];
  text: string;
  /** Token index of each start offset, for boundary checks. */
  tokenAt: Map<number, number>;
}

const KANJI = /\p{Script=Han}$/u;
const HIRAGANA = /^\p{Script=Hiragana}/u;

/**
 * IPADIC sometimes glues a kanji word to the inflection after it (完治して → 完|治し|て). A literal
 * ending in kanji may end inside such a token when okurigana follows; 日本一周 still fails (kanji follows).
 */
function okuriganaBoundary(prefix: string, c: Cursor, after: number): number | undefined {
  if (!KANJI.test(prefix) || !HIRAGANA.test(c.text.slice(after, after + 1))) return undefined;
  const containing = c.tokens.findIndex((t) => startOf(t) < after && endOf(t) > after);
  return containing < 0 ? undefined : containing + 1;
}

/** Index after the element when it matches at token t, or -1. */
function matchElement(element: Exclude<TermElement, { kind: "gap" } | { kind: "concept" }>, c: Cursor, t: number): number {
  const token = c.tokens[t];
  if (!token) return -1;
  if (element.kind === "class") {
    if (element.name === "NUM") return isNumber(token) ? t + 1 : -1;
    // ません: the polite ます before the negation belongs to it.
    let next = -1;
    if (lemmaOf(token) === "ます" && c.tokens[t + 1] && isNegation(c.tokens[t + 1]!)) next = t + 2;
    else if (isNegation(token) || isAbsenceWord(token)) next = t + 1;
    // ダウンタイム０日: a zero and its counter state the absence plainly, they set no condition.
    const zeroCount = /^[0０]$/.test(token.surface_form);
    return next >= 0 && !zeroCount && conditionalNegation(c.tokens, next) ? -1 : next;
  }
  const at = startOf(token);
  if (!c.text.startsWith(element.prefix, at)) return -1;
  const after = at + element.prefix.length;
  // The literal must end on a token boundary (日本一 never matches inside 日本一周).
  const next = element.prefix.length === 0 ? t : (c.tokenAt.get(after) ?? okuriganaBoundary(element.prefix, c, after));
  if (!element.final) return next ?? (after === c.text.length ? c.tokens.length : -1);
  if (next === undefined) return -1;
  const word = c.tokens[next];
  if (!word || (lemmaOf(word) !== element.final.lemma && word.surface_form !== element.final.surface)) return -1;
  return next + 1;
}

/** Verbs of existence and occurrence, and nouns of worry, that may stand between a subject and its negation (grammar data). */
const gapWords = derived((g) => ({ verbs: g.gapVerbs, nouns: g.gapNouns }));

/**
 * What may stand in a gap before <NEG>: `副作用…<NEG>` means "the subject is denied"
 * (副作用の心配は一切ありません), not any negation later in the clause (痛み止めでは和らがない).
 */
function isLight(token: Token): boolean {
  if (["助詞", "助動詞", "副詞", "連体詞", "接頭詞", "記号"].includes(token.pos)) return true;
  if (token.pos === "動詞") return gapWords().verbs.has(lemmaOf(token)) || token.pos_detail_1 === "非自立";
  // 可能|性 (可能性), 発生|率: a suffix adds nothing to the noun before it.
  if (token.pos === "名詞") return gapWords().nouns.has(token.surface_form) || ["非自立", "副詞可能", "接尾"].includes(token.pos_detail_1);
  return false;
}

/**
 * 限りなくゼロ, 間違いなく: the stem of an adjective in 〜ない and its ない say how much, they deny nothing.
 * In a gap before <NEG> the pair is skipped, and the ない of the pair is no <NEG> (a term that wants it,
 * like こと間違い…<NEG>, names the stem itself and has no gap before the negation).
 */
function naiAdjectiveStem(token: Token | undefined): boolean {
  return token?.pos === "名詞" && token.pos_detail_1 === "ナイ形容詞語幹";
}

/** A label and its value (腫れ：なし, 副作用：なし): the colon joins them, it does not end a clause. */
function isLabelColon(token: Token): boolean {
  return token.surface_form === "：" || token.surface_form === ":";
}

/** The compiled members of each concept class, registered when a dictionary is built. */
let conceptMembers = new Map<string, CompiledTerm[]>();

export function registerConcepts(concepts: ReadonlyMap<string, CompiledTerm[]>): void {
  conceptMembers = new Map([...conceptMembers, ...concepts]);
}

/**
 * What a plain string scan can rule out before any tokenizing: every literal of the term (after the
 * first, which the prefilter found) must occur in the text, and for each concept the key of one of its
 * members. A necessary condition only: the tokens still decide. (クリニック…{rarity} on an access page
 * with no 珍しい or ほかにない needs no tokenizer.)
 */
export function mayOccur(term: CompiledTerm, text: string, depth = 0): boolean {
  for (const element of term.elements.slice(1)) {
    if (element.kind === "literal") {
      if (element.prefix && !text.includes(element.prefix)) return false;
    } else if (element.kind === "concept") {
      const members = conceptMembers.get(element.name);
      if (members && !members.some((m) => !m.key || (text.includes(m.key) && (depth > 2 || mayOccur(m, text, depth + 1))))) return false;
    }
  }
  return true;
}

/** Index of the last token matched when elements[e..] match from tokens[t], or -1. */
function matchFrom(elements: TermElement[], e: number, c: Cursor, t: number): number {
  if (e === elements.length) return t - 1;
  const element = elements[e]!;
  if (element.kind === "concept") {
    const members = conceptMembers.get(element.name);
    if (!members) throw new Error(`unknown concept {${element.name}}`);
    for (const member of members) {
      const end = matchFrom(member.elements, 0, c, t);
      if (end < 0) continue;
      const rest = matchFrom(elements, e + 1, c, end + 1);
      if (rest >= 0) return rest;
    }
    return -1;
  }
  if (element.kind === "gap") {
    const beforeNegation = elements[e + 1]?.kind === "class" && (elements[e + 1] as { name: string }).name === "NEG";
    for (let skip = 0; skip <= GAP_TOKENS && t + skip < c.tokens.length; skip++) {
      const skipped = skip > 0 ? c.tokens[t + skip - 1] : undefined;
      if (skipped && endsClause(skipped) && !(beforeNegation && isLabelColon(skipped))) break;
      if (skipped && beforeNegation) {
        const stemOfNai = naiAdjectiveStem(skipped) && isNegation(c.tokens[t + skip]!);
        if (!isLight(skipped) && !stemOfNai) break;
        if (stemOfNai) continue;
      }
      const end = matchFrom(elements, e + 1, c, t + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const next = matchElement(element, c, t);
  return next < 0 ? -1 : matchFrom(elements, e + 1, c, next);
}

export interface TermMatch {
  start: number;
  end: number;
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
}

const cursors = new WeakMap<Token[], Cursor>();
function cursorFor(tokens: Token[], text: string): Cursor {
  let cursor = cursors.get(tokens);
  if (!cursor) {
    cursor = { tokens, text, tokenAt: new Map(tokens.map((t, i) => [startOf(t), i])) };
    cursors.set(tokens, cursor);
  }
  return cursor;
}

/**
 * Confirms a prefilter hit with the sentence's tokens: the match must begin and end on token
 * boundaries and follow the term (final inflecting words by base form), so 必ず never matches
 * 必ずしも and ガン never ヴィーガン.
 */
export function verifyTerm(term: CompiledTerm, tokens: Token[], start: number, text: string): TermMatch | undefined {
  const cursor = cursorFor(tokens, text);
  const first = cursor.tokenAt.get(start);
  if (first === undefined) return undefined;
  let last = matchFrom(term.elements, 0, cursor, first);
  if (last < 0) return undefined;
  // Report the whole predicate: 治り → 治ります, ありませ → ありません. A negation after it stays out of
  // the match, so that the context sees it: シミは消えません is a denial, not the claim 消える.
  // Only an inflecting word takes its auxiliaries: 日本一です is reported as 日本一.
  const inflects = (t: Token) => ["動詞", "形容詞", "助動詞"].includes(t.pos);
  // 回復させます: a verb suffix (せる, させる, れる, られる) belongs to the predicate too.
  const extends_ = (t: Token | undefined) => t !== undefined && (t.pos === "助動詞" || (t.pos === "動詞" && t.pos_detail_1 === "接尾"));
  while (inflects(tokens[last]!) && extends_(tokens[last + 1]) && !endsClause(tokens[last + 1]!) && !startsNegation(tokens, last + 1)) last++;
  return { start, end: endOf(tokens[last]!), first, last };
}

/** Whether a member of the concept starts at token t (a treatment noun after a claim: 和らげる|治療). */
export function conceptAt(name: string, tokens: Token[], text: string, t: number): boolean {
  const members = conceptMembers.get(name);
  if (!members) return false;
  const cursor = cursorFor(tokens, text);
  return members.some((member) => matchFrom(member.elements, 0, cursor, t) >= 0);
}

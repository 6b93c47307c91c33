import { endsClause, lemmaOf, type Token } from "./morphology";
import { isNegation } from "../dictionary/verify";

/** Predicates that deny or doubt what precedes them in the clause (完治は難しい, 期待できません). */
const DOUBTING_LEMMAS = new Set(["難しい", "困難", "不可能", "限る"]);
/** Nouns that a negation may modify without negating the claim before it (ことはない negates; 痛みのない生活 does not). */
const FORMAL_NOUN_DETAILS = new Set(["非自立", "接尾", "代名詞"]);

/**
 * Whether the clause that holds the match is negated after it: 〜ない, 〜ません, 〜わけではない,
 * 〜とは限らない, 〜ことはない, 〜は難しい. A negation that only modifies a following noun
 * (「痛みのない生活」) or forms なくなる is not a negation of the claim.
 */
export function negatedAfter(tokens: Token[], last: number): boolean {
  for (let i = last + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (endsClause(token)) return false;
    // A content noun marked as a subject (痛みが, 痛みの) starts another predication: its negation
    // (痛みのない) says nothing about the claim before it.
    if (isContentNoun(token) && ["が", "の"].includes(tokens[i + 1]?.surface_form ?? "")) return false;
    const lemma = lemmaOf(token);
    if (DOUBTING_LEMMAS.has(lemma)) return true;
    if (isNegation(token)) {
      const next = tokens[i + 1];
      if (next && lemmaOf(next) === "なる") continue;
      if (next && isContentNoun(next)) continue;
      return true;
    }
  }
  return false;
}

function isContentNoun(token: Token): boolean {
  return token.pos === "名詞" && !FORMAL_NOUN_DETAILS.has(token.pos_detail_1);
}

/** A question about the claim (「本当に副作用はないのでしょうか？」) asserts nothing. */
export function isQuestion(sentence: string): boolean {
  return /(?:[?？]|か[。．]?)\s*$/.test(sentence.trim()) && !/(?:ません|ませんか|しませんか)[?？]\s*$/.test(sentence.trim());
}

const QUOTES: [string, string][] = [
  ["「", "」"],
  ["『", "』"],
  ["“", "”"],
  ['"', '"'],
  ["【", "】"]
];
const META_NOUN = "(?:表現|広告|文言|言葉|宣伝|うたい文句|謳い文句|キャッチコピー|記載|表示|誇大)";
const META_AFTER = new RegExp(
  `^[」』”"】]?\\s*(?:(?:など|等)?(?:という|といった|との|のような|などの)${META_NOUN}|(?:など|等)?と(?:うた|謳|宣伝|表示|記載|強調)|[」』”"】]\\s*(?:は|も|の)?${META_NOUN})`
);
const META_WORDS = /表現|広告|文言|言葉|うたい文句|謳い文句|宣伝|キャッチコピー|ガイドライン|医療法|薬機法|禁止|違反|NG|注意/;

function insideQuotes(text: string, start: number, end: number): boolean {
  for (const [open, close] of QUOTES) {
    const before = text.lastIndexOf(open, start - 1);
    if (before < 0) continue;
    const after = text.indexOf(close, end);
    if (after < 0) continue;
    const between = text.slice(before + 1, start);
    if (open === close ? true : !between.includes(close)) return true;
  }
  return false;
}

/**
 * Quotation or explanation of a rule rather than a claim: 「『絶対安全』という表現は使えません」,
 * 「必ず治るなどとうたう広告に注意」. A quoted patient voice without such words is still a claim.
 */
export function isMetaDiscourse(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 20);
  if (META_AFTER.test(after)) return true;
  return insideQuotes(text, start, end) && META_WORDS.test(text);
}

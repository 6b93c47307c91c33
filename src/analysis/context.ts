import { endsClause, lemmaOf, type Token } from "./morphology";
import { isNegation } from "../dictionary/verify";

/** Predicates that deny or doubt what precedes them in the clause (完治は難しい, 期待できません). */
const DOUBTING_LEMMAS = new Set(["難しい", "困難", "不可能", "限る"]);
/** A negation before these makes the claim hypothetical and denied: 痛みが消えない場合は受診してください. */
const HYPOTHETICAL_NOUNS = new Set(["場合", "とき", "時"]);
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
    if (isContentNoun(token) && ["が", "の"].includes(tokens[i + 1]?.surface_form ?? "") && deniesItself(tokens, i + 2)) return false;
    const lemma = lemmaOf(token);
    // 「先着5名様に限り、」 restricts an offer and doubts nothing (〜とは限らない stays a doubt).
    const restrictsOnly = lemma === "限る" && token.surface_form === "限り" && tokens[i - 1]?.surface_form === "に" && lemmaOf(tokens[i + 1] ?? token) !== "ます";
    if (DOUBTING_LEMMAS.has(lemma) && !restrictsOnly) return true;
    if (isNegation(token)) {
      // 治らない病気: a negation attached to the claim's own predicate denies it, whatever it modifies.
      if (attachedToClaim(tokens, last, i)) return true;
      const next = tokens[i + 1];
      if (next && lemmaOf(next) === "なる") continue;
      // 痛みが消えない場合は: a hypothetical negation still denies the claim.
      if (next && isContentNoun(next) && !HYPOTHETICAL_NOUNS.has(next.surface_form)) continue;
      return true;
    }
  }
  return false;
}

/** Whether only inflection (助動詞, される, て) stands between the claim's last token and the negation at i. */
function attachedToClaim(tokens: Token[], last: number, i: number): boolean {
  if (!["動詞", "形容詞", "助動詞"].includes(tokens[last]?.pos ?? "")) return false;
  for (let j = last + 1; j < i; j++) {
    const t = tokens[j]!;
    const inflection = t.pos === "助動詞" || (t.pos === "動詞" && ["非自立", "接尾"].includes(t.pos_detail_1)) || t.surface_form === "て";
    if (!inflection) return false;
  }
  return true;
}

/** Whether a negation of the noun itself starts at j (痛みのない, 痛みがまったくない), adverbs aside. */
function deniesItself(tokens: Token[], j: number): boolean {
  while (tokens[j]?.pos === "副詞") j++;
  const token = tokens[j];
  return token !== undefined && isNegation(token) && token.pos === "形容詞";
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
const META_NOUN = "(?:表現|広告|文言|言葉|宣伝|うたい文句|謳い文句|キャッチコピー|記載|表示|誇大|勧誘)";
/** Further quoted items after the first one: 「副作用ゼロ」「痛みはありません」と書かれていても. */
const MORE_QUOTES = `(?:[、・,]?\\s*[「『“"][^」』”"]{1,40}[」』”"])*`;
/** A claim named only to be rejected: 「体にやさしいから副作用がない、というのは誤解です」. */
const REJECTED = "(?:誤解|誤り|間違い|俗説|迷信|思い込み|事実ではありません|根拠がありません)";
/** The rest of a claim that an advertisement is said to make: 他院と比べて優れていると示す広告は使えません. */
const CLAIM_AN_AD_MAKES = `[^。！？、]{0,30}?と(?:示す|示し|うたう|うたっ|謳う|謳っ|宣伝する|宣伝し|強調する|強調し|思わせる|誤認させる)(?:ような)?${META_NOUN}`;
/** Quoted examples given as a kind of advertisement: 「今だけ半額」「先着10名」のように、契約を急がせる勧誘には注意. */
/** A claim a clinic is said to make of itself: 「日本一」を名乗るクリニックもありますが. */
const CLAIM_NAMED = `(?<=[」』”"】]\\s*)(?:を|と)(?:名乗|称す|称し|自称|掲げ|うた|謳|強調|宣伝|アピール)`;
const QUOTED_AS_EXAMPLES = `(?<=[」』”"】]\\s*)(?:など|等)?の?ように[、,]?[^。！？]{0,30}?${META_NOUN}`;
const META_AFTER = new RegExp(
  `^[」』”"】]?${MORE_QUOTES}\\s*(?:(?:など|等)?(?:という|といった|との|のような|などの)${META_NOUN}|(?:など|等)?と(?:うた|謳|宣伝|表示|記載|強調)|(?<=[」』”"】])\\s*(?:など|等)?と(?:書|言|い[うわえっ]|あ[るっ])|[」』”"】]\\s*(?:は|も|の)?${META_NOUN}|${QUOTED_AS_EXAMPLES}|${CLAIM_NAMED}|${CLAIM_AN_AD_MAKES}|[^。！？]{0,40}?(?:という|といった)(?:のは|ことは|考えは|話は|イメージは)\\s*${REJECTED})`
);
const META_WORDS = /表現|広告|文言|言葉|うたい文句|謳い文句|宣伝|キャッチコピー|ガイドライン|医療法|薬機法|禁止|違反|NG|注意/;

/** Offset of the quote mark that closes a quotation holding [start, end), or -1. */
function closingQuote(text: string, start: number, end: number): number {
  for (const [open, close] of QUOTES) {
    const before = text.lastIndexOf(open, start - 1);
    if (before < 0) continue;
    const after = text.indexOf(close, end);
    if (after < 0) continue;
    const between = text.slice(before + 1, start);
    if (open === close ? true : !between.includes(close)) return after;
  }
  return -1;
}

/**
 * Quotation or explanation of a rule rather than a claim: 「『絶対安全』という表現は使えません」,
 * 「必ず治るなどとうたう広告に注意」, 「劇的に改善」と書かれていても. A quoted patient voice without such
 * words is still a claim.
 */
export function isMetaDiscourse(text: string, start: number, end: number): boolean {
  if (META_AFTER.test(text.slice(end, end + 60))) return true;
  const close = closingQuote(text, start, end);
  if (close < 0) return false;
  // The quotation holds more than the phrase: what follows the closing mark decides.
  if (close > end && META_AFTER.test(text.slice(close, close + 60))) return true;
  return META_WORDS.test(text);
}

import { lemmaOf, type Token } from "../nlp/tokens";
import { chainEnd, clauseEnd, clauseStart, endsClause, linkOf } from "./clauses";
import { derived } from "./data";

const words = derived((g) => g);

/** A negation word: the auxiliary ない/ぬ/ん (ません, ず) or the adjective ない. */
export function isNegation(token: Token): boolean {
  return (token.pos === "助動詞" || token.pos === "形容詞") && words().negationLemmas.has(lemmaOf(token));
}

/**
 * A negation that belongs to an idiom asserting rather than denying: 〜かもしれません, 〜かねません,
 * 〜に違いない, 〜なければならない, 〜しかない (dictionaries/grammar/denial.yml notDenials).
 */
export function idiomaticNegation(tokens: Token[], i: number): boolean {
  let before = tokens
    .slice(Math.max(0, i - 5), i)
    .map((t) => t.surface_form)
    .join("");
  if (before.endsWith("ませ")) before = before.slice(0, -2);
  return words().notDenials.some((stem) => before.endsWith(stem));
}

/** A noun that states an absence as plainly as a negation (なし, ゼロ). */
export function isAbsenceWord(token: Token): boolean {
  return words().absenceWords.has(token.surface_form);
}

/** A negation at tokens[i]: ない/ぬ/ん, or ます before one (ません). */
export function startsNegation(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  return isNegation(token) || (lemmaOf(token) === "ます" && tokens[i + 1] !== undefined && isNegation(tokens[i + 1]!));
}

/**
 * Whether the negation ending before tokens[next] states a condition, a purpose, an embedded question,
 * a request or a frequency rather than denying its subject: アレルギーのない方, 副作用が出ていないか
 * 確認します, 痛みを我慢しないでください, 初期には痛みがないことが多い.
 */
export function conditionalNegation(tokens: Token[], next: number): boolean {
  const g = words();
  const negation = tokens[next - 1];
  // 副作用がなかった方・なかった場合: the past tense leaves a condition a condition.
  while (tokens[next]?.pos === "助動詞" && tokens[next]!.surface_form === "た") next++;
  const after = tokens[next];
  if (!after) return false;
  if (g.conditionNouns.has(after.surface_form)) return true;
  if (after.surface_form === "か" && after.pos === "助詞") return true;
  // 痛みがなくても受診してください, 痛みがないからといって: a concession grants the absence, it does not promise it.
  if (after.surface_form === "ても" || (after.surface_form === "て" && tokens[next + 1]?.surface_form === "も")) return true;
  if (after.surface_form === "から" && tokens[next + 1]?.surface_form === "と" && g.adviceAfterBecause.has(lemmaOf(tokens[next + 2] ?? after))) return true;
  // 合併症を起こさないために: a purpose, not a promise. Only a verb's negation sets a purpose: 副作用がないために
  // (the adjective ない) and 〜ないため、 give a reason.
  if (after.surface_form === "ため" && tokens[next + 1]?.surface_form === "に" && negation?.pos === "助動詞") return true;
  // むし歯は初期には痛みがないことが多い: how often something is absent describes, it does not deny.
  const [particle, predicate] = [tokens[next + 1], tokens[next + 2]];
  if (after.surface_form === "こと" && particle && ["が", "も"].includes(particle.surface_form) && predicate && g.frequencyPredicates.has(lemmaOf(predicate))) return true;
  return after.surface_form === "で" && /^(?:ください|下さい|ほしい)$/.test(tokens[next + 1]?.surface_form ?? "");
}

/** Nouns that a negation may modify without negating the claim before it (ことはない negates; 痛みのない生活 does not). */
const FORMAL_NOUN_DETAILS = new Set(["非自立", "接尾", "代名詞"]);

function isContentNoun(token: Token): boolean {
  return token.pos === "名詞" && !FORMAL_NOUN_DETAILS.has(token.pos_detail_1);
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

/**
 * Whether the clause that holds the token at `last` is negated after it: 〜ない, 〜ません, 〜わけではない,
 * 〜とは限らない, 〜ことはない, 〜は難しい. A negation that only modifies a following noun
 * (「痛みのない生活」) or forms なくなる is not a negation of the claim.
 */
export function negatedInClause(tokens: Token[], last: number): boolean {
  const g = words();
  for (let i = last + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (endsClause(token)) return false;
    // A content noun marked as a subject (痛みが, 痛みの) starts another predication: its negation
    // (痛みのない) says nothing about the claim before it.
    if (isContentNoun(token) && ["が", "の"].includes(tokens[i + 1]?.surface_form ?? "") && deniesItself(tokens, i + 2)) return false;
    // 最新の機器がそろっているかどうかよりも: a claim embedded as "whether" is not asserted.
    if (token.surface_form === "か" && tokens[i + 1]?.surface_form === "どう" && tokens[i + 2]?.surface_form === "か") return true;
    const lemma = lemmaOf(token);
    // 「先着5名様に限り、」 restricts an offer and doubts nothing (〜とは限らない stays a doubt).
    const restrictsOnly = lemma === "限る" && !tokens.slice(i + 1, i + 4).some((t) => isNegation(t));
    // 難しい根管治療: a doubting adjective that only modifies a noun doubts nothing.
    // (完治は難しい病気: the claim is its topic, so it still doubts it.)
    const modifiesNext =
      token.pos === "形容詞" && tokens[i + 1] !== undefined && isContentNoun(tokens[i + 1]!) && !["は", "が", "も"].includes(tokens[i - 1]?.surface_form ?? "");
    if (g.doubtingPredicates.has(lemma) && !restrictsOnly && !modifiesNext) return true;
    // 「ダウンタイムはゼロです」「副作用は皆無」: an absence noun as the predicate denies like ない
    // (a figure, 0%, is a number the rules judge on their own).
    if (token.pos === "名詞" && isAbsenceWord(token) && !/[0-9０-９]/.test(token.surface_form)) return true;
    if (isNegation(token)) {
      // 〜かもしれません, 〜かねません: an idiom that asserts or hedges, not a denial.
      if (idiomaticNegation(tokens, i)) continue;
      // 無理なく, 問題なく: an adverb made with なく modifies what follows; it denies nothing before it.
      if (token.surface_form === "なく" && g.adverbialNegations.has(tokens[i - 1]?.surface_form ?? "")) continue;
      // 副作用で悩んでいませんか？: a rhetorical question invites, it denies nothing.
      if (rhetorical(tokens, i)) return false;
      // 治らない病気: a negation attached to the claim's own predicate denies it, whatever it modifies.
      if (attachedToClaim(tokens, last, i)) return true;
      const next = tokens[i + 1];
      if (next && lemmaOf(next) === "なる") continue;
      // 痛みが消えない場合は: a hypothetical negation still denies the claim.
      if (next && isContentNoun(next) && !g.hypotheticalNouns.has(next.surface_form)) continue;
      return true;
    }
  }
  return false;
}

/** A negation closing the sentence as a question: 〜ていませんか？ 〜ないですか。 */
function rhetorical(tokens: Token[], i: number): boolean {
  let j = i + 1;
  if (tokens[j]?.surface_form === "です") j++;
  if (tokens[j]?.surface_form !== "か") return false;
  const after = tokens[j + 1];
  return !after || after.pos === "記号";
}

/**
 * Whether the predicate ending at `at` modifies a noun that the next clause governs: 効果を示した|臨床試験
 * は、…報告されていません; 予防できるという|根拠は、…十分ではありません.
 */
function embeddedInNoun(tokens: Token[], at: number): boolean {
  // The claim's predicate: the claim itself, or the first predicate after it in its clause (効果を|示した).
  let p = at;
  const end = clauseEnd(tokens, at + 1);
  // (完治さ|せる: a claim that ends on its own predicate is that predicate.)
  const endsOnPredicate = ["動詞", "助動詞", "形容詞"].includes(tokens[at]?.pos ?? "");
  while (!endsOnPredicate && p < end && !(tokens[p]!.pos === "動詞" && tokens[p]!.pos_detail_1 === "自立") && tokens[p]!.pos !== "形容詞") p++;
  if (p >= end) return false;
  let j = chainEnd(tokens, p) + 1;
  if (tokens[j]?.surface_form === "と" && ["いう", "言う"].includes(lemmaOf(tokens[j + 1] ?? tokens[j]!))) j += 2;
  else if (["という", "といった", "との"].includes(tokens[j]?.surface_form ?? "")) j += 1;
  const noun = tokens[j];
  return noun !== undefined && isContentNoun(noun) && (["動詞", "形容詞", "助動詞"].includes(tokens[j - 1]?.pos ?? "") || tokens[j - 1]?.pos === "助詞");
}

/**
 * Whether the clause before the boundary at next-1 ends with a topic or argument particle (…臨床試験は、)
 * so that the noun phrase it closes is an argument of the next clause, not a clause of its own
 * (…包括的なもので、 is a predicate, and what follows is coordinated, not governing).
 */
function argumentOfNext(tokens: Token[], next: number): boolean {
  let k = next - 2;
  while (k >= 0 && tokens[k]!.pos === "記号") k--;
  const particle = tokens[k];
  return particle !== undefined && particle.pos === "助詞" && ["は", "が", "も", "を", "には", "では"].includes(particle.surface_form);
}

/**
 * Whether the claim is a noun marked as the topic or subject of the next clause (患者の体験談|は、
 * 医療広告では掲載が認められていません): the comma after it ends no clause of its own.
 */
function topicOfNext(tokens: Token[], at: number): boolean {
  const noun = tokens[at];
  if (noun === undefined || noun.pos !== "名詞") return false;
  // 効果は、 / 効果については、 / 効果に関しては、
  let j = at + 1;
  if (["について", "に関して", "につき"].includes(tokens[j]?.surface_form ?? "")) j++;
  const particle = tokens[j];
  return particle !== undefined && particle.pos === "助詞" && ["は", "も", "が"].includes(particle.surface_form);
}

/**
 * The claim sits in the sentence's topic (体験談は、 / キャンペーンによる値引きは) and the sentence's main
 * clause says the clinic does not do it with a policy verb (掲載していません, 実施しておりません).
 */
function deniedAsPolicy(tokens: Token[], last: number): boolean {
  // The topic phrase: nouns joined by の・や・など・による up to は, with no predicate between.
  let j = last + 1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.pos === "助詞" && ["は", "も"].includes(t.surface_form) && t.pos_detail_1 === "係助詞") break;
    const next = tokens[j + 1];
    // 割引キャンペーン、モニター価格、ご紹介特典は: a comma between nouns enumerates the topic.
    const enumerates = endsClause(t) && t.surface_form === "、" && !!next && (next.pos === "名詞" || next.pos === "接頭詞");
    const joins = t.pos === "名詞" || t.pos === "接頭詞" || enumerates || (t.pos === "助詞" && ["の", "や", "など", "による", "と", "・"].includes(t.surface_form)) || (t.pos === "記号" && !endsClause(t));
    if (!joins) return false;
    j++;
  }
  if (j >= tokens.length || tokens[last]?.pos !== "名詞") return false;
  // The main clause: the last clause of the sentence, or everything after a topic that enumerates
  // (its commas are the list's, not clause boundaries); its verb a policy verb, negated.
  let end = tokens.length - 1;
  while (end > j && tokens[end]!.pos === "記号") end--;
  const lastClause = clauseStart(tokens, end);
  const afterTopic = tokens.slice(j + 1, end).some((t) => endsClause(t)) ? -1 : j + 1;
  const start = lastClause > j ? lastClause : afterTopic;
  if (start < 0 || start > end) return false;
  const g = words();
  const verb = tokens.slice(start, end + 1).find((t) => t.pos === "動詞" && t.pos_detail_1 === "自立" || (t.pos === "名詞" && t.pos_detail_1 === "サ変接続"));
  if (!verb) return false;
  // 体験談のご紹介は控えております: refraining needs no negation.
  const main = tokens.slice(start, end + 1);
  if (main.some((t) => g.abstainVerbs.has(lemmaOf(t)))) return true;
  if (!g.policyVerbs.has(lemmaOf(verb))) return false;
  return tokens.slice(start, end + 1).some((t) => isNegation(t));
}

/**
 * The one test of denial every check uses: the claim ending at token `last` is negated in its own
 * clause, or it is embedded (こと・の・わけ, と・とは, か・かどうか) in a clause that is — across a comma:
 * 「幹細胞上清液が神経を修復することは、ヒトでは確認されていません」「必ず治るとは、言い切れません」.
 */
export function denied(tokens: Token[], last: number): boolean {
  if (deniedAsPolicy(tokens, last)) return true;
  let at = last;
  for (let depth = 0; ; depth++) {
    if (negatedInClause(tokens, at)) return true;
    if (depth >= words().complementDepth) return false;
    const { link, next } = linkOf(tokens, at + 1 < tokens.length ? at + 1 : at);
    const governed = link === "complement" || (link === "coordinate" && (embeddedInNoun(tokens, at) || topicOfNext(tokens, at)) && argumentOfNext(tokens, next));
    if (!governed || next >= tokens.length) return false;
    // The governing clause: denied when its own predicate is negated (from its first token on).
    at = next - 1;
    if (clauseEnd(tokens, next) <= next) return false;
  }
}

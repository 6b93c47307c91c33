import { endOf, lemmaOf, startOf, type Token } from "../../nlp/tokens";
import { chainEnd, clauseStart, endsClause } from "../../grammar/clauses";
import { isMetaDiscourse, readingOf } from "../../grammar/modality";
import { denied } from "../../grammar/negation";
import type { TermHit } from "./terms";
import type { EvidenceVocabulary } from "./vocabulary";

/**
 * How a sentence states an effect:
 *   certain   「痛みを和らげます」
 *   hedged    「痛みの軽減が期待できます」「和らげる可能性がある」
 *   reported  the result of a study or a known fact: 「…が改善したと報告されています」「…ことが分かっています」
 *   past      what happened in a study or a case: 「痛みが軽減しました」
 */
export type ClaimMode = "certain" | "hedged" | "reported" | "past";
export type ReportKind = "study" | "knowledge" | "proof";

export interface Claim {
  /** Span of the sentence text to report: the clause that makes the claim. */
  start: number;
  end: number;
  /** The effect word as written (和らげる, 改善, 効果). */
  word: string;
  /** Offset of the effect word in the sentence. */
  at: number;
  mode: ClaimMode;
  hedged: boolean;
  report?: ReportKind;
  /** The verb that reports it, as written (報告され, 示さ) and as its base form (報告, 示す). */
  reportWord?: string;
  reportLemma?: string;
  /** Said of efficacy itself (効果があります, 有効性が示された) rather than of one symptom. */
  effectNoun: boolean;
  /** Said by naming what a treatment does (「痛みをやわらげる治療です」): a definition, unless drawn from a study. */
  describesTreatment?: boolean;
}

const CLAUSE_CONJUNCTIONS = new Set(["が", "けど", "けれど", "けれども", "のに", "ので", "から"]);
const AUXILIARY_VERB_DETAILS = new Set(["接尾", "非自立"]);
const NOMINALIZERS = new Set(["こと", "の", "点", "ところ", "わけ", "もの", "よう", "はず", "ん"]);
const COPULAS = new Set(["だ", "です", "である", "な"]);
const DEGREE_PARTICLES = new Set(["まで", "ほど", "くらい", "ぐらい"]);
/** Words that refer back to the clause before (その力, この効果, これ). */
const ANAPHORA = new Set(["その", "この", "これ", "それ", "こうした", "そうした", "こういった"]);

function isPast(token: Token | undefined): boolean {
  return token?.pos === "助動詞" && (lemmaOf(token) === "た" || token.surface_form === "た");
}

/** Where the claim's modality ends: the period, or a conjunction that starts another clause (ので, が, ことから). */
function scopeEnd(tokens: Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos === "記号" && token.pos_detail_1 === "句点") return i;
    if (token.pos === "助詞" && token.pos_detail_1 === "接続助詞" && CLAUSE_CONJUNCTIONS.has(token.surface_form)) return i;
    if (token.surface_form === "から" && tokens[i - 1]?.surface_form === "こと") return i;
  }
  return tokens.length;
}

/** Tense of the clause group: the last predicate before the scope end (軽減し始め、…持続しました is past). */
function groupIsPast(tokens: Token[], stop: number): boolean {
  for (let i = stop - 1; i >= 0; i--) {
    const token = tokens[i]!;
    // A closing note in brackets (（40代女性）) is not the predicate.
    if (token.pos === "記号" && token.pos_detail_1 === "括弧閉") {
      while (i > 0 && !(tokens[i]!.pos === "記号" && tokens[i]!.pos_detail_1 === "括弧開")) i--;
      continue;
    }
    if (isPast(token)) return true;
    if (token.pos === "助動詞" || (token.pos === "動詞" && AUXILIARY_VERB_DETAILS.has(token.pos_detail_1)) || token.surface_form === "て") continue;
    if (token.pos === "記号" && token.pos_detail_1 !== "読点") continue;
    return false;
  }
  return false;
}

const SKIPPABLE_BEFORE_PREDICATE = new Set(["助詞", "副詞", "連体詞"]);

/** The predicate a noun takes (改善が期待できる, 予防になる, 効果を発揮する), within a few words. */
function nounPredicate(tokens: Token[], last: number, lemmas: Set<string>, reach: number): number | undefined {
  for (let i = last + 1; i <= last + reach && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (lemmas.has(lemmaOf(token)) && (token.pos === "動詞" || token.pos === "名詞" || token.pos === "形容詞")) return i;
    if (endsClause(token)) return undefined;
    const light = SKIPPABLE_BEFORE_PREDICATE.has(token.pos) || (token.pos === "名詞" && ["接尾", "形容動詞語幹", "副詞可能"].includes(token.pos_detail_1));
    if (!light) return undefined;
  }
  return undefined;
}

type Form = "final" | "clause" | "nominal" | "quote" | "attributive" | "treatment" | "purpose" | "question" | "degree";

/** What follows the predicate: the end, a clause conjunction, こと/点, a quotation, or a noun it modifies. */
function formAfter(tokens: Token[], end: number, vocabulary: EvidenceVocabulary, past: boolean, masked: (t: Token) => boolean): Form {
  let k = end + 1;
  while (tokens[k] && ((tokens[k]!.pos === "記号" && tokens[k]!.pos_detail_1 === "括弧閉") || masked(tokens[k]!))) k++;
  const next = tokens[k];
  if (!next || (next.pos === "記号" && next.pos_detail_1 === "句点")) return "final";
  if (next.pos === "記号" && next.pos_detail_1 === "読点") return "clause";
  if (next.pos === "助詞" && next.pos_detail_1 === "接続助詞") return "clause";
  if (next.surface_form === "か" && next.pos === "助詞") return "question";
  if (next.surface_form === "ため" || next.surface_form === "為") return past ? "clause" : "purpose";
  // 「回復するまでには」「改善するほど」: a limit or a degree, not a statement.
  if (next.pos === "助詞" && next.pos_detail_1 === "副助詞" && DEGREE_PARTICLES.has(next.surface_form)) return "degree";
  if (next.pos === "名詞" && NOMINALIZERS.has(next.surface_form) && ["非自立", "接尾", "特殊"].includes(next.pos_detail_1)) {
    return tokens[k + 1]?.surface_form === "か" ? "question" : "nominal";
  }
  if (next.pos === "助詞" && (next.surface_form === "と" || next.surface_form === "って")) {
    // 「…を防げるということです」 concludes: the claim is the sentence's own, not a noun's attribute.
    if (lemmaOf(tokens[k + 1] ?? next) === "いう" && NOMINALIZERS.has(tokens[k + 2]?.surface_form ?? "") && COPULAS.has(lemmaOf(tokens[k + 3] ?? next))) return "final";
    return lemmaOf(tokens[k + 1] ?? next) === "いう" && tokens[k + 2]?.pos === "名詞" ? "attributive" : "quote";
  }
  if (next.pos === "名詞" || next.pos === "接頭詞" || (next.pos === "記号" && next.pos_detail_1 === "括弧開")) {
    const conjugation = tokens[end]!.conjugated_form ?? "";
    if (conjugation.startsWith("連用")) return "clause";
    let n = k;
    while (tokens[n]?.pos === "記号" || tokens[n]?.pos === "接頭詞") n++;
    const noun = tokens[n];
    // 「和らげる可能性がある」「鎮める働きがある」: the noun carries the claim on.
    const following = tokens.slice(n, n + 3).map((t) => t.surface_form).join("");
    if ([...vocabulary.lexicon.claims.effectNouns, ...vocabulary.lexicon.claims.carriers].some((w) => following.startsWith(w))) return "nominal";
    if (noun && vocabulary.treatmentNouns.has(noun.surface_form)) {
      let c = n + 1;
      while (tokens[c]?.pos === "名詞" && tokens[c]!.pos_detail_1 === "接尾") c++;
      if (tokens[c] && COPULAS.has(lemmaOf(tokens[c]!))) return "treatment";
      // 「改善が示された成分を点滴で」: a treatment named by what a study reported of it.
      const reported = (t: Token) => [vocabulary.reportStudy, vocabulary.reportKnowledge, vocabulary.reportProof].some((set) => set.has(lemmaOf(t)));
      if (tokens.slice(Math.max(0, end - 3), end + 1).some(reported)) return "treatment";
    }
    return "attributive";
  }
  return "final";
}

function within(hit: TermHit, from: number, to: number): boolean {
  return hit.start >= from && hit.end <= to;
}

interface Head {
  hit: TermHit;
  /** Token index of the predicate. */
  predicate: number;
  effectNoun: boolean;
}

function headsOf(tokens: Token[], text: string, vocabulary: EvidenceVocabulary): Head[] {
  const heads: Head[] = [];
  for (const hit of vocabulary.claimVerbs.find(tokens, text)) heads.push({ hit, predicate: hit.last, effectNoun: false });
  for (const hit of vocabulary.claimPhrases.find(tokens, text)) heads.push({ hit, predicate: hit.last, effectNoun: false });
  for (const hit of vocabulary.claimNouns.find(tokens, text)) {
    const predicate = nounPredicate(tokens, hit.last, vocabulary.nounPredicates, 3);
    if (predicate !== undefined) heads.push({ hit, predicate, effectNoun: false });
  }
  for (const hit of vocabulary.effectNouns.find(tokens, text)) {
    const predicate = nounPredicate(tokens, hit.last, vocabulary.effectPredicates, 5);
    if (predicate !== undefined) heads.push({ hit, predicate, effectNoun: true });
  }
  return heads.sort((a, b) => a.hit.start - b.hit.start);
}

const MAX_SPAN = 40;

/** Start of the phrase the effect word governs: its object with its particle (痛みの原因そのものに|働きかけます). */
function phraseStart(tokens: Token[], head: number): number {
  let i = head;
  const before = tokens[i - 1];
  if (before?.pos === "助詞" && ["格助詞", "係助詞"].includes(before.pos_detail_1) && before.surface_form !== "の") i--;
  for (;;) {
    const t = tokens[i - 1];
    if (!t) return i;
    const nominal = t.pos === "名詞" || t.pos === "接頭詞" || (t.pos === "記号" && t.pos_detail_1 === "一般") || (t.pos === "助詞" && t.pos_detail_1 === "連体化");
    if (!nominal) return i;
    i--;
  }
}

/**
 * The efficacy claims of one sentence, read from its tokens: an effect word heading a predicate
 * (not one that only modifies a noun: 「痛みを和らげる物質」), not negated, not a purpose (改善を目指す),
 * not about side effects, with its modality: certain, hedged, reported, or past.
 */
export function claimsOf(tokens: Token[], text: string, vocabulary: EvidenceVocabulary, markers: readonly [number, number][] = []): Claim[] {
  const claims: Claim[] = [];
  // Citation markers ([1], (Sano et al., 2022)) are not words: kuromoji reads "[" as a noun.
  const masked = (t: Token) => markers.some(([a, b]) => startOf(t) < b && endOf(t) > a);
  const hedges = vocabulary.hedges.find(tokens, text);
  const evidenceWords = [vocabulary.sourceWords, ...vocabulary.sentenceEvidence.map((g) => g.terms)].flatMap((terms) => terms.find(tokens, text));
  const evidenceBefore = (offset: number) => evidenceWords.some((h) => h.end <= offset);
  const adverse = vocabulary.adverse.find(tokens, text);
  // The natural course of a condition or a side effect (多くは数日で治まります) claims no effect.
  if (readingOf(text, 0, 0).course) return claims;
  for (const { hit, predicate, effectNoun } of headsOf(tokens, text, vocabulary)) {
    const end = chainEnd(tokens, predicate);
    const stop = scopeEnd(tokens, end + 1);
    const chainPast = tokens.slice(predicate, end + 1).some(isPast);
    const clauseGoesOn = (() => {
      const next = tokens[end + 1];
      return next !== undefined && ((next.pos === "記号" && next.pos_detail_1 === "読点") || (next.pos === "助詞" && next.pos_detail_1 === "接続助詞"));
    })();
    // 「軽減し始め、…持続しました」 takes the tense of the clause group; 「なったと感じる」 its own.
    const past = chainPast || (clauseGoesOn && groupIsPast(tokens, stop));
    const form = formAfter(tokens, end, vocabulary, past, masked);
    if (form === "attributive" || form === "purpose" || form === "question" || form === "degree") continue;
    if (denied(tokens, predicate)) continue;
    if (isMetaDiscourse(text, hit.start, hit.end)) continue;
    const goalAt = tokens.slice(end + 1, end + 4).findIndex((t) => vocabulary.goals.has(lemmaOf(t)));
    if (goalAt >= 0) continue;

    const clauseFrom = startOf(tokens[clauseStart(tokens, hit.first)]!);
    const clauseTo = endOf(tokens[end]!);
    if (adverse.some((a) => within(a, clauseFrom, clauseTo))) continue;

    const scopeTo = stop < tokens.length ? startOf(tokens[stop]!) : text.length;
    let report: ReportKind | undefined;
    let reportWord: string | undefined;
    let reportLemma: string | undefined;
    for (let i = predicate; i < stop && !report; i++) {
      // 「整える働きがあり、実験でもその力が確かめられています」: a coordinate clause ends the claim when the
      // next one refers back to it (その力, この効果): what that clause reports is its own statement. (「…を戻し、
      // …を抑えることが報告されています」 reports both clauses.)
      const before = tokens[i - 1];
      const coordinateEnd = tokens[i]!.pos === "記号" && tokens[i]!.pos_detail_1 === "読点" && before && (before.conjugated_form ?? "").startsWith("連用") && ["動詞", "助動詞", "形容詞"].includes(before.pos);
      // (A claim inside a study's own account, 「動物モデルでは…が軽減し、その…」, stays the study's.)
      if (i > predicate && coordinateEnd && tokens.slice(i + 1, stop).some((t) => ANAPHORA.has(t.surface_form)) && !evidenceBefore(startOf(tokens[i]!))) break;
      const lemma = lemmaOf(tokens[i]!);
      if (i > predicate && (lemma === "いえる" || lemma === "言える")) break;
      if (vocabulary.reportProof.has(lemma)) report = "proof";
      else if (vocabulary.reportKnowledge.has(lemma)) report = "knowledge";
      else if (vocabulary.reportStudy.has(lemma)) report = "study";
      if (report) {
        reportWord = tokens[i]!.surface_form;
        reportLemma = lemma;
      }
    }
    const hedged = hedges.some((h) => h.start >= hit.start && h.end <= scopeTo);
    const mode: ClaimMode = report ? "reported" : past ? "past" : hedged ? "hedged" : "certain";
    // A claim carried by a noun (和らげる可能性がある) is reported up to the end of its predicate.
    let spanTo = clauseTo;
    if (form === "nominal") {
      let last = stop - 1;
      while (last > end && tokens[last]!.pos === "記号") last--;
      spanTo = endOf(tokens[last]!);
    }
    const start = spanTo - clauseFrom <= MAX_SPAN ? clauseFrom : Math.max(clauseFrom, startOf(tokens[phraseStart(tokens, hit.first)]!));
    claims.push({
      start: Math.min(start, hit.start),
      end: Math.max(spanTo, hit.end),
      word: hit.term,
      at: hit.start,
      mode,
      hedged,
      ...(report ? { report, reportWord: reportWord!, reportLemma: reportLemma! } : {}),
      effectNoun,
      ...(form === "treatment" ? { describesTreatment: true } : {})
    });
  }
  return claims;
}

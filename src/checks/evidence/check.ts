import type { Sentence } from "../../model/document";
import { endOf, lemmaOf, startOf } from "../../nlp/tokens";
import { isMetaDiscourse, isQuestion, readingOf } from "../../grammar/modality";
import { denied } from "../../grammar/negation";
import type { Severity } from "../../data/schema";
import { chainEnd, modifiesNoun } from "../../grammar/clauses";
import type { Claim } from "./claims";
import {
  blockEvidence,
  HUMAN_CLASSES,
  inheritedEvidence,
  NONHUMAN_CLASSES,
  STRONG_HUMAN_CLASSES,
  type EvidenceAnalysis,
  type EvidenceItem,
  type SentenceEvidence
} from "./evidence";
import type { Reference } from "./references";
import type { TermSet } from "./terms";
import type { EvidenceVocabulary } from "./vocabulary";

export type CheckId =
  | "evidence-unsupported-claim"
  | "evidence-animal-extrapolation"
  | "evidence-animal-only"
  | "evidence-citation-nonhuman"
  | "evidence-claim-stronger"
  | "evidence-proof-uncited"
  | "evidence-knowledge-uncited"
  | "evidence-hedged-unsupported";

/** A problem found in one sentence, in sentence-relative offsets. */
export interface EvidenceProblem {
  id: CheckId;
  severity: Severity;
  sentence: Sentence;
  start: number;
  end: number;
  claim?: Claim;
  /** The evidence the decision rested on (shown in --format json). */
  evidence: EvidenceItem[];
  /** References the message names. */
  refs: Reference[];
  /** The words that made it serious (がん, 治る), when any. */
  serious?: string;
  /** A product is named in the sentence: 薬機法 第66条 applies too. */
  product: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const isHuman = (i: EvidenceItem) => HUMAN_CLASSES.has(i.cls);
const isStrongHuman = (i: EvidenceItem) => STRONG_HUMAN_CLASSES.has(i.cls);
const isNonhuman = (i: EvidenceItem) => NONHUMAN_CLASSES.has(i.cls);
const isCitation = (i: EvidenceItem) => i.via === "citation";
/** Evidence that cannot carry a claim about people: an animal or cell study, or a narrative review. */
const isWeakSource = (i: EvidenceItem) => isNonhuman(i) || i.cls === "narrative-review";

interface Context {
  s: SentenceEvidence;
  index: number;
  vocabulary: EvidenceVocabulary;
  analysis: EvidenceAnalysis;
  product: boolean;
  /** Another sentence of the page says the treatment is approved, insured or in a clinical guideline. */
  established: boolean;
}

function refsOf(items: EvidenceItem[]): Reference[] {
  return [...new Set(items.map((i) => i.ref).filter((r): r is Reference => r !== undefined))];
}

function seriousWord(ctx: Context, claim: Claim): string | undefined {
  const { s, vocabulary } = ctx;
  const disease = vocabulary.serious.find(s.tokens, s.sentence.text).find((h) => h.start >= claim.start && h.end <= claim.end);
  if (disease) return s.sentence.text.slice(disease.start, disease.end);
  if (claim.mode === "certain" && vocabulary.cure.find(s.tokens, s.sentence.text).some((h) => h.start === claim.at)) return claim.word;
  return undefined;
}

function problem(ctx: Context, id: CheckId, severity: Severity, claim: Claim | undefined, start: number, end: number, evidence: EvidenceItem[], refs: Reference[] = [], serious?: string): EvidenceProblem {
  return { id, severity, sentence: ctx.s.sentence, start, end, ...(claim ? { claim } : {}), evidence, refs, ...(serious ? { serious } : {}), product: ctx.product };
}

/** A study or a fact reported in the sentence: is its source given, and is it as strong as the words? */
function checkReported(ctx: Context, claim: Claim): EvidenceProblem | undefined {
  const { s, vocabulary, analysis, index } = ctx;
  // 「こうした研究からは…」 reports the studies described before it.
  const own = [...s.own, ...inheritedEvidence(analysis, index).items];
  const cited = own.filter((i) => isCitation(i) || i.cls === "guideline");
  const saysNonhuman = own.some((i) => i.via === "words" && isNonhuman(i));
  const specificHuman = own.filter((i) => i.via === "words" && isHuman(i) && !i.generic);
  const sourceNamed = vocabulary.sourceWords.find(s.tokens, s.sentence.text).length > 0;
  // 「有効性が示された」 says efficacy was established, which an uncontrolled study cannot do.
  const establishes = claim.report === "proof" || (claim.effectNoun && !claim.hedged && vocabulary.reportEstablishing.has(claim.reportLemma ?? ""));

  // 「マウスの研究で改善が示された成分を点滴でお届けします」: an animal or cell result presented as what the
  // treatment offered after it does for the reader.
  if (saysNonhuman && !own.some(isHuman) && offeredAfter(ctx, claim)) {
    return problem(ctx, "evidence-animal-extrapolation", "warning", claim, claim.start, s.sentence.text.replace(/[。．!！]+$/, "").length, own, refsOf(own.filter(isNonhuman)));
  }
  if (cited.length === 0 && !saysNonhuman && specificHuman.length === 0) {
    if (claim.report === "proof") return problem(ctx, "evidence-proof-uncited", "error", claim, claim.start, claim.end, own);
    // 「…とする臨床研究が報告されていますが、長期的な効果は確立していません」 reports within its limits.
    if (vocabulary.limitations.find(s.tokens, s.sentence.text).length > 0) return undefined;
    if (claim.report === "study" && sourceNamed && !claim.hedged) return problem(ctx, "evidence-proof-uncited", "error", claim, claim.start, claim.end, own);
    if (claim.report === "knowledge" && !own.some(isHuman)) return problem(ctx, "evidence-knowledge-uncited", "warning", claim, claim.start, claim.end, own);
    return undefined;
  }
  const weakCites = cited.filter(isWeakSource);
  if (!saysNonhuman && weakCites.length > 0 && weakCites.length === cited.length) {
    return problem(ctx, "evidence-citation-nonhuman", "warning", claim, claim.start, claim.end, own, refsOf(weakCites));
  }
  const human = [...cited, ...specificHuman].filter(isHuman);
  if (establishes && human.length > 0 && !human.some(isStrongHuman)) {
    return problem(ctx, "evidence-claim-stronger", "warning", claim, claim.start, claim.end, own, refsOf(human));
  }
  return undefined;
}

/**
 * After the reported result, the sentence offers a treatment (成分, 点滴, 治療法…) built on it, and does not
 * state the limits of the evidence.
 */
function offeredAfter(ctx: Context, claim: Claim): boolean {
  const { s, vocabulary } = ctx;
  if (vocabulary.limitations.find(s.tokens, s.sentence.text).length > 0) return false;
  return s.tokens.some((t) => startOf(t) >= claim.end && vocabulary.treatmentNouns.has(t.surface_form));
}

/** An effect stated (or hedged) as what the reader will get: which evidence carries it? */
function checkClaim(ctx: Context, claim: Claim): EvidenceProblem | undefined {
  const { s, analysis, index, vocabulary } = ctx;
  if (claim.mode === "past") return undefined;
  if (claim.mode === "reported") return checkReported(ctx, claim);
  const inherited = inheritedEvidence(analysis, index);
  const direct = [...s.own, ...inherited.items];
  const certain = claim.mode === "certain";
  const serious = certain ? seriousWord(ctx, claim) : undefined;
  const span = [claim.start, claim.end] as const;

  if (direct.some(isStrongHuman)) return undefined;
  // 「…を注射し、痛みをやわらげる治療です」 defines a treatment; drawn from an animal study it is a claim.
  const drawnFromNonhuman = s.own.some((i) => i.via === "words" && isNonhuman(i)) || (inherited.causal && inherited.items.some(isNonhuman));
  if (claim.describesTreatment && !drawnFromNonhuman) return undefined;
  const citations = direct.filter(isCitation);
  const unknownCitations = citations.filter((i) => i.cls === "unknown");
  const human = direct.filter(isHuman);
  const nonhuman = direct.filter(isNonhuman);
  const saysNonhuman = s.own.some((i) => i.via === "words" && isNonhuman(i));

  const weakCites = citations.filter(isWeakSource);
  const onlyWeak = human.length === 0 && unknownCitations.length === 0;
  // 「動物実験で良い結果が出ても、人で同じ効果があるとは限りません」 states the limits of the evidence.
  if (readingOf(s.sentence.text, 0, 0).limited && !human.length) return undefined;
  if (onlyWeak && (nonhuman.length > 0 || weakCites.length > 0)) {
    // Drawn from the animal or cell result in the same sentence, or by つまり/このことから from the sentence before.
    const explicit = s.own.some((i) => isNonhuman(i) && i.via === "words" && i.at < claim.at) || (inherited.causal && inherited.items.some(isNonhuman));
    const severity: Severity = certain && (explicit || serious) ? "error" : "warning";
    if (certain && explicit) return problem(ctx, "evidence-animal-extrapolation", severity, claim, ...span, direct, refsOf(nonhuman), serious);
    const ownWeakCites = s.own.filter((i) => isCitation(i) && isWeakSource(i));
    if (!saysNonhuman && ownWeakCites.length > 0) return problem(ctx, "evidence-citation-nonhuman", severity, claim, ...span, direct, refsOf(ownWeakCites), serious);
    if (nonhuman.length > 0) return problem(ctx, "evidence-animal-only", severity, claim, ...span, direct, refsOf(nonhuman), serious);
    return problem(ctx, "evidence-citation-nonhuman", severity, claim, ...span, direct, refsOf(weakCites), serious);
  }
  if (human.length > 0) {
    const specific = human.filter((i) => !i.generic || i.ref);
    if (certain && specific.length > 0) return problem(ctx, "evidence-claim-stronger", "warning", claim, ...span, direct, refsOf(specific), serious);
    return undefined;
  }
  if (unknownCitations.length > 0) return undefined;

  const around = blockEvidence(analysis, index);
  const limited = vocabulary.limitations.find(s.tokens, s.sentence.text).length > 0;
  if (around.some(isNonhuman) && !around.some(isHuman)) {
    return problem(ctx, "evidence-animal-only", certain ? "warning" : "info", claim, ...span, around.filter(isNonhuman), refsOf(around.filter(isNonhuman)), serious);
  }
  if (around.some(isHuman)) return undefined;
  if (certain) {
    if (limited || (ctx.established && !serious)) return problem(ctx, "evidence-unsupported-claim", "info", claim, ...span, []);
    return problem(ctx, "evidence-unsupported-claim", serious ? "error" : "warning", claim, ...span, [], [], serious);
  }
  const topicLimited = analysis.sentences.some((o) => o.topic === s.topic && vocabulary.limitations.find(o.tokens, o.sentence.text).length > 0);
  if (limited || topicLimited) return undefined;
  return problem(ctx, "evidence-hedged-unsupported", "info", claim, ...span, []);
}

/** 「研究で証明されています」「実証済み」 with no citation. */
function checkProof(ctx: Context): EvidenceProblem | undefined {
  const { s, vocabulary, analysis, index } = ctx;
  const text = s.sentence.text;
  // 「この研究で証明されました」 names the study described before it: how strong it is, checkReported judges.
  const evidence = [...s.own, ...inheritedEvidence(analysis, index).items];
  if (evidence.some((i) => isCitation(i) || i.cls === "guideline" || (i.via === "words" && (isNonhuman(i) || (isHuman(i) && !i.generic))))) return undefined;
  const hits = [
    ...vocabulary.proofPhrases.find(s.tokens, text).map((hit) => ({ hit, sourced: false })),
    ...vocabulary.sourcedReports.find(s.tokens, text).map((hit) => ({ hit, sourced: true }))
  ];
  for (const { hit, sourced } of hits) {
    const last = s.tokens[hit.last]!;
    const next = s.tokens[hit.last + 1];
    const verbal = last.pos_detail_1 === "サ変接続";
    // 証明 is a proof only as a predicate (証明されています, 実証済み), not in 証明書.
    if (verbal && !(next && (lemmaOf(next) === "する" || /^(?:済み|ずみ)$/.test(next.surface_form)))) continue;
    // 「論文で報告される新しい知見」 names a source without claiming anything; 「証明された治療」 still claims proof.
    if (sourced && modifiesNoun(s.tokens, hit.last + (verbal ? 1 : 0))) continue;
    if (denied(s.tokens, hit.last) || isMetaDiscourse(text, hit.start, hit.end)) continue;
    let from = hit.first;
    while (from > 0 && hit.first - from < 6 && !["、", "。"].includes(s.tokens[from - 1]!.surface_form)) from--;
    return problem(ctx, "evidence-proof-uncited", "error", undefined, startOf(s.tokens[from]!), endOf(s.tokens[chainEnd(s.tokens, hit.last)]!), s.own);
  }
  return undefined;
}

/** 「つまり、…体にやさしい治療なのです」 after an animal or cell result: a conclusion drawn from it. */
function inferredConclusion(ctx: Context): Claim | undefined {
  const { s, vocabulary } = ctx;
  const text = s.sentence.text;
  if (s.connective?.kind !== "inference" || !vocabulary.treatmentConclusion.test(text)) return undefined;
  const start = text.indexOf(s.connective.text) + s.connective.text.length;
  const from = /^[、,\s]*/.exec(text.slice(start))![0].length + start;
  const hedged = vocabulary.hedges.find(s.tokens, text).length > 0;
  return { start: from, end: text.replace(/[。．]$/, "").length, word: text.slice(from), at: from, mode: hedged ? "hedged" : "certain", hedged, effectNoun: false };
}

/**
 * 「ウサギの実験で…確認されたため、失われた骨も元に戻ります」: the clause after ので/ため/ことから that
 * follows an animal or cell result is a conclusion drawn from it, whatever verb it uses.
 */
function extrapolatedConclusion(ctx: Context): Claim | undefined {
  const { s, vocabulary } = ctx;
  const { tokens } = s;
  const text = s.sentence.text;
  const lastNonhuman = Math.max(-1, ...s.own.filter((i) => i.via === "words" && isNonhuman(i)).map((i) => i.at));
  if (lastNonhuman < 0) return undefined;
  const boundary = tokens.findIndex((t, i) => {
    if (startOf(t) <= lastNonhuman) return false;
    const causal = t.pos === "助詞" && t.pos_detail_1 === "接続助詞" && (t.surface_form === "ので" || t.surface_form === "から");
    const because = (t.surface_form === "ため" && tokens[i + 1]?.surface_form === "、") || (t.surface_form === "から" && tokens[i - 1]?.surface_form === "こと");
    // 「…が増えたという報告もあり、…体質へ導きます」: the result is cited as the reason for what follows.
    const cited = t.surface_form === "、" && lemmaOf(tokens[i - 1] ?? t) === "ある" && ["報告", "データ", "結果", "研究"].includes(tokens[i - 3]?.surface_form ?? "");
    return causal || because || cited;
  });
  if (boundary < 0) return undefined;
  let from = boundary + 1;
  while (tokens[from] && tokens[from]!.pos === "記号") from++;
  const start = tokens[from] ? startOf(tokens[from]!) : text.length;
  const end = text.replace(/[。．!！]+$/, "").length;
  const inClause = (terms: TermSet) => terms.find(tokens, text).some((h) => h.start >= start);
  if (end - start < 2 || s.claims.some((c) => c.at >= start)) return undefined;
  if (tokens.slice(-4).some((t) => lemmaOf(t) === "ない" || t.surface_form === "ん")) return undefined;
  if (inClause(vocabulary.limitations) || inClause(vocabulary.sourceWords) || s.own.some((i) => i.via === "words" && i.at >= start)) return undefined;
  const hedged = inClause(vocabulary.hedges);
  return { start, end, word: text.slice(start, end), at: start, mode: hedged ? "hedged" : "certain", hedged, effectNoun: false };
}

/** The problems of every sentence: the most serious one per sentence. */
export function checkEvidence(analysis: EvidenceAnalysis, vocabulary: EvidenceVocabulary): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const establishing = new Set(
    analysis.sentences.filter((s) => vocabulary.established.find(s.tokens, s.sentence.text).some((hit) => !denied(s.tokens, hit.last)))
  );
  analysis.sentences.forEach((s, index) => {
    if (s.tokens.length === 0 || s.riskTopic || isQuestion(s.sentence.text)) return;
    const established = [...establishing].some((o) => o !== s);
    const ctx: Context = { s, index, vocabulary, analysis, product: vocabulary.products.find(s.tokens, s.sentence.text).length > 0, established };
    const claims = [...s.claims];
    if (claims.every((c) => c.mode === "past" || c.mode === "reported")) {
      const conclusion = inferredConclusion(ctx);
      if (conclusion) claims.push(conclusion);
    }
    const extrapolated = extrapolatedConclusion(ctx);
    if (extrapolated) claims.push(extrapolated);
    const found = [checkProof(ctx), ...claims.map((c) => checkClaim(ctx, c))].filter((p): p is EvidenceProblem => p !== undefined);
    if (found.length === 0) return;
    // The most serious problem; among equals, the later claim (the sentence's main predicate).
    const chosen = found.reduce((best, p) => (SEVERITY_RANK[p.severity] >= SEVERITY_RANK[best.severity] ? p : best));
    problems.push(chosen);
  });
  return problems;
}

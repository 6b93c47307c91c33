import { sourceSpan } from "../../model/document";
import type { DictionaryMatch, PageContext } from "../../page/context";
import { shippedDictionary } from "../../match/shipped";
import type { Finding } from "../finding";
import { checkEvidence, type EvidenceProblem } from "./check";
import { analyzeEvidence, type EvidenceAnalysis, type EvidenceItem } from "./evidence";
import { basisOf, problemText, rewritesOf, unlinkedProblem, EVIDENCE_BASIS, UNLINKED_REWRITE } from "./messages";
import type { Reference } from "./references";
import { evidenceVocabulary } from "./vocabulary";

export interface EvidenceOptions {
  /** Report (as info) a reference list whose entries no sentence cites. Default true. */
  unlinkedReferences?: boolean;
}

/** A reference as shown in --format json: what was parsed, its class and why. */
export function referenceDetail(ref: Reference, analysis?: EvidenceAnalysis) {
  const linkedBy = analysis?.linked.get(ref)?.map((s) => s.own.find((i) => i.ref === ref)?.via ?? "description");
  return {
    number: ref.footnote ? `^${ref.footnote}` : ref.number,
    authors: ref.authors,
    ...(ref.firstAuthor ? { firstAuthor: ref.firstAuthor } : {}),
    title: ref.title,
    ...(ref.journal ? { journal: ref.journal } : {}),
    ...(ref.year ? { year: ref.year } : {}),
    ...(ref.doi ? { doi: ref.doi } : {}),
    ...(ref.pmid ? { pmid: ref.pmid } : {}),
    class: ref.cls,
    why: ref.why,
    titleClass: ref.titleClass,
    ...(linkedBy ? { linkedBy: [...new Set(linkedBy)] } : {})
  };
}

function evidenceDetail(item: EvidenceItem) {
  return {
    class: item.cls,
    via: item.via,
    ...(item.words.length ? { words: item.words } : {}),
    ...(item.marker ? { marker: item.marker } : {}),
    ...(item.ref ? { reference: item.ref.footnote ? `^${item.ref.footnote}` : item.ref.number } : {})
  };
}

function problemDetail(problem: EvidenceProblem) {
  const { claim } = problem;
  return {
    check: problem.id,
    ...(claim ? { claim: { text: problem.sentence.text.slice(claim.start, claim.end), word: claim.word, mode: claim.mode, ...(claim.report ? { report: claim.report } : {}) } } : {}),
    evidence: problem.evidence.map(evidenceDetail),
    references: problem.refs.map((r) => referenceDetail(r))
  };
}

/** Checks whose finding only restates what an exaggeration finding on the same phrase already says. */
const RESTATED = new Set(["evidence-unsupported-claim", "evidence-hedged-unsupported"]);
/**
 * Checks left to an exaggeration error on the same phrase: the error is what the writer fixes first
 * (根本から), and a claim that rests on animal studies shows again once it is gone. One phrase, one finding.
 */
const YIELDS_TO_ERROR = new Set([...RESTATED, "evidence-animal-only"]);

/** Matches of the overclaim and safety dictionaries on the page (the same matches those rules report). */
async function exaggerationsOf(page: PageContext): Promise<DictionaryMatch[]> {
  const { matches } = await page.matches(await shippedDictionary());
  // The generic outcome frame (a warning) defers to this rule's finding instead: see outcomeFramesToDrop.
  return matches.filter((m) => (m.entry.category === "overclaim" || m.entry.category === "safety") && m.entry.severity === "error" && !m.lowered);
}

/** The page's evidence analysis (references, citations, claims), built once per page. */
export async function evidenceOf(page: PageContext): Promise<EvidenceAnalysis> {
  const vocabulary = await evidenceVocabulary();
  return page.memo("evidence", () => analyzeEvidence(page.document, (s) => page.tokensOf(s), vocabulary));
}

/**
 * efficacy-needs-human-evidence: efficacy claims checked against the human evidence the page cites or
 * describes, and (as info) a reference list that no sentence cites.
 */
export async function evidenceFindings(page: PageContext, options: EvidenceOptions): Promise<Finding[]> {
  const vocabulary = await evidenceVocabulary();
  const evidence = await evidenceOf(page);
  const findings: Finding[] = [];
  const exaggerations = await exaggerationsOf(page);
  for (const problem of checkEvidence(evidence, vocabulary)) {
    // Say each problem once: a claim the overclaim or safety rule already reports (根本から, 劇的に,
    // an outcome asserted) is not also reported here for wanting a study.
    if (YIELDS_TO_ERROR.has(problem.id) && exaggerations.some((m) => m.sentence === problem.sentence && m.start < problem.end && problem.start < m.end)) continue;
    const [start, end] = sourceSpan(problem.sentence, problem.start, problem.end);
    findings.push({
      start,
      end,
      phrase: problem.sentence.text.slice(problem.start, problem.end),
      severity: problem.severity,
      id: problem.id,
      category: "evidence",
      problem: problemText(problem),
      basis: basisOf(problem),
      rewrites: rewritesOf(problem),
      detail: problemDetail(problem)
    });
  }
  const { label, entries } = evidence.references;
  const unlinked = entries.filter((r) => !(evidence.linked.get(r) ?? []).some((s) => s.own.some((i) => i.ref === r && i.via === "citation")));
  if (label && unlinked.length > 0 && options.unlinkedReferences !== false) {
    const [start, end] = sourceSpan(label, 0, label.text.length);
    findings.push({
      start,
      end,
      phrase: label.text,
      severity: "info",
      id: "evidence-references-unlinked",
      category: "evidence",
      label: "本文と結び付いていない参考文献",
      problem: unlinkedProblem(unlinked, entries.length),
      basis: EVIDENCE_BASIS,
      rewrites: [UNLINKED_REWRITE],
      detail: { check: "evidence-references-unlinked", references: entries.map((r) => referenceDetail(r, evidence)) }
    });
  }
  return findings;
}

/**
 * The generic outcome frame (frame-outcome: a treatment's result asserted, a warning) says less than
 * this rule's finding on the sentence's claim (no human study; an error for a serious disease): where
 * both would report one sentence, no-overclaim leaves it to this rule. Spans of whole sentences.
 */
export async function evidenceClaimSpans(page: PageContext): Promise<{ start: number; end: number }[]> {
  const vocabulary = await evidenceVocabulary();
  const evidence = await evidenceOf(page);
  return checkEvidence(evidence, vocabulary)
    .filter((p) => RESTATED.has(p.id) && p.severity !== "info")
    .map((p) => {
      const [start, end] = sourceSpan(p.sentence, 0, p.sentence.text.length);
      return { start, end };
    });
}

import type { TextlintRuleContext, TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { analyze } from "../page/analyze";
import { sourceSpan } from "../model/document";
import { dictionaryFor } from "../match/user";
import { reportFinding, type CommonRuleOptions } from "./report";
import { checkEvidence, type EvidenceProblem } from "../checks/evidence/check";
import { analyzeEvidence, type EvidenceAnalysis, type EvidenceItem } from "../checks/evidence/evidence";
import { basisOf, evidenceMessage, rewritesOf, unlinkedMessage, EVIDENCE_BASIS } from "../checks/evidence/messages";
import type { Reference } from "../checks/evidence/references";
import { evidenceVocabulary } from "../checks/evidence/vocabulary";

export const RULE_ID = "efficacy-needs-human-evidence";

export interface EvidenceRuleOptions extends CommonRuleOptions {
  /** The same extra dictionaries as the other rules, so that all rules share one analysis of the page. */
  dictionaries?: string[];
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

export function createEvidenceRule(): TextlintRuleModule<EvidenceRuleOptions> {
  const reporter: TextlintRuleReporter<EvidenceRuleOptions> = (context: Readonly<TextlintRuleContext>, rawOptions = {}) => {
    const options = rawOptions as EvidenceRuleOptions;
    return {
      async [context.Syntax.Document](node) {
        const root = node as unknown as TxtParentNode;
        const dictionary = await dictionaryFor(options.dictionaries ?? [], context.getConfigBaseDir?.() ?? process.cwd());
        const shared = await analyze(root, context.getSource(), dictionary);
        const vocabulary = await evidenceVocabulary();
        const evidence = await analyzeEvidence(shared.document, shared.tokensOf, vocabulary);

        for (const problem of checkEvidence(evidence, vocabulary)) {
          const [start, end] = sourceSpan(problem.sentence, problem.start, problem.end);
          const phrase = problem.sentence.text.slice(problem.start, problem.end);
          reportFinding(
            context,
            node,
            {
              start,
              end,
              message: evidenceMessage(phrase, problem),
              severity: problem.severity,
              id: problem.id,
              category: "evidence",
              basis: basisOf(problem),
              rewrites: rewritesOf(problem),
              detail: problemDetail(problem)
            },
            options
          );
        }

        const { label, entries } = evidence.references;
        const unlinked = entries.filter((r) => !(evidence.linked.get(r) ?? []).some((s) => s.own.some((i) => i.ref === r && i.via === "citation")));
        if (label && unlinked.length > 0 && options.unlinkedReferences !== false) {
          const [start, end] = sourceSpan(label, 0, label.text.length);
          reportFinding(
            context,
            node,
            {
              start,
              end,
              message: unlinkedMessage(label.text, unlinked, entries.length),
              severity: "info",
              id: "evidence-references-unlinked",
              category: "evidence",
              basis: EVIDENCE_BASIS,
              detail: { check: "evidence-references-unlinked", references: entries.map((r) => referenceDetail(r, evidence)) }
            },
            options
          );
        }
      }
    };
  };
  return { linter: reporter, fixer: reporter };
}

import { evidenceLexicon, type EvidenceClass, type EvidenceLexicon } from "./lexicon";
import { escapeRegExp } from "./references";
import { TermSet } from "./terms";
import { Prefilter } from "../../match/prefilter";

/** The lexicon compiled for matching: term sets (tokenized once) and sets of base forms. */
export interface EvidenceVocabulary {
  lexicon: EvidenceLexicon;
  claimVerbs: TermSet;
  claimNouns: TermSet;
  effectNouns: TermSet;
  claimPhrases: TermSet;
  nounPredicates: Set<string>;
  effectPredicates: Set<string>;
  reportStudy: Set<string>;
  reportKnowledge: Set<string>;
  reportProof: Set<string>;
  reportEstablishing: Set<string>;
  hedges: TermSet;
  limitations: TermSet;
  adverse: TermSet;
  goals: Set<string>;
  treatmentNouns: Set<string>;
  established: TermSet;
  sentenceEvidence: { cls: EvidenceClass; terms: TermSet; regex: RegExp[] }[];
  genericHuman: TermSet;
  sourceWords: TermSet;
  proofPhrases: TermSet;
  sourcedReports: TermSet;
  /** 「…する治療です」: a sentence that ends by naming a treatment. */
  treatmentConclusion: RegExp;
  serious: TermSet;
  cure: TermSet;
  products: TermSet;
  /**
   * Whether a sentence may hold any word this rule reads (a claim, an evidence or report word):
   * sentences that cannot are not tokenized, so a page with nothing to check never loads kuromoji.
   */
  mayMatter(text: string): boolean;
}

/** A base form's invariant start (報告する → 報告, 示す → 示), as a literal key. */
function lemmaKey(lemma: string): string {
  const key = lemma.replace(/する$/, "").replace(/[\u3041-\u309f]$/, "");
  return key || lemma;
}

async function compile(lexicon: EvidenceLexicon): Promise<EvidenceVocabulary> {
  const terms = (list: string[]) => TermSet.compile(list);
  const sentenceEvidence = [];
  for (const group of lexicon.sentenceEvidence) {
    sentenceEvidence.push({ cls: group.class, terms: await terms(group.terms), regex: group.regex.map((r) => new RegExp(r, "giu")) });
  }
  const vocabulary: Omit<EvidenceVocabulary, "mayMatter"> = {
    lexicon,
    claimVerbs: await terms(lexicon.claims.verbs),
    claimNouns: await terms(lexicon.claims.nouns),
    effectNouns: await terms(lexicon.claims.effectNouns),
    claimPhrases: await terms(lexicon.claims.phrases),
    nounPredicates: new Set(lexicon.nounPredicates),
    effectPredicates: new Set(lexicon.effectPredicates),
    reportStudy: new Set(lexicon.reportVerbs.study),
    reportKnowledge: new Set(lexicon.reportVerbs.knowledge),
    reportProof: new Set(lexicon.reportVerbs.proof),
    reportEstablishing: new Set(lexicon.reportVerbs.establishing),
    hedges: await terms(lexicon.hedges),
    limitations: await terms(lexicon.limitations),
    adverse: await terms(lexicon.adverseWords),
    goals: new Set(lexicon.goalWords),
    treatmentNouns: new Set(lexicon.treatmentNouns),
    established: await terms(lexicon.establishedMarkers),
    sentenceEvidence,
    genericHuman: await terms(lexicon.genericHumanStudy),
    sourceWords: await terms(lexicon.sourceWords),
    proofPhrases: await terms(lexicon.proofPhrases),
    sourcedReports: await terms(lexicon.sourcedReports),
    treatmentConclusion: new RegExp(`(?:${lexicon.treatmentNouns.map(escapeRegExp).join("|")})(?:なの|なん)?(?:です|だ|である)[。．]?$`),
    serious: await terms(lexicon.seriousDiseases),
    cure: await terms(lexicon.cureWords),
    products: await terms(lexicon.products)
  };
  const keys: string[] = [];
  const regexes: RegExp[] = [];
  // Predicates, report verbs (示す, 知る) and goal or treatment words only qualify a claim word or an
  // evidence word, which the other sets already find; alone they would send every sentence with なる,
  // ご提示 or お知らせ to the tokenizer.
  const qualifiers = new Set<unknown>([
    vocabulary.nounPredicates,
    vocabulary.effectPredicates,
    vocabulary.goals,
    vocabulary.treatmentNouns,
    vocabulary.reportStudy,
    vocabulary.reportKnowledge,
    vocabulary.reportProof,
    vocabulary.reportEstablishing
  ]);
  for (const value of Object.values(vocabulary)) {
    if (value instanceof TermSet) keys.push(...value.keys);
    else if (value instanceof Set && !qualifiers.has(value)) for (const lemma of value as Set<string>) keys.push(lemmaKey(lemma));
  }
  for (const group of sentenceEvidence) {
    keys.push(...group.terms.keys);
    regexes.push(...group.regex);
  }
  const prefilter = new Prefilter(keys.filter(Boolean));
  const mayMatter = (text: string) =>
    prefilter.find(text).length > 0 ||
    regexes.some((r) => {
      r.lastIndex = 0;
      return r.test(text);
    });
  return { ...vocabulary, mayMatter };
}

let vocabulary: Promise<EvidenceVocabulary> | undefined;

/** The shipped vocabulary, compiled once per process (the lexicon is validated on first use). */
export function evidenceVocabulary(): Promise<EvidenceVocabulary> {
  vocabulary ??= compile(evidenceLexicon());
  return vocabulary;
}

import { join } from "node:path";
import { z } from "zod";
import { parseLexicon, readLexicon } from "../../data/lexicon";
import { DICTIONARY_DIR } from "../../data/paths";

/**
 * The vocabulary of efficacy-needs-human-evidence (dictionaries/lexicon/evidence.yml): reference
 * labels, study-design words, claim words, hedges, limitations … as data, validated once at load.
 */
export const EVIDENCE_CLASSES = [
  "human-rct",
  "human-controlled",
  "human-case-series",
  "systematic-review",
  "guideline",
  "narrative-review",
  "animal",
  "in-vitro",
  "unknown"
] as const;
export type EvidenceClass = (typeof EVIDENCE_CLASSES)[number];

const word = z.string().trim().min(1);
const words = z.array(word).min(1);
const knownClass = z.enum(EVIDENCE_CLASSES).exclude(["unknown"]);

export const lexiconSchema = z
  .object({
    referenceLabels: words,
    titleClasses: z.array(z.object({ class: knownClass, words }).strict()).min(1),
    sentenceEvidence: z
      .array(z.object({ class: knownClass, terms: words, regex: z.array(word).default([]) }).strict())
      .min(1),
    genericHumanStudy: words,
    sourceWords: words,
    proofPhrases: words,
    sourcedReports: words,
    claims: z.object({ verbs: words, nouns: words, effectNouns: words, carriers: words, phrases: words }).strict(),
    nounPredicates: words,
    effectPredicates: words,
    reportVerbs: z.object({ study: words, knowledge: words, proof: words, establishing: words }).strict(),
    hedges: words,
    limitations: words,
    adverseWords: words,
    riskHeadings: words,
    goalWords: words,
    treatmentNouns: words,
    establishedMarkers: words,
    connectives: z.object({ inference: words, continuation: words, summary: words }).strict(),
    seriousDiseases: words,
    cureWords: words,
    products: words,
    glossary: z.array(z.object({ ja: words, en: words }).strict()).min(1)
  })
  .strict();

export type EvidenceLexicon = z.infer<typeof lexiconSchema>;

export const LEXICON_PATH = join(DICTIONARY_DIR, "lexicon", "evidence.yml");

/** Parses and validates the lexicon text; a problem throws a DictionaryError naming file and line. */
export function parseEvidenceLexicon(text: string, file: string): EvidenceLexicon {
  return parseLexicon(text, file, lexiconSchema);
}

let cached: EvidenceLexicon | undefined;

/** The shipped lexicon, read and validated once per process. */
export function evidenceLexicon(): EvidenceLexicon {
  cached ??= readLexicon(LEXICON_PATH, lexiconSchema);
  return cached;
}

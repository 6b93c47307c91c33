import { join } from "node:path";
import { z } from "zod";
import { DICTIONARY_DIR } from "../data/paths";
import { readLexicon } from "../data/lexicon";

/**
 * The grammar's word lists (dictionaries/grammar/*.yml): the forms of denial, the clause
 * boundaries and the modality markers that every check reads through src/grammar. They are data so
 * that a new form of denial is one line in one file, and every check honours it.
 */
const words = z.array(z.string().min(1)).min(1);

export const denialSchema = z
  .object({
    negationLemmas: words,
    absenceWords: words,
    notDenials: words,
    policyVerbs: words,
    abstainVerbs: words,
    adverbialNegations: words,
    doubtingPredicates: words,
    complementizers: z.object({ nominalizers: words, quotatives: words, questions: words, listing: words }).strict(),
    complementDepth: z.number().int().min(0).max(6),
    hypotheticalNouns: words,
    conditionNouns: words,
    adviceAfterBecause: words,
    frequencyPredicates: words,
    absenceGap: z.object({ verbs: words, nouns: words }).strict()
  })
  .strict();

export const clausesSchema = z
  .object({
    punctuation: words,
    conjunctions: words,
    concessive: words,
    conditional: words
  })
  .strict();

export const modalitySchema = z
  .object({
    hedges: words,
    limits: words,
    boundedFigure: z.string().min(1).refine((source) => {
      try {
        new RegExp(source, "u");
        return true;
      } catch {
        return false;
      }
    }, "正規表現として読めません"),
    courseMarkers: words,
    studyMarkers: words,
    courseSpan: z.string().min(1),
    instructions: words,
    purposes: words,
    reportedSpeech: words,
    questionParticles: words,
    invitations: words,
    metaNouns: words,
    metaWords: words,
    rejections: words,
    claimVerbs: words,
    namingVerbs: words
  })
  .strict();

export type DenialData = z.infer<typeof denialSchema>;
export type ClausesData = z.infer<typeof clausesSchema>;
export type ModalityData = z.infer<typeof modalitySchema>;

/** The grammar's word lists as sets, ready for lookups. */
export interface GrammarWords {
  negationLemmas: Set<string>;
  absenceWords: Set<string>;
  notDenials: string[];
  policyVerbs: Set<string>;
  /** Verbs that say the clinic refrains (控えております): a policy denial with no negation. */
  abstainVerbs: Set<string>;
  adverbialNegations: Set<string>;
  doubtingPredicates: Set<string>;
  nominalizers: Set<string>;
  quotatives: Set<string>;
  questionComplements: Set<string>;
  listingParticles: Set<string>;
  complementDepth: number;
  hypotheticalNouns: Set<string>;
  conditionNouns: Set<string>;
  adviceAfterBecause: Set<string>;
  frequencyPredicates: Set<string>;
  gapVerbs: Set<string>;
  gapNouns: Set<string>;
  punctuation: Set<string>;
  conjunctions: Set<string>;
  concessive: Set<string>;
  conditional: Set<string>;
  modality: ModalityData;
}

export interface GrammarData {
  denial: DenialData;
  clauses: ClausesData;
  modality: ModalityData;
}

export const GRAMMAR_DIR = join(DICTIONARY_DIR, "grammar");

export function readGrammarData(dir = GRAMMAR_DIR): GrammarData {
  return {
    denial: readLexicon(join(dir, "denial.yml"), denialSchema),
    clauses: readLexicon(join(dir, "clauses.yml"), clausesSchema),
    modality: readLexicon(join(dir, "modality.yml"), modalitySchema)
  };
}

export function toGrammarWords(data: GrammarData): GrammarWords {
  const { denial, clauses, modality } = data;
  return {
    negationLemmas: new Set(denial.negationLemmas),
    absenceWords: new Set(denial.absenceWords),
    notDenials: denial.notDenials,
    policyVerbs: new Set(denial.policyVerbs),
    abstainVerbs: new Set(denial.abstainVerbs),
    adverbialNegations: new Set(denial.adverbialNegations),
    doubtingPredicates: new Set(denial.doubtingPredicates),
    nominalizers: new Set(denial.complementizers.nominalizers),
    quotatives: new Set(denial.complementizers.quotatives),
    questionComplements: new Set(denial.complementizers.questions),
    listingParticles: new Set(denial.complementizers.listing),
    complementDepth: denial.complementDepth,
    hypotheticalNouns: new Set(denial.hypotheticalNouns),
    conditionNouns: new Set(denial.conditionNouns),
    adviceAfterBecause: new Set(denial.adviceAfterBecause),
    frequencyPredicates: new Set(denial.frequencyPredicates),
    gapVerbs: new Set(denial.absenceGap.verbs),
    gapNouns: new Set(denial.absenceGap.nouns),
    punctuation: new Set(clauses.punctuation),
    conjunctions: new Set(clauses.conjunctions),
    concessive: new Set(clauses.concessive),
    conditional: new Set(clauses.conditional),
    modality
  };
}

let current: GrammarWords | undefined;
const listeners: (() => void)[] = [];

/** The grammar in use: the shipped word lists, read and validated once per process. */
export function grammar(): GrammarWords {
  current ??= toGrammarWords(readGrammarData());
  return current;
}

/**
 * Replaces the grammar (tests that add a form of denial to the data and check that every rule
 * honours it). Derived structures (regexes built from the words) register to be rebuilt.
 */
export function useGrammar(data: GrammarData | undefined): void {
  current = data ? toGrammarWords(data) : undefined;
  for (const reset of listeners) reset();
}

/**
 * Runs `reset` whenever the grammar is replaced: caches of results the grammar decided (the page's
 * per-sentence matches) must not outlive it.
 */
export function onGrammarChange(reset: () => void): void {
  listeners.push(reset);
}

/** A value derived from the grammar's words, rebuilt when the grammar is replaced. */
export function derived<T>(build: (g: GrammarWords) => T): () => T {
  let value: T | undefined;
  listeners.push(() => (value = undefined));
  return () => (value ??= build(grammar()));
}

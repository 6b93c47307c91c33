import { join } from "node:path";
import { z } from "zod";
import { DICTIONARY_DIR, yamlFilesIn } from "./paths";
import { DictionaryError } from "./yaml";
import { readDataFile } from "./lexicon";

/**
 * Concept classes (dictionaries/concepts/*.yml): the recurring word sets the rules compose — outcome
 * predicates, certainty, totality, permanence, speed, risk nouns, minimisers, comparators, evidence
 * words, authority, fear. A dictionary pattern names one as `{outcome}`; each is defined once, with
 * its source, so a new outcome verb reaches every entry that uses the class.
 */
const member = z.string().trim().min(1);

export const conceptFileSchema = z
  .object({
    concepts: z
      .array(
        z
          .object({
            name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "name は英小文字・数字・ハイフンで書いてください"),
            description: z.string().trim().min(1),
            source: z.string().trim().min(1),
            /** Members in the term syntax (literal text with base forms, …, <NEG>, <NUM>, {another-concept}). */
            members: z.array(member).min(1)
          })
          .strict()
      )
      .min(1)
  })
  .strict();

export interface ConceptDefinition {
  name: string;
  description: string;
  source: string;
  members: string[];
  file: string;
  line: number;
}

export const CONCEPT_DIR = join(DICTIONARY_DIR, "concepts");

export function conceptFiles(dir = CONCEPT_DIR): string[] {
  return yamlFilesIn(dir);
}

/** Every concept of the files, validated; a name defined twice is an error naming both places. */
export function readConcepts(files = conceptFiles()): ConceptDefinition[] {
  const seen = new Map<string, ConceptDefinition>();
  for (const file of files) {
    // Validated from YAML, or the build's compiled JSON of it (src/data/lexicon.ts).
    const { data, lines } = readDataFile(file, conceptFileSchema, {
      unreadable: "概念ファイルを読めません",
      linesOf: (d) => d.concepts.map((_, index) => ["concepts", index])
    });
    data.concepts.forEach((concept, index) => {
      const line = lines[index]!;
      const earlier = seen.get(concept.name);
      if (earlier) throw new DictionaryError(file, line, `概念 "${concept.name}" は ${earlier.file}:${earlier.line} と重複しています`);
      seen.set(concept.name, { ...concept, file, line });
    });
  }
  // Every reference names a defined concept, and no concept contains itself.
  for (const concept of seen.values()) {
    for (const ref of referencesIn(concept.members)) {
      if (!seen.has(ref)) throw new DictionaryError(concept.file, concept.line, `概念 "${concept.name}" が未定義の概念 {${ref}} を参照しています`);
    }
  }
  const visiting = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (visiting.has(name)) {
      const c = seen.get(name)!;
      throw new DictionaryError(c.file, c.line, `概念の参照が循環しています: ${[...path, name].join(" → ")}`);
    }
    visiting.add(name);
    for (const ref of referencesIn(seen.get(name)!.members)) visit(ref, [...path, name]);
    visiting.delete(name);
  };
  for (const name of seen.keys()) visit(name, []);
  return [...seen.values()];
}

/** Concept names a list of terms refers to ({outcome}). */
export function referencesIn(terms: readonly string[]): string[] {
  return terms.flatMap((t) => [...t.matchAll(/\{([a-z0-9-]+)\}/g)].map((m) => m[1]!));
}

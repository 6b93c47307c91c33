import { compileTerm, compileTerms, type CompiledTerm } from "./term";
import type { DictionaryEntry } from "../data/schema";
import { readConcepts, type ConceptDefinition } from "../data/concepts";
import { readTherapies } from "../data/therapies";
import { Prefilter } from "./prefilter";
import { registerConcepts } from "./verify";
import { DictionaryError } from "../data/yaml";

export interface CompiledEntry {
  entry: DictionaryEntry;
  terms: CompiledTerm[];
  requires: CompiledTerm[];
  alsoRequires: CompiledTerm[];
  unless: CompiledTerm[];
}

/** The serializable result of compiling entries (written to lib/ at build time). */
export interface CompiledData {
  version: 2;
  sourceHash: string;
  entries: CompiledEntry[];
  /** The members of every concept class, compiled (patterns refer to them as {name}). */
  concepts: Record<string, CompiledTerm[]>;
}

export interface Dictionary {
  entries: CompiledEntry[];
  /** Regexes of each entry, by entry index. */
  regexes: RegExp[][];
  prefilter: Prefilter;
  /** For each prefilter key: which entry and term it starts. */
  keyOwners: { entry: number; term: number }[];
}

let shippedConcepts: ConceptDefinition[] | undefined;

/**
 * Concepts drawn from the therapy knowledge base, so that a pattern can name a product by its class:
 * {product} is any treatment or product it knows, {self-pay-product} one that insurance never covers.
 */
function knowledgeConcepts(): ConceptDefinition[] {
  const therapies = readTherapies();
  const namesOf = (list: typeof therapies) => [...new Set(list.flatMap((t) => t.names))].filter((n) => n.length >= 2);
  const where = { file: "dictionaries/therapies", line: 1, source: "治療の知識ベース (dictionaries/therapies)" };
  return [
    { ...where, name: "product", description: "知識ベースにある治療・製品の名前", members: namesOf(therapies) },
    { ...where, name: "self-pay-product", description: "保険が適用されない(自由診療の)治療・製品の名前", members: namesOf(therapies.filter((t) => t.insurance === "free")) }
  ];
}

/** The concept classes of dictionaries/concepts and of the knowledge base (read once per process). */
export function conceptDefinitions(): ConceptDefinition[] {
  shippedConcepts ??= [...readConcepts(), ...knowledgeConcepts()];
  return shippedConcepts;
}

/** Compiles every concept's members; a leading {concept} in a member is expanded like in a pattern. */
export async function compileConcepts(definitions = conceptDefinitions()): Promise<Record<string, CompiledTerm[]>> {
  const byName = new Map(definitions.map((c) => [c.name, c]));
  const membersOf = (name: string) => byName.get(name)?.members ?? [];
  const out: Record<string, CompiledTerm[]> = {};
  for (const concept of definitions) {
    const terms: CompiledTerm[] = [];
    for (const member of concept.members) {
      try {
        terms.push(...(await compileTerms(member, membersOf)));
      } catch (error) {
        throw new Error(`${concept.file}:${concept.line}: concept "${concept.name}": ${(error as Error).message}`);
      }
    }
    out[concept.name] = terms;
  }
  return out;
}

export async function compileEntries(entries: DictionaryEntry[], sourceHash = "", concepts?: Record<string, CompiledTerm[]>): Promise<CompiledData> {
  const compiledConcepts = concepts ?? (await compileConcepts());
  const definitions = new Map(conceptDefinitions().map((c) => [c.name, c.members]));
  const compiled: CompiledEntry[] = [];
  for (const entry of entries) {
    const compileAll = async (sources: string[]) => {
      const out: CompiledTerm[] = [];
      for (const source of sources) {
        try {
          for (const name of source.matchAll(/\{([a-z0-9-]+)\}/g)) {
            if (!compiledConcepts[name[1]!]) throw new Error(`未定義の概念 {${name[1]}} です (dictionaries/concepts にある名前を使ってください)`);
          }
          out.push(...(await compileTerms(source, (name) => definitions.get(name) ?? [])));
        } catch (error) {
          throw new Error(`${entry.file}:${entry.line}: entry "${entry.id}": ${(error as Error).message}`);
        }
      }
      return out;
    };
    compiled.push({
      entry,
      terms: await compileAll(entry.patterns),
      requires: await compileAll(entry.requires),
      alsoRequires: await compileAll(entry.alsoRequires ?? []),
      unless: await compileAll(entry.unless)
    });
  }
  return { version: 2, sourceHash, entries: compiled, concepts: compiledConcepts };
}

function toRegExp(source: string, entry: DictionaryEntry, index: number): RegExp {
  try {
    return new RegExp(source, "gu");
  } catch (error) {
    // A dictionary error (file and line), not an internal one: the user can fix it.
    throw new DictionaryError(entry.file, entry.regexLines?.[index] ?? entry.line, `entry "${entry.id}": 正規表現が不正です: ${(error as Error).message}`);
  }
}

/** Builds the runtime structures (prefilter, regexes) over compiled entries, and registers their concepts. */
export function toDictionary(data: CompiledData): Dictionary {
  registerConcepts(new Map(Object.entries(data.concepts ?? {})));
  const entries = data.entries.filter((e) => !e.entry.disabled);
  const keys: string[] = [];
  const keyOwners: { entry: number; term: number }[] = [];
  entries.forEach((compiled, entryIndex) => {
    compiled.terms.forEach((term, termIndex) => {
      keys.push(term.key);
      keyOwners.push({ entry: entryIndex, term: termIndex });
    });
  });
  const regexes = entries.map((c) => c.entry.regex.map((r, k) => toRegExp(r, c.entry, k)));
  return { entries, regexes, prefilter: new Prefilter(keys), keyOwners };
}

export { compileTerm };

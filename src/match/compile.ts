import { compileTerm, type CompiledTerm } from "./term";
import type { DictionaryEntry } from "../data/schema";
import { Prefilter } from "./prefilter";
import { DictionaryError } from "../data/yaml";

export interface CompiledEntry {
  entry: DictionaryEntry;
  terms: CompiledTerm[];
  requires: CompiledTerm[];
  unless: CompiledTerm[];
}

/** The serializable result of compiling entries (written to lib/ at build time). */
export interface CompiledData {
  version: 1;
  sourceHash: string;
  entries: CompiledEntry[];
}

export interface Dictionary {
  entries: CompiledEntry[];
  /** Regexes of each entry, by entry index. */
  regexes: RegExp[][];
  prefilter: Prefilter;
  /** For each prefilter key: which entry and term it starts. */
  keyOwners: { entry: number; term: number }[];
}

export async function compileEntries(entries: DictionaryEntry[], sourceHash = ""): Promise<CompiledData> {
  const compiled: CompiledEntry[] = [];
  for (const entry of entries) {
    const compileAll = async (sources: string[]) => {
      const out: CompiledTerm[] = [];
      for (const source of sources) {
        try {
          out.push(await compileTerm(source));
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
      unless: await compileAll(entry.unless)
    });
  }
  return { version: 1, sourceHash, entries: compiled };
}

function toRegExp(source: string, entry: DictionaryEntry, index: number): RegExp {
  try {
    return new RegExp(source, "gu");
  } catch (error) {
    // A dictionary error (file and line), not an internal one: the user can fix it.
    throw new DictionaryError(entry.file, entry.regexLines?.[index] ?? entry.line, `entry "${entry.id}": 正規表現が不正です: ${(error as Error).message}`);
  }
}

/** Builds the runtime structures (prefilter, regexes) over compiled entries. */
export function toDictionary(data: CompiledData): Dictionary {
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

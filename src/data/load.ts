import { readFileSync } from "node:fs";
import { fileSchema, type DictionaryEntry } from "./schema";
import { DictionaryError, parseValidatedYaml } from "./yaml";

export { DictionaryError };

/** Parses and validates one dictionary file's text; throws DictionaryError naming the line. */
export function parseDictionary(text: string, file: string): DictionaryEntry[] {
  const { data, lineOf } = parseValidatedYaml(text, file, fileSchema);
  return data.entries.map((entry, index) => {
    const line = lineOf(["entries", index]);
    const basis = entry.basis ?? data.basis;
    if (!basis) throw new DictionaryError(file, line, `entry "${entry.id}" に basis (根拠条項) がありません`);
    return {
      ...entry,
      category: entry.category ?? data.category,
      severity: entry.severity ?? data.severity,
      confidence: entry.confidence ?? data.confidence,
      basis,
      file,
      line,
      regexLines: entry.regex.map((_, k) => lineOf(["entries", index, "regex", k]))
    };
  });
}

export function readDictionaryFile(path: string): DictionaryEntry[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DictionaryError(path, 1, `辞書ファイルを読めません: ${(error as Error).message}`);
  }
  return parseDictionary(text, path);
}

/** Entries from several files; ids must be unique across all of them. */
export function readDictionaries(paths: string[]): DictionaryEntry[] {
  const seen = new Map<string, DictionaryEntry>();
  const all: DictionaryEntry[] = [];
  for (const path of paths) {
    for (const entry of readDictionaryFile(path)) {
      const earlier = seen.get(entry.id);
      if (earlier) {
        throw new DictionaryError(entry.file, entry.line, `id "${entry.id}" は ${earlier.file}:${earlier.line} と重複しています`);
      }
      seen.set(entry.id, entry);
      all.push(entry);
    }
  }
  return all;
}

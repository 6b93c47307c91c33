import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { DictionaryError, parseValidatedYaml } from "./yaml";
import { DICTIONARY_DIR } from "./paths";

/**
 * Lexicons (dictionaries/lexicon/<name>.yml) hold the vocabulary a rule needs that is not an NG
 * entry: trigger words, section headings, price patterns, messages of non-dictionary findings.
 * Each is validated with its own zod schema; a problem throws a DictionaryError naming file and line.
 */
export function parseLexicon<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  return parseValidatedYaml(text, file, schema).data;
}

/** Reads and validates a lexicon file; an unreadable file is a DictionaryError naming it. */
export function readLexicon<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DictionaryError(path, 1, `語彙ファイルを読めません: ${(error as Error).message}`);
  }
  return parseLexicon(text, path, schema);
}

export function lexiconPath(name: string): string {
  return join(DICTIONARY_DIR, "lexicon", `${name}.yml`);
}

/** A shipped lexicon, read and validated once per process. */
export function lexiconLoader<S extends z.ZodType>(name: string, schema: S): () => z.infer<S> {
  let cached: z.infer<S> | undefined;
  return () => {
    cached ??= readLexicon(lexiconPath(name), schema);
    return cached as z.infer<S>;
  };
}

/** A schema piece for regular expressions written as strings: checked to compile at load time. */
export function compilesAsRegExp(source: string): boolean {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}

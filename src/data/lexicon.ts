import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type { z } from "zod";
import { DictionaryError, parseValidatedYaml } from "./yaml";
import { DICTIONARY_DIR, LIB_DIR } from "./paths";

/** Bump when the compiled lexicon file changes shape. */
const COMPILED_FORMAT = "lexicon-2";

/**
 * The build validates every shipped data file that is not an entry dictionary (dictionaries/lexicon,
 * dictionaries/grammar, dictionaries/concepts, dictionaries/therapies) with its schema, through the
 * module that owns the schema, and writes the result as JSON under lib/data/; at run time that JSON
 * is read instead of parsing YAML and validating it again. A compiled file is used only when it was
 * made from the YAML as it is now (its hash), so an edited file is never read stale.
 */
let preferCompiled = true;

/** A data file as validated: its data, and the lines of the nodes its owner names in later errors. */
export interface DataFile<T> {
  data: T;
  lines: number[];
}

/** Shipped data files parsed from YAML in this process, by path (what the build writes out). */
const parsedShipped = new Map<string, DataFile<unknown>>();

/** Where the build writes the compiled form of a shipped data file, or undefined for other files. */
export function compiledLexiconPath(path: string): string | undefined {
  const rel = relative(DICTIONARY_DIR, path);
  if (rel.startsWith("..") || isAbsolute(rel) || !/\.ya?ml$/.test(rel)) return undefined;
  return join(LIB_DIR, "data", rel.replace(/\.ya?ml$/, ".json"));
}

function sourceHash(text: string): string {
  return createHash("sha256").update(COMPILED_FORMAT).update(text).digest("hex");
}

/** The build: read YAML (and validate it) even where a compiled file exists. */
export function readCompiledLexicons(flag: boolean): void {
  preferCompiled = flag;
}

/** Every shipped lexicon read from YAML so far, as the build writes it: path, compiled path and JSON text. */
export function compiledLexicons(): { path: string; compiledPath: string; json: string }[] {
  return [...parsedShipped].map(([path, { data, lines }]) => ({
    path,
    compiledPath: compiledLexiconPath(path)!,
    json: JSON.stringify({ format: COMPILED_FORMAT, sourceHash: sourceHash(readFileSync(path, "utf8")), data, lines })
  }));
}

function readCompiled(path: string, text: string): DataFile<unknown> | undefined {
  const compiledPath = compiledLexiconPath(path);
  if (!compiledPath || !preferCompiled) return undefined;
  try {
    const saved = JSON.parse(readFileSync(compiledPath, "utf8")) as { format?: string; sourceHash?: string; data?: unknown; lines?: unknown };
    if (saved.format !== COMPILED_FORMAT || saved.sourceHash !== sourceHash(text) || saved.data === undefined || !Array.isArray(saved.lines)) return undefined;
    return { data: saved.data, lines: saved.lines as number[] };
  } catch {
    return undefined;
  }
}

/**
 * Reads a data file and validates it with its owner's schema; an unreadable file is a DictionaryError
 * naming it (`unreadable` says what kind of file). `linesOf` lists the paths of the nodes whose lines
 * the owner reports in errors found after validation (a duplicate id); their lines come back in
 * `lines`, in that order. A shipped file comes from its compiled JSON when the build made one from
 * this very YAML: no YAML parsing, no validation.
 */
export function readDataFile<S extends z.ZodType>(
  path: string,
  schema: S,
  options: { unreadable: string; linesOf?: (data: z.infer<S>) => (string | number)[][] }
): DataFile<z.infer<S>> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DictionaryError(path, 1, `${options.unreadable}: ${(error as Error).message}`);
  }
  const compiled = readCompiled(path, text);
  if (compiled !== undefined) return compiled as DataFile<z.infer<S>>;
  const { data, lineOf } = parseValidatedYaml(text, path, schema);
  const lines = options.linesOf ? options.linesOf(data).map(lineOf) : [];
  if (compiledLexiconPath(path)) parsedShipped.set(path, { data, lines });
  return { data, lines };
}

/**
 * Lexicons (dictionaries/lexicon/<name>.yml) hold the vocabulary a rule needs that is not an NG
 * entry: trigger words, section headings, price patterns, messages of non-dictionary findings.
 * Each is validated with its own zod schema; a problem throws a DictionaryError naming file and line.
 */
export function parseLexicon<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  return parseValidatedYaml(text, file, schema).data;
}

/**
 * Reads and validates a lexicon file; an unreadable file is a DictionaryError naming it. A shipped
 * lexicon comes from its compiled JSON when the build made one from this very YAML.
 */
export function readLexicon<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  return readDataFile(path, schema, { unreadable: "語彙ファイルを読めません" }).data;
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

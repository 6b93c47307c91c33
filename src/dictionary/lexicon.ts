import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument, isNode } from "yaml";
import type { z } from "zod";
import { DictionaryError } from "./load";
import { DICTIONARY_DIR } from "./shipped";

/**
 * Lexicons (dictionaries/lexicon/<name>.yml) hold the vocabulary a rule needs that is not an NG
 * entry: trigger words, section headings, price patterns, messages of non-dictionary findings.
 * Each is validated with its own zod schema; a problem throws a DictionaryError naming file and line.
 */
export function parseLexicon<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new DictionaryError(file, lineAt(first.pos[0]), `YAML として読めません: ${first.message.split("\n")[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // Walk up the path until a node with a position is found (a missing key has none).
  let line = 1;
  for (let depth = issue.path.length; depth >= 0; depth--) {
    const node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) {
      line = lineAt(node.range[0]);
      break;
    }
  }
  const where = issue.path.length ? ` (${issue.path.join(".")})` : "";
  throw new DictionaryError(file, line, `${issue.message}${where}`);
}

export function lexiconPath(name: string): string {
  return join(DICTIONARY_DIR, "lexicon", `${name}.yml`);
}

/** A shipped lexicon, read and validated once per process. */
export function lexiconLoader<S extends z.ZodType>(name: string, schema: S): () => z.infer<S> {
  let cached: z.infer<S> | undefined;
  return () => {
    if (cached === undefined) {
      const path = lexiconPath(name);
      cached = parseLexicon(readFileSync(path, "utf8"), path, schema);
    }
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

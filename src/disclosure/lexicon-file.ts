import { readFileSync } from "node:fs";
import { LineCounter, isNode, parseDocument } from "yaml";
import { z } from "zod";
import { DictionaryError } from "../dictionary/load";

/**
 * Reads one lexicon YAML (dictionaries/lexicon/*.yml): vocabulary a rule needs that is not an NG entry.
 * A broken file throws a DictionaryError naming the file and the line, like the entry dictionaries.
 */
export function parseLexicon<T>(text: string, file: string, schema: z.ZodType<T>): T {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new DictionaryError(file, lineAt(first.pos[0]), `YAML として読めません: ${first.message.split("\n")[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
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
  return parsed.data;
}

export function readLexicon<T>(path: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DictionaryError(path, 1, `語彙ファイルを読めません: ${(error as Error).message}`);
  }
  return parseLexicon(text, path, schema);
}

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** A list of regular expressions (as strings); each must compile. */
export const patternList = z.array(
  z
    .string()
    .min(1)
    .refine(compiles, { message: "正規表現として読めません" })
);

/** One RegExp matching any of the patterns (global, so that every match can be listed). */
export function anyOf(patterns: readonly string[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p})`).join("|"), "g");
}

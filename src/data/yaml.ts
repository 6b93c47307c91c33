import type * as Yaml from "yaml";
import type { z } from "zod";

/** A dictionary or lexicon problem a user can fix: it names the file and the line. */
export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = "DictionaryError";
  }
}

/**
 * Parses YAML and validates it with a zod schema. Every problem (YAML syntax or schema) throws a
 * DictionaryError naming the file and the line of the offending node. Shared by the entry
 * dictionaries and every lexicon.
 */
export function parseValidatedYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S
): { data: z.infer<S>; lineOf: (path: (string | number)[]) => number } {
  // Loaded on first use: a run that reads only compiled data never loads the YAML parser.
  const { LineCounter, isNode, parseDocument } = require("yaml") as typeof Yaml;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  // The line of the deepest node on the path that has a position (a missing key has none).
  const lineOf = (path: (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return 1;
  };
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new DictionaryError(file, lineAt(first.pos[0]), `YAML として読めません: ${first.message.split("\n")[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path as (string | number)[];
    const where = path.length ? ` (${path.join(".")})` : "";
    throw new DictionaryError(file, lineOf(path), `${issue.message}${where}`);
  }
  return { data: parsed.data, lineOf };
}

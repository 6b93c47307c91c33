import { readFileSync } from "node:fs";
import { LineCounter, parseDocument, isNode } from "yaml";
import { fileSchema, type DictionaryEntry } from "./schema";

/** A dictionary problem a user can fix: it names the file and the line. */
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

/** Parses and validates one dictionary file's text; throws DictionaryError naming the line. */
export function parseDictionary(text: string, file: string): DictionaryEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new DictionaryError(file, lineAt(first.pos[0]), `YAML として読めません: ${first.message.split("\n")[0]}`);
  }
  const parsed = fileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
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
  const data = parsed.data;
  return data.entries.map((entry, index) => {
    const node = doc.getIn(["entries", index], true);
    const line = isNode(node) && node.range ? lineAt(node.range[0]) : 1;
    const basis = entry.basis ?? data.basis;
    if (!basis) throw new DictionaryError(file, line, `entry "${entry.id}" に basis (根拠条項) がありません`);
    return {
      ...entry,
      category: entry.category ?? data.category,
      severity: entry.severity ?? data.severity,
      confidence: entry.confidence ?? data.confidence,
      basis,
      file,
      line
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

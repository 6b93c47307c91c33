import { DictionaryError } from "../data/yaml";
import type { DictionaryEntry } from "../data/schema";

/**
 * Checks the regular expressions of a project's own dictionary before anything is linted: one that
 * does not compile, or one whose backtracking can take exponential (or cubic and worse) time on some
 * input (`(a+)+$`), is a dictionary error naming the file, the line and the entry. The analysis is
 * recheck's (automaton-based, with a fuzzer where the automaton is too large). Quadratic patterns are
 * accepted: sentences are short, and the CLI's per-file time limit bounds the rest.
 */
export const MAX_POLYNOMIAL_DEGREE = 2;

export interface RegexVerdict {
  ok: boolean;
  /** Why not, in Japanese. */
  reason?: string;
}

let recheck: typeof import("recheck") | undefined;

export async function regexVerdict(source: string, flags = "u"): Promise<RegexVerdict> {
  try {
    new RegExp(source, `g${flags}`);
  } catch (error) {
    return { ok: false, reason: `正規表現が不正です: ${(error as Error).message}` };
  }
  recheck ??= require("recheck") as typeof import("recheck");
  const diagnostics = await recheck.check(source, flags, { timeout: 5000 });
  if (diagnostics.status !== "vulnerable") return { ok: true };
  const { complexity } = diagnostics;
  if (complexity.type === "polynomial" && complexity.degree <= MAX_POLYNOMIAL_DEGREE) return { ok: true };
  const how = complexity.type === "exponential" ? "指数時間" : `${complexity.degree} 乗の時間`;
  const attack = diagnostics.attack.pattern.length <= 60 ? ` (例: ${diagnostics.attack.pattern})` : "";
  return {
    ok: false,
    reason: `正規表現 /${source}/ は入力によって${how}かかり、検査が終わらなくなるおそれがあります (ReDoS${attack})。繰り返しの入れ子 (a+)+ や重なる選択肢 (a|a)* を避けてください`
  };
}

/** Throws a DictionaryError for the first regex of `entries` that does not compile or is ReDoS-prone. */
export async function checkEntryRegexes(entries: DictionaryEntry[]): Promise<void> {
  for (const entry of entries) {
    for (const [k, source] of entry.regex.entries()) {
      const verdict = await regexVerdict(source);
      if (!verdict.ok) throw new DictionaryError(entry.file, entry.regexLines?.[k] ?? entry.line, `entry "${entry.id}": ${verdict.reason}`);
    }
  }
}

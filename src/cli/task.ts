import type { TextlintResult } from "@textlint/types";
import type { Engine } from "./engine";

/** One file to lint: its text is read and decoded by the main thread (so workers only compute). */
export interface LintTask {
  file: string;
  text: string;
  fix: boolean;
}

/** An error as it crosses a thread: its name and message, and a DictionaryError's file, line and reason. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  file?: string;
  line?: number;
  reason?: string;
}

/**
 * What linting one file gave: its result (and, with --fix, the fixed text when it changed), or why the
 * file could not be checked: it ran past the time limit, exhausted its worker's memory, crashed the
 * worker, or an error was thrown (a parser or tokenizer failure, a broken project dictionary …).
 */
export type LintOutcome =
  | { ok: true; result: TextlintResult; /** The fixed text, when --fix changed it. */ fixed?: string }
  | { ok: false; kind: "timeout" | "memory" | "crash" | "error"; message: string; error?: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const { file, line, reason } = error as Error & { file?: unknown; line?: unknown; reason?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(error.stack !== undefined ? { stack: error.stack } : {}),
    ...(typeof file === "string" ? { file } : {}),
    ...(typeof line === "number" ? { line } : {}),
    ...(typeof reason === "string" ? { reason } : {})
  };
}

/**
 * textlint does not throw when a plugin cannot parse a file: it returns one "plugin-error" message
 * with the stack in its text. For the CLI that is a file that could not be checked, with the cause.
 */
export function pluginFailure(result: TextlintResult): string | undefined {
  const failure = result.messages.find((m) => m.ruleId === "plugin-error");
  if (!failure) return undefined;
  const cause = failure.message.split("\n").find((line) => /^\w*Error\b/.test(line.trim()));
  const plugin = /Failed to parse text by plugin: (\S+)/.exec(failure.message)?.[1];
  return `構文解析に失敗しました (${plugin ?? "plugin"}): ${cause?.trim() ?? failure.message.split("\n")[0]}`;
}

/**
 * Lints one file's text (after applying the safe fixes with --fix). Every worker of the pool runs
 * this same function, whatever --jobs is, so a run gives the same results with 1 worker or many.
 */
export async function runTask(engine: Engine, task: LintTask): Promise<LintOutcome> {
  try {
    let text = task.text;
    let fixed: string | undefined;
    if (task.fix) {
      const output = await engine.fixText(text, task.file);
      const failure = pluginFailure(output);
      if (failure !== undefined) throw new Error(failure);
      // textlint reads a leading U+FEFF as a byte order mark and drops it from fixText's output; the
      // encoding layer already took the file's own BOM off, so one left here is a character of the text.
      const lead = /^\uFEFF*/.exec(text)![0];
      const result = output.output.startsWith(lead) ? output.output : lead + output.output.replace(/^\uFEFF*/, "");
      if (result !== text) fixed = text = result;
    }
    // After --fix, report what is left in the text as written (positions refer to the new text).
    const result = await engine.lintText(text, task.file);
    const failure = pluginFailure(result);
    if (failure !== undefined) throw new Error(failure);
    return { ok: true, result, ...(fixed !== undefined ? { fixed } : {}) };
  } catch (error) {
    const serialized = serializeError(error);
    return { ok: false, kind: "error", message: serialized.message, error: serialized };
  }
}

import type { TextlintResult } from "@textlint/types";
import type { Engine } from "./engine";

/** One file to lint: its text is read by the main thread (so workers only compute). */
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

export type LintOutcome =
  | { ok: true; result: TextlintResult; /** The fixed text, when --fix changed it. */ fixed?: string }
  | { ok: false; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const { file, line, reason } = error as Error & { file?: unknown; line?: unknown; reason?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(typeof file === "string" ? { file } : {}),
    ...(typeof line === "number" ? { line } : {}),
    ...(typeof reason === "string" ? { reason } : {})
  };
}

/** The error again, with the shape the CLI's error handling recognises (a DictionaryError by name). */
export function deserializeError(data: SerializedError): Error {
  const error = new Error(data.message) as Error & { file?: string; line?: number; reason?: string };
  error.name = data.name;
  if (data.stack) error.stack = data.stack;
  if (data.file !== undefined) error.file = data.file;
  if (data.line !== undefined) error.line = data.line;
  if (data.reason !== undefined) error.reason = data.reason;
  return error;
}

/**
 * Lints one file's text (after applying the safe fixes with --fix): the same function runs in the
 * main thread (--jobs 1) and in each worker, so both give the same results.
 */
export async function runTask(engine: Engine, task: LintTask): Promise<LintOutcome> {
  try {
    let text = task.text;
    let fixed: string | undefined;
    if (task.fix) {
      const output = (await engine.fixText(text, task.file)).output;
      if (output !== text) fixed = text = output;
    }
    // After --fix, report what is left in the text as written (positions refer to the new text).
    const result = await engine.lintText(text, task.file);
    return { ok: true, result, ...(fixed !== undefined ? { fixed } : {}) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

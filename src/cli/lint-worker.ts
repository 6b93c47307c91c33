import { parentPort, workerData } from "node:worker_threads";
import { createLinter } from "textlint";
import { loadDescriptor } from "./linter";
import { QUIET_CONFIG_WARNINGS } from "./warnings";

/**
 * The worker thread that lints, one file at a time, for the CLI (src/cli/lint-pool.ts). It lives in
 * a thread so that the CLI can stop a file that takes too long (a worker can be terminated; a regular
 * expression running on the main thread cannot be interrupted) and bound its memory (resourceLimits).
 */
export interface WorkerInit {
  cwd: string;
  config?: string;
  textlintrc: boolean;
}

export interface LintRequest {
  id: number;
  file: string;
  text: string;
  fix: boolean;
}

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  /** DictionaryError fields, when it is one. */
  file?: string;
  line?: number;
  reason?: string;
}

export type WorkerMessage =
  | { type: "ready" }
  | { type: "init-error"; error: SerializedError }
  | { type: "result"; id: number; result: import("@textlint/types").TextlintResult; output?: string }
  | { type: "error"; id: number; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const extra = error as Error & { file?: unknown; line?: unknown; reason?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(error.stack !== undefined ? { stack: error.stack } : {}),
    ...(typeof extra.file === "string" ? { file: extra.file } : {}),
    ...(typeof extra.line === "number" ? { line: extra.line } : {}),
    ...(typeof extra.reason === "string" ? { reason: extra.reason } : {})
  };
}

/**
 * textlint does not throw when a plugin cannot parse a file: it returns one "plugin-error" message
 * with the stack in its text. For the CLI that is a file that could not be checked, with the cause.
 */
export function pluginFailure(result: import("@textlint/types").TextlintResult): string | undefined {
  const failure = result.messages.find((m) => m.ruleId === "plugin-error");
  if (!failure) return undefined;
  const cause = failure.message.split("\n").find((line) => /^\w*Error\b/.test(line.trim()));
  const plugin = /Failed to parse text by plugin: (\S+)/.exec(failure.message)?.[1];
  return `構文解析に失敗しました (${plugin ?? "plugin"}): ${cause?.trim() ?? failure.message.split("\n")[0]}`;
}

async function start(port: NonNullable<typeof parentPort>, init: WorkerInit): Promise<void> {
  // The CLI reports configuration warnings itself, once, before linting.
  (globalThis as Record<symbol, unknown>)[QUIET_CONFIG_WARNINGS] = true;
  let linter: ReturnType<typeof createLinter>;
  try {
    const { descriptor } = await loadDescriptor(init, init.cwd);
    linter = createLinter({ descriptor, cwd: init.cwd });
    // Load and compile the dictionaries (a project's own ones need the tokenizer) before the first
    // file, so that the per-file time limit measures linting, not start-up.
    await linter.lintText("", "warm-up.md");
  } catch (error) {
    port.postMessage({ type: "init-error", error: serializeError(error) } satisfies WorkerMessage);
    return;
  }
  port.on("message", async (request: LintRequest) => {
    try {
      let text = request.text;
      let output: string | undefined;
      if (request.fix) {
        const fixed = await linter.fixText(text, request.file);
        const failure = pluginFailure(fixed);
        if (failure !== undefined) throw new Error(failure);
        output = fixed.output;
        text = output;
      }
      // After --fix, what is left is reported against the fixed text.
      const result = await linter.lintText(text, request.file);
      const failure = pluginFailure(result);
      if (failure !== undefined) throw new Error(failure);
      port.postMessage({ type: "result", id: request.id, result, ...(output !== undefined ? { output } : {}) } satisfies WorkerMessage);
    } catch (error) {
      port.postMessage({ type: "error", id: request.id, error: serializeError(error) } satisfies WorkerMessage);
    }
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage);
}

if (parentPort) void start(parentPort, workerData as WorkerInit);

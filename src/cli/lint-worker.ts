import { parentPort, workerData } from "node:worker_threads";
import { createEngine, type Engine } from "./engine";
import { loadDescriptor } from "./linter";
import { runTask, serializeError, type LintOutcome, type LintTask, type SerializedError } from "./task";
import { QUIET_CONFIG_WARNINGS } from "../textlint/warnings";

/**
 * A worker thread that lints for the CLI (src/cli/lint-pool.ts), one file at a time; `--jobs N` runs N
 * of them. Linting lives in a thread so that the CLI can stop a file that takes too long (a worker can
 * be terminated; a regular expression running on the main thread cannot be interrupted) and bound its
 * memory (resourceLimits). Each worker loads the configuration and the preset once, and kuromoji once
 * when the first sentence needs it. It imports textlint's kernel, never the textlint package.
 */
export interface WorkerInit {
  cwd: string;
  config?: string;
  textlintrc: boolean;
}

export interface LintRequest extends LintTask {
  id: number;
}

export type WorkerMessage =
  | { type: "ready" }
  | { type: "init-error"; error: SerializedError }
  | { type: "outcome"; id: number; outcome: LintOutcome };

/**
 * The engine a worker lints with: the configuration loaded as the main thread loaded it, then the
 * dictionaries loaded and compiled (a project's own ones need the tokenizer) before the first file,
 * so that the per-file time limit measures linting, not start-up.
 */
export async function loadWorkerEngine(init: WorkerInit): Promise<Engine> {
  const { descriptor } = await loadDescriptor(init, init.cwd);
  const engine = createEngine(descriptor);
  await engine.lintText("", "warm-up.md");
  return engine;
}

async function start(port: NonNullable<typeof parentPort>, init: WorkerInit): Promise<void> {
  // The CLI reports configuration warnings itself, once, before linting.
  (globalThis as Record<symbol, unknown>)[QUIET_CONFIG_WARNINGS] = true;
  let engine: Engine;
  try {
    engine = await loadWorkerEngine(init);
  } catch (error) {
    port.postMessage({ type: "init-error", error: serializeError(error) } satisfies WorkerMessage);
    return;
  }
  port.on("message", async (request: LintRequest) => {
    const outcome = await runTask(engine, request);
    port.postMessage({ type: "outcome", id: request.id, outcome } satisfies WorkerMessage);
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage);
}

if (parentPort) void start(parentPort, workerData as WorkerInit);

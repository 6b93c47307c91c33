import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { TextlintResult } from "@textlint/types";
import { LIB_DIR } from "../data/paths";
import type { LintRequest, SerializedError, WorkerInit, WorkerMessage } from "./lint-worker";

export type LintOutcome =
  | { ok: true; result: TextlintResult; output?: string }
  | { ok: false; kind: "timeout" | "memory" | "crash" | "error"; message: string; error?: SerializedError };

export interface LintLimits {
  /** Per-file time limit in milliseconds (0: none). */
  timeoutMs: number;
  /** The worker's V8 heap limit in MB (undefined: Node's default). */
  maxMemoryMb?: number;
}

/** The compiled worker script: beside this module when it runs from lib/, else the build's copy (tests run src/). */
function workerScript(): string {
  const beside = join(__dirname, "lint-worker.js");
  return existsSync(beside) ? beside : join(LIB_DIR, "src", "cli", "lint-worker.js");
}

/**
 * Lints files one at a time in a worker thread. A file that runs past the time limit, exhausts the
 * worker's memory or crashes it is reported as such, the worker is replaced, and the next file goes on:
 * one hostile file never hangs or ends the run.
 */
export class LintPool {
  private worker: Worker | undefined;
  private ready: Promise<Worker> | undefined;
  private nextId = 1;

  constructor(
    private readonly init: WorkerInit,
    private readonly limits: LintLimits
  ) {}

  /** Starts the worker now (module loading overlaps with the main thread's own start). */
  warmUp(): void {
    void this.start().catch(() => {});
  }

  private start(): Promise<Worker> {
    this.ready ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(workerScript(), {
        workerData: this.init,
        ...(this.limits.maxMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: this.limits.maxMemoryMb } } : {})
      });
      this.worker = worker;
      const onMessage = (message: WorkerMessage) => {
        if (message.type === "ready") {
          cleanup();
          resolve(worker);
        } else if (message.type === "init-error") {
          cleanup();
          reject(Object.assign(new Error(message.error.message), message.error));
        }
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`lint worker exited (${code}) before it was ready`));
      };
      const cleanup = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
    });
    return this.ready;
  }

  private async discard(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    await worker?.terminate().catch(() => {});
  }

  async lint(file: string, text: string, fix: boolean): Promise<LintOutcome> {
    let worker: Worker;
    try {
      worker = await this.start();
    } catch (error) {
      await this.discard();
      const serialized = error as SerializedError;
      return { ok: false, kind: "error", message: serialized.message ?? String(error), error: serialized };
    }
    const request: LintRequest = { id: this.nextId++, file, text, fix };
    const outcome = await new Promise<LintOutcome>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (value: LintOutcome) => {
        if (timer) clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        resolve(value);
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.type === "result" && message.id === request.id) {
          finish({ ok: true, result: message.result, ...(message.output !== undefined ? { output: message.output } : {}) });
        } else if (message.type === "error" && message.id === request.id) {
          finish({ ok: false, kind: "error", message: message.error.message, error: message.error });
        }
      };
      const onError = (error: Error & { code?: string }) => {
        if (error.code === "ERR_WORKER_OUT_OF_MEMORY") {
          finish({ ok: false, kind: "memory", message: `メモリの上限 (${this.limits.maxMemoryMb ?? "既定"} MB) を超えました` });
        } else {
          finish({ ok: false, kind: "crash", message: error.message });
        }
      };
      const onExit = (code: number) => finish({ ok: false, kind: "crash", message: `検査スレッドが終了しました (${code})` });
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      if (this.limits.timeoutMs > 0) {
        timer = setTimeout(
          () => finish({ ok: false, kind: "timeout", message: `制限時間 (${this.limits.timeoutMs / 1000} 秒) を超えました` }),
          this.limits.timeoutMs
        );
      }
      worker.postMessage(request);
    });
    // A worker that timed out is still running the file; one that failed otherwise may be broken: start afresh.
    if (!outcome.ok && outcome.kind !== "error") await this.discard();
    return outcome;
  }

  async close(): Promise<void> {
    await this.discard();
  }
}

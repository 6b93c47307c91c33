import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { LIB_DIR } from "../data/paths";
import type { LintRequest, WorkerInit, WorkerMessage } from "./lint-worker";
import type { LintOutcome, LintTask, SerializedError } from "./task";

export type { LintOutcome };

export interface LintLimits {
  /** Per-file time limit in milliseconds (0: none). */
  timeoutMs: number;
  /** Each worker's V8 heap limit in MB (undefined: Node's default). */
  maxMemoryMb?: number;
}

/** The compiled worker script: beside this module when it runs from lib/, else the build's copy (tests run src/). */
function workerScript(): string {
  const beside = join(__dirname, "lint-worker.js");
  return existsSync(beside) ? beside : join(LIB_DIR, "src", "cli", "lint-worker.js");
}

/**
 * One worker thread that lints one file at a time. A file that runs past the time limit, exhausts the
 * worker's memory or crashes it is reported as such and the worker is replaced (started afresh for
 * the next file): one hostile file never hangs or ends the run.
 */
class LintSlot {
  private worker: Worker | undefined;
  private ready: Promise<Worker> | undefined;

  constructor(
    private readonly init: WorkerInit,
    private readonly limits: LintLimits
  ) {}

  start(): Promise<Worker> {
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

  async discard(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    await worker?.terminate().catch(() => {});
  }

  async lint(request: LintRequest): Promise<LintOutcome> {
    let worker: Worker;
    try {
      // Start-up (configuration, preset, dictionaries) is not counted in the file's time limit.
      worker = await this.start();
    } catch (error) {
      await this.discard();
      const serialized = error as SerializedError;
      return { ok: false, kind: "error", message: serialized.message ?? String(error), error: serialized };
    }
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
        if (message.type === "outcome" && message.id === request.id) finish(message.outcome);
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
}

/**
 * Lints files in `size` worker threads (--jobs), each applying the per-file time and memory limits.
 * Files wait for a free worker in the order they were asked for; which worker lints a file never
 * changes its result, so 1 worker and N workers give the same output.
 */
export class LintPool {
  private readonly slots: LintSlot[];
  private readonly idle: LintSlot[];
  private readonly waiting: ((slot: LintSlot) => void)[] = [];
  private nextId = 1;

  constructor(init: WorkerInit, limits: LintLimits, size = 1) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => new LintSlot(init, limits));
    this.idle = [...this.slots];
  }

  get size(): number {
    return this.slots.length;
  }

  /** Starts the first `count` workers now (module loading overlaps with the main thread's own work). */
  warmUp(count = this.slots.length): void {
    for (const slot of this.slots.slice(0, count)) void slot.start().catch(() => {});
  }

  private acquire(): Promise<LintSlot> {
    const slot = this.idle.shift();
    return slot ? Promise.resolve(slot) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: LintSlot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  async lint(task: LintTask): Promise<LintOutcome> {
    const slot = await this.acquire();
    try {
      return await slot.lint({ ...task, id: this.nextId++ });
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.discard()));
  }
}

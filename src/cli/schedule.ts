import { availableParallelism, freemem, loadavg } from "node:os";
import { relativePath } from "../formatters/context";

/** What one worker needs: kuromoji's dictionary (about 340 MB) and the preset's data and caches. */
export const MEMORY_PER_JOB = 480 * 2 ** 20;

/** Memory this process may use: the free memory, or less under a cgroup (container) limit. */
function availableMemory(): number {
  const free = freemem();
  const constrained = typeof process.constrainedMemory === "function" ? process.constrainedMemory() : 0;
  return constrained && constrained > 0 ? Math.min(free, constrained - process.memoryUsage().rss) : free;
}

/** Cores not already kept busy by other processes (the load average of the last minute). */
function idleCores(cores: number): number {
  const [load = 0] = loadavg();
  return Math.max(1, Math.round(cores - load));
}

/**
 * The default --jobs: the number of cores, fewer when other processes keep some busy (a second
 * worker on a saturated machine only doubles the memory: measured on 2 cores under load, --jobs 2
 * took longer than --jobs 1), as many as the free memory holds workers for (1 where memory is
 * short), and never more than there are files to lint. The output is the same whatever the count.
 */
export function defaultJobs(files: number, memory = availableMemory(), cores = availableParallelism(), idle = idleCores(cores)): number {
  const byMemory = Math.floor(memory / MEMORY_PER_JOB);
  return Math.max(1, Math.min(cores, idle, byMemory, files));
}

/**
 * --shard K/N: the files sorted by their path relative to cwd, dealt round-robin into N parts; part
 * K (1-based) is kept, in the order the files were given. Every machine of a CI matrix that sees the
 * same files picks disjoint parts that together cover them all, each within one file of the others.
 */
export function shardFiles(files: string[], shard: { index: number; count: number }, cwd: string): string[] {
  const keyed = files.map((file) => ({ file, key: relativePath(file, cwd) }));
  const sorted = [...keyed].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const chosen = new Set(sorted.filter((_, i) => i % shard.count === shard.index - 1).map((k) => k.file));
  return files.filter((file) => chosen.has(file));
}

/**
 * Runs `work` over items with at most `window` started ahead of the consumer, and yields the results
 * in the items' order: output is in the order files were given whatever finishes first, and memory
 * holds only the window.
 */
export async function* inOrder<T, R>(items: readonly T[], window: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < window) {
      const promise = work(items[next++]!);
      // Handled when yielded; marked here so that a rejection waiting in the window is not "unhandled".
      promise.catch(() => {});
      pending.push(promise);
    }
  };
  fill();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    fill();
    yield result;
  }
}

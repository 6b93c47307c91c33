/**
 * A least-recently-used map bounded by an estimate of the bytes its entries hold, not by their
 * count: a cache of sentences' tokens or of pages stays the same size whether the entries are
 * short headings or long paragraphs. Each entry's size is given when it is set and may be updated
 * later (a promise whose result size is known only when it resolves).
 */
export class ByteLru<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number }>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value, marked as most recently used. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V, bytes: number): void {
    const old = this.entries.get(key);
    if (old) {
      this.total -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    this.evict();
  }

  /** Changes the recorded size of an entry still in the cache (no effect on an evicted one). */
  resize(key: K, value: V, bytes: number): void {
    const entry = this.entries.get(key);
    if (!entry || entry.value !== value) return;
    this.total += bytes - entry.bytes;
    entry.bytes = bytes;
    this.evict();
  }

  delete(key: K): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.total -= entry.bytes;
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  private evict(): void {
    // The newest entry stays even when it alone is over the budget: the caller is using it.
    while (this.total > this.maxBytes && this.entries.size > 1) {
      const oldest = this.entries.keys().next().value as K;
      this.delete(oldest);
    }
  }
}

/** Bytes of a JavaScript string in memory (two per UTF-16 code unit, plus a header). */
export function stringBytes(text: string): number {
  return 16 + 2 * text.length;
}

/** A size in megabytes from an environment variable, or the default. */
export function megabytesFromEnv(name: string, fallbackMB: number): number {
  const raw = process.env[name];
  const mb = raw === undefined || raw.trim() === "" ? Number.NaN : Number(raw);
  return Math.round((Number.isFinite(mb) && mb >= 0 ? mb : fallbackMB) * 2 ** 20);
}

import { onGrammarChange } from "../grammar/data";
/**
 * Per-sentence results memoised by sentence text, in one cache bounded by bytes (not by count: a
 * 2,000-character table cell weighs more than a 10-character heading). Least recently used first out.
 * A re-lint after an edit finds every unchanged sentence here and redoes only the changed ones.
 */
export interface SentenceRecord {
  tokens?: Promise<unknown>;
  /** Per dictionary (the shipped one, a user one): matches of that dictionary in this sentence. */
  matches?: Map<object, Promise<unknown>>;
  /** Grammar and check results keyed by what computed them. */
  derived?: Map<string, unknown>;
  bytes: number;
}

/** A rough size: UTF-16 text, and about 200 bytes per token record and per derived result. */
export function estimateBytes(text: string, tokens = 0, derived = 0): number {
  return 64 + text.length * 2 + tokens * 200 + derived * 256;
}

export class SentenceCache {
  private readonly records = new Map<string, SentenceRecord>();
  private total = 0;

  constructor(private readonly limit: number) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.records.size;
  }

  /** The record of a sentence text, created when absent; marks it most recently used. */
  record(text: string): SentenceRecord {
    let record = this.records.get(text);
    if (record) {
      this.records.delete(text);
      this.records.set(text, record);
      return record;
    }
    record = { bytes: estimateBytes(text) };
    this.records.set(text, record);
    this.total += record.bytes;
    this.evict(text);
    return record;
  }

  /** Records a record's new size (after tokens or results were added). */
  resize(text: string, bytes: number): void {
    const record = this.records.get(text);
    if (!record) return;
    this.total += bytes - record.bytes;
    record.bytes = bytes;
    this.evict(text);
  }

  clear(): void {
    this.records.clear();
    this.total = 0;
  }

  private evict(keep: string): void {
    for (const [text, record] of this.records) {
      if (this.total <= this.limit) return;
      if (text === keep) continue;
      this.records.delete(text);
      this.total -= record.bytes;
    }
  }
}

/** 64 MB by default; MEDICAL_AD_LINT_CACHE_MB sets another bound. */
const limitMb = Number(process.env.MEDICAL_AD_LINT_CACHE_MB ?? "64");
export const sentenceCache = new SentenceCache((Number.isFinite(limitMb) && limitMb > 0 ? limitMb : 64) * 1024 * 1024);

// Matches and readings were decided by the grammar in use; a replaced grammar decides afresh.
onGrammarChange(() => sentenceCache.clear());

import { onGrammarChange } from "../grammar/data";
import { ByteLru, megabytesFromEnv, stringBytes } from "../model/byte-lru";

/**
 * Per-sentence results memoised by sentence text, in one least-recently-used cache bounded by bytes
 * (not by count: a 2,000-character table cell weighs more than a 10-character heading), so a long run
 * over many pages keeps the same memory. A re-lint after an edit finds every unchanged sentence here
 * and redoes only the changed ones.
 */
export interface SentenceRecord {
  tokens?: Promise<unknown>;
  /** Per dictionary (the shipped one, a user one): matches of that dictionary in this sentence. */
  matches?: Map<object, Promise<unknown>>;
  /** Grammar and check results keyed by what computed them. */
  derived?: Map<string, unknown>;
}

/** Per dictionary's matches or derived result: a rough size. */
const RESULT_BYTES = 256;

/** A record's size: the text, its tokens (measured, src/nlp/tokens.ts tokenBytes) and its results. */
export function estimateBytes(text: string, tokenBytes = 0, results = 0): number {
  return 64 + stringBytes(text) + tokenBytes + results * RESULT_BYTES;
}

export class SentenceCache {
  private readonly lru: ByteLru<string, SentenceRecord>;

  constructor(limit: number) {
    this.lru = new ByteLru(limit);
  }

  get bytes(): number {
    return this.lru.bytes;
  }

  get size(): number {
    return this.lru.size;
  }

  get maxBytes(): number {
    return this.lru.maxBytes;
  }

  /** The record of a sentence text, created when absent; marks it most recently used. */
  record(text: string): SentenceRecord {
    let record = this.lru.get(text);
    if (!record) {
      record = {};
      this.lru.set(text, record, estimateBytes(text));
    }
    return record;
  }

  /** Records a record's new size (after tokens or results were added); no effect once it was evicted. */
  resize(text: string, record: SentenceRecord, bytes: number): void {
    this.lru.resize(text, record, bytes);
  }

  clear(): void {
    this.lru.clear();
  }
}

/** 32 MB by default; MEDICAL_AD_LINT_TOKEN_CACHE_MB sets another bound. */
export const sentenceCache = new SentenceCache(megabytesFromEnv("MEDICAL_AD_LINT_TOKEN_CACHE_MB", 32));

// Matches and readings were decided by the grammar in use; a replaced grammar decides afresh.
onGrammarChange(() => sentenceCache.clear());

import type { TxtParentNode } from "@textlint/ast-node-types";
import { buildDocument, type DocumentModel, type Sentence } from "../model/document";
import { tokenize, tokenBytes, type Token } from "../nlp/tokens";
import { unitsOf, type Unit } from "./units";
import type { Dictionary } from "../match/compile";
import { matchSentence, type ClearReason, type SentenceMatch } from "../match/matcher";
import type { DictionaryEntry } from "../data/schema";
import { estimateBytes, sentenceCache } from "./sentence-cache";

export type { Unit };

export interface DictionaryMatch {
  entry: DictionaryEntry;
  sentence: Sentence;
  /** Span in sentence.text. */
  start: number;
  end: number;
  text: string;
  cleared?: ClearReason;
  /** A hedge lowered the entry's severity one step. */
  lowered?: boolean;
}

export interface DictionaryMatches {
  /** Matches that count, in page order. */
  matches: DictionaryMatch[];
  /** Matches cleared by their context (for debugging and tests). */
  cleared: DictionaryMatch[];
}

/**
 * Everything derived from one page, built once per AST root whichever rule asks first, each view
 * computed lazily and once: the document model, the normalised sentence units, tokens, dictionary
 * matches, and the page facts the document-level checks share (`memo`). Per-sentence results are
 * memoised by sentence text in the byte-bounded sentence cache, so a re-lint after an edit redoes
 * only the changed sentences.
 */
export class PageContext {
  readonly document: DocumentModel;
  /**
   * The page's own tokens, kept for as long as the page is linted whatever the shared cache evicts
   * meanwhile: each sentence is tokenized at most once per lint, however many rules ask and however
   * long the page.
   */
  private readonly tokens = new Map<string, Promise<Token[]>>();
  private readonly byDictionary = new Map<Dictionary, Promise<DictionaryMatches>>();
  private readonly facts = new Map<string, unknown>();
  private lastTurn: Promise<void> = Promise.resolve();

  constructor(
    readonly root: TxtParentNode,
    readonly source: string
  ) {
    this.document = buildDocument(root, source);
  }

  /**
   * Rules run concurrently and finish in whatever order their awaits resolve (a warm cache changes
   * it), but textlint keeps the report order of findings at one place: so that the same page always
   * gives the same output, each rule reports only after the rules that started on the page before it.
   * Take the turn before the first await; always call done (in finally), so no rule waits forever.
   */
  takeTurn(): { previous: Promise<void>; done: () => void } {
    const previous = this.lastTurn;
    let done!: () => void;
    this.lastTurn = new Promise<void>((resolve) => (done = resolve));
    return { previous, done };
  }

  get units(): Unit[] {
    return unitsOf(this.document);
  }

  /** Tokens of a sentence (or any text): each distinct text is tokenized once per process while it stays cached. */
  tokensOf(sentence: Sentence | string): Promise<Token[]> {
    const text = typeof sentence === "string" ? sentence : sentence.text;
    let tokens = this.tokens.get(text);
    if (!tokens) {
      tokens = tokensOfText(text);
      this.tokens.set(text, tokens);
    }
    return tokens;
  }

  /** Matches of a dictionary on the page: every category at once, each sentence matched once. */
  matches(dictionary: Dictionary): Promise<DictionaryMatches> {
    let result = this.byDictionary.get(dictionary);
    if (!result) {
      result = this.matchPage(dictionary);
      this.byDictionary.set(dictionary, result);
    }
    return result;
  }

  /** A page fact shared by checks (therapy mentions, the evidence analysis), computed once. */
  memo<T>(key: string, build: () => T): T {
    if (!this.facts.has(key)) this.facts.set(key, build());
    return this.facts.get(key) as T;
  }

  private async matchPage(dictionary: Dictionary): Promise<DictionaryMatches> {
    const out: DictionaryMatches = { matches: [], cleared: [] };
    for (const sentence of this.document.sentences) {
      for (const m of await sentenceMatches(dictionary, sentence.text, () => this.tokensOf(sentence.text))) {
        const match: DictionaryMatch = { entry: m.entry.entry, sentence, start: m.start, end: m.end, text: sentence.text.slice(m.start, m.end), ...(m.cleared ? { cleared: m.cleared } : {}), ...(m.lowered ? { lowered: true } : {}) };
        (m.cleared ? out.cleared : out.matches).push(match);
      }
    }
    out.matches.sort((a, b) => a.sentence.index - b.sentence.index || a.start - b.start);
    return out;
  }
}

/**
 * Tokens of a text, memoised in the byte-bounded sentence cache: each distinct text is tokenized once
 * while it stays cached. A tokenizer failure reaches the caller and is not kept.
 */
export function tokensOfText(text: string): Promise<Token[]> {
  const record = sentenceCache.record(text);
  if (!record.tokens) {
    const tokens = tokenize(text);
    record.tokens = tokens;
    // Sizing must not turn a tokenizer failure into an unhandled rejection: the caller gets the error.
    tokens.then(
      (list) => sentenceCache.resize(text, record, estimateBytes(text, tokenBytes(list), record.matches?.size ?? 0)),
      () => {
        if (record.tokens === tokens) delete record.tokens;
      }
    );
  }
  return record.tokens as Promise<Token[]>;
}

/** The sentence cache's current size in bytes and entries, and its bound (for tests and the benchmark). */
export function tokenCacheStats(): { bytes: number; entries: number; maxBytes: number } {
  return { bytes: sentenceCache.bytes, entries: sentenceCache.size, maxBytes: sentenceCache.maxBytes };
}

function sentenceMatches(dictionary: Dictionary, text: string, tokensOf: () => Promise<Token[]>): Promise<SentenceMatch[]> {
  const record = sentenceCache.record(text);
  record.matches ??= new Map();
  let matches = record.matches.get(dictionary) as Promise<SentenceMatch[]> | undefined;
  if (!matches) {
    const pending = matchSentence(dictionary, text, tokensOf);
    matches = pending;
    record.matches.set(dictionary, pending);
    // A failure (the tokenizer's) reaches the caller and is not kept.
    pending.catch(() => {
      if (record.matches?.get(dictionary) === pending) record.matches.delete(dictionary);
    });
  }
  return matches;
}

const pages = new WeakMap<object, PageContext>();

/**
 * The page context of an AST root. textlint runs each rule on its own over the same AST, so every rule
 * asks for the context of the root it was given and gets the same one.
 */
export function pageContext(root: TxtParentNode, source: string): PageContext {
  let page = pages.get(root);
  if (!page || page.source !== source) {
    page = new PageContext(root, source);
    pages.set(root, page);
  }
  return page;
}

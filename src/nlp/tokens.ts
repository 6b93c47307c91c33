import { getTokenizer, type KuromojiToken } from "kuromojin";

export type Token = KuromojiToken;

let tokenizerPromise: ReturnType<typeof getTokenizer> | undefined;

/** One kuromoji tokenizer per process, loaded on first use (about 0.8 s and 300 MB). */
function tokenizer() {
  tokenizerPromise ??= getTokenizer();
  return tokenizerPromise;
}

/**
 * Tokenizes one sentence. Callers pass sentences, never whole documents: kuromoji's
 * sentence tokenizer is superlinear on long strings.
 */
/** A lone surrogate (half of a pair, alone): kuromoji throws on one followed by an astral character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export async function tokenize(text: string): Promise<Token[]> {
  const t = await tokenizer();
  // U+FFFD has the same length: token offsets stay offsets in the text.
  // Control characters (NUL…) crash kuromoji's lattice: a space of the same length keeps the offsets.
  const safe = text.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL, " ");
  const tokens = t.tokenize(safe);
  // kuromoji counts positions in code points: after an emoji or 𠮷 every word_position is short by
  // one, no token starts where a phrase does, and the sentence passes. Recount in UTF-16 units.
  if (/[\uD800-\uDBFF]/.test(safe)) {
    let at = 0;
    for (const token of tokens) {
      const found = safe.startsWith(token.surface_form, at) ? at : safe.indexOf(token.surface_form, at);
      if (found >= 0) at = found;
      token.word_position = at + 1;
      at += token.surface_form.length;
    }
  }
  return tokens;
}

/** Bytes a token list holds in memory: each record (13 fields) and its strings, estimated. */
export function tokenBytes(tokens: readonly Token[]): number {
  let bytes = 32 + 8 * tokens.length;
  for (const t of tokens) {
    bytes += 120;
    for (const value of [t.surface_form, t.pos, t.pos_detail_1, t.pos_detail_2, t.pos_detail_3, t.conjugated_type, t.conjugated_form, t.basic_form, t.reading, t.pronunciation]) {
      if (typeof value === "string") bytes += 16 + 2 * value.length;
    }
  }
  return bytes;
}

/** 基本形 where kuromoji knows it, the surface otherwise (unknown words have "*"). */
export function lemmaOf(token: Token): string {
  return token.basic_form && token.basic_form !== "*" ? token.basic_form : token.surface_form;
}

/** Offset of the token in the tokenized string (kuromoji's word_position is 1-based). */
export function startOf(token: Token): number {
  return token.word_position - 1;
}

export function endOf(token: Token): number {
  return token.word_position - 1 + token.surface_form.length;
}

const CONJUGATING = new Set(["動詞", "形容詞", "助動詞"]);
export function conjugates(token: Token): boolean {
  return CONJUGATING.has(token.pos);
}

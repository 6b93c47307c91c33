import { tokenize, lemmaOf, conjugates, type Token } from "../analysis/morphology";

/**
 * The term syntax of dictionary patterns:
 *   literal text  matched word by word on base forms (治る finds 治ります, 治った), at token boundaries
 *   …             a gap of up to GAP_TOKENS words inside the same clause
 *   <NEG>         a negation or absence word (ない, ません, なし, ゼロ)
 *   <NUM>         a number
 */
export type TermElement =
  | { kind: "word"; surface: string; lemma: string; conjugates: boolean }
  | { kind: "gap" }
  | { kind: "class"; name: "NEG" | "NUM" };

export interface CompiledTerm {
  source: string;
  /** Literal text that every match starts with; the prefilter looks for it before any tokenizing. */
  key: string;
  elements: TermElement[];
}

export const GAP_TOKENS = 8;
const PART = /(…|<NEG>|<NUM>)/;

/** Strips the conjugating kana at the end of a word so that every inflected form still contains the key. */
function invariantPrefix(token: Token): string {
  if (!conjugates(token)) return token.surface_form;
  const base = lemmaOf(token);
  let i = 0;
  while (i < base.length && i < token.surface_form.length && base[i] === token.surface_form[i]) i++;
  const common = base.slice(0, i);
  // Godan verbs change the last kana of the stem (消す/消し/消さ): keep only up to the last non-hiragana.
  return common.replace(/[\u3041-\u309f]+$/, "") || "";
}

export async function compileTerm(source: string): Promise<CompiledTerm> {
  const parts = source.split(PART).filter((p) => p.length > 0);
  const elements: TermElement[] = [];
  let key: string | undefined;
  for (const part of parts) {
    if (part === "…") {
      elements.push({ kind: "gap" });
    } else if (part === "<NEG>") {
      elements.push({ kind: "class", name: "NEG" });
    } else if (part === "<NUM>") {
      elements.push({ kind: "class", name: "NUM" });
    } else {
      const tokens = await tokenize(part);
      if (key === undefined) {
        if (elements.length > 0) throw new Error(`term "${source}" must start with literal text`);
        const last = tokens[tokens.length - 1]!;
        key = tokens.slice(0, -1).map((t) => t.surface_form).join("") + invariantPrefix(last);
        if (key.length === 0) key = tokens[0]!.surface_form.slice(0, 1);
      }
      for (const t of tokens) {
        elements.push({ kind: "word", surface: t.surface_form, lemma: lemmaOf(t), conjugates: conjugates(t) });
      }
    }
  }
  if (key === undefined) throw new Error(`term "${source}" has no literal text`);
  return { source, key, elements };
}

import { tokenize, lemmaOf, conjugates } from "../analysis/morphology";

/**
 * The term syntax of dictionary patterns:
 *   literal text  matched as text at token boundaries; a final inflecting word (verb, adjective,
 *                 auxiliary) is matched by its base form, so 治る finds 治ります and 治った
 *   …             a gap of up to GAP_TOKENS words inside the same clause
 *   <NEG>         a negation or absence word (ない, ません, ず, なし, ゼロ)
 *   <NUM>         a number
 */
export type TermElement =
  | { kind: "literal"; prefix: string; final?: { lemma: string; surface: string } }
  | { kind: "gap" }
  | { kind: "class"; name: "NEG" | "NUM" };

export interface CompiledTerm {
  source: string;
  /** Literal text that every match starts with; the prefilter looks for it before any tokenizing. */
  key: string;
  elements: TermElement[];
}

export const GAP_TOKENS = 8;
/** Bump when CompiledTerm changes shape: compiled dictionaries of another format are recompiled. */
export const TERM_FORMAT = "term-2";
const PART = /(…|<NEG>|<NUM>)/;

/** The part of an inflecting word that every inflected form keeps (治る → 治, 若返る → 若返). */
function stem(surface: string, lemma: string): string {
  let i = 0;
  while (i < lemma.length && i < surface.length && lemma[i] === surface[i]) i++;
  return lemma.slice(0, i).replace(/[\u3041-\u309f]+$/, "");
}

async function compileLiteral(text: string): Promise<Extract<TermElement, { kind: "literal" }>> {
  const tokens = await tokenize(text);
  const last = tokens[tokens.length - 1];
  if (!last || !conjugates(last)) return { kind: "literal", prefix: text };
  const prefix = tokens
    .slice(0, -1)
    .map((t) => t.surface_form)
    .join("");
  return { kind: "literal", prefix, final: { lemma: lemmaOf(last), surface: last.surface_form } };
}

export async function compileTerm(source: string): Promise<CompiledTerm> {
  const parts = source.split(PART).filter((p) => p.length > 0);
  const elements: TermElement[] = [];
  for (const part of parts) {
    if (part === "…") elements.push({ kind: "gap" });
    else if (part === "<NEG>") elements.push({ kind: "class", name: "NEG" });
    else if (part === "<NUM>") elements.push({ kind: "class", name: "NUM" });
    else elements.push(await compileLiteral(part));
  }
  const first = elements[0];
  if (!first || first.kind !== "literal") throw new Error(`term "${source}" must start with literal text`);
  const key = first.prefix + (first.final ? stem(first.final.surface, first.final.lemma) || first.final.surface.slice(0, 1) : "");
  return { source, key, elements };
}

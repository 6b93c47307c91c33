import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tokenize, lemmaOf, conjugates } from "../nlp/tokens";
import { PACKAGE_ROOT } from "../data/paths";

/**
 * The term syntax of dictionary patterns:
 *   literal text  matched as text at token boundaries; a final inflecting word (verb, adjective,
 *                 auxiliary) is matched by its base form, so 治る finds 治ります and 治った
 *   …             a gap of up to GAP_TOKENS words inside the same clause
 *   <NEG>         a negation or absence word (ない, ません, ず, なし, ゼロ)
 *   <NUM>         a number
 *   {concept}     any member of a concept class (dictionaries/concepts): {outcome}, {certainty}
 */
export type TermElement =
  | { kind: "literal"; prefix: string; final?: { lemma: string; surface: string } }
  | { kind: "gap" }
  | { kind: "class"; name: "NEG" | "NUM" }
  | { kind: "concept"; name: string };

export interface CompiledTerm {
  source: string;
  /** Literal text that every match starts with; the prefilter looks for it before any tokenizing. */
  key: string;
  elements: TermElement[];
}

export const GAP_TOKENS = 8;
/** Bump when CompiledTerm changes shape: compiled dictionaries of another format are recompiled. */
export const TERM_FORMAT = "term-6";
const PART = /(…|<NEG>|<NUM>|\{[a-z0-9-]+\})/;

/**
 * The part of an inflecting word that every inflected form keeps, used as the prefilter key: the base
 * form without its last kana (治る → 治, 消える → 消え, しみる → しみ, 痛い → 痛), or what the surface and
 * the base form share when that is shorter (irregular verbs). A one-kana key would send nearly every
 * sentence to the tokenizer.
 */
const IRREGULAR_VERBS = new Set(["する", "来る", "くる"]);

function stem(surface: string, lemma: string): string {
  // する and 来る change their first kana (し, さ, せ; き, こ): nothing of them is invariant.
  if (IRREGULAR_VERBS.has(lemma)) return "";
  let common = 0;
  while (common < lemma.length && common < surface.length && lemma[common] === surface[common]) common++;
  const withoutEnding = /[\u3041-\u309f]$/.test(lemma) ? lemma.slice(0, -1) : lemma;
  return withoutEnding.length <= common ? withoutEnding : lemma.slice(0, common);
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

/**
 * Compiled terms by source. The build writes every term the shipped dictionaries and lexicons use to
 * lib/term-cache.json, so linting never loads kuromoji just to compile vocabulary: a page with no
 * candidate phrase costs a parse and a scan.
 */
export const TERM_CACHE_PATH = join(PACKAGE_ROOT, "lib", "term-cache.json");
let termCache: Map<string, CompiledTerm> | undefined;

function cache(): Map<string, CompiledTerm> {
  if (!termCache) {
    termCache = new Map();
    if (existsSync(TERM_CACHE_PATH)) {
      const saved = JSON.parse(readFileSync(TERM_CACHE_PATH, "utf8")) as { format: string; terms: CompiledTerm[] };
      if (saved.format === TERM_FORMAT) for (const term of saved.terms) termCache.set(term.source, term);
    }
  }
  return termCache;
}

/** Every term compiled in this process (the build saves them). */
export function compiledTerms(): { format: string; terms: CompiledTerm[] } {
  return { format: TERM_FORMAT, terms: [...cache().values()] };
}

export async function compileTerm(source: string): Promise<CompiledTerm> {
  const cached = cache().get(source);
  if (cached) return cached;
  const parts = source.split(PART).filter((p) => p.length > 0);
  const elements: TermElement[] = [];
  for (const part of parts) {
    if (part === "…") elements.push({ kind: "gap" });
    else if (part === "<NEG>") elements.push({ kind: "class", name: "NEG" });
    else if (part === "<NUM>") elements.push({ kind: "class", name: "NUM" });
    else if (/^\{[a-z0-9-]+\}$/.test(part)) elements.push({ kind: "concept", name: part.slice(1, -1) });
    else elements.push(await compileLiteral(part));
  }
  const first = elements[0];
  if (!first || first.kind !== "literal") throw new Error(`term "${source}" must start with literal text (a leading {concept} is expanded by compileTerms)`);
  // An auxiliary that shares nothing with its base form (なら of だ) keeps its written form in the key:
  // a key of two kana (いま) would send every sentence with います to the tokenizer.
  const finalStem = !first.final
    ? ""
    : stem(first.final.surface, first.final.lemma) || (IRREGULAR_VERBS.has(first.final.lemma) ? "" : first.final.surface);
  // A term made of one kana verb alone (する) still needs some key: its first kana.
  const key = first.prefix + finalStem || (first.final?.surface.slice(0, 1) ?? "");
  const term: CompiledTerm = { source, key, elements };
  cache().set(source, term);
  return term;
}

const LEADING_CONCEPT = /^\{([a-z0-9-]+)\}/;

/**
 * The compiled terms of a pattern. A pattern that starts with a concept ({certainty}…{outcome}) becomes
 * one term per member of the concept, so that every term starts with literal text the prefilter can
 * look for; concepts later in the pattern are matched member by member at run time.
 */
export async function compileTerms(source: string, conceptMembers: (name: string) => readonly string[]): Promise<CompiledTerm[]> {
  const leading = LEADING_CONCEPT.exec(source);
  if (!leading) return [await compileTerm(source)];
  const rest = source.slice(leading[0].length);
  const out: CompiledTerm[] = [];
  for (const member of conceptMembers(leading[1]!)) out.push(...(await compileTerms(member + rest, conceptMembers)));
  return out;
}

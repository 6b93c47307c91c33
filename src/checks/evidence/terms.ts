import { Prefilter } from "../../match/prefilter";
import { compileTerm, type CompiledTerm } from "../../match/term";
import { verifyTerm, type TermMatch } from "../../match/verify";
import type { Token } from "../../nlp/tokens";

export interface TermHit extends TermMatch {
  /** The lexicon term that matched. */
  term: string;
}

/**
 * A list of lexicon terms in the dictionary term syntax, matched on a tokenized sentence with the
 * same semantics as dictionary patterns (token boundaries, final inflecting word by base form).
 */
export class TermSet {
  private constructor(
    private readonly terms: CompiledTerm[],
    private readonly prefilter: Prefilter
  ) {}

  static async compile(sources: readonly string[]): Promise<TermSet> {
    const terms: CompiledTerm[] = [];
    for (const source of sources) terms.push(await compileTerm(source));
    return new TermSet(terms, new Prefilter(terms.map((t) => t.key)));
  }

  /** The literal keys every match starts with (for a combined prefilter). */
  get keys(): string[] {
    return this.terms.map((t) => t.key);
  }

  /** Whether the text may hold a term (no tokens needed). */
  mayOccur(text: string): boolean {
    return this.prefilter.find(text).length > 0;
  }

  /** Every match in the sentence, by position; overlapping matches of different terms are all kept. */
  find(tokens: Token[], text: string): TermHit[] {
    const hits: TermHit[] = [];
    for (const { value, start } of this.prefilter.find(text)) {
      const term = this.terms[value]!;
      const match = verifyTerm(term, tokens, start, text);
      if (match) hits.push({ ...match, term: term.source });
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

import type { Dictionary } from "../match/compile";
import type { DictionaryMatch, PageContext } from "../page/context";
import { sourceSpan } from "../model/document";
import type { Category } from "../data/schema";
import type { Finding } from "./finding";

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;
const LOWER = { error: "warning", warning: "info", info: "info" } as const;

/**
 * A match lying inside a longer match of the same rule that is at least as severe says nothing more:
 * one squiggle per phrase. A match that carries a safe fix is always kept, so --fix still applies it.
 */
function insideStrongerMatch(match: DictionaryMatch, matches: DictionaryMatch[]): boolean {
  if (match.entry.fix !== undefined) return false;
  return matches.some(
    (other) =>
      other !== match &&
      other.sentence === match.sentence &&
      other.start <= match.start &&
      other.end >= match.end &&
      other.end - other.start > match.end - match.start &&
      SEVERITY_RANK[other.entry.severity] >= SEVERITY_RANK[match.entry.severity]
  );
}

/** The matches of one category on the page, from every dictionary the rule reads. */
export async function categoryMatches(page: PageContext, dictionaries: Dictionary[], category: Category): Promise<DictionaryMatch[]> {
  const all: DictionaryMatch[] = [];
  for (const dictionary of dictionaries) all.push(...(await page.matches(dictionary)).matches.filter((m) => m.entry.category === category));
  return all.sort((a, b) => a.sentence.index - b.sentence.index || a.start - b.start);
}

export function matchFinding(match: DictionaryMatch): Finding {
  const [start, end] = sourceSpan(match.sentence, match.start, match.end);
  const { entry } = match;
  return {
    start,
    end,
    phrase: match.text,
    severity: match.lowered ? LOWER[entry.severity] : entry.severity,
    id: entry.id,
    category: entry.category,
    problem: entry.message,
    basis: entry.basis,
    rewrites: entry.rewrites,
    ...(entry.fix !== undefined ? { fix: entry.fix } : {})
  };
}

/**
 * The findings of a sentence-level dictionary rule: every match of its category that its context did
 * not clear. With dropNested, a phrase matched by several entries inside one another is reported once.
 */
export function dictionaryFindings(matches: DictionaryMatch[], dropNested: boolean): Finding[] {
  return matches.filter((m) => !dropNested || !insideStrongerMatch(m, matches)).map(matchFinding);
}

import type { Dictionary } from "../match/compile";
import type { DictionaryMatch, PageContext } from "../page/context";
import type { Category } from "../data/schema";
import type { Finding } from "./finding";
import { categoryMatches, dictionaryFindings } from "./dictionary";

/** What a check is given besides the page and its rule's options: the dictionaries the rule reads (shipped + the user's). */
export interface CheckEnv {
  dictionaries: Dictionary[];
}

/** A check reads the page context and returns findings; src/textlint turns a check into a rule. */
export type Check<O> = (page: PageContext, options: O, env: CheckEnv) => Finding[] | Promise<Finding[]>;

/**
 * A sentence-level dictionary check: the matches of one category. `extra` adds findings that are not
 * dictionary matches (struck-through prices, patient voices under a testimonial heading), given the
 * category's matches so that nothing is reported twice; with dropNested a phrase matched by several
 * entries inside one another is reported once.
 */
export function dictionaryCheck<O>(
  category: Category,
  behaviour: { dropNested?: boolean; extra?: (page: PageContext, matches: DictionaryMatch[], options: O) => Finding[] | Promise<Finding[]> } = {}
): Check<O> {
  return async (page, options, env) => {
    const matches = await categoryMatches(page, env.dictionaries, category);
    const findings = dictionaryFindings(matches, behaviour.dropNested ?? false);
    if (behaviour.extra) findings.push(...(await behaviour.extra(page, matches, options)));
    return findings;
  };
}

import { createDictionaryRule } from "../src/textlint/dictionary-rule";
import { ruleMeta } from "../src/data/rules";
import { strikeThroughPriceFindings } from "../src/checks/inducement/strike-through";

/**
 * no-inducement: see src/rules/meta.ts for what it checks and dictionaries/inducement.*.yml for its
 * phrases; struck-through prices (Markdown ~~…~~, HTML <del>/<s>) come from the markup. A phrase matched
 * by several entries (通常価格…→キャンペーン価格…) is reported once.
 */
export default createDictionaryRule("no-inducement", (analysis) => strikeThroughPriceFindings(analysis, ruleMeta("no-inducement")!), {
  dropNestedMatches: true
});

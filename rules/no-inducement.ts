import { createDictionaryRule } from "../src/rules/dictionary-rule";
import { ruleMeta } from "../src/rules/meta";
import { strikeThroughPriceFindings } from "../src/inducement/strike-through";

/**
 * no-inducement: see src/rules/meta.ts for what it checks and dictionaries/inducement.*.yml for its
 * phrases; struck-through prices (Markdown ~~…~~, HTML <del>/<s>) come from the markup. A phrase matched
 * by several entries (通常価格…→キャンペーン価格…) is reported once.
 */
export default createDictionaryRule("no-inducement", (analysis) => strikeThroughPriceFindings(analysis, ruleMeta("no-inducement")!), {
  dropNestedMatches: true
});

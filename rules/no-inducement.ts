import { createRule } from "../src/textlint/rule";
import { dictionaryCheck } from "../src/checks/check";
import { strikeThroughPriceFindings } from "../src/checks/inducement/strike-through";

/**
 * no-inducement: see src/data/rules.ts for what it checks and dictionaries/inducement.*.yml for its
 * phrases; struck-through prices (Markdown ~~…~~, HTML <del>/<s>) come from the markup. A phrase matched
 * by several entries (通常価格…→キャンペーン価格…) is reported once.
 */
export default createRule("no-inducement", dictionaryCheck("inducement", { dropNested: true, extra: strikeThroughPriceFindings }));

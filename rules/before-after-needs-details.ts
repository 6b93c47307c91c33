import { createRule, type RuleOptions } from "../src/textlint/rule";
import { checkBeforeAfter, type BeforeAfterOptions } from "../src/checks/disclosure/before-after";

/** before-after-needs-details: see src/data/rules.ts for what it checks and dictionaries/lexicon/disclosure.yml for its words. */
export default createRule<RuleOptions & BeforeAfterOptions>("before-after-needs-details", (page, options) => checkBeforeAfter(page, options));

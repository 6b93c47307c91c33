import { createRule, type RuleOptions } from "../src/textlint/rule";
import { checkFreeTreatment, type FreeTreatmentOptions } from "../src/checks/disclosure/free-treatment";

/** free-treatment-disclosure: see src/data/rules.ts for what it checks and dictionaries/lexicon/disclosure.yml for its words. */
export default createRule<RuleOptions & FreeTreatmentOptions>("free-treatment-disclosure", (page, options) => checkFreeTreatment(page, options));

import { checkBeforeAfter, type BeforeAfterOptions } from "../src/disclosure/before-after";
import { createDocumentRule } from "../src/disclosure/rule";

/** before-after-needs-details: see src/rules/meta.ts for what it checks and dictionaries/lexicon/disclosure.yml for its words. */
export default createDocumentRule<BeforeAfterOptions>(checkBeforeAfter);

import { checkBeforeAfter, type BeforeAfterOptions } from "../src/checks/disclosure/before-after";
import { createDocumentRule } from "../src/textlint/document-rule";

/** before-after-needs-details: see src/rules/meta.ts for what it checks and dictionaries/lexicon/disclosure.yml for its words. */
export default createDocumentRule<BeforeAfterOptions>(checkBeforeAfter);

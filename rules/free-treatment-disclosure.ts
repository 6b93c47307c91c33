import { checkFreeTreatment, type FreeTreatmentOptions } from "../src/checks/disclosure/free-treatment";
import { createDocumentRule } from "../src/textlint/document-rule";

/** free-treatment-disclosure: see src/rules/meta.ts for what it checks and dictionaries/lexicon/disclosure.yml for its words. */
export default createDocumentRule<FreeTreatmentOptions>(checkFreeTreatment);

import { createDocumentRule } from "../src/textlint/document-rule";
import { checkUnapprovedClaims } from "../src/checks/disclosure/unapproved";
import type { CommonRuleOptions } from "../src/textlint/report";

/** unapproved-therapy: see src/rules/meta.ts for what it checks and dictionaries/lexicon/unapproved.yml for its words. */
export default createDocumentRule<CommonRuleOptions>((doc) => checkUnapprovedClaims(doc));

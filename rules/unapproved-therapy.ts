import { createDocumentRule } from "../src/disclosure/rule";
import { checkUnapprovedClaims } from "../src/disclosure/unapproved";
import type { CommonRuleOptions } from "../src/rules/report";

/** unapproved-therapy: see src/rules/meta.ts for what it checks and dictionaries/lexicon/unapproved.yml for its words. */
export default createDocumentRule<CommonRuleOptions>((doc) => checkUnapprovedClaims(doc));

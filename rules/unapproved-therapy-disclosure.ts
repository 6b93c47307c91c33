import { createRule, type RuleOptions } from "../src/textlint/rule";
import { checkUnapprovedDisclosure, type UnapprovedDisclosureOptions } from "../src/checks/disclosure/unapproved";

/** unapproved-therapy-disclosure: see src/data/rules.ts for what it checks and dictionaries/lexicon/unapproved.yml for its words. */
export default createRule<RuleOptions & UnapprovedDisclosureOptions>("unapproved-therapy-disclosure", (page, options) => checkUnapprovedDisclosure(page, options));

import { createRule } from "../src/textlint/rule";
import { checkUnapprovedClaims } from "../src/checks/disclosure/unapproved";

/** unapproved-therapy: see src/data/rules.ts for what it checks and dictionaries/lexicon/unapproved.yml for its words. */
export default createRule("unapproved-therapy", (page) => checkUnapprovedClaims(page));

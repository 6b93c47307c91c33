import { createDocumentRule } from "../src/disclosure/rule";
import { checkUnapprovedDisclosure, type UnapprovedDisclosureOptions } from "../src/disclosure/unapproved";

/** unapproved-therapy-disclosure: see src/rules/meta.ts for what it checks and dictionaries/lexicon/unapproved.yml for its words. */
export default createDocumentRule<UnapprovedDisclosureOptions>(checkUnapprovedDisclosure);

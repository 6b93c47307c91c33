import { createDocumentRule } from "../src/textlint/document-rule";
import { checkUnapprovedDisclosure, type UnapprovedDisclosureOptions } from "../src/checks/disclosure/unapproved";

/** unapproved-therapy-disclosure: see src/rules/meta.ts for what it checks and dictionaries/lexicon/unapproved.yml for its words. */
export default createDocumentRule<UnapprovedDisclosureOptions>(checkUnapprovedDisclosure);

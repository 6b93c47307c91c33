import { createRule, type RuleOptions } from "../src/textlint/rule";
import { dictionaryCheck } from "../src/checks/check";
import { evidenceFindings, type EvidenceOptions } from "../src/checks/evidence/findings";

/**
 * efficacy-needs-human-evidence: efficacy claims need a cited human study (src/checks/evidence,
 * dictionaries/lexicon/evidence.yml), and proof asserted without a source (dictionaries/evidence.frames.yml).
 */
export default createRule<RuleOptions & EvidenceOptions>(
  "efficacy-needs-human-evidence",
  dictionaryCheck("evidence", { dropNested: true, extra: (page, _matches, options) => evidenceFindings(page, options) })
);

import { createRule, type RuleOptions } from "../src/textlint/rule";
import { evidenceFindings, type EvidenceOptions } from "../src/checks/evidence/findings";

/** efficacy-needs-human-evidence: efficacy claims need a cited human study (src/checks/evidence, dictionaries/lexicon/evidence.yml). */
export default createRule<RuleOptions & EvidenceOptions>("efficacy-needs-human-evidence", (page, options) => evidenceFindings(page, options));

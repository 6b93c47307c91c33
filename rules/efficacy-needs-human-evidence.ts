import { createEvidenceRule } from "../src/textlint/evidence-rule";

/** efficacy-needs-human-evidence: efficacy claims need a cited human study (see src/evidence/ and dictionaries/lexicon/evidence.yml). */
export default createEvidenceRule();

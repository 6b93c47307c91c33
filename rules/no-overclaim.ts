import { createRule } from "../src/textlint/rule";
import { dictionaryCheck } from "../src/checks/check";
import { evidenceClaimSpans } from "../src/checks/evidence/findings";

/**
 * no-overclaim: see src/data/rules.ts for what it checks and dictionaries/overclaim.*.yml for its
 * phrases and frames. A bare outcome (frame-outcome) that efficacy-needs-human-evidence already reports
 * as a claim without a human study is left to that rule: one problem, one finding.
 */
const base = dictionaryCheck("overclaim");
export default createRule("no-overclaim", async (page, options, env) => {
  const findings = await base(page, options, env);
  if (!findings.some((f) => f.id === "frame-outcome")) return findings;
  const claims = await evidenceClaimSpans(page);
  return findings.filter((f) => f.id !== "frame-outcome" || !claims.some((c) => c.start < f.end && f.start < c.end));
});

import Ajv from "ajv";
import type { Log } from "sarif";

/**
 * The official SARIF 2.1.0 (rtm.5) JSON schema, as shipped by @microsoft/jest-sarif. It is draft-04:
 * Ajv 8 reads it once `id` becomes `$id` (the schema uses no other draft-04-only keyword), and one of
 * its patterns is not valid with the `u` flag.
 */
export function sarifSchemaValidator() {
  const { $schema: _draft, id, ...schema } = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json") as { id: string; $schema: string };
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat("uri", (s: string) => URL.canParse(s));
  ajv.addFormat("uri-reference", (s: string) => URL.canParse(s, "file:///base/"));
  ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...schema, $id: id });
}

/**
 * What GitHub code scanning needs beyond the schema (docs: "SARIF support for code scanning"):
 * tool name, rule ids that are described, a message, and a location with a relative URI and a start line.
 */
export function githubCodeScanningProblems(log: Log): string[] {
  const problems: string[] = [];
  if (log.version !== "2.1.0") problems.push("version must be 2.1.0");
  for (const run of log.runs) {
    if (!run.tool.driver.name) problems.push("tool.driver.name is required");
    const ruleIds = new Set((run.tool.driver.rules ?? []).map((r) => r.id));
    for (const rule of run.tool.driver.rules ?? []) {
      if (!rule.shortDescription?.text) problems.push(`rule ${rule.id}: shortDescription.text`);
    }
    for (const result of run.results ?? []) {
      if (!result.ruleId || !ruleIds.has(result.ruleId)) problems.push(`result rule ${result.ruleId} is not described in tool.driver.rules`);
      if (!result.message.text) problems.push("result.message.text is required");
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri;
      if (!uri) problems.push("result location uri is required");
      else if (/^[a-z]+:/i.test(uri) || uri.startsWith("/")) problems.push(`uri ${uri} must be relative to the checkout`);
      if (!location?.region?.startLine || location.region.startLine < 1) problems.push("region.startLine is required");
    }
  }
  return problems;
}

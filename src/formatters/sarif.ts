import type { TextlintMessage, TextlintResult } from "@textlint/types";
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { Log, Result } from "sarif";
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from "node-sarif-builder";
import { ruleMeta } from "../data/rules";
import { docsUriOf } from "../report/links";
import { findingData, presetRuleName, suppressionOf } from "../report/findings";
import { relativePath, type FormatContext } from "./context";

const TOOL_NAME = "medical-ad-lint";
const SRCROOT = "%SRCROOT%";

const LEVEL: Record<number, Result.level> = { 2: "error", 1: "warning", 3: "note" };

/** Rule metadata for GitHub code scanning: name, category, basis and help text from src/rules/meta.ts. */
function ruleDescriptor(ruleId: string): SarifRuleBuilder {
  const name = presetRuleName(ruleId);
  const meta = name ? ruleMeta(name) : undefined;
  if (!meta) {
    return new SarifRuleBuilder({ id: ruleId, name: ruleId, shortDescription: { text: `textlint rule ${ruleId}` } });
  }
  const help = `${meta.description}\n\n直し方: ${meta.howToFix}\n根拠: ${meta.basis}\n詳しくは: medical-ad-lint --explain ${meta.id}`;
  return new SarifRuleBuilder({
    id: ruleId,
    name: meta.id,
    helpUri: docsUriOf(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: {
      text: help,
      markdown: `${meta.description}\n\n**直し方**: ${meta.howToFix}\n\n**根拠**: ${meta.basis}\n\n詳しくは \`medical-ad-lint --explain ${meta.id}\``
    },
    properties: {
      category: meta.category ?? meta.level,
      label: meta.label,
      basis: meta.basis,
      tags: ["medical-ad", "compliance", ...(meta.category ? [meta.category] : [])]
    }
  });
}

/** A file path as a relative URI reference, each segment percent-encoded (Japanese names, spaces, #). */
function artifactUri(filePath: string, cwd: string): string {
  const path = relativePath(filePath, cwd);
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split("/").map(encodeURIComponent).join("/");
}

function sarifResult(message: TextlintMessage, uri: string): SarifResultBuilder {
  const data = findingData(message);
  const suppression = suppressionOf(message);
  const { start, end } = message.loc;
  const startColumn = start.column || 1;
  const region = {
    startLine: start.line || 1,
    startColumn,
    endLine: end.line || start.line || 1,
    // SARIF's endColumn is exclusive, like textlint's; keep the region at least one character wide.
    endColumn: Math.max(end.column || startColumn, end.line > start.line ? 1 : startColumn + 1)
  };
  return new SarifResultBuilder({
    ruleId: message.ruleId,
    level: suppression ? "note" : (LEVEL[message.severity] ?? "warning"),
    message: { text: message.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: uri.startsWith("file://") ? { uri } : { uri, uriBaseId: SRCROOT },
          region
        }
      }
    ],
    ...(suppression ? { suppressions: [{ kind: "inSource", status: "accepted", justification: suppression.reason }] } : {}),
    properties: {
      ...(data.id ? { entryId: data.id, helpUri: docsUriOf(data.id) } : {}),
      ...(data.category ? { category: data.category } : {}),
      ...(data.basis ? { basis: data.basis } : {}),
      ...(data.rewrites ? { rewrites: data.rewrites } : {}),
      ...(message.fix ? { fixable: true } : {})
    }
  });
}

/** SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif), paths relative to cwd. */
export function buildSarif(results: TextlintResult[], context: FormatContext): Log {
  const run = new SarifRunBuilder({
    tool: { driver: { name: TOOL_NAME, version: context.toolVersion, informationUri: "https://www.npmjs.com/package/textlint-rule-preset-medical-ad-ja", rules: [] } },
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(`${context.cwd}/`).href } },
    columnKind: "utf16CodeUnits",
    results: []
  });
  const ruleIds = new Set([...context.ruleIds, ...results.flatMap((r) => r.messages.map((m) => m.ruleId))]);
  for (const ruleId of [...ruleIds].sort()) run.addRule(ruleDescriptor(ruleId));
  for (const result of results) {
    const uri = artifactUri(result.filePath, context.cwd);
    for (const message of result.messages) run.addResult(sarifResult(message, uri));
  }
  const builder = new SarifBuilder({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [] });
  builder.addRun(run);
  const log = builder.buildSarifOutput();
  // The builder lists artifacts by bare URI: give relative ones the same base as the results.
  for (const artifact of log.runs[0]?.artifacts ?? []) {
    const uri = artifact.location?.uri;
    if (uri !== undefined && !uri.startsWith("file:")) artifact.location = { uri, uriBaseId: SRCROOT };
  }
  return log;
}

export function formatSarif(results: TextlintResult[], context: FormatContext): string {
  return `${JSON.stringify(buildSarif(results, context), null, 2)}\n`;
}

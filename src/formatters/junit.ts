import type { TextlintMessage, TextlintResult } from "@textlint/types";
import { SEVERITY, findingData, messageWithSuppression, suppressionOf } from "../report/findings";
import { relativePath, type FormatContext } from "./context";

/** XML 1.0 text: escapes markup and drops the characters XML cannot hold (control characters, lone surrogates). */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function line(message: TextlintMessage): string {
  const data = findingData(message);
  const where = `${message.loc.start.line}:${message.loc.start.column}`;
  const id = data.id ? ` (${data.id})` : "";
  return `${where} ${message.ruleId}${id}: ${messageWithSuppression(message)}`;
}

/** A file that could not be checked at all (src/cli/main.ts). */
export function isFileError(message: TextlintMessage): boolean {
  return (findingData(message) as { fatal?: boolean }).fatal === true;
}

/**
 * JUnit XML as CI systems read it: one test case per file linted (clean files pass, so the count is the
 * number of files checked), failing when the file has errors, or warnings when the run's warnings
 * exceed --max-warnings, the same rule as the exit code. A file that could not be checked is an
 * <error>. Warnings below the limit, info and suppressed findings are listed in <system-out>, never
 * as failures.
 */
export function formatJunit(results: TextlintResult[], context: FormatContext): string {
  const warnings = results.flatMap((r) => r.messages).filter((m) => m.severity === SEVERITY.warning && !suppressionOf(m)).length;
  const warningsFail = context.maxWarnings !== undefined && warnings > context.maxWarnings;
  let failures = 0;
  let errors = 0;
  const cases: string[] = [];
  for (const result of results) {
    const file = xmlText(relativePath(result.filePath, context.cwd));
    const fatal = result.messages.filter(isFileError);
    const failing = result.messages.filter(
      (m) => !isFileError(m) && !suppressionOf(m) && (m.severity === SEVERITY.error || (warningsFail && m.severity === SEVERITY.warning))
    );
    const other = result.messages.filter((m) => !fatal.includes(m) && !failing.includes(m));
    const body: string[] = [];
    if (fatal.length > 0) {
      errors++;
      body.push(`      <error message="${xmlText(fatal[0]!.message)}" type="file-error">${xmlText(fatal.map(line).join("\n"))}</error>`);
    } else if (failing.length > 0) {
      failures++;
      const counted = failing.filter((m) => m.severity === SEVERITY.error).length;
      const summary = `エラー ${counted} 件${warningsFail ? `、警告 ${failing.length - counted} 件 (--max-warnings ${context.maxWarnings} 超過)` : ""}`;
      body.push(`      <failure message="${xmlText(summary)}" type="medical-ad-lint">${xmlText(failing.map(line).join("\n"))}</failure>`);
    }
    if (other.length > 0) body.push(`      <system-out>${xmlText(other.map(line).join("\n"))}</system-out>`);
    cases.push(
      body.length === 0
        ? `    <testcase classname="medical-ad-lint" name="${file}" file="${file}"/>`
        : `    <testcase classname="medical-ad-lint" name="${file}" file="${file}">\n${body.join("\n")}\n    </testcase>`
    );
  }
  const counts = `tests="${results.length}" failures="${failures}" errors="${errors}" skipped="0"`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="medical-ad-lint" ${counts}>`,
    `  <testsuite name="medical-ad-lint" ${counts}>`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    ``
  ].join("\n");
}

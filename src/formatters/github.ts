import type { TextlintResult } from "@textlint/types";
import { findingData, messageWithSuppression, suppressionOf } from "../report/findings";
import { relativePath, type FormatContext } from "./context";

/** Workflow-command data escaping (what follows `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Workflow-command property escaping: data escaping plus the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMAND: Record<number, string> = { 2: "error", 1: "warning", 3: "notice" };

/**
 * GitHub Actions annotations, one physical line per finding, with paths relative to the workspace.
 * textlint's own `github` formatter leaves `%`, CR and LF unescaped, so a multi-line message breaks
 * the command; this one escapes them.
 */
export function formatGithub(results: TextlintResult[], context: FormatContext): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd);
    for (const message of result.messages) {
      const suppression = suppressionOf(message);
      const command = suppression ? "notice" : (COMMAND[message.severity] ?? "warning");
      const entry = findingData(message).id;
      const title = entry ? `${message.ruleId} (${entry})` : message.ruleId;
      const text = messageWithSuppression(message);
      const { start, end } = message.loc;
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${start.line || 1}`,
        `col=${start.column || 1}`,
        `endLine=${end.line || start.line || 1}`,
        `endColumn=${end.column || start.column || 1}`,
        `title=${escapeProperty(title)}`
      ].join(",");
      lines.push(`::${command} ${properties}::${escapeData(text)}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

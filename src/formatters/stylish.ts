import { styleText } from "node:util";
import type { TextlintResult } from "@textlint/types";
import { loadLinterFormatter } from "textlint";
import { messageWithSuppression, summarize, type Summary } from "../report/findings";
import type { FormatContext } from "./context";

/** The closing line: counts by severity, suppressed findings counted apart so reviewers see them. */
export function summaryLine(summary: Summary): string {
  const parts = [`エラー ${summary.errors} 件`, `警告 ${summary.warnings} 件`, `情報 ${summary.infos} 件`, `抑制 ${summary.suppressed} 件`];
  return `医療広告チェック: ${summary.files} ファイル — ${parts.join("、")}`;
}

/** textlint's stylish listing, with each suppression's reason shown, then the summary line. */
export async function createStylish(context: FormatContext): Promise<(results: TextlintResult[]) => string> {
  const stylish = await loadLinterFormatter({ formatterName: "stylish", color: context.color });
  return (results) => {
    const shown = results.map((result) => ({
      ...result,
      messages: result.messages.map((message) => ({ ...message, message: messageWithSuppression(message) }))
    }));
    const listing = stylish
      .format(shown)
      .replace("textlint --fix [file]", "medical-ad-lint --fix [file]")
      // Our summary line replaces textlint's, which counts suppressed findings as infos.
      .replace(/^.*\u2716 \d+ problems? \(.*\n/m, "");
    const summary = summarize(results);
    const line = summaryLine(summary);
    const styled = !context.color ? line : styleText(summary.errors > 0 ? ["red", "bold"] : ["green", "bold"], line);
    return `${listing}${styled}\n`;
  };
}

import { styleText } from "node:util";
import type { TextlintResult } from "@textlint/types";
import { addToSummary, emptySummary, messageWithSuppression, type Summary } from "../report/findings";
import type { FormatContext } from "./context";
import type { Report } from "./index";

/** The closing line: counts by severity, suppressed findings counted apart so reviewers see them. */
export function summaryLine(summary: Summary): string {
  const parts = [`エラー ${summary.errors} 件`, `警告 ${summary.warnings} 件`, `情報 ${summary.infos} 件`, `抑制 ${summary.suppressed} 件`];
  return `医療広告チェック: ${summary.files} ファイル — ${parts.join("、")}`;
}

type TextlintFormat = (results: TextlintResult[], options: { color?: boolean }) => string;

/** textlint's stylish formatter alone (loading every textlint formatter costs more). */
function textlintStylish(): TextlintFormat {
  const module = require("@textlint/linter-formatter/lib/src/formatters/stylish.js") as { default: TextlintFormat };
  return module.default;
}

/** textlint's summary line ("✖ 3 problems (…)"), replaced by ours, which counts suppressions apart. */
const TEXTLINT_SUMMARY = /^(?:\u001b\[[0-9;]*m)*\u2716 \d+ problems? \(.*$/m;

/**
 * textlint's stylish listing, written a file at a time, with each suppression's reason shown, then
 * the fixable count and our summary line. The bytes are those of formatting the whole run at once.
 */
export function createStylish(context: FormatContext): Report {
  const stylish = textlintStylish();
  let started = false;
  let fixable = 0;
  const summary = emptySummary();
  return {
    add(result) {
      addToSummary(summary, result);
      if (result.messages.length === 0) return "";
      fixable += result.messages.filter((m) => m.fix).length;
      const shown = { ...result, messages: result.messages.map((message) => ({ ...message, message: messageWithSuppression(message) })) };
      const output = stylish([shown], { color: context.color });
      // "\n" + the file's section + textlint's summary (and fixable lines): keep the section.
      const summaryAt = output.search(TEXTLINT_SUMMARY);
      const section = output.slice(1, summaryAt < 0 ? output.length : summaryAt);
      const prefix = started ? "" : "\n";
      started = true;
      return prefix + section;
    },
    end() {
      let tail = "";
      if (fixable > 0) {
        const style = (format: Parameters<typeof styleText>[0], text: string) => (context.color ? styleText(format, text) : text);
        tail += style(["green", "bold"], `✓ ${fixable} fixable ${fixable === 1 ? "problem" : "problems"}.\n`);
        tail += `Try to run: $ ${style("underline", "medical-ad-lint --fix [file]")}\n`;
      }
      const line = summaryLine(summary);
      const styled = !context.color ? line : styleText(summary.errors > 0 ? ["red", "bold"] : ["green", "bold"], line);
      return `${tail}${styled}\n`;
    }
  };
}

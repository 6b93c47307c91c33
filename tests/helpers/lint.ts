import { createLinter } from "textlint";
import { TextlintKernelDescriptor } from "@textlint/kernel";
import { moduleInterop } from "@textlint/module-interop";
import type { TextlintMessage } from "@textlint/types";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import textPlugin from "@textlint/textlint-plugin-text";
import preset from "../../src/textlint/preset";
import { findingData, type FindingData } from "../../src/report/findings";

type RuleOptions = Record<string, unknown> | boolean;

/**
 * Lints text through the whole preset with textlint's own linter, as a user's textlint would
 * (rule ids are reported without the preset prefix here).
 */
export async function lintText(
  text: string,
  ext: ".md" | ".txt" | ".html" = ".md",
  ruleOptions: Record<string, RuleOptions> = {}
): Promise<TextlintMessage[]> {
  const rules = Object.entries(preset.rules).map(([ruleId, rule]) => ({
    ruleId,
    rule: moduleInterop(rule) as never,
    options: (ruleOptions[ruleId] ?? (preset.rulesConfig as Record<string, RuleOptions>)[ruleId]) as never
  }));
  // textlint-plugin-html is an ES module: load it the way textlint does, with import().
  const htmlPlugin = (await import("textlint-plugin-html")).default;
  const descriptor = new TextlintKernelDescriptor({
    rules,
    filterRules: [],
    plugins: [
      { pluginId: "markdown", plugin: moduleInterop(markdownPlugin) as never },
      { pluginId: "text", plugin: moduleInterop(textPlugin) as never },
      { pluginId: "html", plugin: moduleInterop(htmlPlugin) as never }
    ]
  });
  const linter = createLinter({ descriptor });
  const result = await linter.lintText(text, `/virtual/document${ext}`);
  return result.messages;
}

/** Messages of one rule. */
export async function lintWith(ruleId: string, text: string, ext: ".md" | ".txt" | ".html" = ".md") {
  return (await lintText(text, ext)).filter((m) => m.ruleId === ruleId);
}

/** The reported phrase: the text inside the message's leading "…". */
export function phraseOf(message: TextlintMessage): string {
  return /^"([^"]*)"/.exec(message.message)?.[1] ?? "";
}

/** The structured data the preset attaches to a message (id, category, basis, rewrites, detail). */
export function dataOf(message: TextlintMessage): FindingData {
  return findingData(message);
}

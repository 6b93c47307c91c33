import type { DictionaryEntry } from "../data/schema";
import type { RuleMeta } from "../data/rules";

/**
 * One-line Japanese message. It starts with the reported phrase in ASCII double quotes, because the
 * released vscode-textlint sizes its squiggle from the first "…" in the message.
 */
export function dictionaryMessage(phrase: string, entry: DictionaryEntry, meta: RuleMeta): string {
  const rewrites = entry.rewrites.map((r) => `「${r}」`).join(" / ");
  return `"${oneLine(phrase)}" は${meta.label}にあたるおそれがあります: ${oneLine(entry.message)} 根拠: ${entry.basis}。言い換え例: ${rewrites} [${entry.id}]`;
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/"/g, "”");
}

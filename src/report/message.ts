import type { Finding } from "../checks/finding";

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/"/g, "”");
}

/** The first part of a basis ("医療法 第6条の5; 医療広告ガイドライン 第3の1(1)" → "医療法 第6条の5"): the hover cites one. */
export function primaryBasis(basis: string): string {
  return basis.split(/\s*;\s*/)[0]!.trim();
}

/**
 * The one message template. The first sentence fits a VS Code hover — the quoted phrase (the released
 * vscode-textlint sizes its squiggle from the first "…"), what kind of violation, the basis, what is
 * wrong — then one rewrite and the id for --explain, where the full basis and every rewrite are.
 */
export function renderMessage(finding: Finding, ruleLabel: string): string {
  const label = finding.label ?? ruleLabel;
  const rewrite = finding.rewrites[0] ? ` 言い換え例: 「${oneLine(finding.rewrites[0])}」` : "";
  return `"${oneLine(finding.phrase)}" は${label}にあたるおそれがあります(${primaryBasis(finding.basis)}): ${oneLine(finding.problem)}${rewrite} [${finding.id}]`;
}

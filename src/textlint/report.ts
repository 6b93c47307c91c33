import type { TextlintRuleContext } from "@textlint/types";
import type { Severity } from "../data/schema";
import { suppressionFor } from "../model/suppression";

/**
 * What a rule found, in source offsets. Every rule reports through `reportFinding`, so severity,
 * message shape and the machine-readable data are the same across rules.
 */
export interface Finding {
  /** Absolute source offsets of the reported phrase. */
  start: number;
  end: number;
  /** The one-line Japanese message; it must start with the phrase in ASCII double quotes. */
  message: string;
  severity: Severity;
  /** Dictionary entry id or check id (for suppression, --explain and reports). */
  id: string;
  category: string;
  basis: string;
  rewrites?: string[];
  /** A safe replacement of [start, end). */
  fix?: string;
  /** Extra machine-readable detail (e.g. the evidence class of a reference and why). */
  detail?: Record<string, unknown>;
}

export const SEVERITY_LEVEL: Record<Severity, number> = { info: 3, warning: 1, error: 2 };

export interface CommonRuleOptions {
  /** textlint's own severity option: when the user sets it, it applies to every finding of the rule. */
  severity?: Severity;
}

/** The rule id as users write it in suppression comments (textlint prefixes it with the preset name). */
function shortRuleId(context: Readonly<TextlintRuleContext>): string {
  const id = (context as { id?: string }).id ?? "";
  return id.slice(id.lastIndexOf("/") + 1);
}

export function reportFinding(
  context: Readonly<TextlintRuleContext>,
  node: Parameters<TextlintRuleContext["report"]>[0],
  finding: Finding,
  options: CommonRuleOptions = {}
): void {
  if (!finding.message.startsWith('"')) throw new Error(`message must start with the quoted phrase: ${finding.message}`);
  let severity = options.severity ?? finding.severity;
  let message = finding.message;
  const suppression = suppressionFor(context.getSource(), shortRuleId(context), finding.start, finding.end);
  if (suppression?.reason) {
    severity = "info";
    message = `${message} [抑制済み: ${suppression.reason}]`;
  } else if (suppression) {
    message = `${message} [抑制コメントに理由がないため無効: <!-- medical-ad-ok ルールID -- 理由 --> と書いてください]`;
  }
  context.report(node, {
    message,
    padding: context.locator.range([finding.start, Math.max(finding.end, finding.start + 1)]),
    severity: SEVERITY_LEVEL[severity],
    ...(finding.fix !== undefined ? { fix: context.fixer.replaceTextRange([finding.start, finding.end], finding.fix) } : {}),
    id: finding.id,
    category: finding.category,
    basis: finding.basis,
    ...(finding.rewrites ? { rewrites: finding.rewrites } : {}),
    ...(finding.detail ? { detail: finding.detail } : {}),
    ...(suppression?.reason ? { suppressed: { reason: suppression.reason } } : {})
  } as never);
}

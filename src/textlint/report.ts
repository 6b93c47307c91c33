import type { TextlintRuleContext } from "@textlint/types";
import type { Severity } from "../data/schema";
import type { RuleMeta } from "../data/rules";
import type { Finding } from "../checks/finding";
import { suppressionFor } from "../model/suppression";
import { renderMessage } from "../report/message";

export type { CommonRuleOptions, Finding } from "../checks/finding";

export const SEVERITY_LEVEL: Record<Severity, number> = { info: 3, warning: 1, error: 2 };

/** The rule id as users write it in suppression comments (textlint prefixes it with the preset name). */
function shortRuleId(context: Readonly<TextlintRuleContext>): string {
  const id = (context as { id?: string }).id ?? "";
  return id.slice(id.lastIndexOf("/") + 1);
}

/**
 * Every finding of every rule reaches textlint here: one message template, one severity mapping, the
 * suppression comments, and the structured data (id, category, basis, rewrites, detail) that
 * formatters and --format json read.
 */
export function reportFinding(
  context: Readonly<TextlintRuleContext>,
  node: Parameters<TextlintRuleContext["report"]>[0],
  finding: Finding,
  meta: RuleMeta,
  options: { severity?: Severity } = {}
): void {
  let severity = options.severity ?? finding.severity;
  let message = renderMessage(finding, meta.label);
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
    // A fix replaces exactly the phrase it was made for: where the source at the range is not that
    // phrase (markup inside it, or offsets a parser misreported), no fix is offered and the text is safe.
    ...(finding.fix !== undefined && context.getSource().slice(finding.start, finding.end) === finding.phrase
      ? { fix: context.fixer.replaceTextRange([finding.start, finding.end], finding.fix) }
      : {}),
    id: finding.id,
    category: finding.category,
    basis: finding.basis,
    ...(finding.rewrites.length > 0 ? { rewrites: finding.rewrites } : {}),
    ...(finding.detail ? { detail: finding.detail } : {}),
    ...(suppression?.reason ? { suppressed: { reason: suppression.reason } } : {})
  } as never);
}

import type { TextlintMessage, TextlintResult } from "@textlint/types";

/** What the preset puts in a message's `data` (see src/rules/report.ts); other rules may put nothing. */
export interface FindingData {
  id?: string;
  category?: string;
  basis?: string;
  rewrites?: string[];
  detail?: Record<string, unknown>;
  /** Set by the core when a writer suppressed the finding with a reason (reported as severity info). */
  suppressed?: { reason?: string } | string | boolean;
}

export function findingData(message: TextlintMessage): FindingData {
  const data = message.data;
  return data !== null && typeof data === "object" ? (data as FindingData) : {};
}

export function suppressionOf(message: TextlintMessage): { reason: string } | undefined {
  const suppressed = findingData(message).suppressed;
  if (!suppressed) return undefined;
  if (typeof suppressed === "string") return { reason: suppressed };
  return { reason: typeof suppressed === "object" && typeof suppressed.reason === "string" ? suppressed.reason : "" };
}

/** The message with its suppression reason shown, unless the message already carries it. */
export function messageWithSuppression(message: TextlintMessage): string {
  const suppression = suppressionOf(message);
  if (!suppression || (suppression.reason !== "" && message.message.includes(suppression.reason))) return message.message;
  return `[抑制: ${suppression.reason}] ${message.message}`;
}

export const SEVERITY = { warning: 1, error: 2, info: 3 } as const;

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
  fixable: number;
}

export function emptySummary(): Summary {
  return { files: 0, errors: 0, warnings: 0, infos: 0, suppressed: 0, fixable: 0 };
}

/** Adds one file's result to a running summary (a run keeps counts, not results). */
export function addToSummary(summary: Summary, result: TextlintResult): Summary {
  summary.files++;
  for (const message of result.messages) {
    if (message.fix) summary.fixable++;
    if (suppressionOf(message)) summary.suppressed++;
    else if (message.severity === SEVERITY.error) summary.errors++;
    else if (message.severity === SEVERITY.warning) summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

export function summarize(results: TextlintResult[]): Summary {
  const summary = emptySummary();
  for (const result of results) addToSummary(summary, result);
  return summary;
}


/** The id textlint gives the preset's rules when .textlintrc enables "preset-medical-ad-ja". */
export const PRESET_RULE_PREFIX = "medical-ad-ja/";

/** The textlint rule id without the preset prefix ("medical-ad-ja/no-overclaim" → "no-overclaim"). */
export function presetRuleName(ruleId: string): string | undefined {
  return /^(?:preset-)?medical-ad-ja\/(.+)$/.exec(ruleId)?.[1];
}

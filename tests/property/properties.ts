import type { TextlintMessage } from "@textlint/types";

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Not between the two halves of a surrogate pair. */
function onBoundary(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at)));
}

export function rangeProblems(text: string, messages: TextlintMessage[]): string[] {
  const problems: string[] = [];
  for (const m of messages) {
    const [start, end] = m.range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      problems.push(`${m.ruleId}: range [${start}, ${end}] outside the text (length ${text.length})`);
    } else if (!onBoundary(text, start) || !onBoundary(text, end)) {
      problems.push(`${m.ruleId}: range [${start}, ${end}] splits a surrogate pair`);
    }
    if (m.fix) {
      const [a, b] = m.fix.range;
      if (!(0 <= a && a <= b && b <= text.length) || !onBoundary(text, a) || !onBoundary(text, b)) problems.push(`${m.ruleId}: fix range [${a}, ${b}] is not inside the text on character boundaries`);
    }
  }
  return problems;
}

/**
 * Whether `output` is `text` with some of the fixes applied and nothing else changed: outside the fix
 * ranges every character is kept, in order.
 */
export function onlyFixRangesChanged(text: string, output: string, messages: TextlintMessage[]): boolean {
  const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  // Merge overlapping ranges; a merged range may become any of its fixes' texts or stay as it was.
  const merged: { start: number; end: number; texts: Set<string> }[] = [];
  for (const fix of fixes) {
    const last = merged[merged.length - 1];
    if (last && fix.range[0] < last.end) {
      last.end = Math.max(last.end, fix.range[1]);
      last.texts.add(fix.text);
    } else merged.push({ start: fix.range[0], end: fix.range[1], texts: new Set([fix.text]) });
  }
  const match = (i: number, tPos: number, oPos: number): boolean => {
    const gapEnd = i < merged.length ? merged[i]!.start : text.length;
    const gap = text.slice(tPos, gapEnd);
    if (!output.startsWith(gap, oPos)) return false;
    const after = oPos + gap.length;
    if (i === merged.length) return after === output.length;
    const range = merged[i]!;
    for (const candidate of new Set([text.slice(range.start, range.end), ...range.texts])) {
      if (output.startsWith(candidate, after) && match(i + 1, range.end, after + candidate.length)) return true;
    }
    return false;
  };
  return match(0, 0, 0);
}


/**
 * Inline suppression with a required reason. A writer who has checked a flagged sentence (a quoted
 * rule in an explainer, say) writes, before the block:
 *
 *   <!-- medical-ad-ok no-overclaim -- 禁止表現の例として引用 -->
 *
 * or around several blocks:
 *
 *   <!-- medical-ad-ok-start no-testimonial,no-overclaim -- 学会発表の抄録を引用 -->
 *   …
 *   <!-- medical-ad-ok-end -->
 *
 * Findings inside are still reported, as info with the reason, so reviewers see what was waived.
 * A suppression without a reason waives nothing.
 */
export interface Suppression {
  rules: string[] | "all";
  reason: string;
  start: number;
  end: number;
  /** Where the comment itself is. */
  at: number;
}

const COMMENT = /<!--\s*medical-ad-ok(-start|-end)?\b([^]*?)-->/g;

function parseBody(body: string): { rules: string[] | "all"; reason: string } {
  const [head = "", ...rest] = body.split(/\s--\s|\s―\s|\s理由[:：]\s*/);
  const reason = rest.join(" ").trim();
  const names = head
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => r.replace(/^(?:preset-)?medical-ad-ja\//, ""));
  return { rules: names.length === 0 || names.includes("*") ? "all" : names, reason };
}

/** The end of the block after `from`: the next blank line, or the end of the text. */
function nextBlockEnd(source: string, from: number): number {
  const afterComment = source.slice(from).search(/\S/);
  if (afterComment < 0) return source.length;
  const blockStart = from + afterComment;
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = blockStart;
  const m = blank.exec(source);
  return m ? m.index : source.length;
}

const memo = new Map<string, Suppression[]>();

export function suppressionsOf(source: string): Suppression[] {
  const cached = memo.get(source);
  if (cached) return cached;
  const result: Suppression[] = [];
  let open: (Suppression & { pending: true }) | undefined;
  for (const m of source.matchAll(COMMENT)) {
    const kind = m[1];
    const end = m.index! + m[0].length;
    if (kind === "-end") {
      if (open) result.push({ rules: open.rules, reason: open.reason, start: open.start, end: m.index!, at: open.at });
      open = undefined;
      continue;
    }
    const { rules, reason } = parseBody(m[2] ?? "");
    if (kind === "-start") open = { rules, reason, start: end, end: source.length, at: m.index!, pending: true };
    else result.push({ rules, reason, start: end, end: nextBlockEnd(source, end), at: m.index! });
  }
  if (open) result.push({ rules: open.rules, reason: open.reason, start: open.start, end: open.end, at: open.at });
  memo.set(source, result);
  if (memo.size > 100) memo.delete(memo.keys().next().value!);
  return result;
}

/** The suppression that covers a finding of `ruleId` at [start, end), if any. */
export function suppressionFor(source: string, ruleId: string, start: number, end: number): Suppression | undefined {
  return suppressionsOf(source).find(
    (s) => s.start <= start && end <= s.end && (s.rules === "all" || s.rules.includes(ruleId))
  );
}

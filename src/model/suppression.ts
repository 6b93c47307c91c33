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
import { ByteLru, stringBytes } from "./byte-lru";

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

/**
 * Suppressions of a page with a lookup index: sorted by start, with the largest end among the first
 * i, so that finding the suppression of a finding costs a binary search (plus the overlapping ones)
 * instead of a scan of every suppression, and the page is scanned for comments once.
 */
interface SuppressionIndex {
  list: Suppression[];
  /** Indexes into list, by start. */
  byStart: number[];
  /** maxEnd[i]: the largest end among byStart[0..i]. */
  maxEnd: number[];
}

const EMPTY: SuppressionIndex = { list: [], byStart: [], maxEnd: [] };

/** Pages whose comments were read, most recent first; the key is the page itself, so bounded by bytes. */
const memo = new ByteLru<string, SuppressionIndex>(16 * 2 ** 20);

function parseSuppressions(source: string): Suppression[] {
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
  return result;
}

function indexOf(source: string): SuppressionIndex {
  // Most pages have no suppression comment: one substring search, nothing kept.
  if (!source.includes("medical-ad-ok")) return EMPTY;
  const cached = memo.get(source);
  if (cached) return cached;
  const list = parseSuppressions(source);
  const byStart = list.map((_, i) => i).sort((a, b) => list[a]!.start - list[b]!.start || a - b);
  const maxEnd: number[] = [];
  byStart.forEach((i, k) => maxEnd.push(Math.max(k > 0 ? maxEnd[k - 1]! : -1, list[i]!.end)));
  const index = { list, byStart, maxEnd };
  memo.set(source, index, stringBytes(source) + 200 * list.length);
  return index;
}

export function suppressionsOf(source: string): Suppression[] {
  return indexOf(source).list;
}

/** The suppression that covers a finding of `ruleId` at [start, end), if any (the first in page order of their closing). */
export function suppressionFor(source: string, ruleId: string, start: number, end: number): Suppression | undefined {
  const { list, byStart, maxEnd } = indexOf(source);
  if (list.length === 0) return undefined;
  // The last suppression starting at or before the finding.
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[byStart[mid]!]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  let best: number | undefined;
  // Walk back only while some earlier suppression still reaches past the finding's end.
  for (let k = lo - 1; k >= 0 && maxEnd[k]! >= end; k--) {
    const i = byStart[k]!;
    const s = list[i]!;
    if (end <= s.end && (s.rules === "all" || s.rules.includes(ruleId)) && (best === undefined || i < best)) best = i;
  }
  return best === undefined ? undefined : list[best];
}

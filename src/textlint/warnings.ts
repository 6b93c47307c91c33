/**
 * Configuration mistakes that do not stop a run but silently weaken it: a misspelt rule name, option or
 * entry id is ignored by textlint, so the rule the user meant to configure runs with its defaults (or a
 * disabled entry stays on, or a dictionary entry is never read). Each is reported with the closest
 * valid name.
 */

/** Set (by the CLI's worker) when the CLI reports configuration warnings itself. */
export const QUIET_CONFIG_WARNINGS = Symbol.for("textlint-rule-preset-medical-ad-ja.quiet-config-warnings");

/** Edit distance (insertions, deletions, substitutions and adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate nearest to `word`, when it is near enough to be what was meant. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

export function suggestion(word: string, candidates: Iterable<string>): string {
  const near = closest(word, candidates);
  return near !== undefined ? ` (もしかして "${near}"?)` : "";
}

const printed = new Set<string>();

/**
 * Prints a configuration warning once per process on stderr, for users of the preset through textlint
 * (the editor's output channel shows it). The CLI reports the same warnings itself and silences these.
 */
export function warnOnce(message: string): void {
  if ((globalThis as Record<symbol, unknown>)[QUIET_CONFIG_WARNINGS]) return;
  if (printed.has(message)) return;
  printed.add(message);
  process.stderr.write(`textlint-rule-preset-medical-ad-ja: 設定の警告: ${message}\n`);
}

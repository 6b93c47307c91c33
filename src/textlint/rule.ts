import type { TextlintRuleContext, TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { matchPatterns } from "@textlint/regexp-string-matcher";
import { pageContext, type PageContext } from "../page/context";
import type { Check } from "../checks/check";
import { dictionariesFor } from "../match/user";
import { ruleMeta } from "../data/rules";
import type { CommonRuleOptions, Finding } from "../checks/finding";
import { reportFinding } from "./report";
import { shippedDictionary } from "../match/shipped";
import { entryOwners, ruleOptionProblems } from "./config-options";
import { warnOnce } from "./warnings";

/** Options every rule of the preset takes (textlint passes them from .textlintrc). */
export interface RuleOptions extends CommonRuleOptions {
  /** Extra dictionary files (YAML, same schema), relative to the directory of .textlintrc. */
  dictionaries?: string[];
  /** Finding ids (dictionary entries, checks) to switch off. */
  disable?: string[];
  /** Per-id options, as in textlint-rule-ja-no-redundant-expression. */
  dictOptions?: Record<string, { disabled?: boolean; allows?: string[] }>;
  /** Strings or "/regexp/": a finding inside one is dropped (a site allowlist). */
  allows?: string[];
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

const optionsChecked = new Set<string>();

/**
 * A misspelt option or entry id is ignored by textlint, so the rule would run as if unconfigured: say
 * so once per process (vscode-textlint shows stderr in its output channel). The CLI checks the whole
 * .textlintrc itself, names unknown rules too, and silences these.
 */
async function warnAboutOptions(ruleId: string, options: RuleOptions, dictionaries: Awaited<ReturnType<typeof dictionariesFor>>): Promise<void> {
  const key = `${ruleId}\u0000${JSON.stringify(options)}`;
  if (optionsChecked.has(key)) return;
  optionsChecked.add(key);
  const owners = entryOwners([await shippedDictionary(), ...dictionaries]);
  for (const problem of ruleOptionProblems(ruleId, options, owners)) warnOnce(problem);
}

function switchedOff(finding: Finding, options: RuleOptions, source: string, allowed: { startIndex: number; endIndex: number }[]): boolean {
  const own = options.dictOptions?.[finding.id];
  if (own?.disabled || options.disable?.includes(finding.id)) return true;
  const ranges = own?.allows?.length ? [...allowed, ...matchPatterns(source, own.allows)] : allowed;
  return ranges.some((a) => a.startIndex < finding.end && a.endIndex > finding.start);
}

/**
 * One finding per phrase: where findings of one rule overlap, the more severe (then the longer) is
 * kept. Checklist findings (one per missing item, all at the page's first mention of the treatment)
 * differ by item, and a finding with a safe fix is kept so that --fix still applies it.
 */
export function oncePerPhrase(findings: Finding[]): Finding[] {
  // A named entry (konpon-kara) says more than a generic frame (frame-total-outcome) over the same phrase.
  const generic = (f: Finding) => (f.id.startsWith("frame-") ? 1 : 0);
  const ranked = [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || generic(a) - generic(b) || b.end - b.start - (a.end - a.start) || a.start - b.start
  );
  const kept: Finding[] = [];
  for (const finding of ranked) {
    const item = finding.detail?.item;
    const overlaps = kept.some((k) => k.start < finding.end && finding.start < k.end && (k.detail?.item ?? undefined) === (item ?? undefined) && (item !== undefined ? k.start === finding.start : true));
    if (overlaps && finding.fix === undefined) continue;
    kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Say each problem once: the same finding id again in the same sentence joins the first one — its
 * phrase goes into the first finding's detail, and the message says how many more places there are.
 * Warnings of one rule in one sentence join the same way whatever their ids (「良好な安全性」「リスクが
 *低い」 in one sentence is one thing to review); errors keep their own findings, each a phrase to fix.
 * (Each sentence keeps its own finding: a reviewer reads, and a gate counts, sentence by sentence.)
 */
export function oncePerPlace(findings: Finding[], page: PageContext): Finding[] {
  const sentences = page.document.sentences;
  const sentenceAt = (offset: number) => sentences.find((s) => s.offsets.length > 0 && s.offsets[0]! <= offset && offset <= s.offsets[s.offsets.length - 1]!);
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const finding of findings) {
    const sentence = sentenceAt(finding.start);
    const place = sentence === undefined || finding.detail?.item !== undefined ? `@${finding.start}` : `s${sentence.index}`;
    const key = `${finding.severity === "warning" && place.startsWith("s") ? "warning" : finding.id}|${place}`;
    const seen = first.get(key);
    if (!seen || finding.fix !== undefined) {
      if (!seen) first.set(key, finding);
      out.push(finding);
      continue;
    }
    const also = [...((seen.detail?.alsoAt as string[] | undefined) ?? []), finding.phrase];
    seen.detail = { ...seen.detail, alsoAt: also };
  }
  for (const finding of out) {
    const also = (finding.detail?.alsoAt as string[] | undefined)?.length ?? 0;
    if (also > 0) finding.problem = `${finding.problem}(同じ文にほか ${also} 箇所: ${(finding.detail!.alsoAt as string[]).map((p) => `「${p}」`).join("")})`;
  }
  return out;
}

/**
 * The one rule factory: a rule is its id (its entry in src/data/rules.ts) and a check. The factory
 * gets the page context (shared by every rule), runs the check, applies the user's options and
 * reports through the one report path.
 */
export function createRule<O extends RuleOptions>(ruleId: string, check: Check<O>): TextlintRuleModule<O> {
  const meta = ruleMeta(ruleId);
  if (!meta) throw new Error(`unknown rule ${ruleId}: add it to src/data/rules.ts`);
  const reporter: TextlintRuleReporter<O> = (context: Readonly<TextlintRuleContext>, rawOptions) => {
    const options = (rawOptions ?? {}) as O;
    return {
      async [context.Syntax.Document](node) {
        const source = context.getSource();
        const page = pageContext(node as unknown as TxtParentNode, source);
        const turn = page.takeTurn();
        try {
          const dictionaries = await dictionariesFor(options.dictionaries ?? [], context.getConfigBaseDir?.() ?? process.cwd());
          await warnAboutOptions(ruleId, options, dictionaries);
          const findings = await check(page, options, { dictionaries });
          const allowed = options.allows?.length ? matchPatterns(source, options.allows) : [];
          await turn.previous;
          for (const finding of oncePerPlace(oncePerPhrase(findings), page)) {
            if (switchedOff(finding, options, source, allowed)) continue;
            reportFinding(context, node, finding, meta, options);
          }
        } finally {
          turn.done();
        }
      }
    };
  };
  return { linter: reporter, fixer: reporter };
}

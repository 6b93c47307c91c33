import type { TextlintRuleContext, TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { matchPatterns } from "@textlint/regexp-string-matcher";
import { pageContext } from "../page/context";
import type { Check } from "../checks/check";
import { dictionariesFor } from "../match/user";
import { ruleMeta } from "../data/rules";
import type { CommonRuleOptions, Finding } from "../checks/finding";
import { reportFinding } from "./report";

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

function switchedOff(finding: Finding, options: RuleOptions, source: string, allowed: { startIndex: number; endIndex: number }[]): boolean {
  const own = options.dictOptions?.[finding.id];
  if (own?.disabled || options.disable?.includes(finding.id)) return true;
  const ranges = own?.allows?.length ? [...allowed, ...matchPatterns(source, own.allows)] : allowed;
  return ranges.some((a) => a.startIndex < finding.end && a.endIndex > finding.start);
}

/**
 * One finding per phrase: the same range reported twice by one rule keeps the more severe. Checklist
 * findings (one per missing item, all at the page's first mention of the treatment) differ by item.
 */
function oncePerPhrase(findings: Finding[]): Finding[] {
  const byRange = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.start}:${finding.end}:${String(finding.detail?.item ?? "")}`;
    const seen = byRange.get(key);
    if (!seen || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[seen.severity]) byRange.set(key, finding);
  }
  return [...byRange.values()].sort((a, b) => a.start - b.start || a.end - b.end);
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
        const dictionaries = await dictionariesFor(options.dictionaries ?? [], context.getConfigBaseDir?.() ?? process.cwd());
        const findings = await check(page, options, { dictionaries });
        const allowed = options.allows?.length ? matchPatterns(source, options.allows) : [];
        for (const finding of oncePerPhrase(findings)) {
          if (switchedOff(finding, options, source, allowed)) continue;
          reportFinding(context, node, finding, meta, options);
        }
      }
    };
  };
  return { linter: reporter, fixer: reporter };
}

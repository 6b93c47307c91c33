import type { TextlintRuleContext, TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { matchPatterns } from "@textlint/regexp-string-matcher";
import { analyze, type Analysis, type DictionaryMatch } from "../page/analyze";
import { sourceSpan } from "../model/document";
import { dictionaryFor } from "../match/user";
import { dictionaryMessage } from "../report/message";
import { reportFinding, type CommonRuleOptions, type Finding } from "./report";
import { ruleMeta } from "../data/rules";

export interface DictionaryRuleOptions extends CommonRuleOptions {
  /** Extra dictionary files (YAML, same schema), relative to the directory of .textlintrc. */
  dictionaries?: string[];
  /** Entry ids to switch off. */
  disable?: string[];
  /** Per-entry options by id, as in textlint-rule-ja-no-redundant-expression. */
  dictOptions?: Record<string, { disabled?: boolean; allows?: string[] }>;
  /** Strings or "/regexp/" matched in the sentence: a finding inside one is dropped (a site allowlist). */
  allows?: string[];
}

function allowedByOptions(match: DictionaryMatch, options: DictionaryRuleOptions): boolean {
  const entryOptions = options.dictOptions?.[match.entry.id];
  if (entryOptions?.disabled || options.disable?.includes(match.entry.id)) return true;
  const allows = [...(options.allows ?? []), ...(entryOptions?.allows ?? [])];
  if (allows.length === 0) return false;
  return matchPatterns(match.sentence.text, allows).some((a) => a.startIndex < match.end && a.endIndex > match.start);
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

/**
 * A match lying inside a longer match of the same rule that is at least as severe says nothing more:
 * one squiggle per phrase. A match that carries a safe fix is always kept, so --fix still applies it.
 */
function insideStrongerMatch(match: DictionaryMatch, matches: DictionaryMatch[]): boolean {
  if (match.entry.fix !== undefined) return false;
  return matches.some(
    (other) =>
      other !== match &&
      other.sentence === match.sentence &&
      other.start <= match.start &&
      other.end >= match.end &&
      other.end - other.start > match.end - match.start &&
      SEVERITY_RANK[other.entry.severity] >= SEVERITY_RANK[match.entry.severity]
  );
}

/**
 * A sentence-level rule that reports the dictionary matches of one category: what it matches is in
 * dictionaries/, which context clears a match is decided once in src/analysis, and this adapter only
 * turns the remaining matches into textlint reports.
 */
export function createDictionaryRule(
  ruleId: string,
  /** Findings of the rule that are not dictionary matches (e.g. strike-through prices), from the same analysis. */
  extraFindings?: (analysis: Analysis) => Finding[] | Promise<Finding[]>,
  /** dropNestedMatches: report a phrase once when several entries of the rule match inside one another. */
  behaviour: { dropNestedMatches?: boolean } = {}
): TextlintRuleModule<DictionaryRuleOptions> {
  const meta = ruleMeta(ruleId);
  if (!meta?.category) throw new Error(`unknown dictionary rule ${ruleId}`);
  const category = meta.category;

  const reporter: TextlintRuleReporter<DictionaryRuleOptions> = (context: Readonly<TextlintRuleContext>, rawOptions = {}) => {
    const options = rawOptions as DictionaryRuleOptions;
    const { Syntax } = context;
    return {
      async [Syntax.Document](node) {
        const root = node as unknown as TxtParentNode;
        const dictionary = await dictionaryFor(options.dictionaries ?? [], context.getConfigBaseDir?.() ?? process.cwd());
        const analysis = await analyze(root, context.getSource(), dictionary);
        const own = analysis.matches.filter((m) => m.entry.category === category && !allowedByOptions(m, options));
        for (const match of own) {
          if (behaviour.dropNestedMatches && insideStrongerMatch(match, own)) continue;
          const [start, end] = sourceSpan(match.sentence, match.start, match.end);
          reportFinding(
            context,
            node,
            {
              start,
              end,
              message: dictionaryMessage(match.text, match.entry, meta),
              severity: match.entry.severity,
              id: match.entry.id,
              category,
              basis: match.entry.basis,
              rewrites: match.entry.rewrites,
              ...(match.entry.fix !== undefined ? { fix: match.entry.fix } : {})
            },
            options
          );
        }
        for (const finding of (await extraFindings?.(analysis)) ?? []) reportFinding(context, node, finding, options);
      }
    };
  };
  return { linter: reporter, fixer: reporter };
}

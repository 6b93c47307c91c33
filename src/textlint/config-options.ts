import { FREE_TREATMENT_ITEMS, UNAPPROVED_ITEMS } from "../checks/disclosure/lexicon";
import { RULES } from "../data/rules";
import { SEVERITIES } from "../data/schema";
import { suggestion } from "./warnings";

/** The options each rule of the preset reads (textlint's `severity` included); anything else is a typo. */
const DICTIONARY_RULE_OPTIONS = ["severity", "dictionaries", "disable", "dictOptions", "allows"];

export const RULE_OPTIONS: Record<string, { keys: string[]; values?: Record<string, readonly string[]> }> = {
  ...Object.fromEntries(RULES.filter((r) => r.category !== undefined).map((r) => [r.id, { keys: DICTIONARY_RULE_OPTIONS }])),
  "efficacy-needs-human-evidence": { keys: ["severity", "dictionaries", "unlinkedReferences"] },
  "free-treatment-disclosure": { keys: ["severity", "siteProvides", "disable", "minimumSentences"], values: { siteProvides: FREE_TREATMENT_ITEMS, disable: FREE_TREATMENT_ITEMS } },
  "unapproved-therapy": { keys: ["severity"] },
  "unapproved-therapy-disclosure": { keys: ["severity", "siteProvides", "regenerativeMedicine", "minimumSentences"], values: { siteProvides: UNAPPROVED_ITEMS } },
  "before-after-needs-details": { keys: ["severity", "durationSeverity"], values: { durationSeverity: SEVERITIES } }
};

export const RULE_NAMES = RULES.map((r) => r.id);

/** The sentence-level rule that reads a dictionary category. */
export const RULE_OF_CATEGORY = new Map(RULES.filter((r) => r.category !== undefined).map((r) => [r.category as string, r.id]));

/** The dictionary entries a rule can switch off: id → the rule (by category) that reads it. */
export type EntryOwners = Map<string, string>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Problems in one rule's options: unknown option names, severities, ids in `disable` / `dictOptions`
 * that are no entry of this rule, values outside an option's list. Returned as one-line messages.
 */
export function ruleOptionProblems(rule: string, options: unknown, owners: EntryOwners): string[] {
  const spec = RULE_OPTIONS[rule];
  if (!spec || !isRecord(options)) return [];
  const problems: string[] = [];
  for (const key of Object.keys(options)) {
    if (!spec.keys.includes(key)) problems.push(`${rule}: "${key}" はこのルールのオプションではありません${suggestion(key, spec.keys)}`);
  }
  const severity = options.severity;
  if (severity !== undefined && !(SEVERITIES as readonly unknown[]).includes(severity)) {
    problems.push(`${rule}: severity "${String(severity)}" は使えません (error, warning, info)${suggestion(String(severity), SEVERITIES)}`);
  }
  for (const [key, allowed] of Object.entries(spec.values ?? {})) {
    const value = options[key];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const v of values) {
      if (!allowed.includes(String(v))) problems.push(`${rule}: ${key} の "${String(v)}" は使えません (${allowed.join(", ")})${suggestion(String(v), allowed)}`);
    }
  }
  if (spec.keys === DICTIONARY_RULE_OPTIONS) {
    const ids = [...(Array.isArray(options.disable) ? options.disable : []), ...(isRecord(options.dictOptions) ? Object.keys(options.dictOptions) : [])];
    const own = [...owners].filter(([, owner]) => owner === rule).map(([id]) => id);
    for (const id of ids.map(String)) {
      const owner = owners.get(id);
      if (owner === rule) continue;
      if (owner !== undefined) problems.push(`${rule}: 辞書項目 "${id}" はルール ${owner} の項目です (このルールの設定では無効にできません)`);
      else problems.push(`${rule}: 辞書項目 "${id}" はありません${suggestion(id, own)}`);
    }
  }
  return problems;
}

/**
 * Problems in the preset's entry of a .textlintrc: rule names that are not the preset's, then each
 * rule's options.
 */
export function presetOptionProblems(presetOptions: unknown, owners: EntryOwners): string[] {
  if (!isRecord(presetOptions)) return [];
  const problems: string[] = [];
  for (const [rule, options] of Object.entries(presetOptions)) {
    const name = rule.replace(/^(?:preset-)?medical-ad-ja\//, "");
    if (!RULE_NAMES.includes(name)) {
      problems.push(`"${rule}" はこのプリセットのルールではありません${suggestion(name, RULE_NAMES)}`);
      continue;
    }
    problems.push(...ruleOptionProblems(name, options, owners));
  }
  return problems;
}

/**
 * Which rule reads each entry id of the given dictionaries (shipped first, then the user's): an id in
 * `disable` or `dictOptions` that no rule reads, or that another rule reads, is a typo.
 */
export function entryOwners(dictionaries: { entries: { entry: { id: string; category: string } }[] }[]): EntryOwners {
  const owners: EntryOwners = new Map();
  for (const dictionary of dictionaries) {
    for (const { entry } of dictionary.entries) {
      const owner = RULE_OF_CATEGORY.get(entry.category);
      if (owner) owners.set(entry.id, owner);
    }
  }
  return owners;
}

import { dirname } from "node:path";
import { loadRawConfig } from "@textlint/config-loader";
import { entryOwners, presetOptionProblems, RULE_OF_CATEGORY, type EntryOwners } from "../textlint/config-options";
import { RULES } from "../data/rules";
import { readDictionaries } from "../data/load";
import type { DictionaryEntry } from "../data/schema";
import { checkEntryRegexes } from "../match/regex-safety";
import { shippedDictionary } from "../match/shipped";
import { userDictionaryPaths } from "../match/user";
import { suggestion } from "../textlint/warnings";

/** The keys under which a .textlintrc enables this preset. */
const PRESET_KEYS = /^(?:textlint-rule-)?preset-medical-ad-ja$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Entries of a project dictionary that no rule will read: a category with no sentence-level rule,
 * or a category whose rule does not list the file (each rule reads the dictionaries in its own options).
 */
export function unreadEntryProblems(entries: DictionaryEntry[], listedBy: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const owner = RULE_OF_CATEGORY.get(entry.category);
    const where = `${entry.file}:${entry.line}: 辞書項目 "${entry.id}"`;
    if (owner === undefined) {
      problems.push(`${where} の category "${entry.category}" を読むルールはありません${suggestion(entry.category, RULE_OF_CATEGORY.keys())}。この項目は使われません`);
    } else if (!listedBy.get(entry.file)?.has(owner)) {
      problems.push(`${where} (category ${entry.category}) はルール ${owner} の dictionaries にこのファイルがないため使われません`);
    }
  }
  return problems;
}

/**
 * Checks the preset's part of a .textlintrc before linting: project dictionaries are read and their
 * regexes checked (a DictionaryError stops the run), and what would be silently ignored (misspelt rule,
 * option or entry ids, entries no rule reads) comes back as warnings.
 */
export async function checkConfig(configFile: string | undefined): Promise<string[]> {
  if (configFile === undefined) return [];
  const raw = await loadRawConfig({ configFilePath: configFile });
  if (!raw.ok) return [];
  const rules = (raw.rawConfig as { rules?: unknown }).rules;
  if (!isRecord(rules)) return [];
  const problems: string[] = [];
  const owners: EntryOwners = entryOwners([await shippedDictionary()]);
  for (const [key, presetOptions] of Object.entries(rules)) {
    if (!PRESET_KEYS.test(key) || !isRecord(presetOptions)) continue;
    const listedBy = new Map<string, Set<string>>();
    for (const [rule, options] of Object.entries(presetOptions)) {
      if (!isRecord(options) || !Array.isArray(options.dictionaries)) continue;
      for (const path of userDictionaryPaths(options.dictionaries.map(String), dirname(configFile))) {
        if (!listedBy.has(path)) listedBy.set(path, new Set());
        listedBy.get(path)!.add(rule);
      }
    }
    const entries = readDictionaries([...listedBy.keys()]);
    await checkEntryRegexes(entries);
    for (const [id, owner] of entryOwners([{ entries: entries.map((entry) => ({ entry })) }])) owners.set(id, owner);
    problems.push(...unreadEntryProblems(entries, listedBy));
    problems.push(...presetOptionProblems(presetOptions, owners).map((p) => `${key}: ${p}`));
  }
  return problems;
}

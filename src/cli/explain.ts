import preset from "../textlint/preset";
import { RULES, ruleMeta, type RuleMeta } from "../data/rules";
import { shippedEntries } from "../match/shipped";
import type { DictionaryEntry } from "../data/schema";
import { CliError } from "../report/errors";
import { PRESET_RULE_PREFIX } from "../report/findings";
import { docsLinkOf, findExplainable, type Explainable } from "../report/catalog";
import { structureBasis } from "../data/sources";

const MAX_EXAMPLES = 8;

let entries: DictionaryEntry[] | undefined;
/** The shipped entries, parsed from YAML once per process. */
function allEntries(): DictionaryEntry[] {
  entries ??= shippedEntries();
  return entries;
}

function presetRuleIds(): string[] {
  return Object.keys(preset.rules);
}

/** Accepts "no-overclaim", "medical-ad-ja/no-overclaim" and "preset-medical-ad-ja/no-overclaim". */
function normalizeId(id: string): string {
  return id.trim().replace(/^(?:preset-)?medical-ad-ja\//, "");
}

function ruleOfEntry(entry: DictionaryEntry): RuleMeta | undefined {
  return RULES.find((r) => r.category === entry.category);
}

function indent(lines: string[], prefix = "  "): string[] {
  return lines.map((line) => prefix + line);
}

/** The basis, one part a line, each with the public document it names and its address. */
function basisLines(basis: string): string[] {
  return structureBasis(basis).map((part) => (part.source ? `${part.text}\n    ${part.source.full} ${part.source.url}` : part.text));
}

function explainRule(id: string, meta: RuleMeta | undefined, entries: DictionaryEntry[]): string[] {
  const out = [`${id} — ${meta?.title ?? "(説明なし)"}`, `ルール ID: ${PRESET_RULE_PREFIX}${id}${meta ? ` / 違反の種類: ${meta.label}` : ""}`, ""];
  if (meta) {
    out.push("目的:", ...indent([meta.description]), "", "根拠:", ...indent(basisLines(meta.basis)), "", "直し方:", ...indent([meta.howToFix]), "");
  }
  const own = entries.filter((e) => meta?.category !== undefined && e.category === meta.category && !e.disabled);
  const ng = [
    ...(meta?.examples?.ng ?? []).map((text) => `✗ ${text}`),
    ...own.flatMap((e) => e.examples.ng.slice(0, 1).map((text) => `✗ ${text}  [${e.id}]`))
  ];
  const ok = [...(meta?.examples?.ok ?? []).map((text) => `✓ ${text}`), ...own.flatMap((e) => e.examples.ok.slice(0, 1).map((text) => `✓ ${text}`))];
  if (ng.length > 0) out.push("NG 例:", ...indent(ng.slice(0, MAX_EXAMPLES)), "");
  if (ok.length > 0) out.push("OK 例 (指摘されない書き方):", ...indent(ok.slice(0, MAX_EXAMPLES)), "");
  if (own.length > 0) {
    out.push(`辞書項目 (${own.length} 件): ${own.map((e) => e.id).join(", ")}`);
    out.push("  項目ごとの解説: medical-ad-lint --explain <項目 ID>", "");
  }
  out.push("設定:", `  無効にする: .textlintrc.json の "preset-medical-ad-ja": { "${id}": false }`);
  out.push(`  警告に下げる: "preset-medical-ad-ja": { "${id}": { "severity": "warning" } }`);
  return out;
}

function explainEntry(entry: DictionaryEntry): string[] {
  const rule = ruleOfEntry(entry);
  const out = [
    `${entry.id} — 辞書項目${rule ? ` (ルール ${rule.id}: ${rule.title})` : ""}`,
    `重大度: ${entry.severity}   確度: ${entry.confidence === "attested" ? "attested (出典で確認された表現)" : "inferred (出典からの一般化)"}${entry.disabled ? "   (無効)" : ""}`,
    "",
    "内容:",
    ...indent([entry.message]),
    "",
    "根拠:",
    ...indent(basisLines(entry.basis))
  ];
  if (entry.source) out.push("", "出典:", ...indent([entry.source]));
  out.push("", "検出する表現:", ...indent([[...entry.patterns, ...entry.regex].join(" / ")]));
  out.push("", "言い換え例:", ...indent(entry.rewrites.map((r) => `→ ${r}`)));
  if (entry.fix !== undefined) out.push("", `自動修正 (--fix): 「${entry.fix}」に置き換えます`);
  out.push("", "NG 例:", ...indent(entry.examples.ng.map((t) => `✗ ${t}`)));
  if (entry.examples.ok.length > 0) out.push("", "OK 例:", ...indent(entry.examples.ok.map((t) => `✓ ${t}`)));
  if (entry.note) out.push("", "補足:", ...indent([entry.note]));
  if (rule) out.push("", `この項目だけ無効にする: "preset-medical-ad-ja": { "${rule.id}": { "disable": ["${entry.id}"] } }`);
  return out;
}

/** A checklist item, an evidence or markup check, or a therapy of the knowledge base. */
function explainOther(item: Explainable): string[] {
  const out = [`${item.id} — ${item.title}`, `ルール: ${PRESET_RULE_PREFIX}${item.ruleId}`, "", "内容:", ...indent([item.description]), "", "根拠:", ...indent(basisLines(item.basis))];
  if (item.rewrites.length > 0) out.push("", "直し方・言い換え例:", ...indent(item.rewrites.map((r) => `→ ${r}`)));
  if (item.extra?.length) out.push("", "知識ベース:", ...indent(item.extra));
  out.push("", `解説ページ: ${docsLinkOf(item.id)}`);
  return out;
}

/** `--explain ID`: a rule, a dictionary entry, a checklist item, a check or a therapy, in Japanese. */
export function explain(rawId: string): string {
  const id = normalizeId(rawId);
  if (presetRuleIds().includes(id) || ruleMeta(id)) return `${explainRule(id, ruleMeta(id), allEntries()).join("\n")}\n`;
  const entry = allEntries().find((e) => e.id === id);
  if (entry) return `${explainEntry(entry).join("\n")}\n`;
  const other = findExplainable(id);
  if (other) return `${explainOther(other).join("\n")}\n`;
  throw new CliError(`不明なルール ID・辞書項目 ID です: ${rawId} (一覧: medical-ad-lint --list-rules)`);
}

/** `--list-rules`: every rule of the preset with its title and how many dictionary entries it applies. */
export function listRules(): string {
  const enabled = allEntries().filter((e) => !e.disabled);
  const lines = presetRuleIds().map((id) => {
    const meta = ruleMeta(id);
    const count = meta?.category ? enabled.filter((e) => e.category === meta.category).length : 0;
    const kind = meta?.level === "document" ? "ページ全体" : "文";
    return `${PRESET_RULE_PREFIX}${id}\t${meta?.title ?? ""}\t(${kind}${count > 0 ? `・辞書 ${count} 項目` : ""})`;
  });
  return `${lines.join("\n")}\n\n解説: medical-ad-lint --explain <ルール ID または辞書項目 ID>\n`;
}

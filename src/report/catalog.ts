import { RULES, type RuleMeta } from "../data/rules";
import type { DictionaryEntry } from "../data/schema";
import { shippedEntries } from "../match/shipped";
import { BEFORE_AFTER_ITEMS, FREE_TREATMENT_ITEMS, UNAPPROVED_ITEMS, disclosureLexicon, unapprovedLexicon } from "../checks/disclosure/lexicon";
import { knowledgeBase } from "../checks/disclosure/knowledge";
import { CHECK_DESCRIPTIONS, CHECK_IDS, EVIDENCE_BASIS, REWRITES, UNLINKED_REWRITE } from "../checks/evidence/messages";
import { testimonialLexicon } from "../checks/testimonial/lexicon";
import { inducementLexicon } from "../checks/inducement/lexicon";

/**
 * Every id a finding can print, with what --explain, the id reference (docs/ids.md) and SARIF say of
 * it: rules, dictionary entries (phrases and frames), checklist items, evidence checks, markup checks
 * and the therapies of the knowledge base. One place, so that no printed id is unexplained.
 */
export interface Explainable {
  id: string;
  kind: "rule" | "entry" | "checklist" | "check" | "therapy";
  /** The rule that reports it. */
  ruleId: string;
  title: string;
  description: string;
  basis: string;
  rewrites: string[];
  examples?: { ng: string[]; ok: string[] };
  /** Further lines for --explain (a therapy's facts and sources). */
  extra?: string[];
  entry?: DictionaryEntry;
  rule?: RuleMeta;
}

function ruleOf(category: string | undefined): string {
  return RULES.find((r) => r.category === category)?.id ?? "";
}

function build(): Explainable[] {
  const out: Explainable[] = [];
  for (const rule of RULES) {
    out.push({ id: rule.id, kind: "rule", ruleId: rule.id, title: rule.title, description: rule.description, basis: rule.basis, rewrites: [rule.howToFix], ...(rule.examples ? { examples: rule.examples } : {}), rule });
  }
  for (const entry of shippedEntries()) {
    out.push({ id: entry.id, kind: "entry", ruleId: ruleOf(entry.category), title: entry.message.split("。")[0]!, description: entry.message, basis: entry.basis, rewrites: entry.rewrites, examples: entry.examples, entry });
  }
  const d = disclosureLexicon().data;
  for (const item of FREE_TREATMENT_ITEMS) {
    const { label, howToFix } = d.items[item];
    out.push({ id: `free-treatment-${item}`, kind: "checklist", ruleId: "free-treatment-disclosure", title: `自由診療の限定解除の要件「${label}」の記載漏れ`, description: `自由診療を紹介するページに「${label}」が見当たりません。ページ単位で1項目1件、治療が最初に示される箇所に報告します。`, basis: item === "contact" ? d.basis.contact : d.basis.freeTreatment, rewrites: [howToFix] });
  }
  for (const item of BEFORE_AFTER_ITEMS) {
    const { label } = d.items[item];
    out.push({ id: `before-after-${item}`, kind: "checklist", ruleId: "before-after-needs-details", title: `術前術後の写真に添える「${label}」の不足`, description: `術前術後(ビフォーアフター)の写真ごとに、キャプションか直後の表・リストで「${label}」を示す必要があります。`, basis: d.basis.beforeAfter, rewrites: [`写真ごとに、キャプションか直後の表・リストで${label}を示してください`] });
  }
  const u = unapprovedLexicon();
  for (const item of UNAPPROVED_ITEMS) {
    const { label, howToFix } = u.data.disclosures[item];
    out.push({ id: `unapproved-disclosure-${item}`, kind: "checklist", ruleId: "unapproved-therapy-disclosure", title: `未承認医薬品等の限定解除の要件「${label}」の記載漏れ`, description: `未承認または適応外で用いる医薬品等を紹介するページに「${label}」の記載が見当たりません。ページ単位で1項目1件報告します。`, basis: u.data.basis.disclosure, rewrites: [howToFix] });
  }
  for (const id of CHECK_IDS) {
    out.push({ id, kind: "check", ruleId: "efficacy-needs-human-evidence", title: CHECK_DESCRIPTIONS[id].split("。")[0]!, description: CHECK_DESCRIPTIONS[id], basis: EVIDENCE_BASIS, rewrites: [REWRITES[id]] });
  }
  out.push({ id: "evidence-references-unlinked", kind: "check", ruleId: "efficacy-needs-human-evidence", title: "本文と結び付いていない参考文献", description: "参考文献の一覧はあるが、本文のどの文からも番号で引用されておらず、どの記述がどの研究に基づくのか読み手に分からない状態です(情報)。", basis: EVIDENCE_BASIS, rewrites: [UNLINKED_REWRITE] });
  const t = testimonialLexicon();
  for (const kind of ["voice", "facility", "heading"] as const) {
    out.push({ id: `testimonial-corner-${kind}`, kind: "check", ruleId: "no-testimonial", title: t.messages[kind].split("。")[0]!, description: t.messages[kind], basis: t.basis, rewrites: t.rewrites });
  }
  const s = inducementLexicon().strikeThrough;
  out.push({ id: s.id, kind: "check", ruleId: "no-inducement", title: s.message.split("。")[0]!, description: s.message, basis: s.basis, rewrites: s.rewrites });
  out.push({ id: "unapproved-therapy.approval-wording", kind: "check", ruleId: "unapproved-therapy", title: "再生医療の届出・未承認の製品を国の承認・認可のように書く表現", description: "再生医療等の提供(届出)や国内で承認されていない製品を、国が承認・認可したかのように誤認させる表現です。", basis: u.data.basis.approval, rewrites: ["再生医療等安全性確保法に基づき、再生医療等提供計画を厚生労働大臣に提出(届出)しています"] });
  for (const therapy of u.data.therapies) {
    out.push({ id: `unapproved-therapy.${therapy.id}`, kind: "therapy", ruleId: "unapproved-therapy", title: `${therapy.id}(${therapy.status === "unapproved" ? "国内未承認" : therapy.status === "off-label" ? "適応外の使用" : "再生医療等安全性確保法の治療"})`, description: "未承認・適応外の医薬品等、または再生医療等安全性確保法に基づく治療について、その旨を示さずに効果・効能をうたう文です。", basis: u.data.basis.claim, rewrites: ["未承認(または適応外)であること、入手経路、国内承認品の有無、諸外国の安全性情報、救済制度の対象外であることを明記します"], extra: [`出典: ${therapy.source}`] });
  }
  for (const therapy of knowledgeBase()) {
    if (out.some((e) => e.id === `unapproved-therapy.${therapy.id}`)) continue;
    const status = { approved: "国内承認あり", unapproved: "国内未承認", "regenerative-medicine-act": "再生医療等安全性確保法の治療", procedure: "手技" }[therapy.status];
    out.push({
      id: `unapproved-therapy.${therapy.id}`,
      kind: "therapy",
      ruleId: "unapproved-therapy",
      title: `${therapy.label}(${status})`,
      description: `${therapy.label}。承認状況: ${status}。保険: ${therapy.insurance}${therapy.insuranceNote ? `(${therapy.insuranceNote})` : ""}。`,
      basis: u.data.basis.claim,
      rewrites: ["未承認(または適応外)であること、入手経路、国内承認品の有無、諸外国の安全性情報、救済制度の対象外であることを明記します"],
      extra: [
        `名前: ${therapy.names.join(" / ")}`,
        ...(therapy.indications ?? []).map((i) => `承認された効能: ${i.label}`),
        ...(therapy.offLabel ?? []).map((i) => `適応外の使い方: ${i.label}`),
        ...therapy.facts.map((f) => `出典 (${f.about}, ${f.confidence}, ${f.checked}): ${f.source} ${f.url}`)
      ]
    });
  }
  return out;
}

let catalog: Explainable[] | undefined;
export function explainables(): Explainable[] {
  catalog ??= build();
  return catalog;
}

export function findExplainable(id: string): Explainable | undefined {
  return explainables().find((e) => e.id === id);
}

export { anchorOf, docsLinkOf } from "./links";

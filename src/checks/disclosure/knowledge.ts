import { readTherapies, confidenceOf, type FactConfidence, type TherapyRecord } from "../../data/therapies";
import { normalize } from "../../nlp/text";
import type { Therapy } from "./lexicon";

/**
 * The therapy knowledge base (dictionaries/therapies) as the disclosure checks read it: every name of
 * a product as a pattern over normalised text that matches at word boundaries — a katakana name never
 * inside a longer katakana word (ミノキシジル in ミノキシジルタブレット is the longer product's name only
 * when that is listed), a Latin name never inside a longer Latin word.
 */
const KATAKANA = "ァ-ヺー";
const LATIN = "a-z0-9";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A name as a pattern with boundaries on the sides where it is katakana or Latin. */
function namePattern(name: string): string {
  const n = normalize(name);
  const first = n[0] ?? "";
  const last = n[n.length - 1] ?? "";
  const before = new RegExp(`[${KATAKANA}]`).test(first) ? `(?<![${KATAKANA}])` : new RegExp(`[${LATIN}]`).test(first) ? `(?<![${LATIN}])` : "";
  const after = new RegExp(`[${KATAKANA}]`).test(last) ? `(?![${KATAKANA}])` : new RegExp(`[${LATIN}]`).test(last) ? `(?![${LATIN}])` : "";
  return `${before}${escape(n)}${after}`;
}

export function namesPattern(names: readonly string[]): RegExp {
  // Longest first, so that 幹細胞培養上清液 wins over 幹細胞 at the same place.
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(namePattern).join("|"), "g");
}

let records: TherapyRecord[] | undefined;
export function knowledgeBase(): TherapyRecord[] {
  records ??= readTherapies();
  return records;
}

function offLabelWords(t: TherapyRecord): string[] {
  return [...new Set((t.offLabel ?? []).flatMap((u) => u.words).map(normalize))];
}

/**
 * The knowledge base's therapies that need the 未承認医薬品等 disclosures somewhere: unapproved
 * products, approved products with off-label uses (when the page shows the use), and cell therapies
 * under 再生医療等安全性確保法.
 */
export function knowledgeTherapies(): Therapy[] {
  const out: Therapy[] = [];
  for (const t of knowledgeBase()) {
    const base = {
      id: t.id,
      names: namesPattern(t.names),
      requires: (t.needsContext ?? []).map(normalize),
      source: t.facts.find((f) => f.about === "status")?.source ?? "",
      label: t.label,
      confidence: (confidenceOf(t, "status") ?? "likely") as FactConfidence
    };
    if (t.status === "unapproved") out.push({ ...base, status: "unapproved", offLabelWhen: [] });
    else if (t.status === "regenerative-medicine-act") out.push({ ...base, status: "regenerative-medicine-act", offLabelWhen: [] });
    else if (t.status === "approved" && t.offLabel?.length) {
      out.push({ ...base, status: "off-label", offLabelWhen: offLabelWords(t), indicationWords: (t.indications ?? []).flatMap((i) => i.words.map(normalize)), confidence: (confidenceOf(t, "offLabel") ?? "likely") as FactConfidence });
    }
  }
  return out;
}

/** Treatments insurance never covers (insurance: free): a page that presents one sells 自由診療 whether or not it says so. */
export function selfPayTherapies(): { id: string; label: string; names: RegExp; requires: string[] }[] {
  return knowledgeBase()
    .filter((t) => t.insurance === "free")
    .map((t) => ({ id: t.id, label: t.label, names: namesPattern(t.names), requires: (t.needsContext ?? []).map(normalize) }));
}

import { sourceSpan, type DocumentModel } from "../../model/document";
import type { PageContext } from "../../page/context";
import type { CommonRuleOptions, Finding } from "../finding";
import type { Severity } from "../../data/schema";
import { denialReader, hasTreatmentSection, isInformationalPage, statedItems } from "./items";
import { disclosureLexicon, FREE_TREATMENT_ITEMS, unapprovedLexicon, type FreeTreatmentItem } from "./lexicon";
import { allMatches, has } from "../../nlp/text";
import { unitsOf, type Unit } from "../../page/units";
import { therapiesNeedingDisclosure } from "./unapproved";
import { isFragment } from "./fragment";
import { selfPayTherapies } from "./knowledge";

export interface FreeTreatmentOptions extends CommonRuleOptions {
  /**
   * Items the site states elsewhere for every page (a site-wide footer with the phone number, a
   * price page): e.g. ["contact", "cost"]. Keys: treatment, cost, duration, risks, contact.
   */
  siteProvides?: FreeTreatmentItem[];
  /** Items not to check at all. */
  disable?: FreeTreatmentItem[];
  /** The checklist judges pages: a text of fewer sentences (a banner, a fragment) is not checked. Default 4. */
  minimumSentences?: number;
}


interface Trigger {
  unit: Unit;
  start: number;
  end: number;
  kind: "explicit" | "never-covered" | "therapy";
}

/**
 * Where the page presents a 自由診療: an explicit word (自由診療, 自費, 保険適用外), a treatment that
 * insurance never covers (美容医療, ホワイトニング, AGA…), or an unapproved, off-label or regenerative
 * therapy. A page that presents an insured treatment is not one, unless it also says 自費/自由診療 or
 * names a never-covered treatment in a heading.
 */
export async function freeTreatmentTriggers(page: PageContext): Promise<Trigger[]> {
  const doc = page.document;
  const lex = disclosureLexicon();
  const units = unitsOf(doc);
  const triggers: Trigger[] = [];
  for (const unit of units) {
    const explicit = allMatches(lex.freeExplicit, unit.text);
    // 「自由診療ではなく保険診療です」 is not a 自由診療 page: the grammar reads the denial.
    const deniedAt = explicit.length > 0 && unit.sentence.index >= 0 ? denialReader(await page.tokensOf(unit.sentence)) : () => false;
    for (const m of explicit) {
      if (!deniedAt(m.end)) triggers.push({ unit, start: m.start, end: m.end, kind: "explicit" });
    }
    for (const m of allMatches(lex.neverCovered, unit.text)) triggers.push({ unit, start: m.start, end: m.end, kind: "never-covered" });
  }
  // Treatments the knowledge base knows insurance never covers (insurance: free).
  const pageText = units.map((u) => u.text).join("\n");
  for (const therapy of selfPayTherapies()) {
    if (therapy.requires.length > 0 && !therapy.requires.some((w) => pageText.includes(w))) continue;
    // (One pass over the page first; most pages name none of them.)
    if (!has(therapy.names, pageText)) continue;
    for (const unit of units) for (const m of allMatches(therapy.names, unit.text)) triggers.push({ unit, start: m.start, end: m.end, kind: "never-covered" });
  }
  // Unapproved and regenerative therapies are never insured; an approved drug only when used off-label here.
  for (const mention of await therapiesNeedingDisclosure(page, unapprovedLexicon(), true)) {
    triggers.push({ unit: mention.unit, start: mention.start, end: mention.end, kind: "therapy" });
  }
  triggers.sort((a, b) => a.unit.sentence.index - b.unit.sentence.index || a.start - b.start);
  if (triggers.some((t) => t.kind === "explicit")) return triggers;
  const insured = units.some((u) => has(lex.insurance, u.text));
  if (insured && !triggers.some((t) => t.unit.block.kind === "heading")) return [];
  return triggers;
}

export async function checkFreeTreatment(page: PageContext, options: FreeTreatmentOptions = {}): Promise<Finding[]> {
  const doc = page.document;
  const lex = disclosureLexicon();
  if (isFragment(doc, options.minimumSentences) || isInformationalPage(doc, lex)) return [];
  const triggers = await freeTreatmentTriggers(page);
  if (triggers.length === 0) return [];
  const skip = new Set([...(options.siteProvides ?? []), ...(options.disable ?? [])]);
  const toCheck = FREE_TREATMENT_ITEMS.filter((item) => !skip.has(item));
  const units = unitsOf(doc);
  const stated = await statedItems(page, units, lex, toCheck);
  if (doc.contacts.length > 0) stated.add("contact");
  if (hasTreatmentSection(doc, lex)) stated.add("treatment");
  const missing = toCheck.filter((item) => !stated.has(item));
  if (missing.length === 0) return [];

  // Once per page, at the first mention of the 自由診療 treatment.
  const first = triggers[0]!;
  const [start, end] = sourceSpan(first.unit.sentence, first.start, first.end);
  const phrase = first.unit.sentence.text.slice(first.start, first.end);
  const { basis, items } = lex.data;
  return missing.map((item) => {
    const id = `free-treatment-${item}`;
    const itemBasis = item === "contact" ? basis.contact : basis.freeTreatment;
    const severity: Severity = "error";
    return {
      start,
      end,
      phrase,
      problem: `自由診療の広告ですが、限定解除の要件「${items[item].label}」がページに見当たりません。`,
      rewrites: [items[item].howToFix],
      severity,
      id,
      category: "free-treatment-disclosure",
      basis: itemBasis,
      detail: { item, trigger: first.kind }
    };
  });
}

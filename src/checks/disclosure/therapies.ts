import type { DocumentModel } from "../../model/document";
import type { Therapy, TherapyStatus, UnapprovedLexicon } from "./lexicon";
import { allMatches, has } from "../../nlp/text";
import { unitsOf, type Unit } from "../../page/units";

/** A therapy named in a sentence: 「幹細胞上清液」「NMN点滴」「マンジャロ」「PRP」. */
export interface TherapyMention {
  therapy: Therapy;
  unit: Unit;
  /** Span in the sentence text. */
  start: number;
  end: number;
  /** The words as written on the page. */
  text: string;
}

/** Unapproved first: when a sentence names both 脂肪由来幹細胞 and its 上清液, the 上清液 is the subject. */
export const STATUS_RANK: Record<TherapyStatus, number> = { unapproved: 0, "off-label": 1, "regenerative-medicine-act": 2 };

const mentionCache = new WeakMap<DocumentModel, TherapyMention[]>();

/**
 * Every therapy mention on the page, longest name first where names overlap (幹細胞上清液, not 幹細胞).
 * A therapy with `requires` counts only when the page has one of those words (NMN as a drip).
 */
export function therapyMentions(doc: DocumentModel, lex: UnapprovedLexicon): TherapyMention[] {
  let mentions = mentionCache.get(doc);
  if (mentions) return mentions;
  const units = unitsOf(doc);
  const page = units.map((u) => u.text).join("\n");
  // One pass per therapy over the whole page first: most pages name a few of the 168, and only those
  // are looked for sentence by sentence (a name that matches in a sentence matches in the page too).
  const therapies = lex.therapies.filter((t) => (t.requires.length === 0 || t.requires.some((w) => page.includes(w))) && has(t.names, page));
  mentions = [];
  for (const unit of units) {
    const found: TherapyMention[] = [];
    for (const therapy of therapies) {
      for (const m of allMatches(therapy.names, unit.text)) {
        found.push({ therapy, unit, start: m.start, end: m.end, text: unit.sentence.text.slice(m.start, m.end) });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || STATUS_RANK[a.therapy.status] - STATUS_RANK[b.therapy.status]);
    let reach = -1;
    for (const mention of found) {
      if (mention.start < reach) continue;
      mentions.push(mention);
      reach = mention.end;
    }
  }
  mentionCache.set(doc, mentions);
  return mentions;
}

/** Whether an off-label therapy is used off-label here: one of its offLabelWhen words occurs in the scope. */
export function offLabelApplies(therapy: Therapy, scope: string): boolean {
  return therapy.offLabelWhen.length === 0 || therapy.offLabelWhen.some((w) => scope.includes(w));
}

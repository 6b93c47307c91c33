import type { DocumentModel } from "../../model/document";
import type { DisclosureLexicon, FreeTreatmentItem } from "./lexicon";
import { allMatches, clauseAfter, firstMatch, has, labelledParts, normalize } from "../../nlp/text";
import { startOf, type Token } from "../../nlp/tokens";
import { denied } from "../../grammar/negation";
import type { PageContext } from "../../page/context";
import { unitsOf, type Unit } from "../../page/units";

/**
 * Whether a stretch of text states each 限定解除 item: 治療内容, 費用, 治療期間・回数, 主なリスク・副作用,
 * 問い合わせ先. The same detectors read a whole page (free-treatment-disclosure) and the details
 * beside one photo (before-after-needs-details).
 */

export interface UnitContext {
  unit: Unit;
  /** Normalised text of the heading of the unit's section. */
  heading: string;
  /** Normalised label cell of the unit's table row, when the unit is a value cell. */
  rowLabel: string | undefined;
  /**
   * Whether the grammar reads what ends at this offset of the sentence as denied (副作用はありません,
   * 自由診療ではありません, 掲載しておりません). Without the sentence's tokens nothing is denied.
   */
  deniedAt: (offset: number) => boolean;
}

const NOTHING_DENIED = () => false;

/** The grammar's denial over one sentence's tokens, by character offset. */
export function denialReader(tokens: Token[]): (offset: number) => boolean {
  return (offset: number) => {
    const last = tokens.findIndex((t) => startOf(t) + t.surface_form.length >= offset);
    return last >= 0 && denied(tokens, last);
  };
}

/** The unit's context with the grammar's denial (tokens from the page's cache: each sentence once). */
export async function contextWithGrammar(doc: DocumentModel, unit: Unit, page: PageContext): Promise<UnitContext> {
  return { ...contextOf(doc, unit), deniedAt: denialReader(await page.tokensOf(unit.sentence)) };
}

export function contextOf(doc: DocumentModel, unit: Unit): UnitContext {
  const heading = doc.sections[unit.block.section]?.heading;
  let rowLabel: string | undefined;
  const cell = unit.block.table;
  if (cell && cell.column > 0) {
    const row = doc.tables.find((t) => t.index === cell.index)?.rows.find((r) => r.cells.includes(unit.block));
    if (row) rowLabel = normalize(row.label);
  }
  return { unit, heading: heading && heading !== unit.block ? normalize(heading.text) : "", rowLabel, deniedAt: NOTHING_DENIED };
}

/** 「2週間」「3回」「6か月」: a number with a unit of time or count. */
const NUMBER_WITH_UNIT = /\d+\s*(?:回|日|週|か月|ヶ月|カ月|ケ月|ヵ月|年|クール)/;
/** A value that is only an absence word: 「主なリスク:なし」. (Sentences are read by the grammar.) */
const ABSENCE_VALUE = /^\s*(?:なし|無し|ゼロ|皆無|特になし|とくになし|ありません|ない)\s*[。.!]?\s*$/;

export interface DetectOptions {
  /** Beside a photo, a named treatment (「二重埋没法の症例」) is its treatment content. */
  caption?: boolean;
  /** Spans to ignore when looking for a named treatment (before/after words: 施術前, 術後). */
  ignore?: RegExp;
}

function labelMatches(re: RegExp, label: string | undefined): boolean {
  return label !== undefined && has(re, label);
}

/** 「費用は料金表に記載しています」 declares an item; 「…は掲載しておりません」 (denied by the grammar) does not. */
function declares(lex: DisclosureLexicon, ctx: UnitContext, words: RegExp): boolean {
  const text = ctx.unit.text;
  const declared = firstMatch(lex.declared, text);
  return declared !== undefined && has(words, text) && !ctx.deniedAt(declared.end);
}

export function statesTreatment(lex: DisclosureLexicon, ctx: UnitContext, options: DetectOptions = {}): boolean {
  const { unit } = ctx;
  const text = unit.text;
  if (labelledParts(text).some((p) => has(lex.treatmentLabels, p.label) && p.value !== "" && !has(lex.deferrals, p.value))) return true;
  if (labelMatches(lex.treatmentLabels, ctx.rowLabel) && text.trim() !== "") return true;
  if (declares(lex, ctx, lex.treatmentLabels)) return true;
  if (unit.block.kind !== "heading" && unit.block.kind !== "table-cell" && has(lex.procedures, text)) return true;
  if (options.caption) {
    const named = options.ignore ? text.replace(options.ignore, (m) => " ".repeat(m.length)) : text;
    if (has(lex.treatmentNames, named)) return true;
  }
  return false;
}

export function statesCost(lex: DisclosureLexicon, ctx: UnitContext): boolean {
  const text = ctx.unit.text;
  if (has(lex.amounts, text)) return true;
  return declares(lex, ctx, lex.costLabels);
}

export function statesDuration(lex: DisclosureLexicon, ctx: UnitContext): boolean {
  const text = ctx.unit.text;
  const labelled = labelledParts(text).some((p) => has(lex.durationLabels, p.label) && NUMBER_WITH_UNIT.test(p.value));
  if (labelled) return true;
  if (labelMatches(lex.durationLabels, ctx.rowLabel) && NUMBER_WITH_UNIT.test(text)) return true;
  // Numbers in a research report are not the clinic's regimen (「マウスに1回静脈注射したところ」).
  if (has(lex.studyContext, text)) return false;
  if (has(lex.regimens, text)) return true;
  if (ctx.unit.block.kind !== "heading" && has(lex.durationLabels, ctx.heading) && NUMBER_WITH_UNIT.test(text)) return true;
  return declares(lex, ctx, lex.durationLabels);
}

/**
 * The risk text after a label (「主なリスク:腫れ、内出血」) says something other than a denial: not an
 * absence alone, not denied where it ends (the grammar reads 「ダウンタイムはありません」).
 */
function affirmsRisk(lex: DisclosureLexicon, ctx: UnitContext, value: string, valueEnd: number): boolean {
  const trimmed = value.trim();
  if (trimmed === "" || ABSENCE_VALUE.test(trimmed)) return false;
  if (ctx.deniedAt(valueEnd - value.length + Math.max(1, value.search(/\S/) + 1))) return false;
  return !has(lex.riskDenials, clauseAfter(trimmed, 0));
}

export function statesRisks(lex: DisclosureLexicon, ctx: UnitContext): boolean {
  const { unit } = ctx;
  const text = unit.text;
  if (unit.block.kind === "heading") return false;
  for (const part of labelledParts(text)) {
    const valueAt = text.indexOf(part.value, part.start);
    if (has(lex.riskLabels, part.label) && affirmsRisk(lex, ctx, part.value, valueAt + part.value.length)) return true;
  }
  if (labelMatches(lex.riskLabels, ctx.rowLabel) && affirmsRisk(lex, ctx, text, text.length)) return true;
  // 「主なリスクは腫れ・痛みなどです」「主な副作用として、多毛、動悸…があります」
  for (const label of allMatches(lex.riskLabels, text)) {
    const rest = text.slice(label.end);
    const intro = /^\s*(?:は|として|には|としては|について(?:は)?)\s*[、,]?/.exec(rest);
    if (intro && affirmsRisk(lex, ctx, rest.slice(intro[0].length), text.length) && (has(lex.riskNouns, rest) || has(lex.riskPredicates, rest))) return true;
  }
  if (declares(lex, ctx, lex.riskLabels) || declares(lex, ctx, lex.riskNouns)) return true;
  const inRiskSection = has(lex.riskHeadings, ctx.heading) || labelMatches(lex.riskLabels, ctx.rowLabel);
  for (const noun of allMatches(lex.riskNouns, text)) {
    const clause = clauseAfter(text, noun.end);
    if (has(lex.riskDenials, clause) || has(lex.riskRelief, clause) || has(lex.riskConditions, text.slice(noun.end))) continue;
    // A risk noun the sentence denies (「副作用はありません」) states no risk, in a risk section or not.
    if (ctx.deniedAt(noun.end)) continue;
    if (inRiskSection) return true;
    for (const predicate of allMatches(lex.riskPredicates, text)) {
      if (predicate.start < noun.end) continue;
      if (ctx.deniedAt(predicate.end)) continue;
      return true;
    }
  }
  return false;
}

export function statesContact(lex: DisclosureLexicon, ctx: UnitContext): boolean {
  return has(lex.contactForms, ctx.unit.text) || has(lex.addresses, ctx.unit.text);
}

export type ItemDetector = (lex: DisclosureLexicon, ctx: UnitContext, options?: DetectOptions) => boolean;

export const DETECTORS: Record<FreeTreatmentItem, ItemDetector> = {
  treatment: statesTreatment,
  cost: statesCost,
  duration: statesDuration,
  risks: statesRisks,
  contact: statesContact
};

/** Items the units state. `contacts` counts the page's phone numbers, e-mails and forms. */
export async function statedItems(
  page: PageContext,
  units: Unit[],
  lex: DisclosureLexicon,
  items: readonly FreeTreatmentItem[],
  options: DetectOptions = {}
): Promise<Set<FreeTreatmentItem>> {
  const stated = new Set<FreeTreatmentItem>();
  const contexts = await Promise.all(units.map((u) => contextWithGrammar(page.document, u, page)));
  for (const item of items) {
    if (contexts.some((ctx) => DETECTORS[item](lex, ctx, options))) stated.add(item);
  }
  return stated;
}

/** A section headed 「〜とは」「治療の流れ」 with text under it describes the treatment. */
export function hasTreatmentSection(doc: DocumentModel, lex: DisclosureLexicon): boolean {
  return doc.sections.some(
    (s) => s.heading !== undefined && has(lex.treatmentHeadings, normalize(s.heading.text)) && s.blocks.some((b) => b.kind !== "heading" && b.text.trim() !== "")
  );
}



/**
 * A page that explains advertising rules to consumers rather than offering treatment: it names 自由診療
 * without being an advertisement (no 当院, no ご予約), so the 限定解除 checklists do not apply.
 */
export function isInformationalPage(doc: DocumentModel, lex: DisclosureLexicon): boolean {
  const units = unitsOf(doc);
  if (units.some((u) => has(lex.clinicVoice, u.text))) return false;
  return units.filter((u) => has(lex.ruleWords, u.text)).length >= lex.data.informational.minimum;
}

import { isMetaDiscourse, isQuestion, readingOf } from "../../grammar/modality";
import { denied } from "../../grammar/negation";
import { chainEnd } from "../../grammar/clauses";
import { startOf, type Token } from "../../nlp/tokens";
import type { PageContext } from "../../page/context";
import { sourceSpan, type Block, type DocumentModel } from "../../model/document";
import type { CommonRuleOptions, Finding } from "../finding";
import { denialReader, isInformationalPage } from "./items";
import { UNAPPROVED_ITEMS, disclosureLexicon, unapprovedLexicon, type TherapyStatus, type UnapprovedItem, type UnapprovedLexicon } from "./lexicon";
import { allMatches, firstMatch, has, normalize, type Match } from "../../nlp/text";
import { unitsOf, type Unit } from "../../page/units";
import { isFragment } from "./fragment";
import { STATUS_RANK, offLabelApplies, therapyMentions, type TherapyMention } from "./therapies";

const STATUS_WORDS: Record<TherapyStatus, string> = {
  unapproved: "国内で承認されていない医薬品等",
  "off-label": "承認された効能・用法と異なる目的(適応外)で用いる医薬品等",
  "regenerative-medicine-act": "再生医療等安全性確保法に基づいて提供する治療"
};

/**
 * The page as the off-label test reads it: each sentence's normalised text with every off-label
 * indication word blanked where the grammar reads it as denied (「ICLは老眼を治す手術ではありません」
 * says what the lens is not for). Built once per page.
 */
interface OffLabelView {
  unit: Map<Unit, string>;
  section: Map<number, string>;
  block: Map<Block, string>;
  title: string;
}

async function offLabelView(page: PageContext, lex: UnapprovedLexicon): Promise<OffLabelView> {
  return page.memo("unapproved.offLabelView", async () => {
    const words = [...new Set(lex.therapies.flatMap((t) => t.offLabelWhen))];
    const unit = new Map<Unit, string>();
    for (const u of unitsOf(page.document)) {
      let text = u.text;
      const present = words.filter((w) => text.includes(w));
      if (present.length > 0 && u.sentence.index >= 0) {
        const isDenied = denialReader(await page.tokensOf(u.sentence));
        for (const w of present) {
          for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
            if (isDenied(at + w.length)) text = text.slice(0, at) + " ".repeat(w.length) + text.slice(at + w.length);
          }
        }
      }
      unit.set(u, text);
    }
    // Grouped in one pass (a page of thousands of short paragraphs must stay linear).
    const byBlock = new Map<Block, string[]>();
    const bySection = new Map<number, string[]>();
    for (const [u, text] of unit) {
      let b = byBlock.get(u.block);
      if (!b) byBlock.set(u.block, (b = []));
      b.push(text);
      let s = bySection.get(u.block.section);
      if (!s) bySection.set(u.block.section, (s = []));
      s.push(text);
    }
    const block = new Map([...byBlock].map(([b, texts]) => [b, texts.join("\n")] as const));
    const section = new Map([...bySection].map(([n, texts]) => [n, texts.join("\n")] as const));
    const titleBlock = page.document.blocks.find((b) => b.kind === "heading");
    return { unit, section, block, title: titleBlock ? (block.get(titleBlock) ?? "") : "" };
  });
}

/** Text of the blocks of the unit's section (without the sections nested under it), normalised once. */
const sectionTexts = new WeakMap<DocumentModel, Map<number, string>>();
function sectionText(doc: DocumentModel, block: Block): string {
  let cache = sectionTexts.get(doc);
  if (!cache) sectionTexts.set(doc, (cache = new Map()));
  let text = cache.get(block.section);
  if (text === undefined) {
    const section = doc.sections[block.section]!;
    text = normalize([section.heading?.text ?? "", ...section.blocks.map((b) => b.text)].join("\n"));
    cache.set(block.section, text);
  }
  return text;
}

/**
 * Where an off-label use shows: the mention's sentence, paragraph and section, and the page title
 * (the page's purpose, 「医療ダイエット外来」, is stated there). Not the whole page: a hyaluronic acid
 * page that names ボツリヌス療法 for wrinkles and mentions あご elsewhere does not use botulinum toxin
 * off-label. An indication word the page denies does not count.
 */
function offLabelHere(view: OffLabelView, mention: TherapyMention): boolean {
  const { therapy, unit } = mention;
  const own = view.unit.get(unit) ?? unit.text;
  // 月経困難症には別の薬(LEP)を処方できます: a sentence that names an approved indication says what the
  // therapy is for there, whatever else its section is about.
  if (therapy.indicationWords?.some((w) => own.includes(w))) return offLabelApplies(therapy, own);
  const scopes = [own, view.block.get(unit.block) ?? "", view.section.get(unit.block.section) ?? "", view.title];
  return scopes.some((scope) => offLabelApplies(therapy, scope));
}

/** Therapies on the page that are unapproved or used off-label (and regenerative ones when asked). */
export async function therapiesNeedingDisclosure(page: PageContext, lex: UnapprovedLexicon, regenerative = false): Promise<TherapyMention[]> {
  const mentions = therapyMentions(page.document, lex);
  // The off-label view reads denials with the tokenizer: only a page that names an off-label product needs it.
  const view = mentions.some((m) => m.therapy.status === "off-label") ? await offLabelView(page, lex) : undefined;
  return mentions.filter((m) => {
    if (m.therapy.status === "regenerative-medicine-act") return regenerative;
    return m.therapy.status === "unapproved" || (view !== undefined && offLabelHere(view, m));
  });
}

interface ClaimScope {
  /** The page carries a disclosure section (「お薬の承認の状況について」): it covers every sentence. */
  disclosureSection: boolean;
  /** The page states the 届出 of its regenerative therapy, or that it is not approved. */
  regenerativeStatus: boolean;
}

function scopeOf(doc: DocumentModel, lex: UnapprovedLexicon): ClaimScope {
  const units = unitsOf(doc);
  const headings = units.filter((u) => u.block.kind === "heading");
  return {
    disclosureSection: headings.some((u) => has(lex.disclosureHeadings, u.text)),
    regenerativeStatus: units.some((u) => has(lex.regenerativeStatus, u.text) || has(lex.statusStatements, u.text))
  };
}


/** The mention a sentence is about: its own (unapproved first), else the last one earlier in its paragraph, else its section heading's. */
function subjectOf(unit: Unit, mentions: TherapyMention[], doc: DocumentModel): TherapyMention | undefined {
  const own = mentions.filter((m) => m.unit === unit).sort((a, b) => STATUS_RANK[a.therapy.status] - STATUS_RANK[b.therapy.status] || a.start - b.start);
  if (own.length > 0) return own[0];
  const earlier = mentions.filter((m) => m.unit.block === unit.block && m.unit.sentence.index < unit.sentence.index);
  if (earlier.length > 0) return earlier[earlier.length - 1];
  // A section heading names its subject (「## NMN点滴とは」); the page title and the lines under it
  // (clinic name, author) are not claims about it.
  const heading = doc.sections[unit.block.section]?.heading;
  if (!heading || (heading.depth ?? 1) < 2) return undefined;
  return mentions.find((m) => m.unit.block === heading);
}

/** A citation marker in the sentence: (文献1), [2], ※1, 注1. */
const CITATION = /[（(]\s*(?:文献|参考文献|引用)\s*[0-9０-９]|\[[0-9０-９]{1,3}\]|[※注][0-9０-９]/;

/** The token ending at or containing offset `end` of the sentence. */
function tokenAt(tokens: Token[], end: number): number {
  for (let i = 0; i < tokens.length; i++) if (startOf(tokens[i]!) + tokens[i]!.surface_form.length >= end) return i;
  return tokens.length - 1;
}

/**
 * The first effect the sentence claims, read with the grammar: a claim that the sentence denies
 * (「…が治るわけではありません」「…を示した臨床試験は、報告されていません」), states with its limits
 * (個人差, ばらつき, 効果が出ない方もいます) or quotes as a rule is no claim.
 */
async function effectClaim(lex: UnapprovedLexicon, unit: Unit, page: PageContext): Promise<Match | undefined> {
  let text = unit.text;
  if (lex.notClaims) text = text.replace(lex.notClaims, (m) => " ".repeat(m.length));
  const candidates = allMatches(lex.effectClaims, text);
  if (candidates.length === 0) return undefined;
  // The natural course, or an effect bounded in time (効果は数か月程度持続するとされ), describes limits.
  const reading = readingOf(unit.sentence.text, 0, 0);
  if (reading.course || reading.bounded) return undefined;
  // A study reported with its citation (…の試験で痛みの軽減が報告されています(文献1)) is judged by the
  // evidence rule against the study it cites, not read as the clinic's promise.
  if (reading.study && CITATION.test(unit.text)) return undefined;
  const tokens = await page.tokensOf(unit.sentence);
  for (const m of candidates) {
    const rest = text.slice(m.end);
    // 「効果には個人差があります」「効果は報告によってばらつきがあり」 speak about the effect without claiming it.
    // 「効果は限られたものと考えています」 states how small it is.
    if (/^[^、。]{0,12}?(?:には|は|に|も)?(?:個人差|差があ|ばらつき|限られ|限定的|はっきりしな|確立して(?:い|お)?(?:ない|らず|ません))/.test(rest)) continue;
    // 「痛みを和らげることを目的とした治療」 names the aim, not a result.
    if (readingOf(unit.text, m.start, m.end).purpose) continue;
    // Report the whole word: 若返 → 若返る, 活性化 stays.
    const okurigana = /^[ぁ-ゖ]{1,3}/.exec(rest)?.[0].replace(/[をがはにでのともへや].*$/, "") ?? "";
    const end = m.end + okurigana.length;
    // The grammar reads the whole predicate (修復|する|ことは、…確認されていません), not a slice of it.
    if (denied(tokens, chainEnd(tokens, tokenAt(tokens, m.end)))) continue;
    return { start: m.start, end, text: m.text + okurigana };
  }
  return undefined;
}

/**
 * unapproved-therapy: an effect claimed for an unapproved or off-label therapy, with no statement
 * nearby (the sentence, its paragraph or section, or a disclosure section of the page) that it is
 * unapproved; and 「厚生労働省の承認」 wording for a regenerative therapy (it is a 届出).
 */
export async function checkUnapprovedClaims(page: PageContext): Promise<Finding[]> {
  const doc = page.document;
  const lex = unapprovedLexicon();
  const mentions = therapyMentions(doc, lex);
  if (mentions.length === 0) return [];
  const scope = scopeOf(doc, lex);
  const findings: Finding[] = [];
  const view = await offLabelView(page, lex);
  // Per section, computed once (a long page of one section was quadratic).
  const statusInSection = new Map<number, boolean>();
  for (const unit of unitsOf(doc)) {
    if (unit.block.kind === "heading" || isQuestion(unit.sentence.text)) continue;
    const subject = subjectOf(unit, mentions, doc);
    if (!subject) continue;
    // One finding per sentence: the approval wording, when there is one, is the worse problem.
    const approval = await approvalClaim(lex, unit, subject, page);
    if (approval) {
      findings.push(approval);
      continue;
    }
    const claim = await effectClaim(lex, unit, page);
    if (!claim) continue;
    const { therapy } = subject;
    if (therapy.status === "off-label" && !offLabelHere(view, subject)) continue;
    if (therapy.status === "regenerative-medicine-act" && (scope.regenerativeStatus || has(lex.limitations, unit.text))) continue;
    if (scope.disclosureSection || has(lex.evidenceCaveats, unit.text)) continue;
    let sectionStatus = statusInSection.get(unit.block.section);
    if (sectionStatus === undefined) statusInSection.set(unit.block.section, (sectionStatus = has(lex.statusStatements, sectionText(doc, unit.block))));
    const statusNearby = sectionStatus || [unit.text, normalize(unit.block.text)].some((t) => has(lex.statusStatements, t));
    if (statusNearby) continue;
    const own = subject.unit === unit;
    const at = own ? subject : claim;
    if (isMetaDiscourse(unit.sentence.text, at.start, at.end)) continue;
    const [start, end] = sourceSpan(unit.sentence, at.start, at.end);
    const phrase = unit.sentence.text.slice(at.start, at.end);
    const name = own ? "" : `(${subject.text}) `;
    const status = STATUS_WORDS[therapy.status];
    const howToFix =
      therapy.status === "regenerative-medicine-act"
        ? "効果を断定せず、再生医療等提供計画を厚生労働大臣に提出(届出)して行う自由診療であること、有効性・安全性が確立していないことを同じ箇所に明記してください"
        : "効果をうたう前に、国内で未承認(または適応外の使用)であること、入手経路、国内承認品の有無、諸外国の安全性情報、救済制度の対象外であることを同じ箇所に明記してください";
    const unconfirmed = therapy.confidence === "unconfirmed";
    findings.push({
      start,
      end,
      phrase,
      problem: `${name}${status}ですが、その旨を示さずに効果・効能をうたっています。${unconfirmed ? "(承認状況は出典で確認できていない情報に基づきます。確認してください)" : ""}`,
      rewrites: [howToFix],
      severity: unconfirmed ? "warning" : "error",
      id: `unapproved-therapy.${therapy.id}`,
      category: "unapproved-drug",
      basis: lex.data.basis.claim,
      detail: { therapy: therapy.id, status: therapy.status }
    });
  }
  return oncePerProduct(findings);
}

/**
 * One finding per product and page, where the page first promotes it: the other claims for the same
 * product go into the finding's detail (a writer fixes the page's disclosure once, not every sentence).
 */
function oncePerProduct(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const finding of findings) {
    const key = `${finding.id}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, finding);
      out.push(finding);
      continue;
    }
    const others = (seen.detail?.otherClaims as string[] | undefined) ?? [];
    seen.detail = { ...seen.detail, otherClaims: [...others, finding.phrase] };
  }
  for (const finding of out) {
    const others = (finding.detail?.otherClaims as string[] | undefined)?.length ?? 0;
    if (others > 0) finding.problem = `${finding.problem}(このページでは、ほかに ${others} 箇所で同じ製品の効果をうたっています)`;
  }
  return out;
}

/** 「当院の幹細胞治療は厚生労働省に承認された治療です」: a 再生医療 provision is a 届出, not an approval. */
async function approvalClaim(lex: UnapprovedLexicon, unit: Unit, subject: TherapyMention, page: PageContext): Promise<Finding | undefined> {
  if (subject.therapy.status === "off-label") return undefined;
  const m = firstMatch(lex.approvalClaims, unit.text);
  if (!m) return undefined;
  // 「…承認を意味するものではありません」「国の認可は受けていません」: the grammar reads the denial.
  const tokens = await page.tokensOf(unit.sentence);
  if (denied(tokens, tokenAt(tokens, m.end))) return undefined;
  if (isMetaDiscourse(unit.sentence.text, m.start, m.end)) return undefined;
  const [start, end] = sourceSpan(unit.sentence, m.start, m.end);
  const phrase = unit.sentence.text.slice(m.start, m.end);
  const regenerative = subject.therapy.status === "regenerative-medicine-act";
  const fix = regenerative
    ? "「再生医療等安全性確保法に基づき、再生医療等提供計画を厚生労働大臣に提出(届出)しています(計画番号…)」のように届出であることを正確に書いてください"
    : "国内で承認されていない製品について承認・認可を受けたかのように書かず、未承認であることを明示してください";
  return {
    start,
    end,
    phrase,
    problem: regenerative
      ? "再生医療等の提供を国の承認・認可と誤認させる表現です(再生医療等の提供は厚生労働大臣への届出であり、国が効果や安全性を認めたものではありません)。"
      : "国内で承認されていない医薬品等を、国が承認・認可したかのように誤認させる表現です。",
    rewrites: [fix],
    severity: "error",
    id: "unapproved-therapy.approval-wording",
    category: "unapproved-drug",
    basis: lex.data.basis.approval,
    detail: { therapy: subject.therapy.id }
  };
}

export interface UnapprovedDisclosureOptions extends CommonRuleOptions {
  /** Disclosures the site carries on another page for every treatment page (e.g. ["relief-system"]). */
  siteProvides?: UnapprovedItem[];
  /** Check autologous cell therapies under 再生医療等安全性確保法 (PRP, 自己脂肪由来幹細胞) too. Unsettled law: off by default. */
  regenerativeMedicine?: boolean;
  /** The checklist judges pages: a text of fewer sentences is not checked. Default 4. */
  minimumSentences?: number;
}

/** The first sentence in which the page says that what it offers is unapproved. */
function selfDeclaredUnapproved(doc: DocumentModel, lex: UnapprovedLexicon): { unit: Unit; start: number; end: number; text: string } | undefined {
  for (const unit of unitsOf(doc)) {
    lex.selfDeclared.lastIndex = 0;
    const m = lex.selfDeclared.exec(unit.text);
    if (m) return { unit, start: m.index, end: m.index + m[0].length, text: unit.sentence.text.slice(m.index, m.index + m[0].length) };
  }
  return undefined;
}

/** Which of the five disclosures the page states. */
export function statedDisclosures(doc: DocumentModel, lex: UnapprovedLexicon): Set<UnapprovedItem> {
  const stated = new Set<UnapprovedItem>();
  for (const unit of unitsOf(doc)) {
    if (has(lex.statusStatements, unit.text)) stated.add("unapproved-status");
    for (const [item, re] of Object.entries(lex.disclosurePatterns) as [Exclude<UnapprovedItem, "unapproved-status">, RegExp][]) {
      if (has(re, unit.text)) stated.add(item);
    }
  }
  return stated;
}

/** unapproved-therapy-disclosure: the five 未承認医薬品等 disclosures (GL 第4の2, 2024-03), one finding per missing item. */
export async function checkUnapprovedDisclosure(page: PageContext, options: UnapprovedDisclosureOptions = {}): Promise<Finding[]> {
  const doc = page.document;
  const lex = unapprovedLexicon();
  if (isFragment(doc, options.minimumSentences) || isInformationalPage(doc, disclosureLexicon())) return [];
  const needing = await therapiesNeedingDisclosure(page, lex, options.regenerativeMedicine ?? false);
  const declared = needing.length === 0 ? selfDeclaredUnapproved(doc, lex) : undefined;
  if (needing.length === 0 && !declared) return [];
  const stated = statedDisclosures(doc, lex);
  const skip = new Set(options.siteProvides ?? []);
  const missing = UNAPPROVED_ITEMS.filter((item) => !stated.has(item) && !skip.has(item));
  const first: Pick<TherapyMention, "unit" | "start" | "end" | "text"> & { therapy?: TherapyMention["therapy"] } = needing[0] ?? declared!;
  const [start, end] = sourceSpan(first.unit.sentence, first.start, first.end);
  const status = first.therapy?.status === "off-label" ? "適応外の目的で用いる医薬品等" : first.therapy?.status === "regenerative-medicine-act" ? "再生医療等安全性確保法に基づく治療" : "未承認医薬品等";
  return missing.map((item) => {
    const text = lex.data.disclosures[item];
    const id = `unapproved-disclosure-${item}`;
    return {
      start,
      end,
      phrase: first.text,
      problem: `${status}を用いる自由診療として、限定解除の要件「${text.label}」の記載がページに見当たりません。`,
      rewrites: [text.howToFix],
      severity: "error",
      id,
      category: "unapproved-therapy-disclosure",
      basis: lex.data.basis.disclosure,
      detail: { item, therapy: first.therapy?.id ?? "self-declared" }
    };
  });
}

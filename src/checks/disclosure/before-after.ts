import { sectionWithSubsections, sourceSpan, type Block, type DocumentModel, type ImageInfo } from "../../model/document";
import type { Severity } from "../../data/schema";
import type { CommonRuleOptions, Finding } from "../finding";
import { isMetaDiscourse } from "../../grammar/modality";
import { denied } from "../../grammar/negation";
import { startOf } from "../../nlp/tokens";
import type { PageContext } from "../../page/context";
import { DETECTORS, contextWithGrammar, type UnitContext } from "./items";
import { BEFORE_AFTER_ITEMS, disclosureLexicon, type BeforeAfterItem, type DisclosureLexicon } from "./lexicon";
import { anyOf } from "../../data/lexicon-patterns";
import { firstMatch, has, normalize } from "../../nlp/text";
import { unitsOf, type Unit } from "../../page/units";

export interface BeforeAfterOptions extends CommonRuleOptions {
  /**
   * Severity of a missing 治療期間・回数 beside a photo. GL 第3の1(6) names 治療内容・費用 and 主なリスク・
   * 副作用; 期間・回数 comes from commentary (labcoat) and the page-level 自由診療 check, so it is
   * advisory by default.
   */
  durationSeverity?: Severity;
}

/** One case: a before/after photo (or a before and an after photo shown together), or a sentence that presents one. */
interface Case {
  images: ImageInfo[];
  unit: Unit | undefined;
  /** Blocks of the figure: the paragraph holding the images, their caption, a figcaption. */
  blocks: Block[];
  /** Extra text beside the photo that is not in a block: alt text, an HTML fragment's figcaption. */
  extraText: string[];
  start: number;
  end: number;
  phrase: string;
  /** The details block was shared with other cases. */
  shared: boolean;
}

const BEFORE = /前|before|ビフォー/;
const AFTER = /後|after|アフター/;

function imageText(image: ImageInfo): string {
  return normalize(`${image.alt} ${image.title} ${image.url} ${image.caption}`);
}

function isBeforeAfterImage(lex: DisclosureLexicon, image: ImageInfo): boolean {
  return has(lex.imageMarkers, imageText(image));
}

function figureBlocks(doc: DocumentModel, images: ImageInfo[]): Block[] {
  const blocks = new Set<Block>();
  for (const image of images) {
    if (image.block) blocks.add(image.block);
    for (const b of image.captionBlocks) blocks.add(b);
    for (const b of doc.blocks) if (b.figure !== undefined && b.figure === image.figure) blocks.add(b);
  }
  return [...blocks].sort((a, b) => a.index - b.index);
}

function anchorOf(doc: DocumentModel, image: ImageInfo): { start: number; end: number; phrase: string } {
  const alt = image.alt.trim();
  const at = alt ? doc.source.indexOf(alt, image.start) : -1;
  if (alt && at >= 0 && at < image.end) return { start: at, end: at + alt.length, phrase: alt };
  return { start: image.start, end: image.end, phrase: alt || image.url || "画像" };
}

/** Images of one figure form one case; a before-only figure right before an after-only figure joins it. */
function imageCases(doc: DocumentModel, lex: DisclosureLexicon): Case[] {
  const groups: ImageInfo[][] = [];
  for (const image of doc.images.filter((i) => isBeforeAfterImage(lex, i))) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.figure === image.figure) last.push(image);
    else groups.push([image]);
  }
  const merged: ImageInfo[][] = [];
  for (const group of groups) {
    const previous = merged[merged.length - 1];
    const prevText = previous?.map(imageText).join(" ") ?? "";
    const text = group.map(imageText).join(" ");
    const adjacent = previous && previous[previous.length - 1]!.block && group[0]!.block && group[0]!.block.index === previous[previous.length - 1]!.block!.index + 1;
    if (previous && adjacent && BEFORE.test(prevText) && !AFTER.test(prevText) && AFTER.test(text) && !BEFORE.test(text)) previous.push(...group);
    else merged.push(group);
  }
  return merged.map((images) => ({
    images,
    unit: undefined,
    blocks: figureBlocks(doc, images),
    extraText: images.flatMap((i) => [i.alt, i.title, i.block ? "" : i.caption]).filter((t) => t.trim() !== ""),
    ...anchorOf(doc, images[0]!),
    shared: false
  }));
}

function isTextMarker(lex: DisclosureLexicon, unit: Unit): { start: number; end: number } | undefined {
  const text = unit.text;
  const direct = firstMatch(lex.baMarkers, text) ?? firstMatch(lex.arrows, text);
  if (direct) return direct;
  const photo = firstMatch(lex.photoWords, text);
  if (photo && has(lex.photoContexts, text) && !has(lex.takingPhotos, text)) return photo;
  const stock = firstMatch(lex.stockPhotos, text);
  if (stock && has(lex.stockContexts, normalize(unit.block.text))) return stock;
  return undefined;
}

/** Sentences that present before/after photos where no such image is in their section. */
async function textCases(page: PageContext, lex: DisclosureLexicon, covered: Set<Block>): Promise<Case[]> {
  const doc = page.document;
  const cases: Case[] = [];
  const seenBlocks = new Set<Block>();
  const baImages = doc.images.filter((i) => isBeforeAfterImage(lex, i));
  for (const unit of unitsOf(doc)) {
    const block = unit.block;
    if (block.kind === "heading" || covered.has(block) || seenBlocks.has(block)) continue;
    const marker = isTextMarker(lex, unit);
    if (!marker) continue;
    // Explaining the rule, or photos shown only in the consultation room, is not showing a photo.
    if (has(lex.meta, unit.text) || has(lex.offline, unit.text) || isMetaDiscourse(unit.sentence.text, marker.start, marker.end)) continue;
    // 「治療前後の写真は掲載しておりません」: the grammar reads the denial.
    const tokens = await page.tokensOf(unit.sentence);
    const last = tokens.findIndex((t) => startOf(t) + t.surface_form.length >= marker.end);
    if (last >= 0 && denied(tokens, last)) continue;
    const section = doc.sections[block.section]!;
    const sectionBlocks = new Set(sectionWithSubsections(doc, section));
    if (baImages.some((i) => i.block && sectionBlocks.has(i.block))) continue;
    seenBlocks.add(block);
    const [start, end] = sourceSpan(unit.sentence, marker.start, marker.end);
    cases.push({ images: [], unit, blocks: [block], extraText: [], start, end, phrase: unit.sentence.text.slice(marker.start, marker.end), shared: false });
  }
  return cases;
}

/** The paragraph, list, table or quote right after the figure (before the next heading or photo). */
function followingGroup(doc: DocumentModel, after: Block, stops: Set<Block>): Block[] {
  const first = doc.blocks[after.index + 1];
  if (!first || first.kind === "heading" || stops.has(first)) return [];
  const sameGroup = (b: Block) =>
    first.table ? b.table?.index === first.table.index : first.list !== undefined ? b.list === first.list : first.quoted ? b.quoted : b === first;
  const group: Block[] = [];
  for (let i = first.index; i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    if (b.kind === "heading" || stops.has(b) || !sameGroup(b)) break;
    group.push(b);
  }
  return group;
}

function pseudoUnit(text: string, block: Block): Unit {
  return { sentence: { index: -1, text, offsets: [], block }, text: normalize(text), block };
}

export async function checkBeforeAfter(page: PageContext, options: BeforeAfterOptions = {}): Promise<Finding[]> {
  const doc = page.document;
  const lex = disclosureLexicon();
  const images = imageCases(doc, lex);
  const figureSet = new Set(images.flatMap((c) => c.blocks));
  const texts = await textCases(page, lex, figureSet);
  const cases = [...images, ...texts].sort((a, b) => a.start - b.start);
  const starts = new Set(cases.flatMap((c) => c.blocks));
  const units = unitsOf(doc);
  const ignore = anyOf([...lex.data.beforeAfter.markers, ...lex.data.beforeAfter.photoContexts, ...lex.data.beforeAfter.arrows]);
  const findings: Finding[] = [];

  for (const [i, c] of cases.entries()) {
    const last = c.blocks[c.blocks.length - 1];
    let details = last ? followingGroup(doc, last, starts) : [];
    const detailText = details.map((b) => normalize(b.text)).join("\n");
    const previous = cases[i - 1];
    // A details block right after a run of photos that had none of their own serves them all.
    const afterBareRun =
      c.images.length > 0 &&
      previous !== undefined &&
      previous.images.length > 0 &&
      previous.blocks.length > 0 &&
      c.blocks.length > 0 &&
      c.blocks[0]!.index === previous.blocks[previous.blocks.length - 1]!.index + 1;
    if (details.length > 0 && (has(lex.shared, detailText) || afterBareRun)) {
      details = [];
      c.shared = true;
    }
    const blocks = [...c.blocks, ...details];
    const caseUnits = units.filter((u) => blocks.includes(u.block));
    const anchorBlock = c.blocks[0] ?? doc.blocks[0];
    if (anchorBlock) for (const text of c.extraText) caseUnits.push(pseudoUnit(text, anchorBlock));
    // Caption text that is no sentence of the document (alt text, file names) has no grammar to read.
    const contexts: UnitContext[] = await Promise.all(
      caseUnits.map((u) => (u.sentence.index >= 0 ? contextWithGrammar(doc, u, page) : { unit: u, heading: "", rowLabel: undefined, deniedAt: () => false }))
    );
    const stated = new Set<BeforeAfterItem>();
    for (const item of BEFORE_AFTER_ITEMS) {
      if (contexts.some((ctx) => DETECTORS[item](lex, ctx, { caption: true, ignore }))) stated.add(item);
    }
    for (const item of BEFORE_AFTER_ITEMS) {
      if (stated.has(item)) continue;
      const id = `before-after-${item}`;
      const label = lex.data.items[item].label;
      const shared = c.shared ? "複数の症例にまとめて添えた説明は、写真ごとの説明になりません。" : "";
      findings.push({
        start: c.start,
        end: c.end,
        phrase: c.phrase,
        problem: `術前術後(ビフォーアフター)の写真ですが、その写真の${label}が添えられていません。${shared}`,
        rewrites: [`写真ごとに、キャプションか直後の表・リストで${label}を示してください`],
        severity: item === "duration" ? (options.durationSeverity ?? "info") : "error",
        id,
        category: "before-after",
        basis: lex.data.basis.beforeAfter,
        detail: { item, shared: c.shared, images: c.images.length }
      });
    }
  }
  return findings;
}

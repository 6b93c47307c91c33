import type { TxtParentNode } from "@textlint/ast-node-types";
import { StringSource } from "textlint-util-to-string";
import { completeDocument, htmlFragmentImages, isInlineNode, type HtmlFragmentImage } from "./document-extras";
import { sentenceRanges } from "./sentences";

export { sectionWithSubsections } from "./document-extras";

/**
 * The document model every rule reads: blocks (headings, paragraphs, list items, table cells,
 * quotes) split into sentences of plain text whose characters map back to source offsets, plus
 * sections by heading, images with alt text and captions, links and tables.
 */
export interface Sentence {
  index: number;
  /** Plain text: inline markup removed (`**必ず**治る` reads 必ず治る), inline code masked. */
  text: string;
  /** Source offset of each character of `text`. */
  offsets: number[];
  block: Block;
}

export type BlockKind = "heading" | "paragraph" | "list-item" | "table-cell";

export interface Block {
  index: number;
  kind: BlockKind;
  /** Heading level for headings. */
  depth?: number;
  text: string;
  start: number;
  end: number;
  section: number;
  /** Inside a blockquote (where testimonials often sit). */
  quoted: boolean;
  /** For list items: which list; for table cells: which table and row. */
  list?: number;
  table?: { index: number; row: number; column: number };
  sentences: Sentence[];
  /** HTML element name, for blocks built from HTML (td, li, figcaption, p …). */
  tag?: string;
  /** The figure (HTML <figure>, or the paragraph holding images) this block captions or holds. */
  figure?: number;
  /** An HTML <figcaption>, or inline HTML's figcaption in Markdown. */
  caption?: boolean;
}

export interface ImageInfo {
  alt: string;
  url: string;
  title: string;
  start: number;
  end: number;
  /** The block holding the image (its text minus the image is the inline caption). */
  block: Block | undefined;
  /** Position among the document's images. */
  index: number;
  /** Images of one figure (one <figure>, or one paragraph) share this number. */
  figure: number;
  /**
   * Caption blocks: an HTML figcaption, the holding paragraph when it has text besides images,
   * else the paragraph right after the image (an image on its own line with its caption below).
   */
  captionBlocks: Block[];
  /** Caption text: figcaption, holding paragraph or next paragraph (alt text excluded). */
  caption: string;
}

/** A table row read as label + value: 「費用 | 33,000円」 has label 費用 and value 33,000円. */
export interface TableRow {
  cells: Block[];
  label: string;
  value: string;
  /** First row of a Markdown table, or a row of <th> cells. */
  header: boolean;
}

export interface TableInfo {
  index: number;
  rows: TableRow[];
}

/** Ways to reach the clinic that the page itself carries. */
export interface ContactInfo {
  kind: "phone" | "email" | "form" | "link";
  text: string;
  start: number;
  end: number;
}

export interface LinkInfo {
  url: string;
  text: string;
  start: number;
  end: number;
}

export interface Section {
  index: number;
  heading: Block | undefined;
  level: number;
  blocks: Block[];
}

export interface DocumentModel {
  source: string;
  blocks: Block[];
  sentences: Sentence[];
  sections: Section[];
  images: ImageInfo[];
  links: LinkInfo[];
  tables: TableInfo[];
  /** Phone numbers, e-mail addresses, tel:/mailto: links and HTML forms found on the page. */
  contacts: ContactInfo[];
  /** Start and end of the source, for reports that belong to the page as a whole. */
  length: number;
}

/** Turns a source offset span into the sentence-relative index span of a source range. */
export function sourceSpan(sentence: Sentence, start: number, end: number): [number, number] {
  return [sentence.offsets[start]!, sentence.offsets[end - 1]! + 1];
}

/** TxtAST nodes are read loosely: plugins (markdown, text, html) add their own properties. */
interface TxtNode {
  type: string;
  range: readonly [number, number];
  children?: TxtNode[];
  [key: string]: unknown;
}

const SKIP = new Set(["Code", "CodeBlock", "Html", "Comment", "HorizontalRule", "Break"]);

/**
 * Characters that show nothing: zero-width space and (non-)joiners, word joiner and the invisible
 * operators, soft hyphen, the BOM as a character (U+FEFF), bidirectional controls, variation selectors
 * and tags. Pasted text carries them (and a writer can hide a phrase with one: 根\u200B本から). They
 * are taken out of the text that is matched, and the offset map keeps every other character's source
 * offset, so a finding still covers its source range, the invisible character included.
 */
export const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E0FFF}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");

/** The text without invisible characters, and the offsets of what remains. */
export function withoutInvisible(text: string, offsets: number[]): { text: string; offsets: number[] } {
  if (!INVISIBLE.test(text)) return { text, offsets };
  let out = "";
  const kept: number[] = [];
  let last = 0;
  for (const m of text.matchAll(INVISIBLE_ALL)) {
    out += text.slice(last, m.index);
    for (let i = last; i < m.index!; i++) kept.push(offsets[i]!);
    last = m.index! + m[0].length;
  }
  out += text.slice(last);
  for (let i = last; i < text.length; i++) kept.push(offsets[i]!);
  return { text: out, offsets: kept };
}

/**
 * For a text node whose value is not its source (the HTML parser turns CRLF into LF and decodes
 * &amp; and &#x…;), the source offset of each character of the value, relative to the node's start;
 * undefined when the value is the source as it is.
 */
function valueToRaw(value: string, raw: string): number[] | undefined {
  if (value === raw) return undefined;
  const map = new Array<number>(value.length);
  let p = 0;
  for (let k = 0; k < value.length; ) {
    if (raw[p] === "\r" && value[k] === "\n" && raw[p + 1] === "\n") p++;
    // An entity first: &amp; decodes to the "&" it starts with, and must not be read as a literal "&".
    const entity = raw[p] === "&" ? /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(raw.slice(p, p + 40)) : null;
    if (entity) {
      // One entity decodes to one or two UTF-16 units (an astral character): each maps to the entity.
      const numeric = /^&#([xX]?)([0-9a-fA-F]+)/.exec(entity[0]);
      const units = numeric && parseInt(numeric[2]!, numeric[1] ? 16 : 10) > 0xffff ? 2 : 1;
      for (let u = 0; u < units && k < value.length; u++) map[k++] = p;
      p += entity[0].length;
      continue;
    }
    if (raw[p] === value[k] || p >= raw.length) {
      map[k++] = Math.min(p++, Math.max(raw.length - 1, 0));
      continue;
    }
    if (raw[p] === "\r" && value[k] === "\n") {
      map[k++] = p++;
      continue;
    }
    map[k++] = p++;
  }
  return map;
}

/** Text nodes under `node`, in order, with a value-to-source map where their value differs from their source. */
function textNodes(node: TxtNode, source: string, out: { start: number; value: string; map: number[] | undefined }[] = []) {
  if (node.type === "Str" && typeof node.value === "string") {
    out.push({ start: node.range[0], value: node.value, map: valueToRaw(node.value, source.slice(node.range[0], node.range[1])) });
  }
  for (const child of node.children ?? []) textNodes(child, source, out);
  return out;
}

/** The document's source, for realigning HTML text nodes (set while a document is built). */
let currentSource: string | undefined;
/**
 * textlint hands the rules the source without a leading BOM, but a plugin may have parsed the text with
 * it (the text plugin does): then every AST offset is one too far. Set while a document is built.
 */
let currentShift = 0;

/**
 * StringSource can also drop a character of a text node (the space of 「# 」 before a line break after
 * inline HTML) and then place every later character one too early, so that a finding splits a surrogate
 * pair or a fix lands beside its phrase. Where a character is not at its offset in the source, the
 * text is aligned to the source again, skipping what was dropped (and keeping what the parser added
 * where it was). Only when the new placement puts more characters where they are.
 */
function realignDropped(text: string, offsets: number[], source: string, from: number, to: number): void {
  const shift = currentShift;
  const atOffset = (map: number[]) => map.reduce((n, o, i) => n + (source[o + shift] === text[i] ? 1 : 0), 0);
  const before = atOffset(offsets);
  if (before === text.length) return;
  const aligned = new Array<number>(text.length);
  let p = from;
  for (let k = 0; k < text.length; k++) {
    let q = p;
    while (q < to && q - p < 16 && source[q + shift] !== text[k]) q++;
    if (q < to && source[q + shift] === text[k]) {
      aligned[k] = q;
      p = q + 1;
    } else {
      aligned[k] = Math.min(p, Math.max(from, to - 1));
    }
  }
  if (atOffset(aligned) > before) for (let k = 0; k < text.length; k++) offsets[k] = aligned[k]!;
}

function plainWithOffsets(node: TxtNode): { text: string; offsets: number[] } {
  const source = new StringSource(node as never);
  const text = source.toString();
  const offsets = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const original = source.originalIndexFromIndex(i);
    offsets[i] = node.range[0] + (original ?? i) - currentShift;
  }
  // StringSource counts a text node's value as its source; where they differ (CRLF, entities in HTML)
  // its offsets drift — for that node and every later one in the block — and a report (or a fix)
  // would land on the wrong characters. Then every text node's characters are placed from the node
  // itself: its own start and its value-to-source map.
  const nodes = currentSource !== undefined && /[\r&]/.test(currentSource.slice(node.range[0], node.range[1])) ? textNodes(node, currentSource) : [];
  const mapped = nodes.some((t) => t.map !== undefined);
  if (!mapped && currentSource !== undefined) realignDropped(text, offsets, currentSource, node.range[0] - currentShift, node.range[1] - currentShift);
  if (mapped) {
    let cursor = 0;
    for (const t of nodes) {
      const at = t.value === "" ? -1 : text.indexOf(t.value, cursor);
      if (at < 0) continue;
      for (let k = 0; k < t.value.length; k++) offsets[at + k] = t.start + (t.map ? t.map[k]! : k) - currentShift;
      cursor = at + t.value.length;
    }
  }
  return withoutInvisible(text, offsets);
}

/**
 * sentence-splitter ends a sentence at every full-width period, but in Ｎｏ．１ or ３．５％ the period
 * sits inside a word: a part ending in letter-or-digit + "．" is joined to a next part starting with a digit.
 */
function joinNumberPeriods<T extends { range: readonly [number, number] }>(parts: T[], text: string): { range: [number, number] }[] {
  const joined: { range: [number, number] }[] = [];
  for (const part of parts) {
    const previous = joined[joined.length - 1];
    if (
      previous &&
      previous.range[1] === part.range[0] &&
      /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]．$/.test(text.slice(previous.range[0], previous.range[1])) &&
      /^[0-9０-９]/.test(text.slice(part.range[0], part.range[1]))
    ) {
      previous.range[1] = part.range[1];
    } else {
      joined.push({ range: [part.range[0], part.range[1]] });
    }
  }
  return joined;
}

/**
 * Splits a block into sentences: sentence-splitter's rules over the block's plain text
 * (src/model/sentences.ts; splitting the AST instead pads each paragraph with its whole source
 * offset, which is quadratic on long pages), then single line breaks (plain-text lists, reference lists).
 */
function sentencesOf(node: TxtNode, block: Block, into: Sentence[]): Sentence[] {
  const result: Sentence[] = [];
  const { text: blockText, offsets: blockOffsets } = plainWithOffsets(node);
  const parts = joinNumberPeriods(
    sentenceRanges(blockText).map((range) => ({ range })),
    blockText
  );
  for (const part of parts) {
    const text = blockText.slice(part.range[0], part.range[1]);
    const offsets = blockOffsets.slice(part.range[0], part.range[1]);
    let lineStart = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === "\n") {
        let a = lineStart;
        let b = i;
        while (a < b && /\s/.test(text[a]!)) a++;
        while (b > a && /\s/.test(text[b - 1]!)) b--;
        if (b > a) {
          const sentence: Sentence = { index: into.length + result.length, text: text.slice(a, b), offsets: offsets.slice(a, b), block };
          result.push(sentence);
        }
        lineStart = i + 1;
      }
    }
  }
  return result;
}

/**
 * When the root's range does not tell (the HTML plugin's root can end short of the text, e.g. with a
 * U+2028 in it), the text nodes do: if their values sit one character later than textlint's source
 * puts them, the plugin parsed the text with its BOM.
 */
function bomShiftOfTexts(root: TxtParentNode, source: string): -1 | 0 | 1 {
  const texts: TxtNode[] = [];
  const walk = (node: TxtNode) => {
    if (texts.length >= 8) return;
    if (node.type === "Str" && typeof node.value === "string" && node.value.length >= 2) texts.push(node);
    for (const child of ((node as unknown as { children?: unknown[] }).children ?? []) as TxtNode[]) walk(child);
  };
  walk(root as unknown as TxtNode);
  // A text that begins with the BOM textlint's source lacks was parsed with it.
  if (texts[0] && (texts[0].value as string).startsWith("\uFEFF") && texts[0].range[0] === 0 && !source.startsWith("\uFEFF")) return 1;
  // remark drops a BOM left at the start of textlint's source (a second one): then every offset is one
  // too early.
  let at0 = 0;
  let at1 = 0;
  let early = 0;
  for (const t of texts) {
    const head = (t.value as string).slice(0, 4);
    if (source.startsWith(head, t.range[0])) at0++;
    if (t.range[0] > 0 && source.startsWith(head, t.range[0] - 1)) at1++;
    if (source.startsWith("\uFEFF") && source.startsWith(head, t.range[0] + 1)) early++;
  }
  if (early > at0 && early > at1) return -1;
  return at1 > at0 ? 1 : 0;
}

export function buildDocument(root: TxtParentNode, source: string): DocumentModel {
  const rootRange = (root as unknown as TxtNode).range;
  currentShift = rootRange && rootRange[1] === source.length + 1 ? 1 : bomShiftOfTexts(root, source);
  // With a shift, realigning reads the source the AST was parsed from: the BOM back in front, or the
  // BOM the parser dropped taken off.
  currentSource = currentShift === 1 ? `\uFEFF${source}` : currentShift === -1 ? source.slice(1) : source;
  try {
    return buildDocumentFrom(root, source);
  } finally {
    currentSource = undefined;
    currentShift = 0;
  }
}

function buildDocumentFrom(root: TxtParentNode, source: string): DocumentModel {
  const model: DocumentModel = {
    source,
    blocks: [],
    sentences: [],
    sections: [],
    images: [],
    links: [],
    tables: [],
    contacts: [],
    length: source.length
  };
  let section: Section = { index: 0, heading: undefined, level: 0, blocks: [] };
  model.sections.push(section);
  let listCount = 0;
  let tableCount = 0;
  // Figures: an HTML <figure>, or a paragraph that holds images. Blocks inside a <figure> share its number.
  let figureCount = 0;
  let figureContext: number | undefined;
  let captionContext = false;
  const fragmentImages: HtmlFragmentImage[] = [];
  const forms: TxtNode[] = [];

  const addBlock = (node: TxtNode, kind: BlockKind, quoted: boolean, extra: Partial<Block> = {}): Block => {
    const { text } = plainWithOffsets(node);
    const block: Block = {
      index: model.blocks.length,
      kind,
      text,
      start: node.range[0] - currentShift,
      end: node.range[1] - currentShift,
      section: section.index,
      quoted,
      sentences: [],
      ...(typeof node.tagName === "string" ? { tag: node.tagName } : {}),
      ...(figureContext !== undefined ? { figure: figureContext } : {}),
      ...(captionContext ? { caption: true } : {}),
      ...extra
    };
    block.sentences = sentencesOf(node, block, model.sentences);
    model.sentences.push(...block.sentences);
    model.blocks.push(block);
    section.blocks.push(block);
    return block;
  };

  const collectInline = (node: TxtNode, block: Block | undefined) => {
    if (node.type === "Image") {
      if (block && block.figure === undefined) block.figure = figureCount++;
      model.images.push({
        alt: String(node.alt ?? ""),
        url: String(node.url ?? ""),
        title: String(node.title ?? ""),
        start: node.range[0],
        end: node.range[1],
        block,
        index: model.images.length,
        figure: block?.figure ?? figureContext ?? figureCount++,
        captionBlocks: [],
        caption: ""
      });
    } else if (node.type === "Html") {
      fragmentImages.push(...htmlFragmentImages(node, block, figureContext));
    } else if (node.type === "Link") {
      const { text } = plainWithOffsets(node);
      model.links.push({ url: String(node.url ?? ""), text, start: node.range[0], end: node.range[1] });
    }
    for (const child of node.children ?? []) collectInline(child, block);
  };

  /**
   * Children of a container. HTML puts text straight into <li>, <td>, <div>, <blockquote>: each run
   * of inline children is read as a paragraph of its own (Markdown wraps such text in Paragraph).
   */
  const visitChildren = (node: TxtNode, quoted: boolean, list: number | undefined) => {
    let run: TxtNode[] = [];
    const flush = () => {
      if (run.length > 0 && run.some((c) => c.type !== "Str" || String(c.value ?? "").trim() !== "")) {
        const first = run[0]!;
        const last = run[run.length - 1]!;
        const range: [number, number] = [first.range[0], last.range[1]];
        const loc = { start: (first.loc as { start: unknown }).start, end: (last.loc as { end: unknown }).end };
        visit({ type: "Paragraph", range, loc, raw: source.slice(range[0], range[1]), tagName: node.tagName, children: run }, quoted, list);
      }
      run = [];
    };
    for (const child of node.children ?? []) {
      if (isInlineNode(child)) run.push(child);
      else {
        flush();
        visit(child, quoted, list);
      }
    }
    flush();
  };

  /** HTML tables (<table>, and <dl> read as label/value rows): each cell is a table-cell block. */
  const visitHtmlTable = (node: TxtNode, quoted: boolean) => {
    const index = tableCount++;
    const rows: TxtNode[][] = [];
    if (node.type === "dl") {
      for (const child of node.children ?? []) {
        if (child.type === "dt" || rows.length === 0) rows.push([]);
        if (child.type === "dt" || child.type === "dd") rows[rows.length - 1]!.push(child);
      }
    } else {
      const collectRows = (n: TxtNode) => {
        for (const child of n.children ?? []) {
          if (child.type === "tr") rows.push((child.children ?? []).filter((c) => c.type === "td" || c.type === "th"));
          else if (!isInlineNode(child)) collectRows(child);
        }
      };
      collectRows(node);
    }
    rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const block = addBlock(cell, "table-cell", quoted, { table: { index, row: r, column: c } });
        collectInline(cell, block);
      });
    });
  };

  const visit = (node: TxtNode, quoted: boolean, list: number | undefined) => {
    if (node.type === "Html") {
      // Block-level HTML inside Markdown: only its images, figcaptions and forms are read.
      fragmentImages.push(...htmlFragmentImages(node, undefined, undefined));
      if (/<form[\s>]/i.test(String(node.value ?? ""))) forms.push(node);
      return;
    }
    if (SKIP.has(node.type)) return;
    switch (node.type) {
      case "Header": {
        section = { index: model.sections.length, heading: undefined, level: Number(node.depth ?? 1), blocks: [] };
        model.sections.push(section);
        const block = addBlock(node, "heading", quoted, { depth: Number(node.depth ?? 1) });
        section.heading = block;
        collectInline(node, block);
        return;
      }
      case "Paragraph": {
        const block = addBlock(node, list === undefined ? "paragraph" : "list-item", quoted, list === undefined ? {} : { list });
        collectInline(node, block);
        return;
      }
      case "BlockQuote":
        visitChildren(node, true, list);
        return;
      case "table":
      case "dl":
        visitHtmlTable(node, quoted);
        return;
      case "figure": {
        const outer = figureContext;
        figureContext = figureCount++;
        visitChildren(node, quoted, list);
        figureContext = outer;
        return;
      }
      case "figcaption": {
        const outer = captionContext;
        captionContext = true;
        visitChildren(node, quoted, list);
        captionContext = outer;
        return;
      }
      case "form":
        forms.push(node);
        visitChildren(node, quoted, list);
        return;
      case "List": {
        const index = listCount++;
        for (const child of node.children ?? []) visit(child, quoted, index);
        return;
      }
      case "Table": {
        const index = tableCount++;
        (node.children ?? []).forEach((row, r) => {
          (row.children ?? []).forEach((cell, c) => {
            const block = addBlock(cell, "table-cell", quoted, { table: { index, row: r, column: c } });
            collectInline(cell, block);
          });
        });
        return;
      }
      default:
        visitChildren(node, quoted, list);
    }
  };
  for (const child of (root as unknown as TxtNode).children ?? []) visit(child, false, undefined);
  completeDocument(model, fragmentImages, forms);
  return model;
}

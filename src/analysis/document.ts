import type { TxtParentNode } from "@textlint/ast-node-types";
import { split } from "sentence-splitter";
import { StringSource } from "textlint-util-to-string";

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

function plainWithOffsets(node: TxtNode): { text: string; offsets: number[] } {
  const source = new StringSource(node as never);
  const text = source.toString();
  const offsets = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const original = source.originalIndexFromIndex(i);
    offsets[i] = node.range[0] + (original ?? i);
  }
  return { text, offsets };
}

/**
 * Splits a block into sentences: sentence-splitter over the block's plain text (splitting the AST
 * instead pads each paragraph with its whole source offset, which is quadratic on long pages),
 * then single line breaks (plain-text lists, reference lists).
 */
function sentencesOf(node: TxtNode, block: Block, into: Sentence[]): Sentence[] {
  const result: Sentence[] = [];
  const { text: blockText, offsets: blockOffsets } = plainWithOffsets(node);
  const parts = split(blockText).filter((part) => part.type === "Sentence");
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

export function buildDocument(root: TxtParentNode, source: string): DocumentModel {
  const model: DocumentModel = { source, blocks: [], sentences: [], sections: [], images: [], links: [], length: source.length };
  let section: Section = { index: 0, heading: undefined, level: 0, blocks: [] };
  model.sections.push(section);
  let listCount = 0;
  let tableCount = 0;

  const addBlock = (node: TxtNode, kind: BlockKind, quoted: boolean, extra: Partial<Block> = {}): Block => {
    const { text } = plainWithOffsets(node);
    const block: Block = {
      index: model.blocks.length,
      kind,
      text,
      start: node.range[0],
      end: node.range[1],
      section: section.index,
      quoted,
      sentences: [],
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
      model.images.push({
        alt: String(node.alt ?? ""),
        url: String(node.url ?? ""),
        title: String(node.title ?? ""),
        start: node.range[0],
        end: node.range[1],
        block
      });
    } else if (node.type === "Link") {
      const { text } = plainWithOffsets(node);
      model.links.push({ url: String(node.url ?? ""), text, start: node.range[0], end: node.range[1] });
    }
    for (const child of node.children ?? []) collectInline(child, block);
  };

  const visit = (node: TxtNode, quoted: boolean, list: number | undefined) => {
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
        for (const child of node.children ?? []) visit(child, true, list);
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
        for (const child of node.children ?? []) visit(child, quoted, list);
    }
  };
  for (const child of (root as unknown as TxtNode).children ?? []) visit(child, false, undefined);
  return model;
}

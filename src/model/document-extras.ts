import type { Block, ContactInfo, DocumentModel, ImageInfo, Section, TableInfo } from "./document";

/**
 * The parts of the document model that are read off the blocks once they are built: image captions,
 * tables as label/value rows, the page's own contact details, and images inside raw HTML fragments.
 */

interface LooseNode {
  type: string;
  range: readonly [number, number];
  children?: LooseNode[];
  [key: string]: unknown;
}

/** Inline nodes of the Markdown/text AST, and the inline HTML elements textlint-plugin-html keeps by tag name. */
const INLINE_TYPES = new Set([
  "Str",
  "Strong",
  "Emphasis",
  "Delete",
  "Link",
  "LinkReference",
  "Image",
  "ImageReference",
  "InlineCode",
  "FootnoteReference",
  "Break",
  "break",
  "span",
  "b",
  "i",
  "u",
  "s",
  "del",
  "ins",
  "small",
  "sup",
  "sub",
  "mark",
  "abbr",
  "time",
  "label",
  "q",
  "cite",
  "code",
  "kbd",
  "var",
  "font",
  "wbr",
  "data",
  "ruby",
  "rt",
  "rp"
]);

export function isInlineNode(node: LooseNode): boolean {
  return INLINE_TYPES.has(node.type);
}

/** An <img> found in a raw HTML fragment (Markdown's inline or block HTML), with its figcaption. */
export type HtmlFragmentImage = Omit<ImageInfo, "index" | "figure" | "captionBlocks"> & { figure: number | undefined };

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag)?.slice(1).find((v) => v !== undefined) ?? "";

/** Images and figcaptions of a raw HTML fragment: `<figure><img alt="施術前"><figcaption>…</figcaption></figure>`. */
export function htmlFragmentImages(node: LooseNode, block: Block | undefined, figure: number | undefined): HtmlFragmentImage[] {
  const html = String(node.value ?? "");
  const images: HtmlFragmentImage[] = [];
  for (const fig of splitFigures(html)) {
    const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/i.exec(fig.html)?.[1]?.replace(/<[^>]*>/g, "").trim() ?? "";
    for (const img of fig.html.matchAll(/<img\b[^>]*>/gi)) {
      const start = node.range[0] + fig.offset + img.index!;
      images.push({
        alt: attribute(img[0], "alt"),
        url: attribute(img[0], "src"),
        title: attribute(img[0], "title"),
        start,
        end: start + img[0].length,
        block,
        figure,
        caption
      });
    }
  }
  return images;
}

/** Splits an HTML fragment at <figure> boundaries, so that a figcaption captions only its own images. */
function splitFigures(html: string): { html: string; offset: number }[] {
  const parts: { html: string; offset: number }[] = [];
  const re = /<figure\b[\s\S]*?<\/figure>/gi;
  let last = 0;
  for (const m of html.matchAll(re)) {
    if (m.index! > last) parts.push({ html: html.slice(last, m.index!), offset: last });
    parts.push({ html: m[0], offset: m.index! });
    last = m.index! + m[0].length;
  }
  if (last < html.length) parts.push({ html: html.slice(last), offset: last });
  return parts;
}

/** Blocks of a section and of the sections nested under its heading. */
export function sectionWithSubsections(model: DocumentModel, section: Section): Block[] {
  const blocks = [...section.blocks];
  for (let i = section.index + 1; i < model.sections.length; i++) {
    const next = model.sections[i]!;
    if (section.level > 0 && next.level <= section.level) break;
    if (section.level === 0) break;
    blocks.push(...next.blocks);
  }
  return blocks;
}

function withoutAlts(text: string, alts: string[]): string {
  let result = text;
  for (const alt of alts) if (alt) result = result.replace(alt, "");
  return result.trim();
}

function attachCaptions(model: DocumentModel): void {
  for (const image of model.images) {
    if (image.captionBlocks.length > 0 || image.caption) continue;
    const figcaptions = model.blocks.filter((b) => b.caption && b.figure === image.figure);
    if (figcaptions.length > 0) {
      image.captionBlocks = figcaptions;
    } else if (image.block) {
      const alts = model.images.filter((i) => i.block === image.block).map((i) => i.alt);
      if (withoutAlts(image.block.text, alts) !== "") image.captionBlocks = [image.block];
      else {
        // An image on its own line: the paragraph right below it is its caption.
        const next = model.blocks[image.block.index + 1];
        if (next && next.kind === "paragraph" && !model.images.some((i) => i.block === next)) image.captionBlocks = [next];
      }
    }
    const alts = model.images.filter((i) => i.figure === image.figure).map((i) => i.alt);
    image.caption = image.captionBlocks.map((b) => withoutAlts(b.text, alts)).join("\n");
  }
}

function collectTables(model: DocumentModel): void {
  const tables = new Map<number, TableInfo>();
  for (const block of model.blocks) {
    if (!block.table) continue;
    let table = tables.get(block.table.index);
    if (!table) {
      table = { index: block.table.index, rows: [] };
      tables.set(block.table.index, table);
    }
    const row = (table.rows[block.table.row] ??= { cells: [], label: "", value: "", header: false });
    row.cells.push(block);
  }
  for (const table of tables.values()) {
    table.rows = table.rows.filter(Boolean);
    table.rows.forEach((row, r) => {
      row.label = row.cells[0]?.text.trim() ?? "";
      row.value = row.cells
        .slice(1)
        .map((c) => c.text.trim())
        .join(" ");
      const html = row.cells.some((c) => c.tag !== undefined);
      row.header = html ? row.cells.every((c) => c.tag === "th") : r === 0 && row.cells[0]?.table?.row === 0;
    });
    model.tables.push(table);
  }
  model.tables.sort((a, b) => a.index - b.index);
}

/**
 * Japanese phone numbers as written on clinic pages: 03-0000-0000, 06(0000)0000, 0120-000-000,
 * +81-3-0000-0000. A separator is required, so that years and prices never read as numbers.
 */
const PHONE = /(?<![\d０-９])(?:\+81[-\s]?\d{1,4}|0\d{1,4})[-‐－−ー―(（)）\s]{1,2}\d{1,4}[-‐－−ー―)）\s]{1,2}\d{3,4}(?![\d０-９])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

function collectContacts(model: DocumentModel, forms: LooseNode[]): void {
  const contacts: ContactInfo[] = [];
  for (const sentence of model.sentences) {
    const text = sentence.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    for (const [kind, re] of [
      ["phone", PHONE],
      ["email", EMAIL]
    ] as const) {
      for (const m of text.matchAll(re)) {
        const start = sentence.offsets[m.index!]!;
        const end = sentence.offsets[m.index! + m[0].length - 1]! + 1;
        contacts.push({ kind, text: m[0], start, end });
      }
    }
  }
  for (const link of model.links) {
    if (/^(?:tel|mailto|sms):/i.test(link.url)) contacts.push({ kind: "link", text: link.url, start: link.start, end: link.end });
  }
  for (const form of forms) contacts.push({ kind: "form", text: "<form>", start: form.range[0], end: form.range[1] });
  contacts.sort((a, b) => a.start - b.start);
  model.contacts.push(...contacts);
}

/** Fills in what is read off the built blocks. Called once by buildDocument. */
export function completeDocument(model: DocumentModel, fragmentImages: HtmlFragmentImage[], forms: LooseNode[]): void {
  for (const image of fragmentImages) {
    const entry: ImageInfo = {
      alt: image.alt,
      url: image.url,
      title: image.title,
      start: image.start,
      end: image.end,
      block: image.block,
      index: 0,
      figure: image.figure ?? image.block?.figure ?? -1 - model.images.length,
      captionBlocks: [],
      caption: image.caption
    };
    model.images.push(entry);
  }
  model.images.sort((a, b) => a.start - b.start);
  model.images.forEach((image, i) => (image.index = i));
  attachCaptions(model);
  collectTables(model);
  collectContacts(model, forms);
}

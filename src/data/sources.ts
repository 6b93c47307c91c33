import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DICTIONARY_DIR } from "./paths";
import { parseValidatedYaml } from "./yaml";

/**
 * The public documents the project cites (dictionaries/sources.yml), and a finding's basis read as
 * structured parts: each "; "-separated part names one document by its short title or alias, followed
 * by the section (医療法 第6条の5 第2項第2号 → 医療法, 第6条の5 第2項第2号, its e-Gov URL).
 */
const sourceSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    full: z.string().min(1),
    publisher: z.string().min(1),
    url: z.string().url()
  })
  .strict();
const fileSchema = z.object({ sources: z.array(sourceSchema).min(1) }).strict();

export type Source = z.infer<typeof sourceSchema>;

export interface BasisPart {
  /** The part as written: 医療広告ガイドライン 第3の1(3) 誇大広告 */
  text: string;
  /** The document it names, when the catalog knows it. */
  source?: { id: string; title: string; full: string; url: string };
  /** What follows the document's name: 第3の1(3) 誇大広告 */
  section?: string;
}

export const SOURCES_PATH = join(DICTIONARY_DIR, "sources.yml");

let catalog: Source[] | undefined;
export function sources(): Source[] {
  catalog ??= parseValidatedYaml(readFileSync(SOURCES_PATH, "utf8"), SOURCES_PATH, fileSchema).data.sources;
  return catalog;
}

/** The document a basis part starts with (the longest title or alias that matches). */
function sourceOf(part: string): { source: Source; name: string } | undefined {
  // The earliest name wins (推定: or 製品を名指す場合は may precede it), the longest at one place.
  let best: { source: Source; name: string; at: number } | undefined;
  for (const source of sources()) {
    for (const name of [source.title, ...source.aliases]) {
      const at = part.indexOf(name);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && name.length > best.name.length)) best = { source, name, at };
    }
  }
  return best;
}

/** A basis string as structured parts, each with its document and section where the catalog knows it. */
export function structureBasis(basis: string): BasisPart[] {
  return basis
    .split(/\s*;\s*/)
    .filter((p) => p.trim() !== "")
    .map((text) => {
      const found = sourceOf(text);
      if (!found) return { text };
      const { source, name } = found;
      const section = text.slice(text.indexOf(name) + name.length).trim();
      return { text, source: { id: source.id, title: source.title, full: source.full, url: source.url }, ...(section ? { section } : {}) };
    });
}

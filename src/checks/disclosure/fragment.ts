import type { DocumentModel } from "../../model/document";

/** The checklists judge whole pages; a fragment of a few sentences cannot state every item. */
export const DEFAULT_MINIMUM_SENTENCES = 4;

export function isFragment(doc: DocumentModel, minimum = DEFAULT_MINIMUM_SENTENCES): boolean {
  return doc.sentences.filter((s) => s.block.kind !== "heading").length < minimum;
}

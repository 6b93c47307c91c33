import type { Block, DocumentModel, Sentence } from "../model/document";
import { normalize } from "../nlp/text";

/** A sentence with its normalised text (full-width letters and digits as ASCII, lower-cased; same length). */
export interface Unit {
  sentence: Sentence;
  text: string;
  block: Block;
}

const unitCache = new WeakMap<DocumentModel, Unit[]>();

/** The document's sentences with their normalised text (computed once per document). */
export function unitsOf(doc: DocumentModel): Unit[] {
  let units = unitCache.get(doc);
  if (!units) {
    units = doc.sentences.map((sentence) => ({ sentence, text: normalize(sentence.text), block: sentence.block }));
    unitCache.set(doc, units);
  }
  return units;
}

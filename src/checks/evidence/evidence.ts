import type { Block, DocumentModel, Sentence } from "../../model/document";
import { lemmaOf, type Token } from "../../nlp/tokens";
import { isOnlyMarkers, markersOf, resolveMarker, type CitationMarker } from "./citations";
import { claimsOf, type Claim } from "./claims";
import type { EvidenceClass } from "./lexicon";
import { containsWord, findReferences, type Reference, type ReferenceList } from "./references";
import type { EvidenceVocabulary } from "./vocabulary";

/** One piece of evidence a sentence gives for what it says. */
export interface EvidenceItem {
  cls: EvidenceClass;
  /** words: the sentence describes the study (マウスに, 患者16名); citation: a marker; description: a description matched to a listed reference. */
  via: "words" | "citation" | "description";
  words: string[];
  /** Offset in the sentence (-1 for markup markers). */
  at: number;
  ref?: Reference;
  marker?: string;
  /** A human study named without any detail (「臨床試験で」). */
  generic?: boolean;
}

export type ConnectiveKind = "inference" | "continuation" | "summary";

export interface SentenceEvidence {
  sentence: Sentence;
  tokens: Token[];
  own: EvidenceItem[];
  markers: CitationMarker[];
  claims: Claim[];
  connective?: { kind: ConnectiveKind; text: string };
  /** Sections by heading, or by a heading-like line in plain text. */
  topic: number;
  /** A section about side effects and risks. */
  riskTopic: boolean;
}

export interface EvidenceAnalysis {
  references: ReferenceList;
  sentences: SentenceEvidence[];
  /** For each reference, the sentences linked to it (by marker or by description). */
  linked: Map<Reference, SentenceEvidence[]>;
}

export const HUMAN_CLASSES: ReadonlySet<EvidenceClass> = new Set(["human-rct", "human-controlled", "human-case-series", "systematic-review", "guideline"]);
export const STRONG_HUMAN_CLASSES: ReadonlySet<EvidenceClass> = new Set(["human-rct", "human-controlled", "systematic-review", "guideline"]);
export const NONHUMAN_CLASSES: ReadonlySet<EvidenceClass> = new Set(["animal", "in-vitro"]);

/** When a title says nothing, the words the column uses about the study decide, in this order. */
const COLUMN_PRIORITY: EvidenceClass[] = ["systematic-review", "human-rct", "human-controlled", "human-case-series", "guideline", "animal", "in-vitro"];

function isHeadingLike(block: Block): boolean {
  if (block.kind === "heading") return true;
  if (block.kind !== "paragraph" || block.sentences.length !== 1) return false;
  const text = block.text.trim();
  return text.length > 0 && text.length <= 50 && !/[。．!！?？]/.test(text) && !text.includes("\n");
}

function connectiveOf(text: string, vocabulary: EvidenceVocabulary): SentenceEvidence["connective"] {
  const bare = text.replace(/^[\s*_「『【(（]+/, "");
  const { inference, continuation, summary } = vocabulary.lexicon.connectives;
  const candidates: [ConnectiveKind, string][] = [
    ...summary.map((w) => ["summary", w] as [ConnectiveKind, string]),
    ...inference.map((w) => ["inference", w] as [ConnectiveKind, string]),
    ...continuation.map((w) => ["continuation", w] as [ConnectiveKind, string])
  ];
  candidates.sort((a, b) => b[1].length - a[1].length);
  const found = candidates.find(([, w]) => bare.startsWith(w));
  return found ? { kind: found[0], text: found[1] } : undefined;
}

const KATAKANA = /[\p{Script=Katakana}ー]/u;

/** マウス in マウスピース, ラット in フラット: kuromoji may split a loanword where a term ends. */
function insideKatakanaWord(text: string, start: number, end: number): boolean {
  const term = text.slice(start, end);
  return (KATAKANA.test(term.slice(-1)) && KATAKANA.test(text[end] ?? "")) || (KATAKANA.test(term[0] ?? "") && KATAKANA.test(text[start - 1] ?? ""));
}

/** Study-design words of the sentence itself. */
function wordEvidence(tokens: Token[], text: string, vocabulary: EvidenceVocabulary): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const group of vocabulary.sentenceEvidence) {
    for (const hit of group.terms.find(tokens, text)) {
      if (insideKatakanaWord(text, hit.start, hit.end)) continue;
      items.push({ cls: group.cls, via: "words", words: [text.slice(hit.start, hit.end)], at: hit.start });
    }
    for (const regex of group.regex) {
      regex.lastIndex = 0;
      for (const m of text.matchAll(regex)) items.push({ cls: group.cls, via: "words", words: [m[0]], at: m.index! });
    }
  }
  for (const hit of vocabulary.genericHuman.find(tokens, text)) {
    items.push({ cls: "human-case-series", via: "words", words: [text.slice(hit.start, hit.end)], at: hit.start, generic: true });
  }
  return items;
}

/** The listed reference a description is about, by glossary concepts only that reference names. */
function describedReference(text: string, references: ReferenceList, vocabulary: EvidenceVocabulary): { ref: Reference; words: string[] } | undefined {
  const { glossary } = vocabulary.lexicon;
  let best: { ref: Reference; words: string[] } | undefined;
  let tie = false;
  for (const ref of references.entries) {
    const words: string[] = [];
    for (const concept of ref.concepts) {
      if (references.entries.some((other) => other !== ref && other.concepts.has(concept))) continue;
      const word = glossary[concept]!.ja.find((w) => containsWord(text, w));
      if (word) words.push(word);
    }
    if (words.length === 0) continue;
    if (!best || words.length > best.words.length) {
      best = { ref, words };
      tie = false;
    } else if (words.length === best.words.length) tie = true;
  }
  return tie ? undefined : best;
}

/** The study design that a text's words describe, by COLUMN_PRIORITY, and those words. */
function classOfWords(items: EvidenceItem[]): { cls: EvidenceClass; words: string[] } | undefined {
  const words = items.filter((i) => i.via === "words");
  for (const cls of COLUMN_PRIORITY) {
    const specific = words.filter((i) => i.cls === cls && !i.generic);
    const chosen = specific.length > 0 ? specific : words.filter((i) => i.cls === cls && i.generic);
    if (chosen.length > 0) return { cls, words: [...new Set(chosen.flatMap((i) => i.words))] };
  }
  return undefined;
}

/** Classes a title left unknown are read from the words of the sentences that cite or describe it. */
function classifyByColumn(ref: Reference, sentences: SentenceEvidence[]): void {
  if (ref.titleClass !== "unknown") return;
  const said = classOfWords(sentences.flatMap((s) => s.own));
  if (!said) return;
  ref.cls = said.cls;
  ref.why = said.words.map((w) => `column: ${w}`);
}

/**
 * Reads the evidence of a document: its reference list, the citation markers and study
 * descriptions of each sentence, and the efficacy claims sentences make.
 */
export async function analyzeEvidence(
  document: DocumentModel,
  tokensOf: (sentence: Sentence) => Promise<Token[]>,
  vocabulary: EvidenceVocabulary
): Promise<EvidenceAnalysis> {
  const references = findReferences(document, vocabulary.lexicon);
  const sentences: SentenceEvidence[] = [];
  const linked = new Map<Reference, SentenceEvidence[]>();
  const link = (ref: Reference, s: SentenceEvidence) => {
    const list = linked.get(ref) ?? [];
    if (!list.includes(s)) list.push(s);
    linked.set(ref, list);
  };

  let topic = 0;
  let riskTopic = false;
  const riskHeadings = vocabulary.lexicon.riskHeadings;
  for (const block of document.blocks) {
    if (references.blocks.has(block)) continue;
    if (isHeadingLike(block)) {
      topic++;
      riskTopic = riskHeadings.some((w) => block.text.includes(w));
    }
    block.sentences.forEach((sentence, i) => sentences.push({ sentence, tokens: [], own: [], markers: markersOf(sentence, block.sentences[i + 1], document.source), claims: [], topic, riskTopic }));
  }

  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const previous = sentences[i - 1];
    if (previous && previous.sentence.block === s.sentence.block && isOnlyMarkers(s.sentence.text)) {
      previous.markers.push(...s.markers);
      s.markers = [];
      continue;
    }
    // A sentence with no marker and no word this rule reads cannot claim or describe evidence.
    if (s.markers.length === 0 && !vocabulary.mayMatter(s.sentence.text)) continue;
    s.tokens = await tokensOf(s.sentence);
    s.own = wordEvidence(s.tokens, s.sentence.text, vocabulary);
    s.connective = connectiveOf(s.sentence.text, vocabulary);
    const markerSpans = s.markers.filter((m) => m.at >= 0).map((m) => [m.at, m.at + m.length] as [number, number]);
    if (s.sentence.block.kind !== "heading") s.claims = claimsOf(s.tokens, s.sentence.text, vocabulary, markerSpans);
  }

  for (const s of sentences) {
    for (const marker of s.markers) {
      const refs = resolveMarker(marker, references);
      if (refs.length === 0) {
        // The list is not on the page (an excerpt, a CMS block): the sentence's own words may still say what was cited.
        const said = classOfWords(s.own);
        s.own.push({ cls: said?.cls ?? "unknown", via: "citation", words: said?.words ?? [], at: marker.at, marker: marker.text });
      }
      for (const ref of refs) {
        s.own.push({ cls: ref.cls, via: "citation", words: [], at: marker.at, ref, marker: marker.text });
        link(ref, s);
      }
    }
    const describes = s.own.some((item) => item.via === "words") || vocabulary.sourceWords.find(s.tokens, s.sentence.text).length > 0 || s.tokens.some((t) => vocabulary.reportStudy.has(lemmaOf(t)));
    if (s.markers.length === 0 && describes && references.entries.length > 0) {
      const described = describedReference(s.sentence.text, references, vocabulary);
      if (described) {
        s.own.push({ cls: described.ref.cls, via: "description", words: described.words, at: -1, ref: described.ref });
        link(described.ref, s);
      }
    }
  }

  for (const ref of references.entries) classifyByColumn(ref, linked.get(ref) ?? []);
  for (const s of sentences) {
    for (const item of s.own) if (item.ref) item.cls = item.ref.cls;
    // A description matched by topic words yields to what the sentence itself says (an animal model is not the human study).
    const said = s.own.filter((i) => i.via === "words" && !i.generic);
    s.own = s.own.filter(
      (i) =>
        i.via !== "description" ||
        said.length === 0 ||
        said.some((w) => HUMAN_CLASSES.has(w.cls) === HUMAN_CLASSES.has(i.cls) && NONHUMAN_CLASSES.has(w.cls) === NONHUMAN_CLASSES.has(i.cls))
    );
  }
  return { references, sentences, linked };
}

/**
 * Evidence a sentence takes from the sentences before it: the previous one when it opens with
 * つまり/これは/その (causal for つまり, このことから …), the whole section when it opens with このように.
 */
export function inheritedEvidence(analysis: EvidenceAnalysis, index: number, depth = 0): { items: EvidenceItem[]; causal: boolean } {
  const s = analysis.sentences[index]!;
  if (!s.connective || depth > 4) return { items: [], causal: false };
  if (s.connective.kind === "summary") {
    const items = analysis.sentences.slice(0, index).filter((o) => o.topic === s.topic).flatMap((o) => o.own);
    return { items, causal: false };
  }
  let p = index - 1;
  while (p >= 0 && analysis.sentences[p]!.tokens.length === 0) p--;
  const previous = analysis.sentences[p];
  if (!previous || previous.topic !== s.topic) return { items: [], causal: false };
  const before = inheritedEvidence(analysis, p, depth + 1);
  return { items: [...previous.own, ...before.items], causal: s.connective.kind === "inference" };
}

/** Evidence of the other sentences of the same paragraph. */
export function blockEvidence(analysis: EvidenceAnalysis, index: number): EvidenceItem[] {
  const s = analysis.sentences[index]!;
  return analysis.sentences.filter((o, i) => i !== index && o.sentence.block === s.sentence.block).flatMap((o) => o.own);
}

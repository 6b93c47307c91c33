import { isMetaDiscourse } from "../../grammar/modality";
import type { DictionaryMatch, PageContext } from "../../page/context";
import { sectionWithSubsections, sourceSpan, type Block, type Sentence } from "../../model/document";
import type { Finding } from "../finding";
import { testimonialLexicon, type TestimonialLexicon } from "./lexicon";

interface Patterns {
  sectionHeadings: RegExp[];
  notSectionHeadings: RegExp[];
  voiceCues: RegExp[];
  disclaimers: RegExp[];
  notVoice: RegExp[];
  treatmentTopics: RegExp[];
  nonTreatmentTopics: RegExp[];
}

const compiled = new WeakMap<TestimonialLexicon, Patterns>();
function patternsOf(lexicon: TestimonialLexicon): Patterns {
  let patterns = compiled.get(lexicon);
  if (!patterns) {
    const re = (sources: string[]) => sources.map((s) => new RegExp(s, "u"));
    patterns = {
      sectionHeadings: re(lexicon.sectionHeadings),
      notSectionHeadings: re(lexicon.notSectionHeadings),
      voiceCues: re(lexicon.voiceCues),
      disclaimers: re(lexicon.disclaimers),
      notVoice: re(lexicon.notVoice),
      treatmentTopics: re(lexicon.treatmentTopics),
      nonTreatmentTopics: re(lexicon.nonTreatmentTopics)
    };
    compiled.set(lexicon, patterns);
  }
  return patterns;
}

const any = (regexes: RegExp[], text: string) => regexes.some((r) => r.test(text));

/** A short paragraph that only names what follows (【患者様の声】, ■ 口コミ): a heading on pages without markup. */
const LABEL_LINE = /^[【[■◆◇●○▼▽◎★☆<＜《〈]?[^。！？!?「」]{1,22}?[】\]>＞》〉]?[:：]?$/u;
function isLabelLine(block: Block): boolean {
  return block.kind === "paragraph" && block.sentences.length === 1 && LABEL_LINE.test(block.text.trim());
}

function isCornerHeading(text: string, p: Patterns): boolean {
  return any(p.sectionHeadings, text) && !any(p.notSectionHeadings, text);
}

/** Blocks under a testimonial corner, each with the heading (or label line) that opened it. */
function cornerBlocks(page: PageContext, p: Patterns): Map<Block, Block> {
  const doc = page.document;
  const corners = new Map<Block, Block>();
  for (const section of doc.sections) {
    const heading = section.heading;
    if (!heading || !isCornerHeading(heading.text, p)) continue;
    for (const block of sectionWithSubsections(doc, section)) if (block !== heading && !corners.has(block)) corners.set(block, heading);
  }
  let label: Block | undefined;
  for (const block of doc.blocks) {
    if (block.kind === "heading") label = undefined;
    else if (isLabelLine(block)) label = isCornerHeading(block.text, p) ? block : undefined;
    else if (label && !corners.has(block)) corners.set(block, label);
  }
  return corners;
}

/** Whether a quotation in the sentence is named as an example of advertising (the grammar's meta-discourse). */
function quotedAsExample(text: string): boolean {
  for (const m of text.matchAll(/[「『“"]([^「」『』“”"]+)[」』”"]/g)) {
    const start = m.index! + 1;
    if (isMetaDiscourse(text, start, start + m[1]!.length)) return true;
  }
  return false;
}

/**
 * Patient voices without a testimonial label of their own: sentences under a 「患者様の声」 heading or
 * inside a blockquote that read as a patient's account (past tense, ★, （40代女性）, 私は…). The
 * corner's heading is reported too when something under it is a testimonial. Sentences a dictionary
 * entry of the rule already reported are not reported again.
 */
export function testimonialVoiceFindings(page: PageContext, matches: DictionaryMatch[]): Finding[] {
  const lexicon = testimonialLexicon();
  const p = patternsOf(lexicon);
  const matched = new Set(matches.map((m) => m.sentence.index));
  const corners = cornerBlocks(page, p);
  const finding = (sentence: Sentence, kind: "voice" | "facility" | "heading"): Finding => {
    const [start, end] = sourceSpan(sentence, 0, sentence.text.length);
    const id = `testimonial-corner-${kind}`;
    return {
      start,
      end,
      phrase: sentence.text,
      problem: lexicon.messages[kind],
      severity: kind === "facility" ? "info" : "error",
      id,
      category: "testimonial",
      basis: lexicon.basis,
      rewrites: lexicon.rewrites
    };
  };

  const findings: Finding[] = [];
  const cornersWithVoices = new Set<Block>();
  for (const block of page.document.blocks) {
    const corner = corners.get(block);
    if (block.kind === "heading" || (!corner && !block.quoted)) continue;
    for (const sentence of block.sentences) {
      const text = sentence.text;
      if (matched.has(sentence.index)) {
        if (corner) cornersWithVoices.add(corner);
        continue;
      }
      if (any(p.disclaimers, text) || any(p.notVoice, text) || !any(p.voiceCues, text)) continue;
      // 「たった1回でシミが消えました」のような体験談は、医療広告では認められていません: a voice quoted as an example.
      if (quotedAsExample(text)) continue;
      const treatment = any(p.treatmentTopics, text);
      // A quotation outside a testimonial corner counts only when it speaks of treatment.
      if (!corner && !treatment) continue;
      if (corner) cornersWithVoices.add(corner);
      const facilityOnly = !treatment && any(p.nonTreatmentTopics, text);
      findings.push(finding(sentence, facilityOnly ? "facility" : "voice"));
    }
  }
  for (const heading of cornersWithVoices) {
    if (heading.sentences.some((s) => matched.has(s.index))) continue;
    const first = heading.sentences[0];
    if (first) findings.push(finding(first, "heading"));
  }
  return findings.sort((a, b) => a.start - b.start);
}

/**
 * Lexicon patterns run over a normalised copy of each sentence: full-width letters and digits as
 * ASCII (ＮＭＮ, ３３，０００円), ASCII lower-cased (Before/After). Each character is replaced by one
 * character, so indexes in the copy are indexes in the sentence.
 */
export function normalize(text: string): string {
  let out = "";
  for (const ch of text) {
    const n = ch.normalize("NFKC");
    const one = n.length === ch.length ? n : ch;
    out += one.toLowerCase().length === one.length ? one.toLowerCase() : one;
  }
  return out;
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

export function firstMatch(re: RegExp, text: string, from = 0): Match | undefined {
  re.lastIndex = from;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
}

export function allMatches(re: RegExp, text: string): Match[] {
  re.lastIndex = 0;
  const out: Match[] = [];
  for (const m of text.matchAll(re)) if (m[0].length > 0) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  return out;
}

export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** The rest of the clause after `at`: up to the next 、 or 。 (or a comma). */
export function clauseAfter(text: string, at: number): string {
  const rest = text.slice(at);
  const end = rest.search(/[、。,;]/);
  return end < 0 ? rest : rest.slice(0, end);
}


export interface Labelled {
  label: string;
  /** The text after the colon, up to the next label. */
  value: string;
  start: number;
}

/**
 * Labelled parts of a line: 「治療内容:ヒアルロン酸注入/費用:88,000円/主なリスク:腫れ」 gives three
 * parts. Labels are short and end in a colon (the text is normalised, so ： reads :).
 */
export function labelledParts(text: string): Labelled[] {
  const labels = [...text.matchAll(/([^\s/|、。,()【】\[\]:・]{1,14}(?:・[^\s/|、。,()【】\[\]:・]{1,10})*)\s*:/g)];
  return labels.map((m, i) => {
    const valueStart = m.index! + m[0].length;
    const next = labels[i + 1];
    const valueEnd = next ? next.index! : text.length;
    return { label: m[1]!, value: text.slice(valueStart, valueEnd).replace(/^[\s]+|[\s/|、,]+$/g, ""), start: m.index! };
  });
}

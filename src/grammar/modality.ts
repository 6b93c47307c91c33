import { derived } from "./data";

/** Alternatives of a word list as a regular-expression group (the words are plain text). */
function group(words: readonly string[]): string {
  return `(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;
}

const questionPatterns = derived((g) => ({
  ends: new RegExp(`(?:[?？]|${group(g.modality.questionParticles)}[。．]?)\\s*$`),
  invitation: new RegExp(`(?:ません|ないです|${group(g.modality.invitations)})か?[?？。．!！]?\\s*$`)
}));

/**
 * A question about the claim (「本当に副作用はないのでしょうか？」) asserts nothing. An invitation
 * (「始めてみませんか？」) promotes and is not a question here.
 */
export function isQuestion(sentence: string): boolean {
  const { ends, invitation } = questionPatterns();
  const text = sentence.trim();
  return ends.test(text) && !invitation.test(text);
}

const QUOTES: [string, string][] = [
  ["「", "」"],
  ["『", "』"],
  ["“", "”"],
  ['"', '"'],
  ["【", "】"]
];

const metaPatterns = derived((g) => {
  const m = g.modality;
  // 「…」という言葉をいただいています is a voice received, not a wording discussed.
  const metaNoun = `${group(m.metaNouns)}(?!\\s*(?:を|も)?\\s*(?:いただ|頂|もら|数多く|多数|たくさん))`;
  /** Further quoted items after the first one: 「副作用ゼロ」「痛みはありません」と書かれていても. */
  const moreQuotes = `(?:[、・,]?\\s*[「『“"][^」』”"]{1,40}[」』”"])*`;
  /** The rest of a claim that an advertisement is said to make: 他院と比べて優れていると示す広告は使えません. */
  const claimAnAdMakes = `[^。！？、]{0,30}?と${group(m.claimVerbs)}(?:ような)?${metaNoun}`;
  /** A claim a clinic is said to make of itself: 「日本一」を名乗るクリニックもありますが. */
  const claimNamed = `(?<=[」』”"】]\\s*)(?:を|と)${group(m.namingVerbs)}`;
  /** Quoted examples given as a kind of advertisement: 「今だけ半額」「先着10名」のように、契約を急がせる勧誘には注意. */
  const quotedAsExamples = `(?<=[」』”"】]\\s*)(?:など|等)?の?よう(?:に|な)[、,]?[^。！？]{0,30}?${metaNoun}`;
  /** What is or is not used in advertising: いただいたご感想は…広告には使用しません. */
  const advertisingPractice = `[^。！？]{0,40}?${group(m.metaNouns)}(?:に|には|で|では|への|にて)[^。！？]{0,10}?(?:使用|掲載|使い|使わ|載せ|利用|転載|認められ|禁止され|禁じられ|許され)`;
  /** A warning about a kind of advertisement: 値引きで契約を急がせる広告には気をつけてください. */
  const warnedAgainst = `[^。！？]{0,40}?${group(m.metaNouns)}(?:に|には|は|を|も)?\\s*(?:十分)?(?:注意|ご注意|気をつけ|気を付け|警戒|惑わされ|だまされ|騙され)`;
  /** Quoted wording said to do something, as a kind of display: 「今月限定50％オフ」と決断を急がせる表示は. */
  const quotedDoing = `(?<=[」』”"】])\\s*(?:など|等)?と(?:(?!いただ|頂|くださ|下さ|もら|喜|おっしゃ)[^。！？、「」]){1,16}?${metaNoun}`;
  /** A worry or belief of others, quoted: 「放っておくと命に関わるのでは」と心配される方がいますが. */
  const quotedThought = `(?<=[」』”"】])\\s*と(?:心配|不安に|思わ|思っ|思い込|考え|お考え|誤解|勘違い|質問|聞かれ|たずね|尋ね)`;
  const rejected = group(m.rejections);
  return {
    after: new RegExp(
      `^[」』”"】]?${moreQuotes}\\s*(?:[^。！？、「」]{0,20}?(?:など|等)?(?:という|といった|との|のような|などの)[、,]?[^。！？]{0,20}?${metaNoun}|(?:など|等)?と(?:うた|謳|宣伝|表示|記載|強調)|(?<=[」』”"】])\\s*(?:など|等)?と(?:書|言|い[うわえっ]|あ[るっ])(?![^。！？]{0,6}?(?:いただ|頂|くださ|下さ|もら))|[」』”"】]\\s*(?:は|も|の)?${metaNoun}|${quotedAsExamples}|${quotedDoing}|${quotedThought}|${warnedAgainst}|${advertisingPractice}|${claimNamed}|${claimAnAdMakes}|[^。！？]{0,40}?(?:という|といった)(?:のは|ことは|考えは|話は|イメージは)\\s*${rejected})`
    ),
    words: new RegExp(group(m.metaWords))
  };
});

/**
 * Whether the text is a list of two or more quoted phrases and nothing else (numbering, separators and
 * punctuation aside). One quoted line alone may be a patient's voice, and stays a claim.
 */
function onlyQuotations(text: string): boolean {
  const quoted = /「[^「」]*」|『[^『』]*』|“[^“”]*”|"[^"]*"/g;
  if ((text.match(quoted) ?? []).length < 2) return false;
  const outside = text.replace(quoted, "");
  // 「今だけ半額」「ご紹介で割引」などの値引き: a heading that names a kind of wording by its examples.
  return /^[\s0-9０-９.．、,・/／|｜:：\-—–#()（）【】]*(?:(?:など|等)(?:の[^\s。！？、]{1,10})?)?[。]?$/.test(outside);
}

/** Offset of the quote mark that closes a quotation holding [start, end), or -1. */
function closingQuote(text: string, start: number, end: number): number {
  for (const [open, close] of QUOTES) {
    const before = text.lastIndexOf(open, start - 1);
    if (before < 0) continue;
    const after = text.indexOf(close, end);
    if (after < 0) continue;
    const between = text.slice(before + 1, start);
    if (open === close ? true : !between.includes(close)) return after;
  }
  return -1;
}

/**
 * Quotation or explanation of a rule rather than a claim: 「『絶対安全』という表現は使えません」,
 * 「必ず治るなどとうたう広告に注意」, 「劇的に改善」と書かれていても. A quoted patient voice without such
 * words is still a claim.
 */
export function isMetaDiscourse(text: string, start: number, end: number): boolean {
  const meta = metaPatterns();
  // A line of quoted phrases and nothing else (a heading 「痛みゼロ」「ダウンタイムなし」) names expressions.
  if (onlyQuotations(text)) return true;
  if (meta.after.test(text.slice(end, end + 60))) return true;
  const close = closingQuote(text, start, end);
  if (close < 0) return false;
  // The quotation holds more than the phrase: what follows the closing mark decides.
  if (close > end && meta.after.test(text.slice(close, close + 60))) return true;
  return meta.words.test(text);
}

/** How a sentence holds a claim at [start, end): what the grammar reads around it. */
export interface Reading {
  /** 期待できます, 可能性があります after the claim: lowers an overclaim's severity, never clears it. */
  hedged: boolean;
  /** 個人差があります, 場合があります, 約6か月: the sentence states the claim's limits. */
  limited: boolean;
  /** ください, ましょう after the claim: an instruction, not a claim. */
  instruction: boolean;
  /** 〜ために, 〜を目指して: a purpose, not a result. */
  purpose: boolean;
  /** 多くは数日で治まります: the natural course of a condition or a side effect, not a treatment's effect. */
  course: boolean;
  /** 数か月程度, 1〜2週間ほど: the sentence bounds what it says with an approximate span or count. */
  bounded: boolean;
  /** 患者16名に注射したところ…: the sentence reports a study (the evidence rule judges it). */
  study: boolean;
}

const readingPatterns = derived((g) => {
  const m = g.modality;
  return {
    hedges: new RegExp(group(m.hedges)),
    limits: new RegExp(group(m.limits), "u"),
    instructions: new RegExp(group(m.instructions)),
    purposes: new RegExp(`^[^。！？]{0,6}?${group(m.purposes)}`),
    bounded: new RegExp(m.boundedFigure, "u"),
    study: new RegExp(group(m.studyMarkers)),
    course: new RegExp(group(m.courseMarkers)),
    span: new RegExp(m.courseSpan, "u")
  };
});

/** The rest of the sentence's clause group after `end`, up to the sentence end. */
function restOfSentence(text: string, end: number): string {
  const rest = text.slice(end);
  const stop = rest.search(/[。！？!?]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

export function readingOf(text: string, start: number, end: number): Reading {
  const p = readingPatterns();
  const rest = restOfSentence(text, end);
  return {
    hedged: p.hedges.test(rest),
    limited: p.limits.test(text),
    instruction: p.instructions.test(rest),
    purpose: p.purposes.test(rest),
    course: p.course.test(text) && p.span.test(text),
    bounded: p.bounded.test(text),
    study: p.study.test(text)
  };
}

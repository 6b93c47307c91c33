import fc from "fast-check";

/** Sentences in the style of clinic columns (written for these tests), violating and clean. */
export const CLINIC_SENTENCES = [
  "当院の治療は膝の痛みを根本から改善します。",
  "施術後の副作用はありません。",
  "日本一の症例数を誇るクリニックです。",
  "今なら初診料が半額になります。",
  "劇的な改善が期待できます。",
  "劇的に若返る点滴療法です。",
  "注射の後に腫れや痛みが出ることがあります。",
  "効果には個人差があります。",
  "患者様の声",
  "満足度98%の人気メニューです。",
  "必ずしも全員に効くわけではありません。",
  "ダウンタイムはほとんどありません。",
  "厚生労働省認可の再生医療です。",
  "幹細胞培養上清液の点滴で肌が若返ります。",
  "マウスの実験で毛が生えたので、AGAにも効果があります。",
  "自由診療のため、費用は全額自己負担となります。費用:33,000円(税込)",
  "主なリスク・副作用:腫れ、内出血、感染。",
  "お問い合わせは 03-1234-5678 まで。",
  "「根本から治る」という表現は医療広告では使えません。",
  "10年後も20年後もトラブルのない歯として使い続けられます。"
];

/** Pieces no clinic writes on purpose, but that pages carry: what a linter must survive. */
const HOSTILE = [
  "😀",
  "👨‍👩‍👧‍👦",
  "𠮷野家",
  "\uD800",
  "\uDC00",
  "e\u0301",
  "か\u3099",
  "\u200B",
  "\u2060",
  "\u00AD",
  "\uFEFF",
  "\u200D",
  "\u202E",
  "ｺﾝﾎﾟﾝｶﾗ ｶｲｾﾞﾝ",
  "ﾀﾞｳﾝﾀｲﾑﾅｼ",
  "１００％",
  "ＡＢＣｄｅｆ",
  "№１",
  "\r\n",
  "\r",
  "\n",
  "\n\n",
  "\t",
  "\u0000",
  "\u0007",
  "\u001B[31m",
  "\u2028",
  "\u3000",
  "<",
  ">",
  "&amp;",
  "&#x1F600;",
  "\\",
  "*",
  "_",
  "`",
  "~~",
  "|"
];

/** Markup openers and closers of the three formats, broken or not. */
const MARKUP = [
  "# ",
  "## ",
  "###### ",
  "- ",
  "* ",
  "1. ",
  "> ",
  "> > > ",
  "- > 1. ",
  "```\n",
  "    ",
  "**",
  "~~",
  "[リンク](https://example.com/)",
  "![症例写真](before.jpg)",
  "| 施術 | 費用 |\n|---|---|\n| 注射 | 5,000円 |\n",
  "<!-- medical-ad-ok no-overclaim -- 引用 -->\n",
  "<!-- medical-ad-ok-start * -- 解説 -->\n",
  "<!-- medical-ad-ok-end -->\n",
  "<!-- textlint-disable -->",
  "<p>",
  "</p>",
  "<div><span>",
  "<b>",
  "<table><tr><td>",
  "<del>10,000円</del>",
  "<img alt=\"施術前後\" src=\"x.jpg\">",
  "<script>",
  "<!--",
  "]]>",
  "<br>",
  "\n---\n",
  "[^1]",
  "[^1]: 山田ほか. 臨床研究. 2020.\n"
];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...CLINIC_SENTENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  // A sentence with a hostile piece inside it.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...CLINIC_SENTENCES), fc.constantFrom(...HOSTILE), fc.nat())
      .map(([s, h, n]) => {
        const at = n % (s.length + 1);
        return s.slice(0, at) + h + s.slice(at);
      })
  },
  // A very long line, and deeply nested Markdown.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...CLINIC_SENTENCES), fc.integer({ min: 20, max: 200 })).map(([s, n]) => s.replace(/。$/, "、").repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("> ", "- ", "  - ", "1. "), fc.integer({ min: 10, max: 60 })).map(([m, n]) => m.repeat(n)) },
  // Any text at all, including lone surrogates.
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) }
);

/** A page: pieces joined, with a BOM sometimes, as Markdown, plain text or HTML. */
export function document(): fc.Arbitrary<{ text: string; ext: ".md" | ".txt" | ".html" }> {
  return fc
    .record({
      bom: fc.boolean(),
      pieces: fc.array(fc.tuple(piece, fc.constantFrom("", "", "\n", "\n\n", "\r\n")), { minLength: 1, maxLength: 30 }),
      ext: fc.constantFrom(".md" as const, ".md" as const, ".txt" as const, ".html" as const)
    })
    .map(({ bom, pieces, ext }) => ({ text: (bom ? "\uFEFF" : "") + pieces.map(([p, sep]) => p + sep).join(""), ext }));
}

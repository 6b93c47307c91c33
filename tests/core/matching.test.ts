import { compileTerm } from "../../src/match/term";
import { verifyTerm } from "../../src/match/verify";
import { Prefilter } from "../../src/match/prefilter";
import { tokenize } from "../../src/nlp/tokens";

/** Where `term` matches in `text` (the matched text), or undefined. */
async function find(termSource: string, text: string): Promise<string | undefined> {
  const term = await compileTerm(termSource);
  const tokens = await tokenize(text);
  for (let at = text.indexOf(term.key); at >= 0; at = text.indexOf(term.key, at + 1)) {
    const match = verifyTerm(term, tokens, at, text);
    if (match) return text.slice(match.start, match.end);
  }
  return undefined;
}

describe("term matching at token boundaries", () => {
  test.each([
    ["治る", "この治療で治ります。", "治ります"],
    ["治る", "腰痛が治った。", "治った"],
    ["必ず…治る", "必ず症状が治ります。", "必ず症状が治ります"],
    ["副作用…<NEG>", "副作用はありません。", "副作用はありません"],
    ["副作用…<NEG>", "副作用の心配は一切ない治療です。", "副作用の心配は一切ない"],
    ["ダウンタイム…<NEG>", "ダウンタイムはゼロです。", "ダウンタイムはゼロ"],
    ["日本一", "日本一の実績です。", "日本一"],
    ["ガン", "ガンの治療について。", "ガン"],
    ["幹細胞", "幹細胞上清液を用います。", "幹細胞"]
  ])("%s finds %s", async (term, text, expected) => {
    expect(await find(term, text)).toBe(expected);
  });

  test.each([
    ["ガン", "ヴィーガンの食事です。"],
    ["必ず", "必ずしも全員に効くわけではありません。"],
    ["最新", "最近の研究です。"],
    ["日本一", "日本一周の旅。"],
    ["一番", "一番目の患者です。"],
    ["治る", "治療を行います。"],
    ["必ず…治る", "必ず受診してください。治ります。"]
  ])("%s does not match in %s", async (term, text) => {
    expect(await find(term, text)).toBeUndefined();
  });

  test("a gap never crosses a clause boundary", async () => {
    expect(await find("必ず…治る", "必ずご相談ください、症状が治ります。")).toBeUndefined();
  });

  test("a term must start with literal text", async () => {
    await expect(compileTerm("…治る")).rejects.toThrow(/literal/);
  });
});

describe("prefilter", () => {
  test("finds every occurrence of every key, overlapping too", () => {
    const filter = new Prefilter(["根本", "根本から", "から"]);
    const hits = filter.find("根本から治す").map((h) => [h.value, h.start]);
    expect(hits).toEqual([
      [0, 0],
      [1, 0],
      [2, 2]
    ]);
  });

  test("finds nothing in text without keys", () => {
    expect(new Prefilter(["完治"]).find("肩こりの相談")).toEqual([]);
  });
});

describe("IPADIC segmentation quirks", () => {
  test("a kanji word glued to its inflection is still found (完治して → 完|治し|て)", async () => {
    expect(await find("完治", "一度で完治しています。")).toMatch(/^完治/);
    expect(await find("完治", "完治して元気になりました。")).toMatch(/^完治/);
  });
});

describe("a gap before <NEG> holds only light words", () => {
  test("the subject itself is denied", async () => {
    expect(await find("副作用…<NEG>", "副作用の心配は一切ありません。")).toBeDefined();
    expect(await find("痛み…<NEG>", "痛みを感じることはほとんどありません。")).toBeDefined();
  });
  test("a later negation of something else is not a denial of the subject", async () => {
    expect(await find("痛み…<NEG>", "痛み止めだけでは十分に和らがないことがあります。")).toBeUndefined();
    expect(await find("副作用…<NEG>", "副作用について説明しない医療機関もあります。")).toBeUndefined();
  });
});

describe("irregular verbs", () => {
  test("a term ending in する finds its other forms (証明する → 証明されています)", async () => {
    expect(await find("証明する", "研究で証明されています。")).toMatch(/^証明さ/);
    expect(await find("改善する", "症状が改善しました。")).toMatch(/^改善し/);
  });
});

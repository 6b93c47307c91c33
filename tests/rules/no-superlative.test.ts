import { lintText, lintWith, phraseOf, dataOf } from "../helpers/lint";

const RULE = "no-superlative";

/** The phrases the rule reports in text, in order. */
async function phrasesIn(text: string, ext: ".md" | ".txt" | ".html" = ".md"): Promise<string[]> {
  return (await lintWith(RULE, text, ext)).map(phraseOf);
}

describe("no-superlative: comparisons and superlatives are reported", () => {
  test.each([
    ["当院は豊胸手術の症例数日本一のクリニックです。", "日本一"],
    ["脂肪吸引の実績は東北No.1です。", "No.1"],
    ["満足度ランキングNo1の皮膚科です。", "No1"],
    ["口コミ評価ナンバーワンのクリニックです。", "ナンバーワン"],
    ["美容外科の人気ランキングで第１位に選ばれました。", "第１位"],
    ["当院は県内トップの症例実績を持っています。", "県内トップ"],
    ["当院の眼科は国内有数の手術件数を誇ります。", "国内有数"],
    ["最高品質のヒアルロン酸を使用しています。", "最高品質"],
    ["当院は県内唯一の専門クリニックです。", "県内唯一"],
    ["全国初の導入となる医療レーザーです。", "全国初"],
    ["国内最多の症例を誇るクリニックです。", "最多"],
    ["業界随一の技術で施術します。", "随一"],
    ["他院に比べて費用が安く、痛みも少ないのが特長です。", "他院に比べ"],
    ["一番人気のメニューはハイフです。", "一番人気"]
  ])("%s → %s", async (text, phrase) => {
    const messages = await lintWith(RULE, text);
    expect(messages.map(phraseOf)).toContain(phrase);
    const message = messages.find((m) => phraseOf(m) === phrase)!;
    expect(message.ruleId).toBe(RULE);
    expect(dataOf(message!).basis).toMatch(/第6条の5/);
    expect(dataOf(message!).basis).toMatch(/第3の1\(2\)/);
  });

  test("the message is one line: phrase, what is wrong, basis, a rewrite", async () => {
    const [message] = await lintWith(RULE, "当院は豊胸手術の症例数日本一のクリニックです。");
    expect(message!.message).toMatch(/^"日本一" は比較優良広告にあたるおそれがあります\(医療法 第6条の5 第2項第1号\): .+ 言い換え例: 「.+」 \[nihon-ichi\]$/);
    expect(message!.message).not.toMatch(/\n/);
  });

  test("a superlative is reported even when it is presented as a fact", async () => {
    expect(await phrasesIn("厚生労働省の統計によると、当院の手術件数は県内1位です。")).toContain("1位");
  });
});

describe("no-superlative: word boundaries", () => {
  test.each([
    ["日本一周の旅から戻られた患者様の膝を診察しました。", "日本一の実績です。"],
    ["一番奥の歯は磨き残しが多い場所です。", "地域で一番選ばれている医院です。"],
    ["一番目の方からお呼びします。", "一番人気の施術です。"],
    ["受付番号（例：No.12）でお呼びします。", "地域No.1の医院です。"],
    ["満足度調査の順位は全国で11位でした。", "満足度調査で全国1位になりました。"],
    ["県内一円から患者様が来院されます。", "県内一の症例数です。"]
  ])("clean: %s / reported: %s", async (clean, reported) => {
    expect(await lintWith(RULE, clean)).toEqual([]);
    expect(await lintWith(RULE, reported)).toHaveLength(1);
  });

  test("最近・最初 are not 最新, and 最新 alone is not a selling point", async () => {
    for (const text of ["最近、肩こりで受診される方が増えています。", "最初に問診票をご記入ください。", "最新のお知らせはトップページをご覧ください。", "最新情報はSNSでお知らせします。"]) {
      expect(await lintWith(RULE, text), text).toEqual([]);
    }
  });

  test("最新 as a selling point of the clinic's equipment is a warning, not an error", async () => {
    const [message, ...rest] = await lintWith(RULE, "最新の脱毛機を導入しています。");
    expect(rest).toEqual([]);
    expect(phraseOf(message!)).toBe("最新の脱毛機");
    expect(message!.severity).toBe(1);
    expect(dataOf(message!).basis).toMatch(/Q&A A2-1/);
  });

  test("最新 with an edition or as the latest research stays clean", async () => {
    for (const text of ["2024年版の最新ガイドラインに沿って治療方針を決めています。", "最新の研究では、睡眠不足が肌荒れに関係すると報告されています。"]) {
      expect(await lintWith(RULE, text), text).toEqual([]);
    }
  });

  test("an objective count with its date is not a comparison", async () => {
    expect(await lintWith(RULE, "常勤医師数200名（2026年4月現在）。")).toEqual([]);
  });

  test("1位 in disease statistics ranks diseases, not clinics", async () => {
    expect(await lintWith(RULE, "がんは日本人の死因の第1位です。")).toEqual([]);
  });

  test("case labels are not rankings", async () => {
    expect(await lintWith(RULE, "写真は左からNo.1、No.2、No.3です。")).toEqual([]);
    expect(await lintWith(RULE, "症例No.1：40代女性")).toEqual([]);
  });

  test("最高血圧 is a medical term, 最高の is a boast", async () => {
    expect(await lintWith(RULE, "最高血圧が高い方は、施術前にご相談ください。")).toEqual([]);
    expect(await phrasesIn("最高の医療を提供します。")).toEqual(["最高の"]);
  });
});

describe("no-superlative: full-width and markup", () => {
  test("a full-width period inside Ｎｏ．１ does not end the sentence", async () => {
    expect(await phrasesIn("ＮＯ．１の実績を誇る医療脱毛専門院です。")).toEqual(["ＮＯ．１"]);
  });

  test("Markdown emphasis does not hide the phrase, and the range is the phrase in the source", async () => {
    const source = "当院は**日本一**の症例数です。";
    const [message, ...rest] = await lintWith(RULE, source);
    expect(rest).toEqual([]);
    expect(phraseOf(message!)).toBe("日本一");
    expect(source.slice(message!.range[0], message!.range[1])).toBe("日本一");
  });

  test("a comparison table with a column for other clinics is flagged at its header", async () => {
    const table = "|  | 当院 | 一般的な歯科医院 |\n|---|---|---|\n| 治療期間 | 3か月 | 6か月 |\n";
    const [message, ...rest] = await lintWith(RULE, table);
    expect(rest).toEqual([]);
    expect(phraseOf(message!)).toBe("一般的な歯科医院");
  });

  test("plain text is linted too", async () => {
    expect(await phrasesIn("当院は症例数日本一の医院です。", ".txt")).toEqual(["日本一"]);
  });
});

describe("no-superlative: context", () => {
  test.each([
    ["negation", "当院が日本一の実績を持つわけではありません。"],
    ["question", "本当に日本一のクリニックなのでしょうか？"],
    ["quotation of an expression", "「日本一」「No.1」という表現は、医療広告では使えません。"],
    ["a rule described, not a claim", "他の医療機関より優れていると示す表現は、医療広告では使えません。"],
    ["a goal, not a claim", "地域で一番身近な相談窓口を目指しています。"],
    ["a table cell that lists NG expressions", "| 広告の表現の例 | 説明 |\n|---|---|\n| 「日本一」「No.1」 | 使えません |\n"]
  ])("%s clears: %s", async (_, text) => {
    expect(await lintWith(RULE, text)).toEqual([]);
  });

  test("より meaning 'from' is not a comparison", async () => {
    expect(await lintWith(RULE, "他院よりご紹介いただいた患者様も診療しています。")).toEqual([]);
    expect(await phrasesIn("他院よりも腫れにくい方法です。")).toEqual(["他院より"]);
  });

  test("a negation that is part of the comparison does not clear it", async () => {
    expect(await phrasesIn("大学病院にも負けない設備を整えています。")).toEqual(["大学病院にも負け"]);
    expect(await phrasesIn("他院より痛くない注入法です。")).toEqual(["他院より"]);
    expect(await phrasesIn("インプラントの技術は他の追随を許しません。")).toEqual(["他の追随を許しません"]);
  });

  test("mentioning other clinics without comparing them is clean", async () => {
    for (const text of [
      "他院で治療中の方も、セカンドオピニオンとしてご相談いただけます。",
      "他院からの紹介状をお持ちの方は受付にお出しください。",
      "他院と比較検討されている方も、お気軽にご相談ください。",
      "ワイヤー矯正と比べて、マウスピース矯正は目立ちにくい装置です。"
    ]) {
      expect(await lintWith(RULE, text), text).toEqual([]);
    }
  });

  test("other rules do not report the superlative as their own", async () => {
    const ids = new Set((await lintText("当院は症例数日本一です。")).map((m) => m.ruleId));
    expect(ids).toEqual(new Set([RULE]));
  });
});

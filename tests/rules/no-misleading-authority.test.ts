import { lintWith, phraseOf, dataOf } from "../helpers/lint";

const RULE = "no-misleading-authority";

async function phrasesIn(text: string): Promise<string[]> {
  return (await lintWith(RULE, text)).map(phraseOf);
}

describe("no-misleading-authority: implied endorsements are reported", () => {
  test.each([
    ["当院は厚生労働省認定のクリニックです。", "厚生労働省認定"],
    ["厚労省が認可した安全なPRP治療を行っています。", "厚労省が認可"],
    ["この再生医療は厚生労働省の正式な承認を得ています。", "厚生労働省の正式な承認"],
    ["国に承認された再生医療なので安心です。", "国に承認"],
    ["県知事の許可を受けた信頼の医療機関です。", "県知事の許可"],
    ["当院では認可を受けた再生医療を提供しています。", "認可を受けた再生医療"],
    ["当院のサイトは医療広告ガイドラインに準拠しています。", "医療広告ガイドラインに準拠"],
    ["タレントの〇〇さんも当院で施術を受けました。", "タレント"],
    ["芸能事務所と提携している美容外科です。", "芸能事務所"],
    ["日本美容外科学会推薦の施術です。", "学会推薦"],
    ["皮膚科医の8割がすすめるスキンケア治療。", "皮膚科医の8割"],
    ["医学博士も推薦する点滴療法です。", "医学博士も推薦"],
    ["FDA認可の機器だから安全性は間違いありません。", "FDA認可"]
  ])("%s → %s", async (text, phrase) => {
    const messages = await lintWith(RULE, text);
    expect(messages.map(phraseOf)).toContain(phrase);
    const message = messages.find((m) => phraseOf(m) === phrase)!;
    expect(message.ruleId).toBe(RULE);
    expect(dataOf(message!).basis).toMatch(/[^。]*(?:医療法|医療広告ガイドライン)/);
  });

  test("the message for a claimed approval explains 届出 and offers the accurate wording", async () => {
    const [message] = await lintWith(RULE, "厚生労働省認可の再生医療です。");
    expect(message!.message).toMatch(/^"厚生労働省認可" は/);
    expect(message!.message).toMatch(/届出/);
    expect(message!.message).toMatch(/言い換え例: 「再生医療等安全性確保法に基づき/);
  });

  test("a celebrity as a patient is reported under the 比較優良 basis of 事例解説書 (7)", async () => {
    const [message] = await lintWith(RULE, "人気モデルも通うクリニックです。");
    expect(phraseOf(message!)).toBe("人気モデル");
    expect(dataOf(message!).basis).toMatch(/第6条の5 第2項第1号/);
    expect(message!.message).toMatch(/事例解説書 第4版 \(7\)/);
  });
});

describe("no-misleading-authority: accurate statements stay clean", () => {
  test.each([
    ["a 届出 stated accurately", "再生医療等提供計画を厚生労働大臣に提出（届出）しています（計画番号◯◯）。"],
    ["a product's own approval", "国内で医療機器として承認を受けたヒアルロン酸製剤を使用しています。"],
    ["a drug approved by the ministry", "厚生労働省の承認を受けた医薬品のみを使用しています。"],
    ["a doctor's board certification", "院長は日本皮膚科学会認定の皮膚科専門医です。"],
    ["a guideline cited accurately", "日本皮膚科学会の診療ガイドライン（2017年版）では、この治療は推奨度Bとされています。"],
    ["public-health advice", "HPVワクチンは厚生労働省も接種を推奨しています。"],
    ["a required foreign-status disclosure", "本剤は米国FDAで承認されていますが、国内では未承認の医薬品です。"],
    ["a media appearance as a plain fact", "院長は2024年5月、テレビ番組で花粉症について解説しました。"],
    ["a national qualification", "公認心理師が在籍しています。"]
  ])("%s: %s", async (_, text) => {
    expect(await lintWith(RULE, text)).toEqual([]);
  });
});

describe("no-misleading-authority: look-alikes and context", () => {
  test("a celebrity look is not a celebrity patient", async () => {
    expect(await lintWith(RULE, "芸能人のような小顔を目指す方にも、リスクをご説明します。")).toEqual([]);
    expect(await phrasesIn("芸能人も通う美容クリニックです。")).toEqual(["芸能人"]);
  });

  test("news about a celebrity's illness is not an endorsement", async () => {
    expect(await lintWith(RULE, "有名人が乳がんを公表したことで、検診を受ける方が増えました。")).toEqual([]);
  });

  test("モデル as a model (3Dモデル, モデルケース) is not a celebrity", async () => {
    for (const text of ["3Dモデルを使って手術の計画をご説明します。", "モデルケースとして治療期間の目安をお示しします。"]) {
      expect(await lintWith(RULE, text), text).toEqual([]);
    }
  });

  test("FDA approval as a selling point is an error, as a bare label a warning", async () => {
    const [selling] = await lintWith(RULE, "FDA承認の機器を使用しているので安全です。");
    expect(phraseOf(selling!)).toBe("FDA承認");
    expect(selling!.severity).toBe(2);
    const [label] = await lintWith(RULE, "FDA承認の脂肪冷却機を導入しました。");
    expect(phraseOf(label!)).toBe("FDA承認");
    expect(label!.severity).toBe(1);
  });

  test("ノーベル賞 borrowed for a treatment is a warning; disclaiming the link is clean", async () => {
    const [message] = await lintWith(RULE, "ノーベル賞を受賞した技術を応用した点滴です。");
    expect(message!.severity).toBe(1);
    expect(
      await lintWith(RULE, "iPS細胞の研究はノーベル賞を受賞しましたが、当院の脂肪由来幹細胞の治療はiPS細胞とは異なるものです。")
    ).toEqual([]);
  });

  test.each([
    ["negation", "再生医療等提供計画の受理は、国が治療の有効性を認めたわけではありません。"],
    ["quotation", "「厚生労働省認可」とうたう再生医療の広告には注意が必要です。"],
    ["quoted examples", "「芸能人も通う」「モデルの〇〇さんも愛用」といった宣伝は、治療の質を示すものではありません。"],
    ["question", "この治療は本当に国が認めたものなのでしょうか？"]
  ])("%s clears: %s", async (_, text) => {
    expect(await lintWith(RULE, text)).toEqual([]);
  });

  test("Markdown emphasis does not hide the phrase", async () => {
    const source = "**厚生労働省認可**の再生医療です。";
    const [message, ...rest] = await lintWith(RULE, source);
    expect(rest).toEqual([]);
    expect(phraseOf(message!)).toBe("厚生労働省認可");
    expect(source.slice(message!.range[0], message!.range[1])).toBe("厚生労働省認可");
  });

  test("お墨付き is reported once, by the endorsement entry", async () => {
    expect(await phrasesIn("国のお墨付きを得た治療法です。")).toEqual(["お墨付き"]);
  });
});

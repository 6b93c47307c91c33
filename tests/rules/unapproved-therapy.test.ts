import { phraseOf } from "../helpers/lint";
import { findings } from "../fixtures/pages/items";

const RULE = "unapproved-therapy";
const lint = (text: string) => findings(RULE, text);

describe("unapproved-therapy: effect claims without the unapproved status", () => {
  test.each([
    "幹細胞培養上清液の点鼻で、毎朝の目覚めがすっきりします。",
    "エクソソーム導入で、肌のキメが整います。",
    "当院のNMN点滴は、疲れにくい体づくりをサポートします。",
    "オゼンピックを使ったダイエットなら、食べる量を自然に減らせます。",
    "ミノキシジルタブレットの服用で、生え際の発毛が期待できます。",
    "個人輸入した医薬品で、ニキビ跡を改善します。",
    "プラセンタ注射で美肌をめざしましょう。",
    "フィナステリドは女性の薄毛にも効果があります。"
  ])("%s", async (text) => {
    const result = await lint(text);
    expect(result).toHaveLength(1);
    expect(result[0]!.severity).toBe(2);
    expect(result[0]!.message).toContain("第68条");
  });

  test("the sentence after the one naming the therapy is about it too", async () => {
    const result = await lint("NMNを点滴で補います。若々しい毎日を取り戻せます。");
    expect(result.map((m) => phraseOf(m))).toEqual(["若々しい"]);
  });

  test.each([
    "当院のエクソソーム製剤は国内未承認の製品で、肌のハリへの効果は確立されていません。",
    "ミノキシジル内服薬は薄毛の治療薬として国内で承認されておらず、発毛効果には個人差があります。",
    "マンジャロを体重を減らす目的で使うことは、国内で承認された効能ではありません。",
    "幹細胞上清液の効果は研究段階にあり、改善をお約束するものではありません。",
    "高濃度ビタミンC点滴が疲労の回復に役立つかどうかについて、十分な臨床的根拠はありません。",
    "プラセンタ注射は更年期障害の治療薬として承認されています。",
    "本当にエクソソームで若返るのでしょうか？"
  ])("clean: %s", async (text) => {
    expect(await lint(text)).toEqual([]);
  });

  test("a status statement in the same paragraph or section covers the claim", async () => {
    const paragraph = "当院のエクソソーム点滴は、肌の調子を整えることを目的としています。使用する製剤は国内で承認されていない製品です。";
    expect(await lint(paragraph)).toEqual([]);
    const section = "## エクソソーム点滴\n\nエクソソーム点滴で肌の調子を整えます。\n\n使用する製剤は未承認の製品です。\n";
    expect(await lint(section)).toEqual([]);
  });

  test("a disclosure section of the page covers claims in other sections", async () => {
    const text =
      "# 医療ダイエット\n\n## 治療について\n\nリベルサスで食欲がおさまり、体重の減少につながる場合があります。\n\n## お薬の承認の状況について\n\n体重を減らす目的での使用は適応外使用です。\n";
    expect(await lint(text)).toEqual([]);
    const without = text.replace(/## お薬の承認の状況について[\s\S]*$/, "");
    expect(await lint(without)).toHaveLength(1);
  });

  test("a claim far from the status statement (another section, no disclosure section) is reported", async () => {
    const text = "# NMN点滴\n\n## 効果\n\nNMN点滴で代謝が上がります。\n\n## 注意\n\n使用する製剤は未承認です。\n";
    expect(await lint(text)).toHaveLength(1);
  });
});

describe("unapproved-therapy: 再生医療 is a 届出, not an approval", () => {
  test.each(["当院の幹細胞治療は、厚生労働省に承認された治療です。", "PRP療法は国の認可を受けた再生医療です。", "厚労省承認の幹細胞点滴を受けられます。"])(
    "%s",
    async (text) => {
      const result = await lint(text);
      expect(result).toHaveLength(1);
      expect(result[0]!.message).toContain("届出");
    }
  );

  test.each([
    "当院のPRP療法は、再生医療等提供計画を厚生労働大臣に提出（届出）して行っています。",
    "届出は、国が治療の効果や安全性を認めたことを意味するものではありません。当院の幹細胞治療は届出のうえで行っています。",
    "「厚生労働省認可」とうたう幹細胞治療の広告に注意しましょう。",
    "エクソソーム製剤は国内未承認であり、救済制度の対象外です。"
  ])("clean: %s", async (text) => {
    expect(await lint(text)).toEqual([]);
  });

  test("an effect claim for a regenerative therapy is not reported where the page states its 届出 or the claim its limits", async () => {
    expect(await lint("PRP療法でひざの痛みがやわらぎます。当院は再生医療等提供計画を提出しています。")).toEqual([]);
    expect(await lint("PRP療法でひざの痛みの改善が期待できますが、必ず治るわけではありません。")).toEqual([]);
    expect(await lint("NK細胞療法で、体の抵抗力を高めます。")).toHaveLength(1);
  });
});

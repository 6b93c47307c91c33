import type { TextlintMessage } from "@textlint/types";
import { lintWith, phraseOf, dataOf } from "../helpers/lint";

/**
 * statistics-need-evidence: survey figures without their basis (GL 第3の1(1), 事例解説書 第4版 (2)) and
 * cumulative case counts without a breakdown (事例解説書 第2版 (10), warning). Each entry's own examples
 * run in tests/dictionaries.test.ts; this file checks how a stated basis, a citation and a per-year
 * breakdown change the verdict.
 */
const RULE = "statistics-need-evidence";
const lint = (text: string) => lintWith(RULE, text);
const phrases = (messages: TextlintMessage[]) => messages.map(phraseOf);
const idOf = (message: TextlintMessage) => /\[([a-z0-9-]+)\]$/.exec(message.message)?.[1];
const ERROR = 2;
const WARNING = 1;

describe("figures without a basis are errors", () => {
  test.each([
    ["二重整形の患者様満足度98.7%", "患者様満足度98.7%"],
    ["当院のインプラント治療の成功率は99%です。", "成功率は99%"],
    ["育毛外来の発毛率は約95％。", "発毛率は約95％"],
    ["内服治療の改善率 91%", "改善率 91%"],
    ["施術を受けた方のほぼ全員が効果を実感されています。", "ほぼ全員が効果を実感"],
    ["9割以上の方が仕上がりに満足されています。", "9割以上の方が仕上がりに満足"],
    ["受診された方の94%が「また受けたい」と満足されています。", "方の94%が「また受けたい」と満足"],
    ["10人に9人が1回目で変化を実感しています。", "10人に9人が1回目で変化"]
  ])("%s → %s", async (text, phrase) => {
    const messages = await lint(text);
    expect(phrases(messages)).toContain(phrase);
    const message = messages.find((m) => phraseOf(m) === phrase)!;
    expect(message.ruleId).toBe(RULE);
    expect(message.severity).toBe(ERROR);
    expect(dataOf(message!).basis).toMatch(/医療広告ガイドライン 第3の1\(1\) 虚偽広告; 事例解説書 第4版 \(2\)/);
  });

  test("the message starts with the figure and shows how to state the basis", async () => {
    const [message] = await lint("脂肪溶解注射の満足度は96%です。");
    expect(message!.message).toMatch(/^"満足度は96%" は根拠を示さない調査結果\(虚偽広告\)にあたるおそれがあります\(医療広告ガイドライン 第3の1\(1\) 虚偽広告\): /);
    expect(dataOf(message!).rewrites?.join("\n")).toMatch(/調査期間/);
    expect(idOf(message!)).toBe("manzokudo");
  });
});

describe("a basis stated in the same sentence", () => {
  test("a satisfaction figure with its survey basis stays a warning (it can still be judged 誇大)", async () => {
    const messages = await lint("満足度92%（調査期間：2024年4月〜9月、対象：当院でボトックス注射を受けた患者150名、有効回答121名、当院調べ）");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.severity).toBe(WARNING);
    expect(idOf(messages[0]!)).toBe("manzokudo-with-basis");
  });

  test("a clinic's success rate with its period and cases stays a warning", async () => {
    const messages = await lint("当院の白内障手術の成功率は99%です（集計期間：2022年〜2024年、対象者1,024名）。");
    expect(messages.map((m) => m.severity)).toEqual([WARNING]);
  });

  test("a rate quoted from a cited clinical trial is not the clinic's own unsupported survey", async () => {
    expect(await lint("国内の臨床試験では、有効率は約55%と報告されています（文献2）。")).toEqual([]);
  });

  test("the basis in another sentence does not clear the figure", async () => {
    const messages = await lint("発毛率は97%です。調査期間は2024年1月〜12月です。");
    expect(messages.map((m) => m.severity)).toContain(ERROR);
  });
});

describe("cumulative case counts", () => {
  test.each([
    ["当院の脂肪吸引の実績は3000件を超えています。", "実績は3000件を超え"],
    ["症例数5万件突破！", "症例数5万件突破"],
    ["開院以来、累計1万2000例の手術を行ってきました。", "開院以来、累計1万2000例"],
    ["2005年から2024年までに眼瞼下垂手術を4200件実施しました。", "2005年から2024年までに眼瞼下垂手術を4200件"]
  ])("%s → a warning", async (text, phrase) => {
    const messages = await lint(text);
    expect(phrases(messages)).toContain(phrase);
    const message = messages.find((m) => phraseOf(m) === phrase)!;
    expect(message.severity).toBe(WARNING);
    expect(dataOf(message!).basis).toMatch(/事例解説書 第2版 \(10\)/);
  });

  test.each([
    "鼠径ヘルニア手術の件数：2022年 81件、2023年 88件、2024年 95件",
    "2024年1月から12月までの1年間に、内視鏡検査を1,250件行いました。",
    "年間約400件の白内障手術を行っています。",
    "2024年度の手術件数は150件以上でした。",
    "2024年の白内障手術件数は312件でした。"
  ])("a count with its period or per-year breakdown stays clean: %s", async (text) => {
    expect(await lint(text)).toEqual([]);
  });
});

describe("look-alikes stay clean", () => {
  test.each([
    // figures that are not survey results about the clinic's outcomes
    "自由診療のため、治療費は全額（100％）自己負担となります。",
    "保険診療では3割負担となります。",
    "日本人の2人に1人が、一生のうちにがんと診断されるといわれています。",
    "副作用として、10人に1人程度に眠気がみられます。",
    "一般に、40歳を過ぎると妊娠率は低下するといわれています。",
    // rates mentioned without a figure, or denied
    "成功率については、検査結果をもとに診察でご説明します。",
    "全員に同じ効果が出るわけではありません。",
    "ほとんどの方は日帰りで手術を受けられます。",
    // the rule quoted as an example
    "「患者様満足度99%」のような数字には、調査の方法や対象が書かれているか確かめましょう。",
    // an endorsement figure belongs to no-misleading-authority, not to this rule
    "皮膚科医の9割がすすめるスキンケアです。"
  ])("%s", async (text) => {
    expect(await lint(text)).toEqual([]);
  });
});

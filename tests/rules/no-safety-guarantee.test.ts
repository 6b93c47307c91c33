import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TextlintMessage } from "@textlint/types";
import { lintWith, phraseOf } from "../helpers/lint";

/**
 * no-safety-guarantee: claims that a treatment has no side effects, pain or risk (GL 第3の1(1),
 * 医薬品等適正広告基準 第4 3(5)). Risk disclosures must stay clean. Each entry's own examples run in
 * tests/dictionaries.test.ts; this file checks behaviour across entries.
 */
const RULE = "no-safety-guarantee";
const lint = (text: string, ext: ".md" | ".txt" = ".md") => lintWith(RULE, text, ext);
const phrases = (messages: TextlintMessage[]) => messages.map(phraseOf);

describe("no-safety-guarantee reports guarantees of safety", () => {
  test.each([
    ["この点滴には副作用がありません。", "副作用がありません"],
    ["副作用ゼロの育毛治療です。", "副作用ゼロ"],
    ["副作用の心配はまったくいりません。", "副作用の心配はまったくいりません"],
    ["施術中も痛くないので安心です。", "痛くない"],
    ["歯科の無痛治療に対応しています。", "無痛"],
    ["糸リフトは腫れないのが特長です。", "腫れない"],
    ["ダウンタイムなしで帰宅できます。", "ダウンタイムなし"],
    ["安心・安全な美容医療を提供します。", "安心・安全"],
    ["絶対安全な脂肪吸引です。", "絶対安全"],
    ["この手術のリスクはゼロです。", "リスクはゼロ"],
    ["経験を積んだ医師なので失敗しません。", "失敗しません"],
    ["後遺症の心配なしの手術です。", "後遺症の心配なし"],
    ["自分の細胞だから、拒絶反応は起こりません。", "拒絶反応は起こりません"],
    ["体に優しい医療ダイエットです。", "体に優しい"],
    ["体への負担ゼロの検査です。", "体への負担ゼロ"],
    ["安全性は証明済みの注射です。", "安全性は証明済み"],
    ["天然成分だから安全です。", "だから安全"],
    ["吸収される糸なので、安全性に問題はありません。", "安全性に問題はありません"],
    ["傷跡が残ることはありません。", "傷跡が残ることはありません"]
  ])("%s → %s", async (text, phrase) => {
    // The reported phrase may take the copula with it (絶対安全な, リスクはゼロです).
    expect(phrases(await lint(text)).some((p) => p.startsWith(phrase))).toBe(true);
  });

  test("a report of no serious side effects is a warning: absence of reports proves no safety", async () => {
    const messages = await lint("これまで重大な副作用は報告されていません。");
    expect(messages.map((m) => [phraseOf(m), m.severity])).toEqual([["重大な副作用は報告されていません", 1]]);
  });
});

describe("risk disclosures stay clean", () => {
  test.each([
    "副作用として腫れが出ることがあります。",
    "治療の前に副作用について説明します。",
    "安全性に配慮して施術を行っています。",
    "リスクがないわけではありません。",
    "絶対に安全な手術はありません。",
    "副作用がまったくない薬は存在しません。",
    "まれに内出血や感染が起こることがあります。",
    "拒絶反応は起こりにくいとされていますが、感染のリスクはあります。",
    "どのような手術にもリスクがあり、ゼロにすることはできません。",
    "安全のため、当日の激しい運動はお控えください。",
    "無痛分娩にも対応しています。",
    "医薬品副作用被害救済制度の対象にはなりません。"
  ])("%s", async (text) => {
    expect(phrases(await lint(text))).toEqual([]);
  });

  test("a relative statement (痛みの少ない) is a description, not a guarantee", async () => {
    expect(phrases(await lint("痛みの少ない麻酔を使用しています。"))).toEqual([]);
    expect(phrases(await lint("痛みはほとんどありません。"))).not.toEqual([]);
  });

  test("a report of no serious side effects qualified in the same sentence is clean", async () => {
    expect(phrases(await lint("重大な副作用は報告されていませんが、長期的な安全性は確立していません。"))).toEqual([]);
  });

  test.each([
    "痛みのない範囲で体を動かしてください。",
    "副作用がない場合は、そのまま服用を続けます。",
    "副作用が出ていないか、血液検査で確認します。",
    "痛みを我慢しないでください。",
    "痛みを我慢せず、お気軽にご相談ください。",
    "アレルギーのない方が対象です。",
    "失敗しないクリニック選びのポイントを解説します。",
    "安全な治療を行うために、事前に血液検査を行います。"
  ])("conditions, purposes and requests are not denials: %s", async (text) => {
    expect(phrases(await lint(text))).toEqual([]);
  });
});

describe("quotation and explanation of the rule", () => {
  test.each([
    "「絶対安全」という表現は使えません。",
    "「副作用ゼロ」「痛みはまったくありません」と書かれていても、リスクのない治療は存在しません。",
    "漢方薬は体にやさしいから副作用がない、というのは誤解です。"
  ])("%s", async (text) => {
    expect(phrases(await lint(text))).toEqual([]);
  });

  test("a question asserts nothing", async () => {
    expect(phrases(await lint("本当に副作用はないのでしょうか？"))).toEqual([]);
  });
});

describe("Markdown", () => {
  test("emphasis inside a phrase is found", async () => {
    expect(phrases(await lint("副作用は**一切ありません**。"))).toEqual(["副作用は一切ありません"]);
  });

  test("a table cell is checked", async () => {
    const table = "| 項目 | 内容 |\n|---|---|\n| リスク | ダウンタイムはありません |\n";
    expect(phrases(await lint(table))).toEqual(["ダウンタイムはありません"]);
  });
});

const SEED = join(__dirname, "../../../shared/seed/column.txt");
describe.skipIf(!existsSync(SEED))("the seed column (a real clinic column)", () => {
  test("reports its safety emphasis and leaves the NRS scale label alone", async () => {
    const messages = await lint(readFileSync(SEED, "utf8"), ".txt");
    const found = phrases(messages);
    expect(found).toEqual(expect.arrayContaining(["良好な安全性プロファイル", "リスクが低い"]));
    expect(found.some((p) => p.startsWith("重大な副作用の報告はなく"))).toBe(true);
    expect(found).not.toContain("痛みなし");
  });
});

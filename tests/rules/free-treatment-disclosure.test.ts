import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { findings, itemOf, page, withoutSection } from "../fixtures/pages/items";

const RULE = "free-treatment-disclosure";
const complete = page("free-treatment-complete.md");

describe("free-treatment-disclosure", () => {
  test("a 自由診療 page that states every item is clean", async () => {
    expect(await findings(RULE, complete)).toEqual([]);
  });

  test.each([
    ["## 治療内容", "treatment", "治療内容"],
    ["## 費用（税込）", "cost", "費用"],
    ["## 治療期間・回数", "duration", "治療期間・回数"],
    ["## 主なリスク・副作用", "risks", "主なリスク・副作用"],
    ["## お問い合わせ", "contact", "問い合わせ先"]
  ])("without %s: exactly one finding, naming %s", async (heading, item, label) => {
    const result = await findings(RULE, withoutSection(complete, heading));
    expect(result).toHaveLength(1);
    expect(result[0]!.message).toContain(`「${label}」`);
    expect(itemOf(result[0]!.message)).toBe(item);
    expect(result[0]!.severity).toBe(2);
  });

  test("reports once per page, at the first mention of the treatment, one finding per missing item", async () => {
    const text = withoutSection(withoutSection(complete, "## 主なリスク・副作用"), "## 費用（税込）");
    const result = await findings(RULE, text);
    expect(result.map((m) => itemOf(m.message)).sort()).toEqual(["cost", "risks"]);
    const ranges = new Set(result.map((m) => m.range.join(",")));
    expect(ranges.size).toBe(1);
    expect(text.slice(result[0]!.range[0], result[0]!.range[1])).toBe("ヒアルロン酸注入");
    expect(result[0]!.message).toMatch(/^"ヒアルロン酸注入" /);
    expect(result[0]!.message).toContain("医療法施行規則 第1条の9の2");
  });

  test("a risk section that only denies risk is not a risk statement (事例解説書 (26))", async () => {
    const denial = complete.replace(
      /## 主なリスク・副作用\n[\s\S]*?\n## /,
      "## 主なリスク・副作用\n\nダウンタイムはほとんどありません。副作用の心配もありません。重大な副作用の報告はなく、安全性は概ね良好です。\n\n## "
    );
    const result = await findings(RULE, denial);
    expect(result.map((m) => itemOf(m.message))).toEqual(["risks"]);
  });

  test("「料金は診察時にご案内します」 does not state the cost", async () => {
    const deferred = complete.replace(/## 費用（税込）\n[\s\S]*?\n## /, "## 費用\n\n料金は診察時にご案内します。\n\n## ");
    const result = await findings(RULE, deferred);
    expect(result.map((m) => itemOf(m.message))).toEqual(["cost"]);
  });

  test("an item the site provides elsewhere (siteProvides) is not reported", async () => {
    const noContact = withoutSection(complete, "## お問い合わせ");
    expect(await findings(RULE, noContact, ".md", { siteProvides: ["contact"] })).toEqual([]);
  });

  test("a phone number anywhere on the page (even at the top) counts as the contact", async () => {
    const top = "TEL.03-1234-5678\n\n" + withoutSection(complete, "## お問い合わせ");
    expect(await findings(RULE, top)).toEqual([]);
  });

  test("an insured treatment is not checked", async () => {
    const insured = "# 花粉症の舌下免疫療法\n\nスギ花粉症に対する舌下免疫療法は健康保険が適用される治療です。毎日お薬を舌の下に置いて続けます。\n";
    expect(await findings(RULE, insured)).toEqual([]);
  });

  test("a page about both 保険診療 and 自費診療 is checked", async () => {
    const mixed = "# 眼瞼下垂の手術\n\n機能の回復を目的とする場合は保険診療、見た目のみを目的とする場合は自費診療です。\n";
    const items = (await findings(RULE, mixed, ".md", { minimumSentences: 1 })).map((m) => itemOf(m.message));
    expect(items).toContain("cost");
    expect(items).toContain("risks");
  });

  test("a never-covered treatment makes a 自由診療 page without the word 自由診療", async () => {
    const text = "# オフィスホワイトニング\n\n歯の表面に薬剤を塗り、光を当てて色素を分解します。\n";
    const items = (await findings(RULE, text, ".md", { minimumSentences: 1 })).map((m) => itemOf(m.message));
    expect(items.sort()).toEqual(["contact", "cost", "duration", "risks"]);
  });

  test("reads HTML pages: tables, lists and a tel: link", async () => {
    const html = `<html><body>
<h1>ほうれい線のヒアルロン酸注入（自由診療）</h1>
<h2>治療内容</h2><p>ヒアルロン酸製剤を頬と口元の皮下に少量ずつ注入します。</p>
<h2>費用</h2><table><tr><th>ヒアルロン酸注入（1本）</th><td>66,000円</td></tr></table>
<h2>治療期間・回数</h2><p>通常は1回で終わり、6〜12か月を目安に追加の注入をご相談いただけます。</p>
<h2>主なリスク・副作用</h2><ul><li>腫れ、内出血</li><li>しこりが残ることがあります</li></ul>
<footer><a href="tel:0312345678">お電話</a></footer>
</body></html>`;
    expect(await findings(RULE, html, ".html")).toEqual([]);
    const noRisk = html.replace(/<h2>主なリスク・副作用<\/h2><ul>.*<\/ul>/, "");
    expect((await findings(RULE, noRisk, ".html")).map((m) => itemOf(m.message))).toEqual(["risks"]);
  });

  test("reads plain text pages", async () => {
    const text = complete.replace(/^#+ /gm, "").replace(/^\| /gm, "").replace(/ \|/g, "");
    expect(await findings(RULE, text, ".txt")).toEqual([]);
  });

  const column = resolve(__dirname, "../../../shared/seed/column.txt");
  test.skipIf(!existsSync(column))("the seed column: cost, period/count and main risks are missing; its phone number is the contact", async () => {
    const result = await findings(RULE, readFileSync(column, "utf8"), ".txt");
    expect(result.map((m) => itemOf(m.message)).sort()).toEqual(["cost", "duration", "risks"]);
    expect(result[0]!.message).toMatch(/^"幹細胞上清液" /);
  });

  test("a fragment (fewer sentences than minimumSentences, default 4) is not a page: no checklist", async () => {
    const banner = "# オフィスホワイトニング\n\n歯の表面に薬剤を塗り、光を当てて色素を分解します。\n";
    expect(await findings(RULE, banner)).toEqual([]);
    expect((await findings(RULE, banner, ".md", { minimumSentences: 1 })).length).toBeGreaterThan(0);
  });
});

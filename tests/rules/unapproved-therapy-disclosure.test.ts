import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DictionaryError } from "../../src/data/load";
import { DISCLOSURE_LEXICON, UNAPPROVED_LEXICON, parseDisclosureData, parseUnapprovedData } from "../../src/checks/disclosure/lexicon";
import { findings, itemOf, page, withoutLine } from "../fixtures/pages/items";

const RULE = "unapproved-therapy-disclosure";
const complete = page("unapproved-complete.md");

describe("unapproved-therapy-disclosure", () => {
  test("an unapproved-therapy page with all five disclosures is clean (and so is its 限定解除 checklist)", async () => {
    expect(await findings(RULE, complete)).toEqual([]);
    expect(await findings("free-treatment-disclosure", complete)).toEqual([]);
    expect(await findings("unapproved-therapy", complete)).toEqual([]);
  });

  test.each([
    ["承認を得ていない未承認", "unapproved-status", "未承認であること"],
    ["販売業者から購入", "acquisition-route", "入手経路"],
    ["同一の成分で国内で承認", "domestic-approved-alternatives", "国内承認品の有無"],
    ["諸外国でも", "foreign-safety-info", "諸外国の安全性情報"],
    ["救済制度の対象外", "relief-system", "救済制度の対象外"]
  ])("without the line 「%s」: exactly one finding, naming %s", async (marker, item, label) => {
    const result = await findings(RULE, withoutLine(complete, marker));
    expect(result).toHaveLength(1);
    expect(result[0]!.message).toContain(`「${label}」`);
    expect(itemOf(result[0]!.message)).toBe(item);
    expect(result[0]!.message).toMatch(/^"エクソソーム(?:点滴)?" /);
  });

  test("a page naming an unapproved product with no disclosure gets the five items at its first mention", async () => {
    const text = "# NMN点滴\n\nNMN点滴は2週間に1回、計5回で行います。費用は1回44,000円です。\n";
    const result = await findings(RULE, text, ".md", { minimumSentences: 1 });
    expect(result.map((m) => itemOf(m.message))).toEqual([
      "unapproved-status",
      "acquisition-route",
      "domestic-approved-alternatives",
      "foreign-safety-info",
      "relief-system"
    ]);
    expect(new Set(result.map((m) => m.range.join(","))).size).toBe(1);
  });

  test("an approved drug used for its approved purpose needs no disclosure; used for weight loss it does", async () => {
    const diabetes = "# 2型糖尿病の治療\n\n血糖値が十分に下がらない方には、セマグルチドの注射をご提案することがあります。\n";
    expect(await findings(RULE, diabetes)).toEqual([]);
    const diet = "# 医療ダイエット\n\nセマグルチドを用いた体重管理を自由診療で行っています。\n";
    expect((await findings(RULE, diet, ".md", { minimumSentences: 1 })).length).toBe(5);
  });

  test("a mention of another treatment's purpose elsewhere on the page does not make an off-label use", async () => {
    const text =
      "# ヒアルロン酸注入\n\n## 部位\n\n唇とあごの形を整えます。\n\n## ほかの治療\n\n表情じわには、ボツリヌス療法が向いている場合があります。\n";
    expect(await findings(RULE, text)).toEqual([]);
  });

  test("autologous cell therapies under 再生医療等安全性確保法 are not checked by default (unsettled)", async () => {
    const prp = "# ひざのPRP療法（自由診療）\n\nご自身の血液から作ったPRPをひざの関節内に注射します。\n";
    expect(await findings(RULE, prp)).toEqual([]);
    expect((await findings(RULE, prp, ".md", { regenerativeMedicine: true, minimumSentences: 1 })).length).toBe(5);
  });

  test("a page that says its own device or drug is unapproved needs the items even when the product is unknown", async () => {
    const text =
      "# 大人の矯正\n\n当院で使う矯正装置は、国内では医薬品医療機器等法の承認を受けていない未承認医療機器です。海外の製造元から当院が直接取り寄せています。\n\n費用は総額88万円です。\n";
    const result = await findings(RULE, text, ".md", { minimumSentences: 1 });
    // The status and the route are on the page; the other three items are not.
    expect(result.map((m) => itemOf(m.message))).toEqual(["domestic-approved-alternatives", "foreign-safety-info", "relief-system"]);
    expect(result[0]!.message).toMatch(/^"未承認医療機器です" /);
    // Saying that the clinic does not use unapproved products starts nothing.
    const policy = "# 当院の方針\n\n当院では、国内で承認されていない未承認の医薬品は使用していません。費用は1回5,500円です。\n";
    expect(await findings(RULE, policy, ".md", { minimumSentences: 1 })).toEqual([]);
  });

  test("disclosures the site carries on another page can be declared", async () => {
    const text = withoutLine(withoutLine(complete, "救済制度の対象外"), "諸外国でも");
    expect(await findings(RULE, text, ".md", { siteProvides: ["relief-system", "foreign-safety-info"] })).toEqual([]);
  });

  const column = resolve(__dirname, "../../../shared/seed/column.txt");
  test.skipIf(!existsSync(column))("the seed column states none of the five disclosures for 幹細胞上清液", async () => {
    const result = await findings(RULE, readFileSync(column, "utf8"), ".txt");
    expect(result.map((m) => itemOf(m.message))).toEqual([
      "unapproved-status",
      "acquisition-route",
      "domestic-approved-alternatives",
      "foreign-safety-info",
      "relief-system"
    ]);
    expect(result.every((m) => m.message.startsWith('"幹細胞上清液" '))).toBe(true);
  });
});

describe("lexicon files", () => {
  const write = (name: string, text: string) => {
    const dir = mkdtempSync(join(tmpdir(), "lexicon-"));
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test("a pattern that is not a regular expression is reported with its file and line", () => {
    const shipped = readFileSync(UNAPPROVED_LEXICON, "utf8");
    const broken = shipped.replace("      - 'エクソソーム'", "      - '(エクソソーム'");
    const line = broken.split("\n").findIndex((l) => l.includes("(エクソソーム")) + 1;
    const path = write("unapproved.yml", broken);
    expect(() => parseUnapprovedData(path)).toThrow(new RegExp(`unapproved\\.yml:${line}: 正規表現として読めません`));
  });

  test("broken YAML and a missing key name the file and line", () => {
    const yaml = write("disclosure.yml", "basis:\n  freeTreatment: [a\n");
    expect(() => parseDisclosureData(yaml)).toThrow(/disclosure\.yml:\d+: YAML として読めません/);
    const shipped = readFileSync(DISCLOSURE_LEXICON, "utf8");
    const noRisks = write("disclosure.yml", shipped.replace(/^risks:\n/m, "risk_words:\n"));
    expect(() => parseDisclosureData(noRisks)).toThrow(DictionaryError);
  });

  test("the shipped lexicons load", () => {
    expect(parseUnapprovedData().therapies.length).toBeGreaterThan(10);
    expect(parseDisclosureData().items.cost.label).toBe("費用");
  });
});

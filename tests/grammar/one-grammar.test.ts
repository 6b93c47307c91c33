import type { TextlintMessage } from "@textlint/types";
import { readGrammarData, useGrammar, type GrammarData } from "../../src/grammar/data";
import { findingData } from "../../src/report/findings";
import { ruleMeta } from "../../src/data/rules";
import { lintText } from "../helpers/lint";

/**
 * Issue 9: one grammar of denial, read by every check. A denial clears the claim in every rule, and a
 * new form of denial added to the grammar's data (dictionaries/grammar/denial.yml) reaches the
 * dictionary rules, the evidence rule, the unapproved-therapy rule and the disclosure checklists at once.
 */

const sentenceLevel = (messages: TextlintMessage[]) => messages.filter((m) => ruleMeta(m.ruleId)?.level !== "document");
const idsOf = (messages: TextlintMessage[]) => messages.map((m) => `${m.ruleId}:${findingData(m).id ?? ""}`);

describe("a denial clears the claim in every rule", () => {
  test.each([
    "エクソソーム点滴で肌が若返るわけではありません。",
    "PRP療法で膝の痛みが必ず治るとは限りません。",
    "この点滴で疲れが必ず取れるわけではありません。",
    "幹細胞上清液が神経を修復することは、ヒトでは確認されていません。"
  ])("%s", async (sentence) => {
    expect(idsOf(sentenceLevel(await lintText(sentence, ".txt")))).toEqual([]);
  });

  test("the same claims asserted are reported (the denial is what clears them)", async () => {
    for (const sentence of ["エクソソーム点滴で肌が若返ります。", "PRP療法で膝の痛みが必ず治ります。", "幹細胞上清液が神経を修復します。"]) {
      expect(sentenceLevel(await lintText(sentence, ".txt")).length, sentence).toBeGreaterThan(0);
    }
  });
});

/**
 * The new form: Kansai negation へん (治らへん, あらへん), which kuromoji reads as an auxiliary with
 * lemma へん. Shipped, the grammar does not know it; added to negationLemmas, every check reads it.
 */
describe("a new form of denial added to the grammar's data reaches every check", () => {
  const shipped = readGrammarData();
  const withKansai: GrammarData = { ...shipped, denial: { ...shipped.denial, negationLemmas: [...shipped.denial.negationLemmas, "へん"] } };
  afterEach(() => useGrammar(undefined));

  async function underBoth(text: string, ext: ".txt" | ".md" = ".txt"): Promise<{ before: string[]; after: string[] }> {
    useGrammar(undefined);
    const before = idsOf(await lintText(text, ext));
    useGrammar(withKansai);
    const after = idsOf(await lintText(text, ext));
    useGrammar(undefined);
    return { before, after };
  }

  test("dictionary rules: a guaranteed cure denied in dialect", async () => {
    const { before, after } = await underBoth("この注射で五十肩が必ず治るわけやあらへん。");
    expect(before.some((id) => id.startsWith("no-overclaim:"))).toBe(true);
    expect(after).toEqual([]);
  });

  test("the unapproved-therapy rule: an effect of an unapproved product denied", async () => {
    const { before, after } = await underBoth("エクソソーム点滴で肌が若返るわけやあらへん。");
    expect(before.some((id) => id.startsWith("unapproved-therapy:"))).toBe(true);
    expect(after.filter((id) => id.startsWith("unapproved-therapy:"))).toEqual([]);
  });

  test("the evidence rule: an effect in people said not to be confirmed", async () => {
    const { before, after } = await underBoth("マウスの研究で神経の再生が確認されており、ヒトでも神経が再生するわけやあらへん。");
    expect(before.some((id) => id.startsWith("efficacy-needs-human-evidence:"))).toBe(true);
    expect(after.filter((id) => id.startsWith("efficacy-needs-human-evidence:"))).toEqual([]);
  });

  test("the disclosure checklist: a denied risk is no statement of risks", async () => {
    const page = [
      "# しみ取りレーザー",
      "",
      "当院のしみ取りレーザーは自由診療です。",
      "",
      "レーザーをしみに照射し、メラニンを分解する治療です。",
      "",
      "費用は1回 11,000円(税込)です。治療は1か月ごとに3回程度行います。",
      "",
      "施術のあとに腫れが出ることはあらへん。",
      "",
      "ご予約・お問い合わせ: 03-1234-5678"
    ].join("\n");
    const { before, after } = await underBoth(page, ".md");
    expect(before).not.toContain("free-treatment-disclosure:free-treatment-risks");
    expect(after).toContain("free-treatment-disclosure:free-treatment-risks");
  });
});

describe("the off-label test reads denial too", () => {
  const page = (line: string) =>
    [
      "# ICL(眼内コンタクトレンズ)",
      "",
      "ICLは、目の中にレンズを入れて近視を矯正する手術です。",
      "",
      line,
      "",
      "費用は両眼660,000円(税込)です。手術は片眼ずつ、1週間の間隔をあけて行います。",
      "",
      "主なリスクは感染症、眼圧の上昇、白内障です。",
      "",
      "ご予約・お問い合わせ: 03-0000-0000"
    ].join("\n");
  const unapprovedItems = async (text: string) => (await lintText(text, ".md")).map((m) => findingData(m).id ?? "").filter((id) => id.startsWith("unapproved-disclosure-"));

  test("an indication the page denies (ICLは老眼を治す手術ではありません) makes no off-label use", async () => {
    expect(await unapprovedItems(page("なお、ICLは老眼を治す手術ではありません。"))).toEqual([]);
  });

  test("the same indication asserted (老眼の矯正にもICLを使います) is an off-label use that needs the five disclosures", async () => {
    expect((await unapprovedItems(page("当院では老眼の矯正にもICLを使います。"))).length).toBeGreaterThan(0);
  });
});

describe("a sentence that names an approved indication says what the therapy is for there", () => {
  test("LEP named for 月経困難症 on a contraception page is no off-label use", async () => {
    const text = [
      "# 低用量ピルのオンライン処方",
      "",
      "当院で処方する低用量ピルは、避妊を目的として国内で承認を受けた医薬品です。",
      "",
      "月経困難症の治療が目的の場合は、別のお薬(LEP)を保険診療で処方できることがあります。",
      "",
      "費用は1シート3,300円(税込)で、3か月ごとに診察します。主な副作用は吐き気、頭痛、血栓症です。",
      "",
      "お問い合わせ: 03-0000-0000"
    ].join("\n");
    const ids = (await lintText(text, ".md")).map((m) => findingData(m).id ?? "");
    expect(ids.filter((id) => id.startsWith("unapproved-disclosure-"))).toEqual([]);
  });
});

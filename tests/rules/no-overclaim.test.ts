import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TextlintMessage } from "@textlint/types";
import { lintWith, phraseOf } from "../helpers/lint";

/**
 * no-overclaim: guarantees and exaggerations of a treatment's effect (医療法 第6条の5, GL 第3の1(1)(3),
 * 医薬品等適正広告基準 第4 3(5)-(7)). Each entry's own examples run in tests/dictionaries.test.ts; this
 * file checks the rule's behaviour across entries: collisions, negation, hedging, quotation, markup.
 */
const RULE = "no-overclaim";
const lint = (text: string, ext: ".md" | ".txt" = ".md") => lintWith(RULE, text, ext);
const phrases = (messages: TextlintMessage[]) => messages.map(phraseOf);
const idOf = (message: TextlintMessage) => /\[([a-z0-9-]+)\]$/.exec(message.message)?.[1];

describe("no-overclaim reports guarantees and exaggerations", () => {
  test.each([
    ["この注射で五十肩は必ず治ります。", "必ず治ります"],
    ["ピーリングを続ければ、ニキビは絶対に治ります。", "絶対に治ります"],
    ["首のこりを根本から改善する整体的アプローチです。", "根本から"],
    ["長年の偏頭痛が完治する治療です。", "完治"],
    ["ヘルニアを根本的に治す新しい注射です。", "根本的に治す"],
    ["くすみが劇的に明るくなります。", "劇的に"],
    ["即効性のある育毛注射です。", "即効"],
    ["その場でたるみが改善するリフトアップ。", "その場でたるみが改善"],
    ["レーザーで毛穴が永久に目立たなくなります。", "永久に"],
    ["入れ歯は一生不要になります。", "一生不要"],
    ["手術後は二度と腰痛に悩まされません。", "二度と"],
    ["再発のない根治療法です。", "再発のない"],
    ["5歳若返る目元の注射です。", "5歳若返"],
    ["シワが消える注射として人気です。", "シワが消える"],
    ["ほくろを完全に除去します。", "完全に除去"],
    ["当院では最適な治療をご提案します。", "最適な治療"],
    ["最先端のレーザー機器を導入しています。", "最先端"],
    ["どなたでも効果を実感できるダイエット点滴です。", "どなたでも効果を実感"],
    ["オンライン診療なら誰でも処方します。", "誰でも処方"],
    ["1か月でマイナス5kgを実現します。", "1か月でマイナス5kg"],
    ["成功率100％の豊胸手術です。", "成功率100％"],
    ["確実に効果が出る脂肪溶解注射です。", "確実に効果が出る"],
    ["肩こりの原因そのものに働きかける注射です。", "原因そのものに働きかける"],
    ["すり減った軟骨が再生する治療です。", "軟骨が再生する"]
  ])("%s → %s", async (text, phrase) => {
    expect(phrases(await lint(text))).toContain(phrase);
  });

  test("the Yahoo! review list is reported as warnings, not errors", async () => {
    for (const text of ["究極の小顔整形です。", "理想のプロポーションを手に入れましょう。", "画期的な医療技術です。", "目元治療のスペシャリストが担当します。"]) {
      const messages = await lint(text);
      expect(messages.length, text).toBeGreaterThan(0);
      expect(messages.every((m) => m.severity === 1), text).toBe(true);
    }
  });

  test("永久脱毛 (a common name for laser hair removal) is a warning; a promise of permanence is an error", async () => {
    const common = await lint("医療レーザーによる永久脱毛を行っています。");
    expect(common.map((m) => [phraseOf(m), m.severity])).toEqual([["永久脱毛", 1]]);
    const promise = await lint("脱毛後は、毛が永久に生えてきません。");
    expect(promise.map((m) => m.severity)).toContain(2);
  });
});

describe("collisions stay clean", () => {
  test.each([
    "必ずしもすべての方に適応となるわけではありません。",
    "来院時は必ず保険証をお持ちください。",
    "めまいの根本的な原因を調べるため、聴力検査を行います。",
    "乳歯が抜けたあとに永久歯が生えてきます。",
    "当院は完全予約制です。",
    "お薬は確実に飲み切ってください。",
    "全治3週間の骨折でした。",
    "最適な保存温度は2〜8℃です。",
    "生活習慣を根本から見直すことも大切です。",
    "理想の仕上がりについて、カウンセリングでじっくり伺います。",
    "照射後の赤みは数時間で消えます。",
    "二度と同じけがを繰り返さないよう、リハビリを続けましょう。",
    "一生に一度の結婚式に向けて、早めにご相談ください。",
    "自由診療のため、費用は全額（100％）自己負担です。",
    "どなたでもお気軽にご相談ください。"
  ])("%s", async (text) => {
    expect(phrases(await lint(text))).toEqual([]);
  });
});

describe("negation scope", () => {
  test.each([
    "必ず治るわけではありません。",
    "根本から治す治療ではなく、痛みを和らげる治療です。",
    "完治は難しい病気です。",
    "片頭痛を完全に治すことは困難です。",
    "シミは1回の照射では消えません。",
    "必ず治らない病気もあります。",
    "劇的な効果が得られるわけではありません。",
    "効果が永久に続くわけではありません。",
    "即効性のある治療ではありません。",
    "痛みが消えない場合は、早めにご連絡ください。",
    "治療の効果を保証するものではありません。"
  ])("%s", async (text) => {
    expect(phrases(await lint(text))).toEqual([]);
  });

  test("a clause boundary ends the negation's scope", async () => {
    expect(phrases(await lint("根本から治すので、再発しません。"))).toContain("根本から");
  });
});

describe("hedging and disclaimers do not clean a claim", () => {
  test.each([
    ["劇的な改善が期待できます。", "劇的な"],
    ["根本からの改善が期待できる治療です。", "根本から"],
    ["シミが消えます（効果には個人差があります）。", "シミが消えます"]
  ])("%s", async (text, phrase) => {
    expect(phrases(await lint(text))).toContain(phrase);
  });
});

describe("quotation and explanation of the rule", () => {
  test.each([
    "『必ず治る』という表現は使えません。",
    "「必ず治る」などとうたう広告には注意しましょう。",
    "「絶対に治る」「誰でも効果が出る」のように結果を約束する表現は認められていません。",
    "「劇的に改善」と書かれていても、根拠が示されているとは限りません。"
  ])("%s", async (text) => {
    expect(phrases(await lint(text))).toEqual([]);
  });

  test("a quoted claim without such words is still a claim", async () => {
    expect(phrases(await lint("「必ず治ります」と院長が約束します。"))).toContain("必ず治ります");
  });

  test("a question asserts nothing", async () => {
    expect(phrases(await lint("本当に必ず治るのでしょうか？"))).toEqual([]);
  });
});

describe("Markdown", () => {
  test("emphasis splitting a phrase is found, and the range covers the source phrase", async () => {
    const text = "この治療なら**必ず**治ります。";
    const [message] = await lint(text);
    expect(message && phraseOf(message)).toBe("必ず治ります");
    expect(message && idOf(message)).toBe("kanarazu-naoru");
    const [start, end] = (message as TextlintMessage & { range: [number, number] }).range;
    expect(text.slice(start, end)).toBe("必ず**治ります");
  });

  test("a list item and a heading are checked like paragraphs", async () => {
    expect(phrases(await lint("## 根本から治す膝の再生医療\n\n- 痛みが劇的に軽くなります\n"))).toEqual(["根本から", "劇的に"]);
  });
});

/** The sentence of source that holds offset (between 。 and line breaks). */
function sentenceAt(source: string, offset: number): string {
  let start = offset;
  while (start > 0 && !"。\n".includes(source[start - 1]!)) start--;
  let end = offset;
  while (end < source.length && !"。\n".includes(source[end]!)) end++;
  return source.slice(start, end);
}

const SEED = join(__dirname, "../../../shared/seed/column.txt");
describe.skipIf(!existsSync(SEED))("the seed column (a real clinic column)", () => {
  test("reports 根本から and 劇的に, and leaves its honest limitation sentences alone", async () => {
    const source = readFileSync(SEED, "utf8");
    const messages = await lint(source, ".txt");
    expect(phrases(messages)).toEqual(expect.arrayContaining(["根本から", "劇的に"]));
    const flagged = messages.map((m) => sentenceAt(source, (m as TextlintMessage & { range: [number, number] }).range[0]));
    for (const limitation of ["引き続き評価が必要", "修復することはできません", "十分に和らげられず"]) {
      expect(flagged.filter((sentence) => sentence.includes(limitation))).toEqual([]);
    }
  });
});

import { tokenize } from "../../src/nlp/tokens";
import { isMetaDiscourse, isQuestion } from "../../src/grammar/modality";
import { denied } from "../../src/grammar/negation";
import { startOf } from "../../src/nlp/tokens";

/** Whether the clause of `phrase` is negated after it in `text`. */
async function negated(text: string, phrase: string): Promise<boolean> {
  const tokens = await tokenize(text);
  const end = text.indexOf(phrase) + phrase.length;
  const last = tokens.findIndex((t) => startOf(t) + t.surface_form.length === end);
  expect(last).toBeGreaterThanOrEqual(0);
  return denied(tokens, last);
}

describe("negation scope", () => {
  test.each([
    ["必ず治るわけではありません。", "必ず治る"],
    ["必ず治るとは限りません。", "必ず治る"],
    ["完治することはありません。", "完治"],
    ["根本から治す治療ではなく、症状を和らげる治療です。", "根本から"],
    ["完治は難しい病気です。", "完治"],
    ["劇的な改善は期待できません。", "劇的"],
    // An absence noun as predicate denies like ない.
    ["術後のダウンタイムはゼロです。", "ダウンタイム"],
    // A noun marked as the topic of the next clause takes that clause's denial across the comma.
    ["患者さんの体験談は、医療広告では掲載が認められていません。", "体験談"],
    // Each たり clause is an argument of the final する, and takes its denial.
    ["口コミへの投稿をお願いしたり、値引きしたりすることはありません。", "投稿"],
    // 効果については、…確立していません: a topic marked with について.
    ["この点滴の効果については、現時点では確立していません。", "効果"],
    // The claim in the sentence's topic, the main clause a policy verb negated: the clinic does not do it.
    ["患者様の体験談は、誤解を招くおそれがあるため、当サイトには掲載していません。", "体験談"],
    ["キャンペーンによる値引きは制限されているため、当院では実施しておりません。", "キャンペーン"],
    // Refraining needs no negation: ご紹介は控えております.
    ["治療の効果に関するご感想は、決まりにより引用やご紹介を控えております。", "ご感想"],
    // A claim embedded as "whether" is not asserted.
    ["最新の機器がそろっているかどうかより、説明のわかりやすさを大切にしています。", "最新"],
    // A claim that modifies the topic of a negated main clause: 完治させる|治療法は、…確立されていません.
    ["帯状疱疹後神経痛を完治させる治療法は、今のところ確立されていません。", "完治させる"],
    // A topic that enumerates (its commas are the list's): every item takes the policy denial.
    ["当院では、期間限定の割引、モニター価格、紹介特典はいずれも行っておりません。", "割引"]
  ])("%s negates %s", async (text, phrase) => {
    expect(await negated(text, phrase)).toBe(true);
  });

  test.each([
    ["根本から改善します。", "根本から"],
    ["根本から治すので、再発しません。", "根本から"],
    ["劇的に改善し、痛みがなくなります。", "劇的"],
    ["劇的に改善して痛みがなくなります。", "劇的"],
    ["根本から治して痛みのない生活へ。", "根本から"],
    // 無理なく・問題なく are adverbs of what follows, not denials of what precedes.
    ["食欲を抑えて無理なく痩せられます。", "抑えて"],
    ["肌を整えて問題なく過ごせます。", "整えて"],
    // 〜てもおかしくない asserts that it could happen.
    ["放置すると失明してもおかしくありません。", "失明"],
    // A count of 0 is a figure the rules judge, not an absence word.
    ["再発率は0%です。", "再発"],
    // A boast in the negative is no policy: 他院には真似できません (真似 is no policy verb).
    ["当院のNo.1の技術は、他院には真似できません。", "No.1"],
    // だけでなく is "not only": it adds, it denies nothing.
    ["歯のない口元は老けて見えるだけでなく、周りにも気をつかわせます。", "老けて見える"],
    // An invitation (〜ませんか) denies nothing it governs.
    ["効果が示された成分を点滴でとり入れ、対策を始めませんか。", "示された"]
  ])("%s does not negate %s", async (text, phrase) => {
    expect(await negated(text, phrase)).toBe(false);
  });
});

describe("questions and meta-discourse", () => {
  test("a question asserts nothing", () => {
    expect(isQuestion("本当に副作用はないのでしょうか？")).toBe(true);
    expect(isQuestion("副作用はありません。")).toBe(false);
  });

  test("an invitation is not a question that clears a claim", () => {
    expect(isQuestion("今なら半額で受けられます。試してみませんか？")).toBe(false);
  });

  test("a quoted expression named as an expression is meta-discourse", () => {
    const text = "「絶対安全」という表現は使えません。";
    expect(isMetaDiscourse(text, 1, 5)).toBe(true);
    const warning = "「必ず治る」などとうたう広告には注意しましょう。";
    expect(isMetaDiscourse(warning, 1, 5)).toBe(true);
  });

  test("quoted wording said to do something, a worry quoted, and a practice said to be prohibited are meta-discourse", () => {
    const display = "「今月限定50％オフ」「残り3枠」と決断を急がせる表示には注意が必要です。";
    expect(isMetaDiscourse(display, display.indexOf("50％オフ"), display.indexOf("50％オフ") + 5)).toBe(true);
    const worry = "「放っておくと命に関わるのでは」と心配される方がいますが、そうしたことはまれです。";
    expect(isMetaDiscourse(worry, 1, 6)).toBe(true);
    const prohibited = "「芸能人も通院」のような有名人の名前や体験談を使った宣伝は、医療広告では認められていません。";
    expect(isMetaDiscourse(prohibited, prohibited.indexOf("有名人"), prohibited.indexOf("有名人") + 3)).toBe(true);
    // A voice received stays a voice: 「…」と言っていただきました.
    const voice = "「痛みが消えた」と言っていただきました。";
    expect(isMetaDiscourse(voice, 1, 5)).toBe(false);
  });

  test("a quoted patient voice is not meta-discourse", () => {
    const text = "「痛みが消えました」（50代女性）";
    expect(isMetaDiscourse(text, 1, 5)).toBe(false);
  });

  test("a statement of what is not used in advertising is talk about advertising", () => {
    const text = "いただいたご感想は院内の改善にのみ活用し、広告には使用しません。";
    expect(isMetaDiscourse(text, 0, text.indexOf("ご感想") + 3)).toBe(true);
  });

  test("a list of quoted phrases named as a kind of wording is meta-discourse; one quoted voice alone is not", () => {
    expect(isMetaDiscourse("「今だけ半額」「ご紹介で割引」などの値引き", 1, 5)).toBe(true);
    expect(isMetaDiscourse("「痛みゼロ」「ダウンタイムなし」", 1, 5)).toBe(true);
    expect(isMetaDiscourse("「シミが消えました！」", 1, 9)).toBe(false);
  });

  test("a report about the claim is not an explanation of a rule", () => {
    const text = "劇的に改善するという報告があります。";
    expect(isMetaDiscourse(text, 0, 3)).toBe(false);
  });
});

describe("negation belongs to its own subject", () => {
  test("a negation of another subject does not clear the claim", async () => {
    expect(await negated("根本から治して痛みがない生活に。", "根本から")).toBe(false);
  });
  test("a relative clause negated by its head noun is cleared", async () => {
    expect(await negated("根本から改善する治療法はありません。", "根本から")).toBe(true);
  });
});

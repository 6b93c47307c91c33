import type { TextlintMessage } from "@textlint/types";
import { lintWith, phraseOf, dataOf } from "../helpers/lint";

/**
 * no-testimonial: patients' subjective accounts of treatment content or effect (医療法施行規則 第1条の9
 * 第1号, GL 第3の1(5)). Each entry's own examples run in tests/dictionaries.test.ts; this file checks the
 * rule across entries and markup: testimonial corners, blockquotes, disclaimers and look-alikes.
 */
const RULE = "no-testimonial";
const lint = (text: string, ext: ".md" | ".txt" | ".html" = ".md") => lintWith(RULE, text, ext);
const phrases = (messages: TextlintMessage[]) => messages.map(phraseOf);
const idOf = (message: TextlintMessage) => /\[([a-z0-9-]+)\]$/.exec(message.message)?.[1];
const ERROR = 2;
const INFO = 3;

describe("no-testimonial reports testimonials", () => {
  test.each([
    ["【患者様の声】肌荒れが落ち着いて、毎朝のメイクが短くなりました。", "患者様の声"],
    ["腰の手術を受けた方の体験談をご紹介します。", "方の体験談"],
    ["ピーリングの体験記：4回目の施術", "体験記"],
    ["クチコミで話題の医療ハイフです。", "クチコミで"],
    ["患者さんの感想：半年で体重が8kg減りました。", "患者さんの感想"],
    ["長年悩んでいた手のしびれが、うそのように楽になりました。", "うそのように楽になりました"],
    ["注射を3回受けて、階段の上り下りが楽になりました。", "楽になりました"],
    ["治療を始めて本当によかったです。", "本当によかったです"],
    ["もっと早く相談すればよかったと思っています。", "ばよかった"],
    ["治療を終えてから、人生が変わりました。", "人生が変わりました"],
    ["受診された方から「頭痛で目が覚めることがなくなった」との声をいただいています。", "「頭痛で目が覚めることがなくなった」との声"],
    ["「いびきを指摘されなくなった」と話す患者さんも多くいらっしゃいます。", "「いびきを指摘されなくなった」と話す"],
    ["総合評価 ★★★★★", "★★★★★"],
    ["しわが浅くなって、同窓会で若いと言われました（60代女性）", "しわが浅くなって、同窓会で若いと言われました（60代女性）"]
  ])("%s → %s", async (text, phrase) => {
    const messages = await lint(text);
    expect(phrases(messages)).toContain(phrase);
    const message = messages.find((m) => phraseOf(m) === phrase)!;
    expect(message.ruleId).toBe(RULE);
    expect(message.severity).toBe(ERROR);
    expect(dataOf(message!).basis).toMatch(/医療法施行規則 第1条の9 第1号; 医療広告ガイドライン 第3の1\(5\)/);
    expect(message.message).toMatch(/言い換え例: 「/);
  });

  test("the message starts with the reported phrase in ASCII double quotes and names the entry", async () => {
    const [message] = await lint("お客様の声を多数いただいています。");
    expect(message!.message).toMatch(/^"お客様の声" は体験談の広告にあたるおそれがあります\([^)]+\): /);
    expect(idOf(message!)).toBe("kanja-no-koe");
  });

  test("the reported range is the phrase itself", async () => {
    const text = "施術のあと、膝の痛みが消えました。";
    const [message] = await lint(text);
    expect(text.slice(message!.range[0], message!.range[1])).toBe(phraseOf(message!));
  });

  test("one testimonial is reported once, not once per overlapping entry", async () => {
    const messages = await lint("★★★★★ 目の下のクマが目立たなくなりました（40代女性）");
    expect(messages).toHaveLength(1);
    expect(phraseOf(messages[0]!)).toBe("★★★★★ 目の下のクマが目立たなくなりました（40代女性）");
  });
});

describe("a disclaimer does not make a testimonial lawful", () => {
  test("「個人の感想です」 before a quoted patient voice", async () => {
    const messages = await lint("※個人の感想です。「目のかゆみが出なくなり、薬も減らせました」（30代男性）");
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.severity === ERROR)).toBe(true);
  });

  test("「効果には個人差があります」 after a first-person account", async () => {
    expect(phrases(await lint("ニキビ跡が気にならなくなりました。効果には個人差があります。"))).toContain("ニキビ跡が気にならなくなりました");
  });

  test("a sentence that is only the disclaimer is not itself a testimonial", async () => {
    expect(await lint("※個人の感想であり、効果を保証するものではありません。")).toEqual([]);
    expect(await lint("治療の効果には個人差があります。")).toEqual([]);
  });
});

describe("testimonial corners and blockquotes (markup)", () => {
  const corner = [
    "# 医療脱毛",
    "",
    "## 口コミ",
    "",
    "- 3回目くらいから、ひげ剃りの回数が減ったのを感じました（30代男性）",
    "- 受付の方がいつも笑顔で迎えてくれました",
    "",
    "※個人の感想です。",
    "",
    "## 料金",
    "",
    "| 部位 | 1回 |",
    "|---|---|",
    "| ひげ | 11,000円 |",
    ""
  ].join("\n");

  test("an unlabelled voice under a 口コミ heading is reported, and so is the heading", async () => {
    const messages = await lint(corner);
    const found = phrases(messages);
    expect(found).toContain("口コミ");
    expect(found).toContain("3回目くらいから、ひげ剃りの回数が減ったのを感じました（30代男性）");
    expect(messages.find((m) => phraseOf(m) === "口コミ")!.message).toMatch(/testimonial-corner-heading/);
  });

  // A voice about the facility is outside 第1条の9 第1号 (治療等の内容又は効果): shown as info, to check, never counted.
  test("a voice about reception only is info, not an error or a warning", async () => {
    const messages = await lint(corner);
    const reception = messages.find((m) => phraseOf(m) === "受付の方がいつも笑顔で迎えてくれました");
    expect(reception?.severity).toBe(INFO);
  });

  test("the disclaimer and the fee table under the corner are left alone", async () => {
    const found = phrases(await lint(corner)).join("\n");
    expect(found).not.toMatch(/個人の感想/);
    expect(found).not.toMatch(/11,000円/);
  });

  test("a label line 【患者様の声】 opens a corner on pages without headings", async () => {
    const text = "【患者様の声】\n\n手術のあとは視界が明るくなり、運転が怖くなくなりました。\n\n【アクセス】\n\n駅から歩いて5分です。駐車場も使えました。\n";
    const found = phrases(await lint(text));
    expect(found).toContain("手術のあとは視界が明るくなり、運転が怖くなくなりました。");
    expect(found.join("\n")).not.toMatch(/駐車場/);
  });

  test("a patient's account in a Markdown blockquote is reported", async () => {
    const found = phrases(await lint("院長からのメッセージ\n\n> 手術を決めてから半年、鏡を見るたびに前向きな気持ちになれています。歯ぐきの腫れもすっかり引きました。\n"));
    expect(found).toContain("歯ぐきの腫れもすっかり引きました。");
  });

  test("a guideline quoted in a blockquote is not a testimonial", async () => {
    expect(await lint("> 患者その他の者の主観又は伝聞に基づく、治療等の内容又は効果に関する体験談の広告をしてはならないこと\n")).toEqual([]);
    expect(await lint("> 服用群では、プラセボ群に比べて症状が有意に改善した。\n")).toEqual([]);
  });

  test("HTML: a review list under an <h2> and a <blockquote>", async () => {
    const html = [
      "<html><body>",
      "<h2>患者さまインタビュー</h2>",
      "<ul><li>まぶたが軽くなって、視界が広がりました（70代女性）</li></ul>",
      "<blockquote><p>点滴を続けて、朝の疲れが残らなくなったと実感しています。</p></blockquote>",
      "<h2>料金</h2><p>眼瞼下垂手術（両側） 385,000円（税込）</p>",
      "</body></html>"
    ].join("\n");
    const found = phrases(await lint(html, ".html"));
    expect(found).toContain("まぶたが軽くなって、視界が広がりました（70代女性）");
    expect(found).toContain("点滴を続けて、朝の疲れが残らなくなったと実感しています。");
    expect(found.join("\n")).not.toMatch(/385,000円/);
  });
});

describe("look-alikes stay clean", () => {
  test.each([
    // the clinic's own explanation, in the present tense
    "注射のあと数日で、膝の曲げ伸ばしが楽になる方もいます。",
    "痛みが消えた後も、処方された薬は飲み切ってください。",
    "症状が気にならなくなったら、通院の間隔をあけていきます。",
    // Q&A written by the clinic in the third person
    "Q. 施術は痛いですか？ A. 麻酔クリームを使うため、痛みを感じにくい方が多いです。",
    // a policy on testimonials
    "当院では体験談を掲載しておりません。",
    "医療広告ガイドラインにより、患者さんの体験談は掲載していません。",
    "体験談に代えて、治療の流れを医師が動画で説明しています。",
    // the rule quoted in an explainer
    "患者さんの体験談を広告に載せることは、医療法施行規則で禁止されています。",
    "「個人の感想です」と書き添えても、体験談を広告に載せることはできません。",
    // feedback that led to a change in the facility
    "患者様の声をもとに、待合室にキッズスペースを設けました。",
    "ご意見箱に寄せられた「案内表示が見にくい」とのご指摘を受け、院内の掲示を改めました。",
    // reviews as a research word, and consumer advice
    "システマティックレビューでは、効果は限定的と結論づけられています。",
    "ネットの口コミを鵜呑みにせず、医師に相談しましょう。",
    // a case photo caption with age and sex is not a patient's voice
    "症例写真（40代女性）：目の下のたるみ取り",
    "院長インタビュー：地域の皮膚科として大切にしていること",
    // patients' worries and questions quoted by the clinic are not accounts of a treatment's effect
    "「レーザーは痛いのでは」という声をよく耳にします。",
    "「治療は何回くらい必要ですか」というご質問を多くいただきます。"
  ])("%s", async (text) => {
    expect(await lint(text)).toEqual([]);
  });

  test("a patient's quoted comment about the waiting time only is info", async () => {
    const messages = await lint("「待ち時間が短くて助かる」という声をいただいています。");
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.severity === INFO)).toBe(true);
  });
});

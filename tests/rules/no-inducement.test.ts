import type { TextlintMessage } from "@textlint/types";
import { DictionaryError } from "../../src/data/load";
import { parseLexicon } from "../../src/data/lexicon";
import { inducementLexiconSchema } from "../../src/checks/inducement/lexicon";
import { lintWith, phraseOf, dataOf } from "../helpers/lint";

/**
 * no-inducement: cost emphasis and inducements (GL 第3の1(8)ア①②, 景品表示法 有利誤認). Each entry's own
 * examples run in tests/dictionaries.test.ts; this file checks the rule across entries, the
 * strike-through detector (Markdown ~~…~~, HTML <del>/<s>) and the look-alikes (fee tables, negations).
 */
const RULE = "no-inducement";
const lint = (text: string, ext: ".md" | ".txt" | ".html" = ".md") => lintWith(RULE, text, ext);
const phrases = (messages: TextlintMessage[]) => messages.map(phraseOf);
const idOf = (message: TextlintMessage) => /\[([a-z0-9-]+)\]$/.exec(message.message)?.[1];

describe("no-inducement reports cost emphasis and inducements", () => {
  test.each([
    ["今ならシミ取りレーザーが1回9,800円！", "今なら"],
    ["いまだけ初回の施術料が無料です。", "いまだけ"],
    ["期間限定で医療ハイフをご案内しています。", "期間限定"],
    ["先着5名様に限り、ご案内いたします。", "先着5名"],
    ["ダーマペンが25%OFFになります。", "25%OFF"],
    ["ホワイトニングが3割引きになります。", "3割引き"],
    ["2部位目は半額でご提供します。", "半額"],
    ["ピーリングのモニター価格は5,500円です。", "モニター価格"],
    ["通常価格55,000円→キャンペーン価格38,500円", "通常価格55,000円→キャンペーン価格38,500円"],
    ["全身脱毛が1年間通い放題のプランです。", "通い放題"],
    ["回数無制限で照射できる定額制です。", "回数無制限"],
    ["ご紹介割引で、おふたりとも施術料金がお得になります。", "ご紹介割引"],
    ["友だち追加で初回の点滴が無料になります。", "友だち追加で"],
    ["口コミ投稿で次回使えるクーポンをお渡しします。", "口コミ投稿で"],
    ["他院のお見積もりより安い料金でご案内します。", "他院のお見積もり"]
  ])("%s → %s", async (text, phrase) => {
    const messages = await lint(text);
    expect(phrases(messages)).toContain(phrase);
    const message = messages.find((m) => phraseOf(m) === phrase)!;
    expect(message.ruleId).toBe(RULE);
    expect(dataOf(message!).basis).toMatch(/医療広告ガイドライン 第3の1\(8\)ア/);
  });

  test("gifts and points are warnings (GL 第3の1(8)ア②); discounts are errors", async () => {
    const [gift] = await lint("ご来院の方にハンドクリームをプレゼントします。");
    expect(idOf(gift!)).toBe("present-gift");
    expect(gift!.severity).toBe(1);
    const [discount] = await lint("今月は施術料金を10%OFFでご案内します。");
    expect(discount!.severity).toBe(2);
  });

  test("the message starts with the reported phrase and offers a plain fee table as the rewrite", async () => {
    const [message] = await lint("フォトフェイシャルの特別価格は9,900円です。");
    expect(message!.message).toMatch(/^"特別価格" は品位を損ねる広告\(費用の強調・誘引\)にあたるおそれがあります\(医療広告ガイドライン 第3の1\(8\)ア① 費用を強調した広告\): /);
    expect(message!.message).toMatch(/言い換え例: 「施術料 ◯◯円\(税込\)/);
  });
});

describe("strike-through prices (markup)", () => {
  test("Markdown ~~price~~ is reported at the struck text", async () => {
    const text = "フォトフェイシャル ~~22,000円~~ 16,500円（税込）\n";
    const messages = await lint(text);
    const struck = messages.find((m) => idOf(m) === "torikeshisen-kakaku")!;
    expect(phraseOf(struck)).toBe("22,000円");
    expect(text.slice(struck.range[0], struck.range[1])).toBe("22,000円");
    expect(struck.severity).toBe(2);
    expect(struck.message).toMatch(/取り消し線/);
  });

  test("HTML <del> and <s> are reported", async () => {
    const html = "<html><body><p>全顔 <del>33,000円</del> 24,200円</p><p>両ワキ <s>¥4,400</s> ¥2,200</p></body></html>";
    const found = phrases(await lint(html, ".html"));
    expect(found).toContain("33,000円");
    expect(found).toContain("¥4,400");
  });

  test("<del> written inside Markdown is reported", async () => {
    expect(phrases(await lint("両ひざ <del>176,000円</del> 132,000円\n"))).toContain("176,000円");
  });

  test("a struck price already reported as an arrow double price is reported once", async () => {
    const messages = await lint("~~通常18,000円~~ → 今回は12,000円\n");
    const overlapping = messages.filter((m) => m.message.includes("18,000円"));
    expect(overlapping).toHaveLength(1);
  });

  test("struck-through text that is not a price is left alone", async () => {
    expect(await lint("~~土曜日も診療します~~ 土曜日は休診になりました。\n")).toEqual([]);
    expect(await lint("<html><body><p><del>旧住所</del> 新住所に移転しました。</p></body></html>", ".html")).toEqual([]);
  });
});

describe("look-alikes stay clean", () => {
  test.each([
    "施術料 33,000円（税込）",
    "骨造成（必要な場合）55,000〜165,000円",
    "全身脱毛5回コースの料金は、税込330,000円です。",
    "当院では、キャンペーンは行っておりません。",
    "プレゼントやポイント付与などの特典はご用意しておりません。",
    "ご紹介で受診された場合も、料金は変わりません。",
    "紹介状をお持ちの方は、受付にお出しください。",
    "症例写真のモニターを募集しています。料金は通常料金と同額です。",
    "カウンセリングは無料です。",
    "気になることがあれば何度でもご相談ください。",
    "自由診療のため、治療費は全額（100％）自己負担となります。",
    "3割負担の場合、窓口でのお支払いは約1,200円です。",
    "2025年4月の料金改定により、16,500円→18,700円となりました。",
    "乳がん検診の受診を呼びかけるピンクリボンキャンペーンに協力しています。",
    "医療広告ガイドラインでは、「今だけ半額」のような費用を強調する広告は禁止されています。",
    "「通常価格〜円→今だけ〜円」",
    "今ならまだ間に合う治療もあるので、早めにご相談ください。",
    // public programmes are not the clinic's inducement
    "定期接種のワクチンは無料で受けられます。",
    "区のがん検診無料クーポンをお持ちの方は、受付にご提示ください。",
    "12月28日までにご予約ください（年末年始は休診です）。"
  ])("%s", async (text) => {
    expect(await lint(text)).toEqual([]);
  });

  test("a fee table in Markdown is clean", async () => {
    const table = "| 部位 | 1回 | 5回 |\n|---|---|---|\n| 両ワキ | 3,300円 | 13,200円 |\n| 全身 | 66,000円 | 298,000円 |\n";
    expect(await lint(table)).toEqual([]);
  });
});

describe("dictionaries/lexicon/inducement.yml", () => {
  test("a broken lexicon names the file and the line", () => {
    const broken = [
      "strikeThrough:",
      "  id: torikeshisen-kakaku",
      "  severity: error",
      "  basis: GL",
      "  source: s",
      "  price:",
      "    - '[0-9'",
      "  message: m",
      "  rewrites: [r]",
      ""
    ].join("\n");
    expect(() => parseLexicon(broken, "inducement.yml", inducementLexiconSchema)).toThrow(DictionaryError);
    expect(() => parseLexicon(broken, "inducement.yml", inducementLexiconSchema)).toThrow(/^inducement\.yml:7: 正規表現として読めません/);
    expect(() => parseLexicon("strikeThrough: [\n", "inducement.yml", inducementLexiconSchema)).toThrow(/^inducement\.yml:\d+: YAML として読めません/);
  });
});

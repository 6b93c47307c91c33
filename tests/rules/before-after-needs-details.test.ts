import { documentOf, findings, page } from "../fixtures/pages/items";
import { phraseOf } from "../helpers/lint";

const RULE = "before-after-needs-details";
/** Errors and warnings: what blocks publication or needs review (info is advisory). */
const blocking = async (text: string, ext: ".md" | ".txt" | ".html" = ".md", options?: Record<string, unknown>) =>
  (await findings(RULE, text, ext, options)).filter((m) => m.severity !== 3);
const itemOfId = (message: string) => /\[before-after-(\w+)\]$/.exec(message)?.[1];

describe("before-after-needs-details", () => {
  test("a gallery where each case has its own details (list or table) is clean", async () => {
    expect(await findings(RULE, page("before-after-per-case.md"))).toEqual([]);
  });

  test("one details block shared by several photos counts for none of them: each photo is reported", async () => {
    const text = page("before-after-shared.md");
    const result = await findings(RULE, text);
    const byPhoto = new Map<string, string[]>();
    for (const m of result) byPhoto.set(phraseOf(m), [...(byPhoto.get(phraseOf(m)) ?? []), itemOfId(m.message)!]);
    expect([...byPhoto.keys()]).toEqual(["症例1 施術前と施術後", "症例2 施術前と施術後"]);
    for (const items of byPhoto.values()) expect(items.sort()).toEqual(["cost", "duration", "risks", "treatment"]);
    expect(result.find((m) => m.message.includes("まとめて"))).toBeDefined();
    // 治療期間・回数 is advisory by default; the other three block publication.
    expect(result.filter((m) => m.severity === 2).map((m) => itemOfId(m.message))).not.toContain("duration");
    expect(result.filter((m) => m.severity === 2)).toHaveLength(6);
  });

  test("a block that says it is common to several cases does not count", async () => {
    const text = page("before-after-per-case.md").replace(
      "- 治療内容：アレキサンドライトレーザーによる両ワキの照射",
      "- 症例1〜2に共通する説明\n- 治療内容：アレキサンドライトレーザーによる両ワキの照射"
    );
    const result = await blocking(text);
    expect(new Set(result.map((m) => phraseOf(m)))).toEqual(new Set(["症例1 施術前"]));
  });

  test("each missing item is one finding at the photo, naming the item", async () => {
    const text = page("before-after-per-case.md").replace("- 費用：1回3,300円、5回で16,500円（税込）\n", "");
    const result = await blocking(text);
    expect(result).toHaveLength(1);
    expect(phraseOf(result[0]!)).toBe("症例1 施術前");
    expect(result[0]!.message).toContain("費用");
    expect(text.slice(result[0]!.range[0], result[0]!.range[1])).toBe("症例1 施術前");
  });

  test.each([
    "脂肪吸引の術前・術後の写真を多数掲載しています。",
    "ビフォーアフターはこちらでご覧いただけます。",
    "クマ取りの症例写真：目の下のふくらみがすっきり。",
    "BEFORE/AFTER 目元のたるみ治療",
    "小顔注射の前と2週間後の写真です。",
    "施術前→施術後 毛穴の目立ちが変化しました。",
    "※写真はイメージです。施術後はこのような仕上がりになります。"
  ])("a sentence that presents before/after photos without details: %s", async (text) => {
    const result = await blocking(text);
    expect(result.length).toBeGreaterThan(0);
    expect(result.map((m) => itemOfId(m.message))).toContain("cost");
  });

  test.each([
    "【症例写真】治療内容：ヒアルロン酸注入（目の下・片側0.5本）／費用：44,000円（税込）／治療期間・回数：1回／主なリスク：腫れ、内出血、しこり。",
    "二重埋没法の症例です。施術内容：2点留め（両目）、費用：88,000円、主な副作用：腫れ、左右差。",
    "症例写真の下に、施術内容・費用・起こりうる合併症を記載しています。",
    "術前術後の写真を掲載する際は、治療内容や費用、リスクをあわせて記載することが求められています。",
    "説明を添えられない症例写真は掲載しておりません。",
    "症例写真をご覧になりたい方には、カウンセリングで治療内容とあわせてご説明します。",
    "施術前に患部の写真を撮影します。",
    "施術前後は飲酒を控えてください。"
  ])("clean: %s", async (text) => {
    expect(await blocking(text)).toEqual([]);
  });

  test("a before photo and an after photo in separate paragraphs are one case", async () => {
    const text =
      "## 症例\n\n![施術前](a.jpg)\n\n![施術後3か月](b.jpg)\n\n- 治療内容：ピコレーザー照射\n- 費用：3回で66,000円\n- 治療期間・回数：4週間おきに3回\n- 主なリスク：赤み、色素沈着\n";
    expect(await findings(RULE, text)).toEqual([]);
  });

  test("HTML: a figure whose figcaption carries the details is clean; without them it is reported", async () => {
    const ok = `<figure><img src="c1.jpg" alt="症例1 施術前と施術後"><figcaption>治療内容：ピコレーザー照射／費用：33,000円／治療期間・回数：3回／主なリスク：赤み、色素沈着</figcaption></figure>`;
    expect(await findings(RULE, `<html><body><h2>症例</h2>${ok}</body></html>`, ".html")).toEqual([]);
    const bare = `<figure><img src="c1.jpg" alt="症例1 施術前と施術後"><figcaption>30代女性 頬のシミ</figcaption></figure>`;
    const result = await blocking(`<html><body><h2>症例</h2>${bare}</body></html>`, ".html");
    expect(result.map((m) => itemOfId(m.message)).sort()).toEqual(["cost", "risks", "treatment"]);
  });

  test("durationSeverity makes a missing 治療期間・回数 an error", async () => {
    const result = await blocking("【症例写真】治療内容：ヒアルロン酸注入／費用：44,000円／主なリスク：腫れ、内出血。", ".md", { durationSeverity: "error" });
    expect(result.map((m) => itemOfId(m.message))).toEqual(["duration"]);
  });

  test("images that do not show a case are not checked", async () => {
    expect(await findings(RULE, "![院内の処置室](room.jpg)\n院内の処置室の様子です。\n")).toEqual([]);
  });
});

describe("document model: images, captions, tables and contacts", () => {
  test("Markdown: an image's caption is its paragraph's text, or the paragraph right below it", async () => {
    const doc = await documentOf("![症例1 施術前](a.jpg)\n![症例1 施術後](b.jpg)\n左：施術前／右：3か月後\n\n![院内](c.jpg)\n\n受付の様子です。\n");
    expect(doc.images.map((i) => [i.alt, i.caption])).toEqual([
      ["症例1 施術前", "左：施術前／右：3か月後"],
      ["症例1 施術後", "左：施術前／右：3か月後"],
      ["院内", "受付の様子です。"]
    ]);
    expect(doc.images[0]!.figure).toBe(doc.images[1]!.figure);
    expect(doc.images[2]!.figure).not.toBe(doc.images[0]!.figure);
  });

  test("HTML: figure and figcaption, tables as label/value rows, list items, tel: links and forms", async () => {
    const html = `<html><body><figure><img src="a.jpg" alt="施術前"><figcaption>費用：33,000円</figcaption></figure>
<table><tr><th>項目</th><th>料金</th></tr><tr><td>初診料</td><td>3,300円</td></tr></table>
<dl><dt>治療期間</dt><dd>約3か月</dd></dl><ul><li>腫れ</li><li>内出血</li></ul>
<p><a href="tel:0300000000">お電話</a></p><form action="/contact"><button>送信</button></form></body></html>`;
    const doc = await documentOf(html, ".html");
    expect(doc.images[0]!.caption).toBe("費用：33,000円");
    expect(doc.tables.map((t) => t.rows.map((r) => [r.label, r.value, r.header]))).toEqual([
      [
        ["項目", "料金", true],
        ["初診料", "3,300円", false]
      ],
      [["治療期間", "約3か月", false]]
    ]);
    expect(doc.blocks.filter((b) => b.kind === "list-item").map((b) => b.text)).toEqual(["腫れ", "内出血"]);
    expect(doc.contacts.map((c) => c.kind).sort()).toEqual(["form", "link"]);
  });

  test("Markdown tables: the first row is the header; phone numbers are found in the text", async () => {
    const doc = await documentOf("| 項目 | 費用 |\n|---|---|\n| 注入1本 | 66,000円 |\n\n電話：03-1234-5678\n");
    expect(doc.tables[0]!.rows.map((r) => [r.label, r.value, r.header])).toEqual([
      ["項目", "費用", true],
      ["注入1本", "66,000円", false]
    ]);
    expect(doc.contacts).toEqual([expect.objectContaining({ kind: "phone", text: "03-1234-5678" })]);
  });
});

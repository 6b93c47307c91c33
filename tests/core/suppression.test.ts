import { suppressionsOf } from "../../src/model/suppression";
import { lintText } from "../helpers/lint";

describe("suppression with a reason", () => {
  test("parses rules, reason and the next block as its range", () => {
    const source = "前文。\n\n<!-- medical-ad-ok no-overclaim -- 禁止表現の例として引用 -->\n必ず治ると書いてはいけません。\n\n次の段落。";
    const [s] = suppressionsOf(source);
    expect(s).toMatchObject({ rules: ["no-overclaim"], reason: "禁止表現の例として引用" });
    expect(source.slice(s!.start, s!.end).trim()).toBe("必ず治ると書いてはいけません。");
  });

  test("a suppressed finding is kept as info with its reason; the rest of the page is untouched", async () => {
    const text = "<!-- medical-ad-ok no-overclaim -- 講演スライドの引用 -->\n慢性疼痛を根本から改善します。\n\n肩こりを根本から改善します。\n";
    const messages = (await lintText(text)).filter((m) => m.ruleId === "no-overclaim");
    expect(messages.map((m) => m.severity)).toEqual([3, 2]);
    expect(messages[0]!.message).toContain("[抑制済み: 講演スライドの引用]");
  });

  test("a suppression without a reason waives nothing and says why", async () => {
    const text = "<!-- medical-ad-ok no-overclaim -->\n慢性疼痛を根本から改善します。\n";
    const [message] = (await lintText(text)).filter((m) => m.ruleId === "no-overclaim");
    expect(message!.severity).toBe(2);
    expect(message!.message).toContain("理由がないため無効");
  });

  test("start/end comments cover several blocks, for the named rules only", async () => {
    const text = [
      "<!-- medical-ad-ok-start no-overclaim -- 規則の解説 -->",
      "根本から治すという広告が増えています。",
      "",
      "劇的に改善すると書かれていても信じないでください。",
      "<!-- medical-ad-ok-end -->",
      "",
      "副作用はありません。"
    ].join("\n");
    const messages = await lintText(text);
    expect(messages.filter((m) => m.ruleId === "no-overclaim").every((m) => m.severity === 3)).toBe(true);
    expect(messages.find((m) => m.ruleId === "no-safety-guarantee")?.severity).toBe(2);
  });
});

describe("rule options", () => {
  test("a user severity applies to every finding of the rule", async () => {
    const messages = await lintText("慢性疼痛を根本から改善します。", ".md", { "no-overclaim": { severity: "warning" } });
    expect(messages.find((m) => m.ruleId === "no-overclaim")?.severity).toBe(1);
  });

  test("an entry can be disabled by id, or given allows", async () => {
    const text = "慢性疼痛を根本から改善します。";
    const overclaims = async (options: Record<string, unknown>) =>
      (await lintText(text, ".md", { "no-overclaim": options })).filter((m) => m.ruleId === "no-overclaim");
    expect(await overclaims({})).toHaveLength(1);
    expect(await overclaims({ disable: ["konpon-kara"] })).toEqual([]);
    expect(await overclaims({ dictOptions: { "konpon-kara": { allows: ["/慢性疼痛を根本から/"] } } })).toEqual([]);
    expect(await overclaims({ allows: ["根本から改善"] })).toEqual([]);
  });
});

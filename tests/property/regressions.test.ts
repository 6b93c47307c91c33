import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, workspace } from "../cli/cli-process";
import { lintText } from "../helpers/lint";
import { createLinter } from "textlint";
import { TextlintKernelDescriptor } from "@textlint/kernel";
import { moduleInterop } from "@textlint/module-interop";
import textPlugin from "@textlint/textlint-plugin-text";
import preset from "../../src/textlint/preset";
import { onlyFixRangesChanged, rangeProblems } from "./properties";

/**
 * Failing cases found by the property-based run (tests/property/preset.property.test.ts), kept as
 * regular tests. Each names what was wrong.
 */
describe("regressions found by fast-check", () => {
  it("HTML with CRLF: the parser turns CRLF into LF in text values; positions no longer drift (a fix landed one character early per line)", async () => {
    const text = "当院の治療は膝の痛みを根本から改善します。\r\n当院の治療は膝の痛みを根本から改善します。\r\n# \r\n𐀀\n\n当院の治療は膝の痛みを根本から改善します。# ";
    const messages = await lintText(text, ".html");
    expect(rangeProblems(text, messages)).toEqual([]);
    const konpon = messages.filter((m) => m.message.startsWith('"根本から"'));
    expect(konpon.length).toBe(3);
    for (const m of konpon) expect(text.slice(m.range[0], m.range[1])).toBe("根本から");
  });

  it("HTML with CRLF inside nested elements: every text node is placed from its own start (StringSource drifted by the tags' width)", async () => {
    const text = "<div><span>当院の治療は膝の痛みを根本から改善します。\r\n👨‍👩‍👧‍👦№１";
    const messages = await lintText(text, ".html");
    expect(rangeProblems(text, messages)).toEqual([]);
    const konpon = messages.find((m) => m.message.startsWith('"根本から"'))!;
    expect(text.slice(konpon.range[0], konpon.range[1])).toBe("根本から");
  });

  it("Markdown with inline HTML before a space and a line break: StringSource drops the space, and no later range splits a surrogate pair", async () => {
    const text = "<br># \n𐀀満足度98%の人気メニューです。😀";
    const messages = await lintText(text, ".md");
    expect(rangeProblems(text, messages)).toEqual([]);
    const rate = messages.find((m) => m.message.startsWith('"満足度98%"'))!;
    expect(text.slice(rate.range[0], rate.range[1])).toBe("満足度98%");
  });

  it("HTML with a BOM, an entity and a U+2028: the plugin's root ends short of the text, yet its text begins with the BOM; ranges are on the phrase and the fixes are reported", async () => {
    const text = "\uFEFF" + "劇的な改善が期待できます、".repeat(3) + "&amp;\u2028# \n";
    const messages = await lintText(text, ".html");
    const base = text.slice(1);
    expect(rangeProblems(base, messages)).toEqual([]);
    const fixes = messages.filter((m) => m.fix);
    expect(fixes.length).toBe(3);
    for (const m of fixes) expect(base.slice(m.fix!.range[0], m.fix!.range[1])).toBe("劇的な");
  });

  it("Markdown that starts with two BOMs: textlint drops one, remark the other, so remark's offsets are one early; ranges are on the phrase and the fix is reported", async () => {
    const text = "\uFEFF\uFEFF劇的な改善が期待できます。\r\n😀";
    const messages = await lintText(text, ".md");
    const base = text.slice(1);
    expect(rangeProblems(base, messages)).toEqual([]);
    const fix = messages.find((m) => m.fix)!;
    expect(base.slice(fix.fix!.range[0], fix.fix!.range[1])).toBe("劇的な");
  });

  it("the same page twice gives the same messages in the same order (a warm cache no longer reorders the rules' findings at one place)", async () => {
    const text = "😀1. 1. 1. 1. 1. 1. 1. 1. 1. 1. \r\n幹細胞培養上清液の点滴で肌が若返ります。😀注射の後に腫れや痛みが出ることがあります。\n\n";
    const cold = await lintText(text, ".html");
    const warm = await lintText(text, ".html");
    expect(cold.length).toBeGreaterThan(3);
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
  });

  it("an emoji before a phrase does not hide it (kuromoji counts code points, the matcher UTF-16 units)", async () => {
    const text = "😀当院の治療は膝の痛みを根本から改善します。";
    const m = (await lintText(text)).find((x) => x.message.startsWith('"根本から"'));
    expect(m).toBeDefined();
    expect(text.slice(m!.range[0], m!.range[1])).toBe("根本から");
  });

  // An entity's "&" was read as a literal "&" (the decoded value starts with the same character).
  it("HTML entities (&amp;, &#x1F600;) before a phrase do not shift its position", async () => {
    const text = "<p>A &amp; B &#x1F600; 当院の治療は膝の痛みを根本から改善します。</p>\n";
    const messages = (await lintText(text, ".html")).filter((m) => m.message.startsWith('"根本から"'));
    expect(messages).toHaveLength(1);
    expect(text.slice(messages[0]!.range[0], messages[0]!.range[1])).toBe("根本から");
  });

  it("plain text with a BOM: the text plugin counts the BOM, textlint's source does not; ranges are on the phrase", async () => {
    const text = "\uFEFF当院の治療は膝の痛みを根本から😀改善します。# ";
    const base = text.slice(1);
    const messages = await lintText(text, ".txt");
    expect(rangeProblems(base, messages)).toEqual([]);
    const m = messages.find((x) => x.message.startsWith('"根本から"'))!;
    expect(base.slice(m.range[0], m.range[1])).toBe("根本から");
  });

  it("a lone surrogate before an emoji does not crash the tokenizer", async () => {
    const messages = await lintText("\ud800😀当院の治療は膝の痛みを根本から改善します。# ", ".md");
    expect(messages.some((m) => m.message.startsWith('"根本から"'))).toBe(true);
  });

  it("textlint's fixText drops a leading BOM even with nothing to fix (textlint's behaviour; the CLI writes the BOM back)", async () => {
    const descriptor = new TextlintKernelDescriptor({
      rules: Object.entries(preset.rules).map(([ruleId, rule]) => ({ ruleId, rule: moduleInterop(rule) as never, options: true as never })),
      filterRules: [],
      plugins: [{ pluginId: "text", plugin: moduleInterop(textPlugin) as never }]
    });
    const linter = createLinter({ descriptor });
    const fixed = await linter.fixText("\uFEFF劇的に若返る点滴療法です。\n", "/virtual/a.txt");
    expect(fixed.output.replace(/^\uFEFF/, "")).toBe("若返る点滴療法です。\n");
  });

  it("invisible characters inside phrases are matched and reported on the source range", async () => {
    for (const ch of ["\u200B", "\u2060", "\u00AD", "\uFEFF"]) {
      for (const [phrase, at] of [["根本から", 1], ["副作用はありません", 2], ["日本一", 1], ["今なら", 1], ["半額", 1]] as const) {
        const hidden = phrase.slice(0, at) + ch + phrase.slice(at);
        const text = `# 見出し\n\n当院は${hidden}です。\n`;
        const messages = await lintText(text);
        const found = messages.find((m) => m.severity === 2 && text.slice(m.range[0], m.range[1]).includes(hidden));
        expect(found, `${JSON.stringify(ch)} in ${phrase}`).toBeDefined();
      }
    }
  });
});

describe("regressions found by fast-check (CLI)", () => {
  it("--fix keeps a second U+FEFF after the BOM (textlint's fixText drops it as if it were a BOM)", async () => {
    const original = "\uFEFF\uFEFF当院の治療は膝の痛みを根本から改善します。\n";
    const ws = workspace({ "a.md": original });
    try {
      await runCli(["--fix", "a.md"], ws.dir);
      expect(readFileSync(join(ws.dir, "a.md"), "utf8")).toBe(original);
    } finally {
      ws.cleanup();
    }
  }, 60_000);
});

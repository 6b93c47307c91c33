import { vi } from "vitest";
import { lintText } from "./helpers/lint";

// Through textlint's API (what vscode-textlint runs) a misspelt option or entry id would be ignored
// silently; the rule says so once, with the nearest valid name, and still lints.
describe("rule options through textlint's API", () => {
  test("a misspelt option and an unknown entry id are warned about once, with the nearest valid name", async () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const options = { "no-overclaim": { disable: ["konpon-karaa"], severty: "warning" } };
      const first = await lintText("根本から改善します。", ".md", options);
      await lintText("劇的に改善します。", ".md", options);
      const warnings = write.mock.calls.map(([chunk]) => String(chunk)).filter((line) => line.includes("設定の警告"));
      expect(warnings).toEqual([
        expect.stringMatching(/no-overclaim: "severty" はこのルールのオプションではありません \(もしかして "severity"\?\)/),
        expect.stringMatching(/no-overclaim: 辞書項目 "konpon-karaa" はありません \(もしかして "konpon-kara"\?\)/)
      ]);
      // The typo switched nothing off: the entry the user meant to disable still reports.
      expect(first.map((m) => m.ruleId)).toContain("no-overclaim");
    } finally {
      write.mockRestore();
    }
  });

  test("valid options print nothing", async () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      await lintText("根本から改善します。", ".md", { "no-overclaim": { disable: ["gekiteki"], severity: "warning" } });
      expect(write.mock.calls.map(([chunk]) => String(chunk)).filter((line) => line.includes("設定の警告"))).toEqual([]);
    } finally {
      write.mockRestore();
    }
  });
});

import type { TextlintMessage, TextlintResult } from "@textlint/types";
import type { Log } from "sarif";
import { escapeData, escapeProperty, formatGithub } from "../../src/formatters/github";
import { buildSarif } from "../../src/formatters/sarif";
import { summaryLine } from "../../src/formatters/stylish";
import { createFormatter, createReport } from "../../src/formatters";
import { messageWithSuppression, summarize } from "../../src/report/findings";
import { githubCodeScanningProblems, sarifSchemaValidator } from "./sarif-schema";
import { WORKFLOW_COMMAND } from "./workflow-command";

const CWD = "/work/site";

function message(overrides: Partial<TextlintMessage> & { data?: unknown }): TextlintMessage {
  return {
    type: "lint",
    ruleId: "medical-ad-ja/no-overclaim",
    message: '"根本から" は誇大広告にあたるおそれがあります',
    index: 10,
    line: 3,
    column: 6,
    range: [10, 14],
    loc: { start: { line: 3, column: 6 }, end: { line: 3, column: 10 } },
    severity: 2,
    data: { id: "konpon-kara", category: "overclaim", basis: "医療広告ガイドライン 第3の1(3)", rewrites: ["症状の緩和を目指します"] },
    ...overrides
  };
}

const results: TextlintResult[] = [
  {
    filePath: `${CWD}/columns/2025,04:膝 #1.md`,
    messages: [
      message({}),
      message({ severity: 1, message: '"100%" は\n根拠のない数値です (満足度 100%)', ruleId: "medical-ad-ja/statistics-need-evidence" }),
      message({
        severity: 3,
        message: '"必ず治る" は誇大広告にあたるおそれがあります',
        data: { id: "kanarazu-naoru", category: "overclaim", basis: "医療法 第6条の5", suppressed: { reason: "ガイドラインの禁止例として引用" } }
      })
    ]
  },
  { filePath: `${CWD}/clean.md`, messages: [] }
];

describe("github formatter", () => {
  it("escapes the message and the properties as workflow commands require", () => {
    expect(escapeData("a%b\r\nc")).toBe("a%25b%0D%0Ac");
    expect(escapeProperty("x,y:z%\n")).toBe("x%2Cy%3Az%25%0A");
  });

  it("writes one physical line per finding, with relative paths and suppressions as notices", () => {
    const lines = formatGithub(results, { cwd: CWD, color: false, ruleIds: [], toolVersion: "0.0.0" }).trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(WORKFLOW_COMMAND);
    expect(lines[0]).toMatch(/^::error file=columns\/2025%2C04%3A膝 #1\.md,line=3,col=6,endLine=3,endColumn=10,title=medical-ad-ja\/no-overclaim \(konpon-kara\)::"根本から"/);
    expect(lines[1]).toContain("::warning ");
    expect(lines[1]).toContain("%0A根拠のない数値です (満足度 100%25)");
    expect(lines[2]).toMatch(/^::notice .*::\[抑制: ガイドラインの禁止例として引用\] "必ず治る"/);
  });
});

describe("suppression notes", () => {
  it("show the reason once, whether or not the message already carries it", () => {
    const reason = "ガイドラインの禁止例として引用";
    const bare = message({ severity: 3, data: { suppressed: { reason } } });
    const noted = message({ severity: 3, message: `"根本から" は誇大広告です [抑制済み: ${reason}]`, data: { suppressed: { reason } } });
    expect(messageWithSuppression(bare)).toBe(`[抑制: ${reason}] ${bare.message}`);
    expect(messageWithSuppression(noted)).toBe(noted.message);
    expect(messageWithSuppression(message({}))).toBe(message({}).message);
  });
});

describe("sarif formatter", () => {
  const log = buildSarif(results, { cwd: CWD, color: false, ruleIds: ["medical-ad-ja/no-overclaim", "other/rule"], toolVersion: "1.2.3" }) as Log;

  it("is valid SARIF 2.1.0 and has what GitHub code scanning needs", () => {
    const validate = sarifSchemaValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(githubCodeScanningProblems(log)).toEqual([]);
  });

  it("fails the schema when a result is broken (the check can fail)", () => {
    const broken = JSON.parse(JSON.stringify(log)) as Log;
    (broken.runs[0]!.results![0] as { level: string }).level = "fatal";
    expect(sarifSchemaValidator()(broken)).toBe(false);
    delete broken.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region;
    expect(githubCodeScanningProblems(broken)).toContain("region.startLine is required");
  });

  it("percent-encodes relative URIs and describes every rule that ran", () => {
    const run = log.runs[0]!;
    expect(run.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toMatchObject({
      uri: "columns/2025%2C04%3A%E8%86%9D%20%231.md",
      uriBaseId: "%SRCROOT%"
    });
    expect(run.tool.driver.version).toBe("1.2.3");
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(["medical-ad-ja/no-overclaim", "medical-ad-ja/statistics-need-evidence", "other/rule"]);
  });

  it("maps severities to levels and carries the suppression reason as a justification", () => {
    const [error, warning, suppressed] = log.runs[0]!.results!;
    expect([error!.level, warning!.level, suppressed!.level]).toEqual(["error", "warning", "note"]);
    expect(error!.suppressions).toBeUndefined();
    expect(suppressed!.suppressions).toEqual([{ kind: "inSource", status: "accepted", justification: "ガイドラインの禁止例として引用" }]);
    expect(error!.properties).toMatchObject({ entryId: "konpon-kara", category: "overclaim" });
  });
});

describe("stylish formatter and summary", () => {
  it("counts suppressions apart from errors, warnings and infos", () => {
    expect(summarize(results)).toEqual({ files: 2, errors: 1, warnings: 1, infos: 0, suppressed: 1, fixable: 0 });
  });

  it("shows each suppression's reason and the Japanese summary line", async () => {
    const format = await createFormatter("stylish", { cwd: CWD, color: false, ruleIds: [], toolVersion: "0.0.0" });
    const output = format(results);
    expect(output).toContain("[抑制: ガイドラインの禁止例として引用]");
    expect(output).toContain("医療広告チェック: 2 ファイル — エラー 1 件、警告 1 件、情報 0 件、抑制 1 件");
    expect(output).not.toMatch(/\d+ problems? \(/);
  });
});

describe("reports written a file at a time", () => {
  const context = { cwd: CWD, color: false, ruleIds: [], toolVersion: "0.0.0" };
  const fixable = message({ fix: { range: [10, 14], text: "" } });
  const run: TextlintResult[] = [results[0]!, { filePath: `${CWD}/columns/empty.md`, messages: [] }, { filePath: `${CWD}/b.md`, messages: [fixable] }, results[1]!];

  it("stylish: the same bytes as textlint's stylish over the whole run, with our summary line", async () => {
    const { loadFormatter } = await import("@textlint/linter-formatter");
    for (const color of [false, true]) {
      const stylish = await loadFormatter({ formatterName: "stylish", color });
      const shown = run.map((r) => ({ ...r, messages: r.messages.map((m) => ({ ...m, message: messageWithSuppression(m) })) }));
      const listing = stylish
        .format(shown)
        .replace("textlint --fix [file]", "medical-ad-lint --fix [file]")
        .replace(/^.*\u2716 \d+ problems? \(.*\n/m, "");
      const line = summaryLine(summarize(run));
      const report = await createReport("stylish", { ...context, color });
      // In colour, textlint's summary line leaves its closing escape codes behind when removed; the text is the same.
      const plain = (text: string) => (color ? text.replace(/\u001b\[[0-9;]*m/g, "") : text);
      const streamed = plain(run.map((r) => report.add(r)).join("") + report.end());
      expect(streamed).toBe(`${plain(listing)}${line}\n`);
    }
  });

  it("json: the same bytes as textlint's json formatter", async () => {
    const { loadFormatter } = await import("@textlint/linter-formatter");
    const json = await loadFormatter({ formatterName: "json", color: false });
    for (const subset of [[], run.slice(0, 1), run]) {
      const report = await createReport("json", context);
      expect(subset.map((r) => report.add(r)).join("") + report.end()).toBe(json.format(subset));
    }
  });

  it("github: the same lines as formatting the whole run", async () => {
    const report = await createReport("github", context);
    expect(run.map((r) => report.add(r)).join("") + report.end()).toBe(formatGithub(run, CWD === context.cwd ? context : context));
  });
});


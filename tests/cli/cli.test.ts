import { chmodSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TextlintResult } from "@textlint/types";
import { shippedEntries } from "../../src/match/shipped";
import type { Log } from "sarif";
import { githubCodeScanningProblems, sarifSchemaValidator } from "./sarif-schema";
import { WORKFLOW_COMMAND } from "./workflow-command";
import { CLEAN_MD, FIX_CONFIG, FIX_DICTIONARY, VIOLATING_HTML, VIOLATING_MD, VIOLATING_TXT, parseJson, runCli, workspace } from "./cli-process";

// Every run starts a process that loads kuromoji (~1 s, much more on a busy machine): the cases are
// grouped to keep the count low, and each test gets a generous timeout.
const SLOW = { timeout: 240_000 };

describe("medical-ad-lint (real process)", SLOW, () => {
  let ws: ReturnType<typeof workspace>;
  beforeAll(() => {
    ws = workspace({
      "columns/knee.md": VIOLATING_MD,
      "columns/clean.md": CLEAN_MD,
      "columns/shoulder.txt": VIOLATING_TXT,
      "pages/drip.html": VIOLATING_HTML,
      "notes/readme.rst": "対象外の拡張子です。\n"
    });
  });
  afterAll(() => ws.cleanup());

  it("zero-config: lints .md, .txt and .html in a directory and exits 1 on errors", async () => {
    const run = await runCli(["columns", "pages", "--format", "json"], ws.dir);
    expect(run.code, run.stderr).toBe(1);
    const results = parseJson(run) as TextlintResult[];
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(ws.dir.length + 1), r.messages]));
    expect(Object.keys(byFile).sort()).toEqual(["columns/clean.md", "columns/knee.md", "columns/shoulder.txt", "pages/drip.html"]);
    expect(byFile["columns/clean.md"]).toEqual([]);
    for (const file of ["columns/knee.md", "columns/shoulder.txt", "pages/drip.html"]) {
      expect(byFile[file]!.some((m) => m.severity === 2 && m.ruleId.startsWith("medical-ad-ja/")), file).toBe(true);
    }
    // The machine output stays parseable; the human summary goes to stderr.
    expect(run.stderr).toMatch(/医療広告チェック: 4 ファイル — エラー \d+ 件/);
  });

  it("stylish (default): the findings, then the Japanese summary with suppressions counted", async () => {
    const run = await runCli(["columns/knee.md"], ws.dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('"根本から"');
    expect(run.stdout).toContain("medical-ad-ja/no-overclaim");
    expect(run.stdout).toMatch(/医療広告チェック: 1 ファイル — エラー [1-9]\d* 件、警告 \d+ 件、情報 \d+ 件、抑制 0 件/);
  });

  it("--format sarif: valid SARIF 2.1.0 with rule metadata and paths relative to cwd, for GitHub code scanning", async () => {
    const run = await runCli(["columns", "pages", "--format", "sarif"], ws.dir);
    expect(run.code, run.stderr).toBe(1);
    const log = parseJson(run) as Log;
    const validate = sarifSchemaValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(githubCodeScanningProblems(log)).toEqual([]);
    const results = log.runs[0]!.results!;
    const uris = new Set(results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri));
    expect([...uris].sort()).toEqual(["columns/knee.md", "columns/shoulder.txt", "pages/drip.html"]);
    const overclaim = log.runs[0]!.tool.driver.rules!.find((r) => r.id === "medical-ad-ja/no-overclaim")!;
    expect(overclaim.name).toBe("no-overclaim");
    expect(overclaim.properties?.basis).toContain("医療法");
    expect(overclaim.properties?.category).toBe("overclaim");
    expect(overclaim.help?.text).toContain("直し方");
  });

  it("--format github: one workflow command per finding, relative paths", async () => {
    const run = await runCli(["columns", "pages", "--format", "github"], ws.dir);
    expect(run.code, run.stderr).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(WORKFLOW_COMMAND);
    expect(lines.some((l) => l.startsWith("::error file=columns/knee.md,"))).toBe(true);
  });

  it("a finding suppressed with a reason is counted apart, and its reason reaches SARIF as a justification", async () => {
    // The core's inline suppression (src/analysis/suppression.ts): every rule, for the next block.
    const quoted = "# 表現の解説\n\n<!-- medical-ad-ok * -- 学会発表の抄録を引用 -->\n慢性疼痛を根本から改善します。\n";
    writeFileSync(join(ws.dir, "quoted.md"), quoted);
    const stylish = await runCli(["quoted.md"], ws.dir);
    expect(stylish.stdout).toMatch(/エラー 0 件、警告 0 件、情報 0 件、抑制 [1-9]\d* 件/);
    expect(stylish.stdout).toContain("学会発表の抄録を引用");
    expect(stylish.code, stylish.stderr).toBe(0);
    const sarif = parseJson(await runCli(["quoted.md", "-f", "sarif"], ws.dir)) as Log;
    const results = sarif.runs[0]!.results!;
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.level).toBe("note");
      expect(result.suppressions).toEqual([{ kind: "inSource", status: "accepted", justification: "学会発表の抄録を引用" }]);
    }
  });

  it("exits 0 on a clean file", async () => {
    const run = await runCli(["columns/clean.md"], ws.dir);
    expect(run.stderr).toBe("");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("エラー 0 件");
  });

  it("-o writes the report and keeps the exit code (textlint's --output-file always exits 0)", async () => {
    const run = await runCli(["columns/knee.md", "-f", "json", "-o", "out/report.json"], ws.dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe("");
    const results = JSON.parse(readFileSync(join(ws.dir, "out/report.json"), "utf8")) as TextlintResult[];
    expect(results[0]!.messages.length).toBeGreaterThan(0);
  });

  it("reports a missing file, a pattern that matches nothing and an unreadable file, and lints the rest", async () => {
    symlinkSync(join(ws.dir, "does-not-exist.md"), join(ws.dir, "columns/broken-link.md"));
    const unreadable = join(ws.dir, "locked.md");
    const files = ["columns/knee.md", "missing.md", "drafts/**/*.md", "columns/broken-link.md", "notes/readme.rst"];
    const asRoot = process.getuid?.() === 0;
    // root reads any file: the permission case only runs as a normal user.
    if (!asRoot) {
      writeFileSync(unreadable, VIOLATING_MD);
      chmodSync(unreadable, 0o000);
      files.push("locked.md");
    }
    const run = await runCli(files, ws.dir);
    // The others are linted and reported, but a file that could not be checked is never a pass: exit 2.
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("missing.md");
    expect(run.stderr).toContain("drafts/**/*.md");
    expect(run.stderr).toContain("columns/broken-link.md");
    expect(run.stderr).toContain("notes/readme.rst");
    if (!asRoot) expect(run.stderr).toMatch(/locked\.md: 読み込めません/);
    expect(run.stdout).toContain('"根本から"');
    expect(run.stdout).toContain("医療広告チェック: 1 ファイル");
  });

  it("exits 2 when nothing could be linted, and on bad usage, with a one-line reason", async () => {
    const nothing = await runCli(["missing.md"], ws.dir);
    expect(nothing.code, nothing.stderr).toBe(2);
    expect(nothing.stderr).toContain("検査できたファイルがありません");

    for (const args of [[], ["--bogus", "columns"], ["--max-warnings", "many", "columns"], ["--format", "no-such-format", "columns"]]) {
      const run = await runCli(args, ws.dir);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });

  it("--help and --version exit 0", async () => {
    const help = await runCli(["--help"], ws.dir);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain("--max-warnings");
    const version = await runCli(["--version"], ws.dir);
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("medical-ad-lint with a .textlintrc", SLOW, () => {
  it("honours textlint-filter-rule-allowlist, which ships with the preset (README: a site-wide allowlist)", async () => {
    const config = { rules: { "preset-medical-ad-ja": true }, filters: { allowlist: { allow: ["根本から"] } } };
    const text = "# 慢性疼痛\n\n慢性疼痛を根本から改善します。\n";
    const ws = workspace({ ".textlintrc.json": JSON.stringify(config), "column.md": text, "plain/column.md": text, "plain/.textlintrc.json": JSON.stringify({ rules: { "preset-medical-ad-ja": true } }) });
    try {
      const allowed = await runCli(["column.md", "-f", "json"], ws.dir);
      expect(allowed.code, allowed.stderr).toBe(0);
      expect((parseJson(allowed) as TextlintResult[])[0]!.messages.filter((m) => m.message.includes("根本から"))).toEqual([]);
      const plain = await runCli(["column.md", "-f", "json"], join(ws.dir, "plain"));
      expect((parseJson(plain) as TextlintResult[])[0]!.messages.some((m) => m.message.includes("根本から"))).toBe(true);
    } finally {
      ws.cleanup();
    }
  });

  it("uses the config in cwd: warnings only exit 0, --max-warnings fails past the limit, --quiet hides them", async () => {
    const config = { rules: { "preset-medical-ad-ja": { "no-overclaim": { severity: "warning" } } } };
    const ws = workspace({ ".textlintrc.json": JSON.stringify(config), "column.md": "# 慢性疼痛\n\n慢性疼痛を根本から改善します。\n" });
    try {
      const json = await runCli(["column.md", "-f", "json"], ws.dir);
      const messages = (parseJson(json) as TextlintResult[])[0]!.messages;
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.every((m) => m.severity === 1)).toBe(true);
      expect(json.code, json.stderr).toBe(0);

      const limit = messages.length;
      const atLimit = await runCli(["column.md", "--max-warnings", String(limit)], ws.dir);
      expect(atLimit.code, atLimit.stderr).toBe(0);
      const over = await runCli(["column.md", "--max-warnings", String(limit - 1)], ws.dir);
      expect(over.code, over.stderr).toBe(1);
      expect(over.stderr).toContain("--max-warnings");

      const quiet = await runCli(["column.md", "--quiet"], ws.dir);
      expect(quiet.code, quiet.stderr).toBe(0);
      expect(quiet.stdout).not.toContain('"根本から"');

      // --no-textlintrc lints with the preset's defaults again: the same finding is an error.
      const defaults = await runCli(["column.md", "--no-textlintrc"], ws.dir);
      expect(defaults.code, defaults.stderr).toBe(1);
    } finally {
      ws.cleanup();
    }
  });

  it("a config that loads zero rules is a configuration error (exit 2 with the loader's reason), never a clean run", async () => {
    const ws = workspace({
      ".textlintrc.json": JSON.stringify({ rules: { "preset-medical-ad-ja-typo": true } }),
      "column.md": VIOLATING_MD
    });
    try {
      const run = await runCli(["column.md"], ws.dir);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(".textlintrc.json");
      expect(run.stderr).toContain("preset-medical-ad-ja-typo");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      ws.cleanup();
    }
  });

  it("a broken user dictionary stops the run with exit 2 naming its file and line", async () => {
    const brokenDictionary = [
      "category: overclaim",
      "confidence: inferred",
      "basis: 医療広告ガイドライン 第3の1(3)",
      "entries:",
      "  - id: good-entry",
      "    patterns: [奇跡の回復]",
      "    message: 誇張です。",
      "    rewrites: [回復が期待できる場合があります]",
      "    examples: { ng: [奇跡の回復を実現します。] }",
      "  - id: Bad_Id",
      "    patterns: [驚きの回復]",
      "    message: 誇張です。",
      "    rewrites: [回復が期待できる場合があります]",
      "    examples: { ng: [驚きの回復です。] }",
      ""
    ].join("\n");
    const config = { rules: { "preset-medical-ad-ja": { "no-overclaim": { dictionaries: ["dict/clinic.yml"] } } } };
    const ws = workspace({ ".textlintrc.json": JSON.stringify(config), "dict/clinic.yml": brokenDictionary, "column.md": VIOLATING_MD });
    try {
      const run = await runCli(["column.md"], ws.dir);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/dict\/clinic\.yml:10: /);
      expect(run.stderr).toContain("kebab-case");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      ws.cleanup();
    }
  });

  it("--fix applies only the safe fixes, leaves every other byte as it was, and is idempotent", async () => {
    // CRLF, trailing spaces, markup and no final newline: none of it may change.
    const original = "# 再生医療  \r\n\r\n**驚異の回復力**を引き出す治療です。\r\n\r\n慢性疼痛を根本から改善します。\r\n\r\n> 驚異の回復力",
      expected = original.split("驚異の回復力").join("回復力");
    // A project dictionary entry with a safe fix, so the test does not depend on which shipped entries have one.
    const ws = workspace({ ".textlintrc.json": FIX_CONFIG, "fix.yml": FIX_DICTIONARY, "column.md": original });
    try {
      const first = await runCli(["column.md", "--fix", "-f", "json"], ws.dir);
      const fixed = readFileSync(join(ws.dir, "column.md"), "utf8");
      expect(fixed).toBe(expected);
      // What is left (根本から has no safe fix) is reported against the fixed text and still fails.
      expect(first.code, first.stderr).toBe(1);
      const remaining = (parseJson(first) as TextlintResult[])[0]!.messages;
      expect(remaining.some((m) => m.message.startsWith('"根本から"'))).toBe(true);
      expect(remaining.some((m) => m.message.includes("驚異の回復力"))).toBe(false);

      const second = await runCli(["column.md", "--fix", "-f", "json"], ws.dir);
      expect(readFileSync(join(ws.dir, "column.md"), "utf8")).toBe(expected);
      expect(second.stdout).toBe(first.stdout);
    } finally {
      ws.cleanup();
    }
  });
});

describe("medical-ad-lint --explain / --list-rules", SLOW, () => {
  it("explains a rule in Japanese: purpose, basis, NG/OK examples, how to fix", async () => {
    const ws = workspace({});
    try {
      const run = await runCli(["--explain", "medical-ad-ja/no-overclaim"], ws.dir);
      expect(run.code, run.stderr).toBe(0);
      for (const heading of ["目的:", "根拠:", "直し方:", "NG 例:", "OK 例"]) expect(run.stdout).toContain(heading);
      expect(run.stdout).toContain("医療法");

      const entry = await runCli(["--explain", shippedEntries()[0]!.id], ws.dir);
      expect(entry.code, entry.stderr).toBe(0);
      for (const heading of ["内容:", "根拠:", "言い換え例:", "NG 例:"]) expect(entry.stdout).toContain(heading);

      const unknown = await runCli(["--explain", "no-such-rule"], ws.dir);
      expect(unknown.code, unknown.stderr).toBe(2);
      expect(unknown.stderr).toContain("no-such-rule");

      const list = await runCli(["--list-rules"], ws.dir);
      expect(list.code, list.stderr).toBe(0);
      expect(list.stdout).toContain("medical-ad-ja/no-overclaim");
      expect(list.stdout).toContain("medical-ad-ja/no-safety-guarantee");
    } finally {
      ws.cleanup();
    }
  });
});

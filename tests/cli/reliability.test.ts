import { RULES } from "../../src/data/rules";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as Encoding from "encoding-japanese";
import type { TextlintMessage, TextlintResult } from "@textlint/types";
import { BIN, FIX_CONFIG, FIX_DICTIONARY, VIOLATING_MD, parseJson, runCli, workspace, type CliRun } from "./cli-process";

/**
 * Issue 13: a gate that never passes by accident. Each row of the table, through the real CLI
 * process (the preset's own rows are also checked through textlint's API in tests/core/robustness.test.ts).
 */
const SLOW = { timeout: 240_000 };

const sjis = (text: string) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }));
const eucjp = (text: string) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "EUCJP", from: "UNICODE" }));
const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
const utf16be = (text: string) => Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]);
const utf8bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text, "utf8")]);

function byFile(results: TextlintResult[], dir: string): Record<string, TextlintMessage[]> {
  return Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages]));
}

/** [line, column, phrase] of each finding of the preset, to compare one page across encodings. */
function positions(messages: TextlintMessage[]): string[] {
  return messages
    .filter((m) => m.ruleId.startsWith("medical-ad-ja/"))
    .map((m) => `${m.line}:${m.column} ${/^"([^"]*)"/.exec(m.message)?.[1]}`)
    .sort();
}

const HTML_PAGE = (charset: string) =>
  `<!DOCTYPE html>\n<html><head><meta charset="${charset}"><title>膝の治療</title></head>\n<body>\n<h1>膝の痛み</h1>\n<p>当院の治療は膝の痛みを根本から改善します。</p>\n<p>施術後の副作用はありません。</p>\n</body></html>\n`;

describe("encodings (real process)", SLOW, () => {
  it("Shift_JIS, EUC-JP, UTF-16 and UTF-8 with BOM are decoded and reported at the same positions as UTF-8", async () => {
    const ws = workspace({
      "utf8.md": VIOLATING_MD,
      "sjis.md": sjis(VIOLATING_MD),
      "eucjp.md": eucjp(VIOLATING_MD),
      "utf16le.md": utf16le(VIOLATING_MD),
      "utf16be.md": utf16be(VIOLATING_MD),
      "bom.md": utf8bom(VIOLATING_MD),
      "page-utf8.html": HTML_PAGE("utf-8"),
      // A Shift_JIS page that declares its charset (older clinic sites).
      "page-sjis.html": sjis(HTML_PAGE("Shift_JIS")),
      "page-eucjp.html": eucjp(HTML_PAGE("EUC-JP").replace('<meta charset="EUC-JP">', '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">'))
    });
    try {
      const run = await runCli([".", "-f", "json"], ws.dir);
      expect(run.code, run.stderr).toBe(1);
      const files = byFile(parseJson(run) as TextlintResult[], ws.dir);
      const expected = positions(files["utf8.md"]!);
      expect(expected.some((p) => p.endsWith("根本から"))).toBe(true);
      for (const name of ["sjis.md", "eucjp.md", "utf16le.md", "utf16be.md", "bom.md"]) expect(positions(files[name]!), name).toEqual(expected);
      const html = positions(files["page-utf8.html"]!);
      expect(html.some((p) => p.endsWith("副作用はありません"))).toBe(true);
      expect(positions(files["page-sjis.html"]!)).toEqual(html);
      expect(positions(files["page-eucjp.html"]!).map((p) => p.split(" ")[1])).toEqual(html.map((p) => p.split(" ")[1]));
    } finally {
      ws.cleanup();
    }
  });

  it("bytes that no encoding reads, or that contradict the declared charset, are an error naming the file and the encoding: exit 2, the rest still reported", async () => {
    const ws = workspace({
      "good.md": VIOLATING_MD,
      "garbage.md": Uint8Array.from([0x23, 0x20, 0xff, 0xfe, 0xfd, 0x80, 0x81, 0xc3, 0x28, 0xa0, 0xa1, 0x0a]),
      // Declares UTF-8, is Shift_JIS: a common mistake when a page is saved by an old editor.
      "wrong-meta.html": sjis(HTML_PAGE("utf-8"))
    });
    try {
      const run = await runCli([".", "-f", "json"], ws.dir);
      expect(run.code, run.stderr).toBe(2);
      const files = byFile(parseJson(run) as TextlintResult[], ws.dir);
      expect(positions(files["good.md"]!).length).toBeGreaterThan(0);
      const garbage = files["garbage.md"]!;
      expect(garbage).toHaveLength(1);
      expect(garbage[0]!.ruleId).toBe("medical-ad-lint/file-error");
      expect(garbage[0]!.message).toContain("UTF-8");
      const meta = files["wrong-meta.html"]![0]!;
      expect(meta.message).toMatch(/<meta charset="utf-8">.*UTF-8 として読めない/);
      expect(run.stderr).toContain("garbage.md");
      expect(run.stderr).toContain("wrong-meta.html");
      // --encoding overrides the declaration.
      const forced = await runCli(["wrong-meta.html", "--encoding", "shift_jis", "-f", "json"], ws.dir);
      expect(forced.code, forced.stderr).toBe(1);
    } finally {
      ws.cleanup();
    }
  });
});

describe("configuration traps (real process)", SLOW, () => {
  it("a .textlintrc here or in a parent directory that does not enable the preset is exit 2 saying why, never a clean run", async () => {
    const ws = workspace({ "dummy-rule.js": "module.exports = (context) => ({ [context.Syntax.Str]() {} });\n", "site/column.md": VIOLATING_MD });
    try {
      writeFileSync(join(ws.dir, ".textlintrc.json"), JSON.stringify({ rules: { [join(ws.dir, "dummy-rule.js")]: true } }));
      for (const [cwd, file] of [
        [ws.dir, "site/column.md"],
        [join(ws.dir, "site"), "column.md"]
      ] as const) {
        const run = await runCli([file], cwd);
        expect(run.code, run.stderr).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.stderr).toContain(".textlintrc.json");
        expect(run.stderr).toContain("preset-medical-ad-ja");
        expect(run.stderr).toContain("--no-textlintrc");
      }
      // Every preset rule switched off is the same trap.
      const allOff = Object.fromEntries(
        RULES.map((r) => [r.id, false])
      );
      writeFileSync(join(ws.dir, ".textlintrc.json"), JSON.stringify({ rules: { "preset-medical-ad-ja": allOff } }));
      const off = await runCli(["site/column.md"], ws.dir);
      expect(off.code, off.stderr).toBe(2);
      // --no-textlintrc lints with the preset.
      const defaults = await runCli(["site/column.md", "--no-textlintrc"], ws.dir);
      expect(defaults.code, defaults.stderr).toBe(1);
    } finally {
      ws.cleanup();
    }
  });

  it("misspelt rule names, options and entry ids, and dictionary entries no rule reads, are warned with the closest valid name; --strict-config makes them errors", async () => {
    const evidenceDictionary = [
      "category: evidence",
      "confidence: inferred",
      "basis: 医療広告ガイドライン 第3の1(3)",
      "entries:",
      "  - id: clinic-shoumei",
      "    patterns: [医学的に証明済み]",
      "    message: 根拠のない断定です。",
      "    rewrites: [研究が報告されています]",
      "    examples: { ng: [医学的に証明済みの治療です。] }",
      ""
    ].join("\n");
    const config = {
      rules: {
        "preset-medical-ad-ja": {
          "no-superlatve": false,
          "no-overclaim": { disable: ["konpon-karaa"], severty: "warning", dictionaries: ["dict/evidence.yml"] },
          "no-safety-guarantee": { disable: ["konpon-kara"] }
        }
      }
    };
    const ws = workspace({ ".textlintrc.json": JSON.stringify(config), "dict/evidence.yml": evidenceDictionary, "column.md": VIOLATING_MD });
    try {
      const run = await runCli(["column.md"], ws.dir);
      // Warnings do not change the outcome: the findings still fail the run.
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/"no-superlatve" はこのプリセットのルールではありません \(もしかして "no-superlative"\?\)/);
      expect(run.stderr).toMatch(/no-overclaim: 辞書項目 "konpon-karaa" はありません \(もしかして "konpon-kara"\?\)/);
      expect(run.stderr).toMatch(/no-overclaim: "severty" はこのルールのオプションではありません \(もしかして "severity"\?\)/);
      expect(run.stderr).toMatch(/no-safety-guarantee: 辞書項目 "konpon-kara" はルール no-overclaim の項目です/);
      expect(run.stderr).toMatch(/dict\/evidence\.yml:5: 辞書項目 "clinic-shoumei" \(category evidence\) はルール efficacy-needs-human-evidence の dictionaries にこのファイルがないため使われません/);
      expect(run.stdout).toContain('"根本から"');

      const strict = await runCli(["column.md", "--strict-config"], ws.dir);
      expect(strict.code, strict.stderr).toBe(2);
      expect(strict.stdout).toBe("");
      expect(strict.stderr).toContain("--strict-config");
    } finally {
      ws.cleanup();
    }
  });
});

const dictionaryWith = (regex: string) =>
  [
    "category: overclaim",
    "confidence: inferred",
    "basis: 医療広告ガイドライン 第3の1(3)",
    "entries:",
    "  - id: clinic-good",
    "    patterns: [奇跡の回復]",
    "    message: 誇張です。",
    "    rewrites: [回復が期待できる場合があります]",
    "    examples: { ng: [奇跡の回復を実現します。] }",
    "  - id: clinic-regex",
    "    regex:",
    "      - 驚きの回復",
    `      - '${regex}'`,
    "    message: 誇張です。",
    "    rewrites: [回復が期待できる場合があります]",
    "    examples: { ng: [驚きの回復です。] }",
    ""
  ].join("\n");
const DICTIONARY_CONFIG = JSON.stringify({ rules: { "preset-medical-ad-ja": { "no-overclaim": { dictionaries: ["dict/clinic.yml"] } } } });

describe("hostile project dictionaries and the per-file time limit (real process)", SLOW, () => {
  it("a catastrophic regex is rejected at load with file, line and entry (exit 2, no hang); a regex that does not compile is a dictionary error, not an internal one", async () => {
    for (const [regex, expected] of [
      ["(a+)+$", /dict\/clinic\.yml:13: entry "clinic-regex": 正規表現 \/\(a\+\)\+\$\/ は入力によって指数時間かかり/],
      ["(?:効果|効)*\\s*\\s*\\s*$", /dict\/clinic\.yml:13: entry "clinic-regex": .*ReDoS/],
      ["[根本", /dict\/clinic\.yml:13: entry "clinic-regex": 正規表現が不正です/]
    ] as const) {
      const ws = workspace({ ".textlintrc.json": DICTIONARY_CONFIG, "dict/clinic.yml": dictionaryWith(regex), "column.md": VIOLATING_MD });
      try {
        const started = Date.now();
        const run = await runCli(["column.md"], ws.dir);
        expect(run.code, run.stderr).toBe(2);
        expect(run.stderr).toMatch(/辞書の誤り: /);
        expect(run.stderr).not.toContain("内部エラー");
        expect(run.stderr, regex).toMatch(expected);
        expect(run.stdout).toBe("");
        expect(Date.now() - started).toBeLessThan(60_000);
      } finally {
        ws.cleanup();
      }
    }
  });

  it("a file that takes longer than --file-timeout is reported as such and the other files are still linted (exit 2)", async () => {
    // Quadratic, so accepted at load, but a 200,000-character line takes minutes: the limit, not the analyser, stops it.
    const ws = workspace({
      ".textlintrc.json": DICTIONARY_CONFIG,
      "dict/clinic.yml": dictionaryWith("根本+本+から"),
      "a-slow.md": `# 長い行\n\n根${"本".repeat(300000)}\n`,
      "b-column.md": VIOLATING_MD
    });
    try {
      const started = Date.now();
      const run = await runCli([".", "--file-timeout", "10", "-f", "json"], ws.dir);
      expect(run.code, run.stderr).toBe(2);
      const files = byFile(parseJson(run) as TextlintResult[], ws.dir);
      expect(files["a-slow.md"]![0]!.message).toContain("制限時間 (10 秒) を超えました");
      expect(positions(files["b-column.md"]!).some((p) => p.endsWith("根本から"))).toBe(true);
      expect(Date.now() - started).toBeLessThan(90_000);
    } finally {
      ws.cleanup();
    }
  });

  it("with --jobs 2 every worker applies the per-file time limit, and the output is the same as with --jobs 1", async () => {
    const ws = workspace({
      ".textlintrc.json": DICTIONARY_CONFIG,
      "dict/clinic.yml": dictionaryWith("根本+本+から"),
      "a-slow.md": `# 長い行\n\n根${"本".repeat(300000)}\n`,
      "b-column.md": VIOLATING_MD,
      "c-slow.md": `# 長い行\n\n根${"本".repeat(300000)}\n`,
      "d-column.md": VIOLATING_MD.replace("PRP療法", "幹細胞治療")
    });
    try {
      const runs = [];
      for (const jobs of ["1", "2"]) runs.push(await runCli([".", "--jobs", jobs, "--file-timeout", "10", "-f", "json"], ws.dir));
      const [serial, parallel] = runs as [CliRun, CliRun];
      expect(serial.code, serial.stderr).toBe(2);
      const files = byFile(parseJson(serial) as TextlintResult[], ws.dir);
      for (const slow of ["a-slow.md", "c-slow.md"]) expect(files[slow]![0]!.message).toContain("制限時間 (10 秒) を超えました");
      for (const good of ["b-column.md", "d-column.md"]) expect(positions(files[good]!).some((p) => p.endsWith("根本から"))).toBe(true);
      expect(parallel.stdout).toBe(serial.stdout);
      expect(parallel.stderr).toBe(serial.stderr);
      expect(parallel.code).toBe(serial.code);
    } finally {
      ws.cleanup();
    }
  });

  it("a tokenizer (kuromoji) failure or a parser failure is reported on its file; the others are linted (exit 2)", async () => {
    const injector = join(__dirname, "fault-injection.cjs");
    for (const fault of ["kuromoji", "parser"]) {
      const ws = workspace({ "a-broken.md": `# 膝\n\nFAULT-INJECTION 当院は根本から改善します。\n`, "b-column.md": VIOLATING_MD });
      try {
        const run = await runCli([".", "-f", "json"], ws.dir, { nodeArgs: ["-r", injector], env: { MEDICAL_AD_LINT_FAULT: fault } });
        expect(run.code, `${fault}: ${run.stderr}`).toBe(2);
        const files = byFile(parseJson(run) as TextlintResult[], ws.dir);
        expect(files["a-broken.md"]![0]!.ruleId, fault).toBe("medical-ad-lint/file-error");
        expect(files["a-broken.md"]![0]!.message, fault).toContain(`injected ${fault === "kuromoji" ? "tokenizer" : "parser"} failure`);
        expect(files["a-broken.md"]!.every((m) => !m.message.includes("\n")), fault).toBe(true);
        expect(positions(files["b-column.md"]!).some((p) => p.endsWith("根本から")), fault).toBe(true);
      } finally {
        ws.cleanup();
      }
    }
  });
});

describe("empty files (real process)", SLOW, () => {
  it("an empty or blank file of each format is clean (exit 0), not a file that could not be checked", async () => {
    // f.html: markup with no text (a stray end tag; found by the property run) parses to an AST with no positions.
    const ws = workspace({ "a.html": "", "b.html": "\n\n  \n", "c.md": "", "d.txt": "\n", "e.htm": "\uFEFF\r\n", "f.html": "</p>", "g.html": "\u0000" });
    try {
      const run = await runCli(["a.html", "b.html", "c.md", "d.txt", "e.htm", "f.html", "g.html", "-f", "json"], ws.dir);
      expect(run.code, run.stderr).toBe(0);
      const results = parseJson(run) as TextlintResult[];
      expect(results).toHaveLength(7);
      expect(results.flatMap((r) => r.messages)).toEqual([]);
    } finally {
      ws.cleanup();
    }
  });
});

describe("files that are not regular files (real process)", SLOW, () => {
  const hasMkfifo = (() => {
    try {
      execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasMkfifo)("a FIFO or a directory given as a file is reported as what it is, without blocking; the good file is linted; exit 2", async () => {
    const ws = workspace({ "good.md": VIOLATING_MD, "empty.md/readme.rst": "x\n" });
    try {
      execFileSync("mkfifo", [join(ws.dir, "pipe.md")]);
      const run = await runCli(["good.md", "pipe.md", "empty.md", "-f", "json"], ws.dir);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/pipe\.md: 名前付きパイプ \(FIFO\)です/);
      expect(run.stderr).toMatch(/empty\.md: ディレクトリですが、検査できるファイル/);
      expect(run.stderr).not.toContain("見つかりません");
      const files = byFile(parseJson(run) as TextlintResult[], ws.dir);
      expect(positions(files["good.md"]!).length).toBeGreaterThan(0);
      // A glob skips it (tinyglobby lists regular files only): no read, no hang.
      const glob = await runCli(["*.md"], ws.dir);
      expect(glob.code, glob.stderr).toBe(1);
    } finally {
      ws.cleanup();
    }
  });

  it("a directory argument honours .textlintignore (patterns relative to cwd, as textlint applies them)", async () => {
    const ws = workspace({
      ".textlintignore": "# drafts are not published\ncolumns/drafts/**\n",
      "columns/published.md": VIOLATING_MD,
      "columns/drafts/wip.md": VIOLATING_MD
    });
    try {
      const run = await runCli(["columns", "-f", "json"], ws.dir);
      expect(run.code, run.stderr).toBe(1);
      expect(Object.keys(byFile(parseJson(run) as TextlintResult[], ws.dir))).toEqual(["columns/published.md"]);
    } finally {
      ws.cleanup();
    }
  });
});

describe("JUnit (real process)", SLOW, () => {
  it("every file is a test case; failures are files with errors, and warnings only past --max-warnings", async () => {
    const warningOnly = { rules: { "preset-medical-ad-ja": { "no-overclaim": { severity: "warning" }, "efficacy-needs-human-evidence": false } } };
    const ws = workspace({
      ".textlintrc.json": JSON.stringify(warningOnly),
      "clean.md": "# 膝の痛みについて\n\n膝の痛みの原因を調べるため、問診と画像検査を行います。\n",
      "warned.md": "# 慢性疼痛\n\n慢性疼痛を根本から改善します。\n",
      "failing.md": "# 美容点滴\n\n点滴の副作用はありません。\n"
    });
    try {
      const count = (xml: string, attr: string) => Number(new RegExp(`<testsuite [^>]*${attr}="(\\d+)"`).exec(xml)?.[1]);
      const run = await runCli([".", "-f", "junit"], ws.dir);
      expect(run.code, run.stderr).toBe(1);
      expect(count(run.stdout, "tests")).toBe(3);
      expect(count(run.stdout, "failures")).toBe(1);
      expect(run.stdout).toContain('<testcase classname="medical-ad-lint" name="clean.md" file="clean.md"/>');
      expect(run.stdout).toMatch(/<testcase [^>]*name="failing.md"[^>]*>\s*<failure/);
      expect(run.stdout).toMatch(/<testcase [^>]*name="warned.md"[^>]*>\s*<system-out>/);

      const strict = await runCli([".", "-f", "junit", "--max-warnings", "0"], ws.dir);
      expect(count(strict.stdout, "failures")).toBe(2);
      expect(strict.stdout).toMatch(/<testcase [^>]*name="warned.md"[^>]*>\s*<failure/);
    } finally {
      ws.cleanup();
    }
  });
});

describe("--fix (real process)", SLOW, () => {
  const ORIGINAL = "# 再生医療  \r\n\r\n**驚異の回復力**を引き出す治療です。\r\n\r\n慢性疼痛を根本から改善します。\r\n";
  const FIXED = ORIGINAL.split("驚異の回復力").join("回復力");

  it("keeps the BOM, CRLF line endings and the encoding (Shift_JIS, UTF-16); files with nothing to fix are not rewritten", async () => {
    const ws = workspace({
      ".textlintrc.json": FIX_CONFIG,
      "fix.yml": FIX_DICTIONARY,
      "bom.md": utf8bom(ORIGINAL),
      "sjis.md": sjis(ORIGINAL),
      "utf16.md": utf16le(ORIGINAL),
      "untouched.md": utf8bom("# 膝\r\n\r\n慢性疼痛を根本から改善します。\r\n")
    });
    try {
      const untouched = join(ws.dir, "untouched.md");
      const before = statSync(untouched);
      const run = await runCli([".", "--fix", "-f", "json"], ws.dir);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain("3 ファイルに自動修正を適用しました");
      expect(readFileSync(join(ws.dir, "bom.md"))).toEqual(Buffer.from(utf8bom(FIXED)));
      expect(readFileSync(join(ws.dir, "sjis.md"))).toEqual(Buffer.from(sjis(FIXED)));
      expect(readFileSync(join(ws.dir, "utf16.md"))).toEqual(Buffer.from(utf16le(FIXED)));
      const after = statSync(untouched);
      expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
      expect(readdirSync(ws.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      ws.cleanup();
    }
  });

  const hasChattr = (() => {
    try {
      const ws = workspace({ "probe.md": "x" });
      try {
        execFileSync("chattr", ["+i", join(ws.dir, "probe.md")], { stdio: "ignore" });
        execFileSync("chattr", ["-i", join(ws.dir, "probe.md")], { stdio: "ignore" });
        return true;
      } finally {
        ws.cleanup();
      }
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasChattr)("a file that cannot be written is reported, keeps its old content, and the other files are fixed; the report is printed; exit 2", async () => {
    const ws = workspace({ ".textlintrc.json": FIX_CONFIG, "fix.yml": FIX_DICTIONARY, "a.md": ORIGINAL, "b-locked.md": ORIGINAL, "c.md": ORIGINAL });
    const locked = join(ws.dir, "b-locked.md");
    try {
      // An immutable file: even root cannot replace it (rename over it fails with EPERM).
      execFileSync("chattr", ["+i", locked]);
      const run = await runCli([".", "--fix", "-f", "json"], ws.dir);
      expect(run.code, run.stderr).toBe(2);
      expect(readFileSync(join(ws.dir, "a.md"), "utf8")).toBe(FIXED);
      expect(readFileSync(join(ws.dir, "c.md"), "utf8")).toBe(FIXED);
      expect(readFileSync(locked, "utf8")).toBe(ORIGINAL);
      const files = byFile(parseJson(run) as TextlintResult[], ws.dir);
      expect(files["b-locked.md"]![0]!.message).toMatch(/自動修正を書き込めません \(EPERM\)。ファイルは元のままです/);
      // What is reported for the locked file is what it still contains.
      expect(files["b-locked.md"]!.some((m) => m.message.includes("驚異の回復力"))).toBe(true);
      expect(run.stderr).toContain("2 ファイルに自動修正を適用しました");
      expect(readdirSync(ws.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      execFileSync("chattr", ["-i", locked]);
      ws.cleanup();
    }
  });

  it("killed in the middle of a run over many files, every file is either its old or its new content", async () => {
    const count = 120;
    const files: Record<string, string> = { ".textlintrc.json": FIX_CONFIG, "fix.yml": FIX_DICTIONARY };
    // Long enough that a torn write would show, distinct so that every file is really rewritten.
    const original = (i: number) => `# コラム ${i}\n\n${"当院では丁寧な説明を心がけています。\n\n".repeat(200)}**驚異の回復力**を引き出す治療です (${i})。\n`;
    for (let i = 0; i < count; i++) files[`columns/c${String(i).padStart(3, "0")}.md`] = original(i);
    const ws = workspace(files);
    try {
      const child = spawn(process.execPath, [BIN, "columns", "--fix"], { cwd: ws.dir, stdio: "ignore" });
      const fixed = (i: number) => original(i).split("驚異の回復力").join("回復力");
      const dir = join(ws.dir, "columns");
      // Wait until some files are fixed, then kill without warning.
      const deadline = Date.now() + 180_000;
      let done = 0;
      while (Date.now() < deadline && child.exitCode === null) {
        done = readdirSync(dir).filter((f) => f.endsWith(".md") && !readFileSync(join(dir, f), "utf8").includes("驚異")).length;
        if (done >= 5) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      let olds = 0;
      let news = 0;
      for (let i = 0; i < count; i++) {
        const text = readFileSync(join(dir, `c${String(i).padStart(3, "0")}.md`), "utf8");
        if (text === original(i)) olds++;
        else if (text === fixed(i)) news++;
        else throw new Error(`c${i}.md is neither its old nor its new content`);
      }
      expect(news).toBeGreaterThanOrEqual(5);
      // The kill landed mid-run (if the machine is fast enough to finish first, the check above still held).
      expect(olds + news).toBe(count);
      expect(existsSync(dir)).toBe(true);
    } finally {
      ws.cleanup();
    }
  });
});

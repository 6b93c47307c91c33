import { readFileSync } from "node:fs";
import { writeFile, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { TextlintMessage, TextlintResult } from "@textlint/types";
import type { TextlintKernelDescriptor } from "@textlint/kernel";
import { createFormatter, isMachineFormat } from "../formatters";
import { summaryLine } from "../formatters/stylish";
import { PACKAGE_ROOT } from "../data/paths";
import { parseArgs, type CliOptions } from "./args";
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, asDictionaryError, firstLine } from "../report/errors";
import { DictionaryError } from "../data/yaml";
import { checkConfig } from "./config-check";
import { LintPool, type LintOutcome } from "./lint-pool";
import { isProblem, readInput, type InputFile } from "./input";
import { displayName, encodeFile, roundTrips } from "./encoding";
import { writeFileAtomic } from "./atomic-write";
import { explain, listRules } from "./explain";
import { discoverFiles } from "./files";
import { SEVERITY, summarize } from "../report/findings";
import { loadDescriptor } from "./linter";
import { relativePath } from "../formatters/context";

export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colours by default). */
  isTTY: boolean;
}

const processIo: CliIo = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY)
};

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

function errorsOnly(results: TextlintResult[]): TextlintResult[] {
  return results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === SEVERITY.error) }));
}

/** Why a file could not be checked, as a finding on the file (formatters show it; JUnit makes it an <error>). */
export const FILE_ERROR_RULE = "medical-ad-lint/file-error";

function fileError(file: string, cwd: string, kind: string, reason: string): TextlintMessage {
  return {
    type: "lint",
    ruleId: FILE_ERROR_RULE,
    message: `"${relativePath(file, cwd)}" を検査できませんでした: ${reason}`,
    index: 0,
    line: 1,
    column: 1,
    range: [0, 0],
    loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    severity: SEVERITY.error,
    data: { id: kind, fatal: true }
  } as TextlintMessage;
}

function rethrowRunLevel(outcome: Extract<LintOutcome, { ok: false }>): void {
  // A broken project dictionary is the run's problem, not the file's: stop as before linting.
  const error = outcome.error;
  if (error?.name === "DictionaryError" && error.file !== undefined && error.line !== undefined && error.reason !== undefined) {
    throw new DictionaryError(error.file, error.line, error.reason);
  }
}

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  const pool = new LintPool(
    { cwd: io.cwd, config: options.config, textlintrc: options.textlintrc },
    { timeoutMs: options.fileTimeout * 1000, ...(options.maxMemory > 0 ? { maxMemoryMb: options.maxMemory } : {}) }
  );
  try {
    const { descriptor, configFile } = await loadDescriptor(options, io.cwd);
    // The worker loads the same configuration while the main thread checks it and finds the files.
    pool.warmUp();
    const warnings = await checkConfig(configFile);
    for (const warning of warnings) io.stderr(`medical-ad-lint: 設定の${options.strictConfig ? "誤り" : "警告"}: ${warning}\n`);
    if (options.strictConfig && warnings.length > 0) throw new CliError(`設定に ${warnings.length} 件の誤りがあります (--strict-config)`);
    return await lintFiles(options, io, descriptor, pool);
  } finally {
    await pool.close();
  }
}

async function lintFiles(options: CliOptions, io: CliIo, descriptor: TextlintKernelDescriptor, pool: LintPool): Promise<number> {
  const color = options.color && io.isTTY && options.outputFile === undefined && !process.env.NO_COLOR;
  const ruleIds = descriptor.rule.lintableDescriptors.map((d) => d.id);
  const format = await createFormatter(options.format, {
    cwd: io.cwd,
    color,
    ruleIds,
    toolVersion: packageVersion(),
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {})
  });

  const { files, problems } = await discoverFiles(options.patterns, io.cwd, descriptor.availableExtensions);
  for (const problem of problems) io.stderr(`medical-ad-lint: ${problem}\n`);

  const results: TextlintResult[] = [];
  let fixedFiles = 0;
  let failedFiles = 0;
  const failed = (file: string, kind: string, reason: string, messages: TextlintMessage[] = []) => {
    failedFiles++;
    io.stderr(`medical-ad-lint: ${relativePath(file, io.cwd)}: ${reason}\n`);
    results.push({ filePath: file, messages: [fileError(file, io.cwd, kind, reason), ...messages] });
  };
  for (const file of files) {
    const input = await readInput(file, options.encoding !== undefined ? { encoding: options.encoding } : {});
    if (isProblem(input)) {
      failed(file, input.kind, input.message);
      continue;
    }
    const outcome = await pool.lint(file, input.text, options.fix);
    if (!outcome.ok) {
      rethrowRunLevel(outcome);
      failed(
        file,
        outcome.kind,
        outcome.kind !== "error" || outcome.message.startsWith("構文解析") ? firstLine(outcome.message) : `解析中にエラーが起きました: ${firstLine(outcome.message)}`
      );
      continue;
    }
    if (options.fix && outcome.output !== undefined && outcome.output !== input.text) {
      const written = await writeFixed(file, input, outcome.output);
      if (written === true) {
        fixedFiles++;
      } else {
        // The file keeps its old content: report what is in it, with why it was not fixed.
        const original = await pool.lint(file, input.text, false);
        failed(file, "fix-write", written, original.ok ? original.result.messages : []);
        continue;
      }
    }
    results.push(outcome.result);
  }
  if (results.length === 0) throw new CliError("検査できたファイルがありません");
  if (options.fix) io.stderr(`medical-ad-lint: ${fixedFiles} ファイルに自動修正を適用しました\n`);

  const shown = options.quiet ? errorsOnly(results) : results;
  const output = format(shown);
  if (options.outputFile !== undefined) {
    const target = resolve(io.cwd, options.outputFile);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, output, "utf8");
  } else {
    io.stdout(output);
  }

  const summary = summarize(results);
  // Machine output stays parseable: the human summary goes to stderr.
  if (isMachineFormat(options.format) || options.outputFile !== undefined) io.stderr(`${summaryLine(summarize(shown))}\n`);
  // A file that could not be checked is never a pass, whatever the others say.
  if (problems.length + failedFiles > 0) {
    io.stderr(`medical-ad-lint: 検査できなかったファイル・パターンが ${problems.length + failedFiles} 件あります (終了コード 2)\n`);
    return EXIT_USAGE;
  }
  if (summary.errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
    io.stderr(`medical-ad-lint: 警告が ${summary.warnings} 件あり、--max-warnings ${options.maxWarnings} を超えています\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/**
 * Writes a fixed file back atomically, in its own encoding, with its byte order mark: true, or why not.
 * A file whose bytes would not survive decoding and encoding unchanged is left alone.
 */
async function writeFixed(file: string, input: InputFile, output: string): Promise<true | string> {
  if (!roundTrips(input.bytes, input)) {
    return `${displayName(input.encoding)} に書き戻すと修正箇所以外のバイト列が変わるため、自動修正を書き込みません`;
  }
  let bytes: Uint8Array;
  try {
    bytes = encodeFile(output, input);
  } catch (error) {
    return `自動修正を書き込めません: ${(error as Error).message}`;
  }
  try {
    await writeFileAtomic(file, bytes, input.mode);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `自動修正を書き込めません (${code ?? firstLine(String(error))})。ファイルは元のままです`;
  }
}

/** Runs the CLI and returns its exit code: 0 clean, 1 findings that fail, 2 usage/config/dictionary errors. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const parsed = parseArgs(argv, packageVersion(), { out: io.stdout, err: io.stderr });
    if (parsed.kind === "exit") return parsed.code;
    const { options } = parsed;
    if (options.explain !== undefined) {
      io.stdout(explain(options.explain));
      return EXIT_OK;
    }
    if (options.listRules) {
      io.stdout(listRules());
      return EXIT_OK;
    }
    if (options.patterns.length === 0) throw new CliError("検査するファイル・ディレクトリ・glob を指定してください (medical-ad-lint --help)");
    return await lint(options, io);
  } catch (error) {
    const dictionaryError = asDictionaryError(error);
    if (dictionaryError) {
      io.stderr(`medical-ad-lint: 辞書の誤り: ${dictionaryError.file}:${dictionaryError.line}: ${firstLine(dictionaryError.reason)}\n`);
    } else if (error instanceof CliError) {
      io.stderr(`medical-ad-lint: ${error.message.replace(/\s*\n\s*/g, " ")}\n`);
    } else {
      // A rule that crashed: never report a clean run. The stack only on request.
      io.stderr(`medical-ad-lint: 内部エラー: ${firstLine(error instanceof Error ? error.message : String(error))}\n`);
      if (process.env.DEBUG) io.stderr(`${(error as Error).stack ?? ""}\n`);
    }
    return EXIT_USAGE;
  }
}

import { readFileSync } from "node:fs";
import { mkdir, open, type FileHandle } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { TextlintMessage, TextlintResult } from "@textlint/types";
import type { TextlintKernelDescriptor } from "@textlint/kernel";
import { createReport, isMachineFormat } from "../formatters";
import { summaryLine } from "../formatters/stylish";
import { PACKAGE_ROOT } from "../data/paths";
import { parseArgs, type CliOptions } from "./args";
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, asDictionaryError, firstLine } from "../report/errors";
import { DictionaryError } from "../data/yaml";
import { checkConfig } from "./config-check";
import { LintPool, type LintOutcome } from "./lint-pool";
import { isProblem, readInput, type InputFile, type InputProblem } from "./input";
import { displayName, encodeFile, roundTrips } from "./encoding";
import { writeFileAtomic } from "./atomic-write";
import { explain, listRules } from "./explain";
import { discoverFiles } from "./files";
import { SEVERITY, addToSummary, emptySummary } from "../report/findings";
import { loadDescriptor } from "./linter";
import { relativePath } from "../formatters/context";
import { defaultJobs, inOrder, shardFiles } from "./schedule";
import { DEFAULT_CACHE_LOCATION, ResultCache, runKey, sha256 } from "./cache";

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

function errorsOnly(result: TextlintResult): TextlintResult {
  return { ...result, messages: result.messages.filter((m) => m.severity === SEVERITY.error) };
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

/** Where the report goes: stdout, or the -o file (created on the first write, so a run that stops before reporting leaves none). */
function createSink(options: CliOptions, io: CliIo) {
  if (options.outputFile === undefined) return { write: async (text: string) => void (text && io.stdout(text)), close: async () => {} };
  const target = resolve(io.cwd, options.outputFile);
  let handle: FileHandle | undefined;
  return {
    async write(text: string) {
      if (!handle) {
        await mkdir(dirname(target), { recursive: true });
        handle = await open(target, "w");
      }
      if (text) await handle.write(text);
    },
    async close() {
      if (!handle) await this.write("");
      await handle?.close();
    }
  };
}

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  const { descriptor, configFile } = await loadDescriptor(options, io.cwd);
  // --jobs N worker threads (default: the idle cores, fewer where memory is short); each applies the
  // per-file time and memory limits. Workers start when first needed, so a run over fewer files, or
  // one answered from --cache, starts fewer.
  const pool = new LintPool(
    { cwd: io.cwd, config: options.config, textlintrc: options.textlintrc },
    { timeoutMs: options.fileTimeout * 1000, ...(options.maxMemory > 0 ? { maxMemoryMb: options.maxMemory } : {}) },
    options.jobs ?? defaultJobs(Number.MAX_SAFE_INTEGER)
  );
  try {
    // The first worker loads the same configuration while the main thread checks it and finds the files.
    if (!options.cache) pool.warmUp(1);
    const warnings = await checkConfig(configFile);
    for (const warning of warnings) io.stderr(`medical-ad-lint: 設定の${options.strictConfig ? "誤り" : "警告"}: ${warning}\n`);
    if (options.strictConfig && warnings.length > 0) throw new CliError(`設定に ${warnings.length} 件の誤りがあります (--strict-config)`);
    return await lintFiles(options, io, descriptor, configFile, pool);
  } finally {
    await pool.close();
  }
}

/** A file read and its outcome: linted, from the cache, or why it could not be read. */
interface Work {
  file: string;
  input: InputFile | InputProblem;
  /** sha256 of the decoded text (the cache's content key). */
  hash?: string;
  outcome?: LintOutcome;
  cached?: boolean;
}

async function lintFiles(
  options: CliOptions,
  io: CliIo,
  descriptor: TextlintKernelDescriptor,
  configFile: string | undefined,
  pool: LintPool
): Promise<number> {
  const color = options.color && io.isTTY && options.outputFile === undefined && !process.env.NO_COLOR;
  const ruleIds = descriptor.rule.lintableDescriptors.map((d) => d.id);
  const report = await createReport(options.format, {
    cwd: io.cwd,
    color,
    ruleIds,
    toolVersion: packageVersion(),
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {})
  });

  const { files: found, problems } = await discoverFiles(options.patterns, io.cwd, descriptor.availableExtensions);
  for (const problem of problems) io.stderr(`medical-ad-lint: ${problem}\n`);
  const files = options.shard ? shardFiles(found, options.shard, io.cwd) : found;
  if (options.shard && files.length === 0 && found.length > 0) {
    io.stderr(`medical-ad-lint: --shard ${options.shard.index}/${options.shard.count}: この分割に割り当てられたファイルはありません (全 ${found.length} ファイル)\n`);
    if (problems.length > 0) {
      io.stderr(`medical-ad-lint: 検査できなかったファイル・パターンが ${problems.length} 件あります (終了コード 2)\n`);
      return EXIT_USAGE;
    }
    return EXIT_OK;
  }
  if (files.length === 0) throw new CliError("検査できたファイルがありません");
  const jobs = Math.min(pool.size, files.length);
  if (!options.cache) pool.warmUp(jobs);

  const cache = options.cache ? ResultCache.open(resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION), runKey(descriptor, configFile, io.cwd), io.cwd) : undefined;

  /** A file's outcome: read and decoded, then from the cache when its text and the run are unchanged, else linted in a worker. */
  const work = async (file: string): Promise<Work> => {
    const input = await readInput(file, options.encoding !== undefined ? { encoding: options.encoding } : {});
    if (isProblem(input)) return { file, input };
    const hash = cache ? sha256(input.text) : undefined;
    const cached = cache && hash !== undefined ? cache.get(file, hash) : undefined;
    // A cached result with a fixable message still needs --fix to run.
    if (cached && !(options.fix && cached.some((m) => m.fix))) {
      return { file, input, ...(hash !== undefined ? { hash } : {}), outcome: { ok: true, result: { messages: cached, filePath: file } }, cached: true };
    }
    return { file, input, ...(hash !== undefined ? { hash } : {}), outcome: await pool.lint({ file, text: input.text, fix: options.fix }) };
  };

  const sink = createSink(options, io);
  const summary = emptySummary();
  const shownSummary = emptySummary();
  let fixedFiles = 0;
  let failedFiles = 0;
  const emit = async (result: TextlintResult) => {
    addToSummary(summary, result);
    const shown = options.quiet ? errorsOnly(result) : result;
    addToSummary(shownSummary, shown);
    await sink.write(report.add(shown));
  };
  const failed = (file: string, kind: string, reason: string, messages: TextlintMessage[] = []) => {
    failedFiles++;
    io.stderr(`medical-ad-lint: ${relativePath(file, io.cwd)}: ${reason}\n`);
    return emit({ filePath: file, messages: [fileError(file, io.cwd, kind, reason), ...messages] });
  };

  // Files are read, decoded and linted up to a window ahead (as many at once as there are workers)
  // and reported in the order given, one at a time: the same output, byte for byte, whatever --jobs.
  for await (const { file, input, hash, outcome, cached } of inOrder(files, Math.max(2, jobs * 4), work)) {
    if (isProblem(input)) {
      await failed(file, input.kind, input.message);
      continue;
    }
    if (!outcome!.ok) {
      const failure = outcome!;
      rethrowRunLevel(failure);
      await failed(
        file,
        failure.kind,
        failure.kind !== "error" || failure.message.startsWith("構文解析") ? firstLine(failure.message) : `解析中にエラーが起きました: ${firstLine(failure.message)}`
      );
      continue;
    }
    const { result, fixed } = outcome!;
    if (fixed !== undefined) {
      const written = await writeFixed(file, input, fixed);
      if (written !== true) {
        // The file keeps its old content: report what is in it, with why it was not fixed.
        const original = await pool.lint({ file, text: input.text, fix: false });
        await failed(file, "fix-write", written, original.ok ? original.result.messages : []);
        continue;
      }
      fixedFiles++;
    }
    if (cache && !cached && hash !== undefined) cache.set(file, fixed !== undefined ? sha256(fixed) : hash, result.messages);
    await emit(result);
  }
  await sink.write(report.end());
  await sink.close();
  await cache?.save();
  if (options.fix) io.stderr(`medical-ad-lint: ${fixedFiles} ファイルに自動修正を適用しました\n`);

  // Machine output stays parseable: the human summary goes to stderr.
  if (isMachineFormat(options.format) || options.outputFile !== undefined) io.stderr(`${summaryLine(shownSummary)}\n`);
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

import { existsSync, readFileSync } from "node:fs";
import { readFile, writeFile, mkdir, open, type FileHandle } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { TextlintResult } from "@textlint/types";
import { createReport, isMachineFormat } from "../formatters";
import { summaryLine } from "../formatters/stylish";
import { PACKAGE_ROOT } from "../data/paths";
import { parseArgs, type CliOptions } from "./args";
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, asDictionaryError, firstLine } from "../report/errors";
import { explain, listRules } from "./explain";
import { discoverFiles } from "./files";
import { SEVERITY, addToSummary, emptySummary } from "../report/findings";
import { loadDescriptor } from "./linter";
import { relativePath } from "../formatters/context";
import { createEngine } from "./engine";
import { deserializeError, runTask, type LintOutcome, type LintTask } from "./task";
import { defaultJobs, inOrder, shardFiles } from "./schedule";
import { DEFAULT_CACHE_LOCATION, ResultCache, runKey, sha256 } from "./cache";
import type { WorkerTask } from "./worker";

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

/** The compiled worker (lib/src/cli/worker.js), also when the CLI runs from src/ under tests. */
function workerFile(): string {
  const here = join(__dirname, "worker.js");
  return existsSync(here) ? here : join(PACKAGE_ROOT, "lib", "src", "cli", "worker.js");
}

/** Where the report goes: stdout, or the -o file (created on the first write, so a failed run leaves none). */
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

/** A file as read for linting, or why it could not be read. */
type Read = { file: string; text: string; hash: string } | { file: string; unreadable: string };

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  const { descriptor, configFile } = await loadDescriptor(options, io.cwd);
  const color = options.color && io.isTTY && options.outputFile === undefined && !process.env.NO_COLOR;
  const ruleIds = descriptor.rule.lintableDescriptors.map((d) => d.id);
  const report = await createReport(options.format, { cwd: io.cwd, color, ruleIds, toolVersion: packageVersion() });

  const { files: found, problems } = await discoverFiles(options.patterns, io.cwd, descriptor.availableExtensions);
  for (const problem of problems) io.stderr(`medical-ad-lint: ${problem}\n`);
  const files = options.shard ? shardFiles(found, options.shard, io.cwd) : found;
  if (options.shard && files.length === 0 && found.length > 0) {
    io.stderr(`medical-ad-lint: --shard ${options.shard.index}/${options.shard.count}: この分割に割り当てられたファイルはありません (全 ${found.length} ファイル)\n`);
    return EXIT_OK;
  }

  const cache = options.cache ? ResultCache.open(resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION), runKey(descriptor, configFile, io.cwd), io.cwd) : undefined;
  const jobs = Math.min(options.jobs ?? defaultJobs(files.length), Math.max(1, files.length));

  // --jobs 1 lints in this thread; more, in worker threads that each load the preset and kuromoji once.
  let lintOne: (task: LintTask) => Promise<LintOutcome>;
  let closePool = async () => {};
  if (jobs <= 1) {
    const engine = createEngine(descriptor);
    lintOne = (task) => runTask(engine, task);
  } else {
    const { Piscina } = require("piscina") as typeof import("piscina");
    const pool = new Piscina({ filename: workerFile(), minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000 });
    const descriptorOptions = { config: options.config, textlintrc: options.textlintrc };
    lintOne = (task) => pool.run({ ...task, options: descriptorOptions, cwd: io.cwd } satisfies WorkerTask) as Promise<LintOutcome>;
    closePool = () => pool.destroy();
  }

  const read = async (file: string): Promise<Read> => {
    try {
      const text = await readFile(file, "utf8");
      return { file, text, hash: sha256(text) };
    } catch (error) {
      return { file, unreadable: (error as NodeJS.ErrnoException).code ?? firstLine(String(error)) };
    }
  };
  /** A file's outcome: from the cache when its content and the run are unchanged, else linted. */
  const work = async (file: string): Promise<{ read: Read; outcome?: LintOutcome; cached?: boolean }> => {
    const input = await read(file);
    if ("unreadable" in input) return { read: input };
    const cached = cache?.get(file, input.hash);
    // A cached result with a fixable message still needs --fix to run.
    if (cached && !(options.fix && cached.some((m) => m.fix))) return { read: input, outcome: { ok: true, result: { messages: cached, filePath: file } }, cached: true };
    return { read: input, outcome: await lintOne({ file, text: input.text, fix: options.fix }) };
  };

  const sink = createSink(options, io);
  const summary = emptySummary();
  const shownSummary = emptySummary();
  let fixedFiles = 0;
  try {
    for await (const { read: input, outcome, cached } of inOrder(files, Math.max(2, jobs * 4), work)) {
      if ("unreadable" in input) {
        io.stderr(`medical-ad-lint: ${relativePath(input.file, io.cwd)}: 読み込めません (${input.unreadable})\n`);
        continue;
      }
      if (!outcome!.ok) throw deserializeError(outcome!.error);
      const { result, fixed } = outcome!;
      if (fixed !== undefined) {
        await writeFile(input.file, fixed, "utf8");
        fixedFiles++;
      }
      if (cache && !cached) cache.set(input.file, fixed !== undefined ? sha256(fixed) : input.hash, result.messages);
      addToSummary(summary, result);
      const shown = options.quiet ? errorsOnly(result) : result;
      addToSummary(shownSummary, shown);
      await sink.write(report.add(shown));
    }
  } finally {
    await closePool();
  }
  if (summary.files === 0) throw new CliError("検査できたファイルがありません");
  await sink.write(report.end());
  await sink.close();
  await cache?.save();
  if (options.fix) io.stderr(`medical-ad-lint: ${fixedFiles} ファイルに自動修正を適用しました\n`);

  // Machine output stays parseable: the human summary goes to stderr.
  if (isMachineFormat(options.format) || options.outputFile !== undefined) io.stderr(`${summaryLine(shownSummary)}\n`);
  if (summary.errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
    io.stderr(`medical-ad-lint: 警告が ${summary.warnings} 件あり、--max-warnings ${options.maxWarnings} を超えています\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
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

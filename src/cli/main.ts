import { readFileSync } from "node:fs";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { TextlintResult } from "@textlint/types";
import { createLinter } from "textlint";
import { createFormatter, isMachineFormat } from "../formatters";
import { summaryLine } from "../formatters/stylish";
import { PACKAGE_ROOT } from "../data/paths";
import { parseArgs, type CliOptions } from "./args";
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, asDictionaryError, firstLine } from "../report/errors";
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

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  const { descriptor } = await loadDescriptor(options, io.cwd);
  const color = options.color && io.isTTY && options.outputFile === undefined && !process.env.NO_COLOR;
  const ruleIds = descriptor.rule.lintableDescriptors.map((d) => d.id);
  const format = await createFormatter(options.format, { cwd: io.cwd, color, ruleIds, toolVersion: packageVersion() });
  const linter = createLinter({ descriptor, cwd: io.cwd });

  const { files, problems } = await discoverFiles(options.patterns, io.cwd, descriptor.availableExtensions);
  for (const problem of problems) io.stderr(`medical-ad-lint: ${problem}\n`);

  const results: TextlintResult[] = [];
  let fixedFiles = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      io.stderr(`medical-ad-lint: ${relativePath(file, io.cwd)}: 読み込めません (${(error as NodeJS.ErrnoException).code ?? firstLine(String(error))})\n`);
      continue;
    }
    if (options.fix) {
      const fixed = await linter.fixText(text, file);
      if (fixed.output !== text) {
        await writeFile(file, fixed.output, "utf8");
        fixedFiles++;
        text = fixed.output;
      }
    }
    // After --fix, report what is left in the text as written (positions refer to the new text).
    results.push(await linter.lintText(text, file));
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

import { Command, CommanderError, InvalidArgumentError } from "commander";
import { CliError } from "../report/errors";

export interface CliOptions {
  patterns: string[];
  format: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  /** An explicit textlint config file. */
  config?: string;
  /** false with --no-textlintrc: ignore any .textlintrc and lint with the preset's defaults. */
  textlintrc: boolean;
  explain?: string;
  listRules: boolean;
  color: boolean;
  /** Read every file in this encoding (--encoding), instead of detecting it. */
  encoding?: string;
  /** Per-file time limit in seconds (0: none). */
  fileTimeout: number;
  /** Heap limit of each linting worker thread in MB (0: Node's default). */
  maxMemory: number;
  /** Configuration warnings (misspelt rule, option or entry id) stop the run with exit 2. */
  strictConfig: boolean;
  /** Worker threads; undefined: the number of cores, fewer where memory is short. */
  jobs?: number;
  /** --shard K/N: lint the K-th of N deterministic parts of the files (1-based). */
  shard?: { index: number; count: number };
  cache: boolean;
  cacheLocation?: string;
}

/** Default per-file time limit, in seconds: far above what any real page takes (kuromoji's first load included). */
export const DEFAULT_FILE_TIMEOUT = 60;
/** Default heap limit of each linting worker thread, in MB. */
export const DEFAULT_MAX_MEMORY = 4096;

/** What parsing decided: run with options, or stop with an exit code (help, version). */
export type ParsedArgs = { kind: "run"; options: CliOptions } | { kind: "exit"; code: number };

const HELP_AFTER = `
ファイル・ディレクトリ・glob を指定します (.md / .txt / .html)。
カレントディレクトリに .textlintrc* があればそれを使い、なければプリセットの既定設定で検査します。

終了コード / exit codes:
  0  エラーなし (警告・情報のみ、または指摘なし)
  1  error の指摘がある、または警告が --max-warnings を超えた
  2  使い方の誤り・設定や辞書の誤り、または検査できなかったファイルがある
     (見つからない・読めない・通常のファイルでない・文字コードを判定できない・
      制限時間やメモリの上限を超えた・解析に失敗した。残りのファイルは検査して報告します)

例:
  medical-ad-lint columns/
  medical-ad-lint "columns/**/*.md" --format sarif -o medical-ad.sarif
  medical-ad-lint --explain no-overclaim
  medical-ad-lint --jobs 4 --cache site/
  medical-ad-lint --shard 2/4 site/          # CI の matrix で 4 台に分ける
`;

function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("1 以上の整数を指定してください");
  return Number(value);
}

function shardSpec(value: string): { index: number; count: number } {
  const m = /^([1-9]\d*)\/([1-9]\d*)$/.exec(value.trim());
  if (!m || Number(m[1]) > Number(m[2])) throw new InvalidArgumentError("K/N の形で指定してください (1 ≤ K ≤ N、例: 2/4)");
  return { index: Number(m[1]), count: Number(m[2]) };
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("0 以上の整数を指定してください");
  return Number(value);
}

export function parseArgs(argv: string[], version: string, write: { out(text: string): void; err(text: string): void }): ParsedArgs {
  const program = new Command("medical-ad-lint")
    .description("医療広告ガイドライン・薬機法に照らして医療機関のコラム・施術ページを検査します (textlint preset medical-ad-ja)")
    .argument("[files...]", "検査するファイル・ディレクトリ・glob")
    .option("-f, --format <name>", "出力形式: stylish, json, sarif, github, junit, または textlint のフォーマッタ名", "stylish")
    .option("-o, --output-file <path>", "結果をファイルに書き出す (終了コードは変わりません)")
    .option("--max-warnings <n>", "警告がこの数を超えたら終了コード 1", nonNegativeInteger)
    .option("-q, --quiet", "error のみ表示する", false)
    .option("--fix", "安全な自動修正を適用してファイルを書き換える", false)
    .option("-c, --config <path>", "textlint の設定ファイル")
    .option("--no-textlintrc", ".textlintrc を無視してプリセットの既定設定で検査する")
    .option("--explain <id>", "ルール ID または辞書項目 ID の解説 (目的・根拠・NG/OK 例・直し方) を表示する")
    .option("--list-rules", "ルールの一覧を表示する", false)
    .option("--no-color", "色を付けない")
    .option("--encoding <name>", "文字コードを指定する (shift_jis, euc-jp, utf-8 …)。既定は BOM・<meta charset>・自動判定")
    .option("--file-timeout <seconds>", `1 ファイルの制限時間 (秒)。超えたファイルは報告して次へ進みます。0 で無制限`, nonNegativeInteger, DEFAULT_FILE_TIMEOUT)
    .option("--max-memory <MB>", "検査スレッド 1 つあたりのメモリ上限 (MB)。超えたファイルは報告して次へ進みます。0 で Node の既定", nonNegativeInteger, DEFAULT_MAX_MEMORY)
    .option("--strict-config", "設定の警告 (綴りの誤ったルール名・オプション・辞書項目 id、使われない辞書項目) を終了コード 2 のエラーにする", false)
    .option("-j, --jobs <n>", "並列に検査するワーカースレッドの数 (既定: 空いている CPU コア数。メモリが少ないときは減らします)", positiveInteger)
    .option("--shard <k/n>", "ファイルを決まった方法で N 分割し、K 番目だけを検査する (CI の matrix 用、例: 1/4)", shardSpec)
    .option("--cache", "変更のないファイルの検査を省く (ファイルの内容・設定・プリセットの版・辞書で判定)", false)
    .option("--cache-location <path>", "キャッシュファイルの場所 (既定: .medical-ad-lint-cache)")
    .version(version, "-v, --version")
    .helpOption("-h, --help", "このヘルプを表示する")
    .addHelpText("after", HELP_AFTER)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: write.out, writeErr: () => {} });

  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return { kind: "exit", code: 0 };
      throw new CliError(error.message.replace(/^error: /, ""));
    }
    throw error;
  }
  const opts = program.opts<Omit<CliOptions, "patterns">>();
  return {
    kind: "run",
    options: {
      patterns: program.args,
      format: opts.format,
      outputFile: opts.outputFile,
      maxWarnings: opts.maxWarnings,
      quiet: opts.quiet,
      fix: opts.fix,
      config: opts.config,
      textlintrc: opts.textlintrc,
      explain: opts.explain,
      listRules: opts.listRules,
      color: opts.color,
      encoding: opts.encoding,
      fileTimeout: opts.fileTimeout,
      maxMemory: opts.maxMemory,
      strictConfig: opts.strictConfig,
      jobs: opts.jobs,
      shard: opts.shard,
      cache: opts.cache,
      cacheLocation: opts.cacheLocation
    }
  };
}

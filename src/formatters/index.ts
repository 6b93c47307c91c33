import type { TextlintResult } from "@textlint/types";
import { CliError } from "../report/errors";
import type { FormatContext } from "./context";
import { formatGithub } from "./github";
import { formatJunit } from "./junit";
import { createStylish } from "./stylish";

export type Formatter = (results: TextlintResult[]) => string;

/**
 * A report written as files are linted: `add` returns what can be written for one file now (in
 * the order files were given), `end` what is left. Formats that can stream (stylish, json, github)
 * keep nothing per file; the others keep the results and format them at the end.
 */
export interface Report {
  add(result: TextlintResult): string;
  end(): string;
}

/** Formats whose output is for machines: the human summary then goes to stderr, not into the output. */
export function isMachineFormat(name: string): boolean {
  return name !== "stylish" && name !== "pretty-error" && name !== "table";
}

/** Collects every result and formats them at the end (SARIF, junit, checkstyle … need the whole run). */
function collecting(format: Formatter): Report {
  const results: TextlintResult[] = [];
  return {
    add(result) {
      results.push(result);
      return "";
    },
    end: () => format(results)
  };
}

/** textlint's json formatter is `JSON.stringify(results)`: the same bytes, written a file at a time. */
function streamingJson(): Report {
  let first = true;
  return {
    add(result) {
      const text = `${first ? "[" : ","}${JSON.stringify(result)}`;
      first = false;
      return text;
    },
    end: () => `${first ? "[" : ""}]\n`
  };
}

/** A textlint formatter by name, path or `textlint-formatter-<name>` package (loaded only when asked for). */
async function textlintFormatter(name: string, color: boolean): Promise<Formatter> {
  const { loadFormatter } = require("@textlint/linter-formatter") as typeof import("@textlint/linter-formatter");
  const formatter = await loadFormatter({ formatterName: name, color });
  return (results) => formatter.format(results);
}

/**
 * Our own formats (stylish with suppressions, sarif, github with escaping, junit with one test case
 * per file), else any textlint formatter by name, path or `textlint-formatter-<name>` package.
 * Loaded before linting, so a wrong name fails fast with exit 2. stylish, json and github are
 * written a file at a time; sarif, junit (its counts come first) and textlint's formatters at the end.
 */
export async function createReport(name: string, context: FormatContext): Promise<Report> {
  switch (name) {
    case "stylish":
      return createStylish(context);
    case "json":
      return streamingJson();
    case "sarif": {
      // Loaded only for SARIF (node-sarif-builder).
      const { formatSarif } = require("./sarif") as typeof import("./sarif");
      return collecting((results) => formatSarif(results, context));
    }
    case "github":
      return { add: (result) => formatGithub([result], context), end: () => "" };
    case "junit":
      // The suite's counts open the document: it needs the whole run.
      return collecting((results) => formatJunit(results, context));
    default:
      try {
        return collecting(await textlintFormatter(name, context.color));
      } catch {
        throw new CliError(`不明な出力形式です: ${name} (stylish, json, sarif, github, junit, checkstyle, compact, unix, tap …)`);
      }
  }
}

/** Formats a whole run at once (the same bytes as streaming it). */
export async function createFormatter(name: string, context: FormatContext): Promise<Formatter> {
  const report = await createReport(name, context);
  return (results) => results.map((r) => report.add(r)).join("") + report.end();
}

export type { FormatContext } from "./context";

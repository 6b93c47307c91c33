import type { TextlintResult } from "@textlint/types";
import { loadLinterFormatter } from "textlint";
import { CliError } from "../report/errors";
import type { FormatContext } from "./context";
import { formatGithub } from "./github";
import { formatJunit } from "./junit";
import { formatSarif } from "./sarif";
import { createStylish } from "./stylish";

export type Formatter = (results: TextlintResult[]) => string;

/** Formats whose output is for machines: the human summary then goes to stderr, not into the output. */
export function isMachineFormat(name: string): boolean {
  return name !== "stylish" && name !== "pretty-error" && name !== "table";
}

/**
 * Our own formats (stylish with suppressions, sarif, github with escaping, junit with one test case per file), else any textlint
 * formatter by name, path or `textlint-formatter-<name>` package. Loaded before linting, so a wrong
 * name fails fast with exit 2.
 */
export async function createFormatter(name: string, context: FormatContext): Promise<Formatter> {
  switch (name) {
    case "stylish":
      return createStylish(context);
    case "sarif":
      return (results) => formatSarif(results, context);
    case "github":
      return (results) => formatGithub(results, context);
    case "junit":
      return (results) => formatJunit(results, context);
    default:
      try {
        const formatter = await loadLinterFormatter({ formatterName: name, color: context.color });
        return (results) => formatter.format(results);
      } catch {
        throw new CliError(`不明な出力形式です: ${name} (stylish, json, sarif, github, junit, checkstyle, compact, unix, tap …)`);
      }
  }
}

export type { FormatContext } from "./context";

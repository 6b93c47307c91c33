/** Exit codes of medical-ad-lint (ESLint's meanings). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/**
 * A problem the user must fix before anything can be linted (bad arguments, a config that loads no
 * rules, a broken dictionary): printed as one line on stderr, exit 2.
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** A DictionaryError, recognised by shape: textlint may load the preset as another module instance. */
export function asDictionaryError(error: unknown): { file: string; line: number; reason: string } | undefined {
  if (!(error instanceof Error) || error.name !== "DictionaryError") return undefined;
  const { file, line, reason } = error as Error & { file?: unknown; line?: unknown; reason?: unknown };
  if (typeof file !== "string" || typeof line !== "number" || typeof reason !== "string") return undefined;
  return { file, line, reason };
}

export function firstLine(text: string): string {
  return text.split("\n").find((line) => line.trim() !== "")?.trim() ?? text;
}

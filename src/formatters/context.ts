import { isAbsolute, relative, sep } from "node:path";

export interface FormatContext {
  /** Paths in reports are relative to this directory (GitHub resolves them from the checkout root). */
  cwd: string;
  color: boolean;
  /** Every rule id the linter ran, so SARIF can describe rules that found nothing. */
  ruleIds: string[];
  toolVersion: string;
  /** --max-warnings: past it, warnings fail the run (the JUnit report counts them as failures then). */
  maxWarnings?: number;
}

/** A path relative to cwd with forward slashes; paths outside cwd stay absolute. */
export function relativePath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath.split(sep).join("/");
  const rel = relative(cwd, filePath);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return filePath.split(sep).join("/");
  return rel.split(sep).join("/");
}

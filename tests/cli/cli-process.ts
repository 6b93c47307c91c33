import { execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

/** The real bin, run as a user runs it (it loads the built lib/: `npm test` builds first). */
export const BIN = resolve(__dirname, "../../bin/medical-ad-lint.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** nodeArgs go before the bin (e.g. `-r fault.cjs` to inject a failure from outside the CLI's code). */
export function runCli(
  args: string[],
  cwd: string,
  options: { nodeArgs?: string[]; timeout?: number; env?: Record<string, string> } = {}
): Promise<CliRun> {
  return new Promise((done) => {
    const env = { ...process.env, NO_COLOR: "1", ...options.env };
    const argv = [...(options.nodeArgs ?? []), BIN, ...args];
    execFile(process.execPath, argv, { cwd, env, maxBuffer: 32 * 1024 * 1024, timeout: options.timeout ?? 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** A temp directory outside the repo (no .textlintrc above it) holding the given files. */
export function workspace(files: Record<string, string | Uint8Array>): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "medical-ad-lint-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

// Sample text written for these tests (in the style of a clinic column, not taken from any source).
export const VIOLATING_MD = "# 膝の痛みと再生医療\n\n当院のPRP療法は、膝の痛みを根本から改善します。\n\n施術後の副作用はありません。\n";
export const CLEAN_MD =
  "# 膝の痛みについて\n\n膝の痛みの原因を調べるため、問診と画像検査を行います。\n\n注射の後に腫れや痛みが出ることがあります。効果には個人差があります。\n";
export const VIOLATING_TXT = "肩こりを根本から改善する施術です。\n";
/** A project dictionary with a safe fix (驚異の回復力 → 回復力), so fix tests do not depend on the shipped entries. */
export const FIX_DICTIONARY = [
  "category: overclaim",
  "confidence: inferred",
  "basis: 医療広告ガイドライン 第3の1(3)",
  "entries:",
  "  - id: test-kyoui-no",
  "    patterns: [驚異の回復力]",
  "    message: 誇張です。",
  "    rewrites: [回復力]",
  "    fix: 回復力",
  "    examples: { ng: [驚異の回復力を引き出します。] }",
  ""
].join("\n");
export const FIX_CONFIG = JSON.stringify({ rules: { "preset-medical-ad-ja": { "no-overclaim": { dictionaries: ["fix.yml"] } } } });

export const VIOLATING_HTML = "<!DOCTYPE html>\n<html><body><h1>美容点滴</h1><p>点滴の副作用はありません。</p></body></html>\n";

/** stdout as JSON; on failure the error shows what the process said instead. */
export function parseJson(run: CliRun): unknown {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`not JSON (exit ${run.code}): ${run.stdout.slice(0, 200)}\nstderr: ${run.stderr}`);
  }
}

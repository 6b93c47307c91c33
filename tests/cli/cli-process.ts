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

export function runCli(args: string[], cwd: string): Promise<CliRun> {
  return new Promise((done) => {
    const env = { ...process.env, NO_COLOR: "1" };
    execFile(process.execPath, [BIN, ...args], { cwd, env, maxBuffer: 32 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** A temp directory outside the repo (no .textlintrc above it) holding the given files. */
export function workspace(files: Record<string, string>): { dir: string; cleanup(): void } {
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
export const VIOLATING_HTML = "<!DOCTYPE html>\n<html><body><h1>美容点滴</h1><p>点滴の副作用はありません。</p></body></html>\n";

/** stdout as JSON; on failure the error shows what the process said instead. */
export function parseJson(run: CliRun): unknown {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`not JSON (exit ${run.code}): ${run.stdout.slice(0, 200)}\nstderr: ${run.stderr}`);
  }
}

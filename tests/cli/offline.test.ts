import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { tmpdir } from "node:os";
import { VIOLATING_MD, CLEAN_MD, runCli, workspace } from "./cli-process";

/**
 * Issue 13, "nothing leaves the machine": the CLI lints with every socket, DNS lookup and HTTP request
 * refused in the process and in its workers, and reads nothing but its inputs, the configuration and the
 * package's own files (its code, data and node_modules).
 */
const PACKAGE_ROOT = resolve(__dirname, "../..");
const WATCH = resolve(__dirname, "sandbox-watch.cjs");

describe("nothing leaves the machine (real process)", { timeout: 240_000 }, () => {
  it("lints with the network refused and reads only its inputs, its configuration and its own package", async () => {
    const config = JSON.stringify({ rules: { "preset-medical-ad-ja": true } });
    const ws = workspace({ "page.md": VIOLATING_MD, "clean.md": CLEAN_MD, ".textlintrc.json": config });
    const log = join(ws.dir, "watch.log");
    try {
      for (const jobs of ["1", "2"]) {
        const run = await runCli(["--format", "json", "--jobs", jobs, "page.md", "clean.md"], ws.dir, {
          nodeArgs: ["-r", WATCH],
          env: { MEDICAL_AD_LINT_WATCH_LOG: log }
        });
        expect(run.code, run.stderr).toBe(1);
        expect(JSON.parse(run.stdout).flatMap((r: { messages: unknown[] }) => r.messages).length).toBeGreaterThan(0);
      }
      const lines = existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
      expect(lines.filter((l) => l.startsWith("NETWORK"))).toEqual([]);
      const reads = [...new Set(lines.filter((l) => l.startsWith("READ ")).map((l) => l.slice(5)))];
      expect(reads.length).toBeGreaterThan(0);
      const dir = realpathSync(ws.dir);
      const allowed = (p: string) => {
        const abs = resolve(ws.dir, p);
        const real = existsSync(abs) ? realpathSync(abs) : abs;
        return (
          real.startsWith(PACKAGE_ROOT + sep) ||
          [join(dir, "page.md"), join(dir, "clean.md"), join(dir, ".textlintrc.json"), join(dir, "watch.log")].includes(real) ||
          // textlint and Node look for ignore files, package.json and the cache beside the inputs.
          (real.startsWith(dir + sep) && /(?:\.textlintignore|package\.json|\.textlintcache|\.medical-ad-lint-cache)$/.test(real)) ||
          real.startsWith("/proc/") ||
          real.startsWith("/dev/")
        );
      };
      expect(reads.filter((p) => !allowed(p))).toEqual([]);
      expect(realpathSync(tmpdir())).toBeTruthy();
    } finally {
      ws.cleanup();
    }
  });
});

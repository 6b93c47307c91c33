import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLEAN_MD, VIOLATING_HTML, VIOLATING_TXT, parseJson, runCli, workspace } from "./cli-process";
// @ts-expect-error the benchmark's corpus generator has no declaration file
import { columns } from "../../bench/corpus.mjs";
import { shardFiles, defaultJobs, inOrder } from "../../src/cli/schedule";

interface Result {
  filePath: string;
  messages: unknown[];
}

/** A small site: generated columns (every sentence distinct, flagged phrases among them), a clean page, a .txt and an .html. */
function site(): Record<string, string> {
  const files: Record<string, string> = {};
  (columns(7, { chars: 1500 }) as string[]).forEach((text, i) => (files[`columns/${i % 2 ? "b" : "a"}/column-${i}.md`] = text));
  files["columns/clean.md"] = CLEAN_MD;
  files["notes/plain.txt"] = VIOLATING_TXT;
  files["pages/index.html"] = VIOLATING_HTML;
  return files;
}

describe("--jobs, --shard and --cache give the serial run's results", () => {
  test("--jobs 2 writes the same bytes as --jobs 1 (json and stylish), in the same order", async () => {
    const ws = workspace(site());
    try {
      for (const format of ["json", "stylish"]) {
        const serial = await runCli(["--jobs", "1", "--format", format, "."], ws.dir);
        const parallel = await runCli(["--jobs", "2", "--format", format, "."], ws.dir);
        expect(serial.code).toBe(1);
        expect(parallel.stderr).toBe(serial.stderr);
        expect(parallel.stdout).toBe(serial.stdout);
        expect(parallel.code).toBe(serial.code);
      }
    } finally {
      ws.cleanup();
    }
  }, 120_000);

  test("--shard K/N: disjoint parts that together are the serial run's results", async () => {
    const ws = workspace(site());
    try {
      const serial = parseJson(await runCli(["--jobs", "1", "--format", "json", "."], ws.dir)) as Result[];
      const parts: Result[][] = [];
      for (let k = 1; k <= 3; k++) parts.push(parseJson(await runCli(["--shard", `${k}/3`, "--format", "json", "."], ws.dir)) as Result[]);
      const files = parts.flat().map((r) => r.filePath);
      expect(new Set(files).size).toBe(files.length);
      expect(parts.map((p) => p.length).sort()).toEqual([3, 3, 4]);
      const byFile = new Map(parts.flat().map((r) => [r.filePath, r]));
      expect(serial.map((r) => byFile.get(r.filePath))).toEqual(serial);
    } finally {
      ws.cleanup();
    }
  }, 120_000);

  test("--cache: the same output as a run without it, unchanged files come from the cache, and a changed file, config or dictionary is linted again", async () => {
    const files = site();
    files["dict.yml"] = "category: overclaim\nseverity: error\nconfidence: inferred\nbasis: テスト\nentries:\n  - id: test-only-word\n    patterns: [あいうえおかきくけこ]\n    message: テスト\n    rewrites: [テスト]\n    examples: { ng: [あいうえおかきくけこ。], ok: [] }\n";
    files[".textlintrc.json"] = JSON.stringify({ plugins: { html: true }, rules: { "preset-medical-ad-ja": { "no-overclaim": { dictionaries: ["./dict.yml"] } } } });
    const ws = workspace(files);
    const cacheFile = join(ws.dir, ".medical-ad-lint-cache");
    try {
      const plain = await runCli(["--format", "json", "."], ws.dir);
      const first = await runCli(["--cache", "--format", "json", "."], ws.dir);
      const second = await runCli(["--cache", "--jobs", "2", "--format", "json", "."], ws.dir);
      expect(first.stdout).toBe(plain.stdout);
      expect(second.stdout).toBe(plain.stdout);
      expect(second.code).toBe(plain.code);

      // Plant a marker in one cached result: it shows up, so the file was not linted again.
      const cache = JSON.parse(readFileSync(cacheFile, "utf8")) as { files: Record<string, { messages: { message: string }[] }> };
      const planted = cache.files["columns/clean.md"]!;
      expect(planted.messages).toEqual([]);
      planted.messages.push({ ...(JSON.parse(plain.stdout) as { messages: { message: string }[] }[])[0]!.messages[0]!, message: "CACHED-MARKER" });
      writeFileSync(cacheFile, JSON.stringify(cache));
      expect((await runCli(["--cache", "--format", "json", "."], ws.dir)).stdout).toContain("CACHED-MARKER");

      // A changed dictionary in use invalidates every entry (textlint's own cache key would not).
      writeFileSync(join(ws.dir, "dict.yml"), files["dict.yml"]!.replace("message: テスト", "message: テスト2"));
      const afterDictionary = await runCli(["--cache", "--format", "json", "."], ws.dir);
      expect(afterDictionary.stdout).not.toContain("CACHED-MARKER");
      expect(afterDictionary.stdout).toBe((await runCli(["--format", "json", "."], ws.dir)).stdout);

      // A changed file is linted again; the others keep their entries.
      writeFileSync(join(ws.dir, "columns/clean.md"), `${files["columns/clean.md"]}\n当院の治療は根本から改善します。\n`);
      const afterEdit = parseJson(await runCli(["--cache", "--format", "json", "."], ws.dir)) as Result[];
      const fresh = parseJson(await runCli(["--format", "json", "."], ws.dir)) as Result[];
      expect(afterEdit).toEqual(fresh);
      expect(fresh.find((r) => r.filePath.endsWith("clean.md"))!.messages.length).toBeGreaterThan(0);
    } finally {
      ws.cleanup();
    }
  }, 180_000);
});

describe("scheduling", () => {
  test("shards are deterministic, disjoint, cover every file and differ in size by at most one", () => {
    const files = Array.from({ length: 23 }, (_, i) => `/site/p${(i * 7) % 23}.md`);
    for (const count of [1, 2, 3, 5, 30]) {
      const parts = Array.from({ length: count }, (_, k) => shardFiles(files, { index: k + 1, count }, "/site"));
      expect(parts.flat().sort()).toEqual([...files].sort());
      const sizes = parts.map((p) => p.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(shardFiles([...files].reverse(), { index: 1, count }, "/site").sort()).toEqual([...parts[0]!].sort());
    }
  });

  test("default jobs: the idle cores, fewer where memory is short, 1 for one file", () => {
    expect(defaultJobs(100, 64 * 2 ** 30, 8, 8)).toBe(8);
    expect(defaultJobs(100, 64 * 2 ** 30, 8, 3)).toBe(3);
    expect(defaultJobs(100, 1 * 2 ** 30, 8, 8)).toBe(2);
    expect(defaultJobs(100, 300 * 2 ** 20, 8, 8)).toBe(1);
    expect(defaultJobs(1, 64 * 2 ** 30, 8, 8)).toBe(1);
  });

  test("results come in the items' order whatever finishes first", async () => {
    const delays = [30, 1, 20, 5, 0, 12];
    const out: number[] = [];
    for await (const r of inOrder(delays, 3, (d) => new Promise<number>((done) => setTimeout(() => done(d), d)))) out.push(r);
    expect(out).toEqual(delays);
  });
});

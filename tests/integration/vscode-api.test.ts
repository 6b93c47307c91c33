import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/**
 * What the vscode-textlint extension (3w36zj6.textlint) does, against the packed package installed in
 * a fresh workspace the way a user installs it: it requires the workspace's own textlint, loads
 * `.textlintrc.json` with textlint's `loadTextlintrc`, creates the linter, lints the open document with
 * `lintText` and applies quick fixes from `message.fix` (`fixText` applies them all).
 * Slow (npm pack + npm install from the local npm cache): kept in its own file.
 */
const REPO = resolve(__dirname, "../..");
const SLOW = { timeout: 600_000 };

const COLUMN = "# 膝の痛みについて\n\n当院の治療は、慢性的な膝の痛みを根本から改善します。\n\n注射の後に腫れが出ることがあります。\n";

const CLINIC_DICTIONARY = [
  "category: overclaim",
  "confidence: inferred",
  "basis: 医療広告ガイドライン 第3の1(3)",
  "entries:",
  "  - id: clinic-kyoui-no",
  "    patterns: [驚異の回復力]",
  "    message: 効果を誇張する表現です。",
  "    rewrites: [回復力]",
  "    fix: 回復力",
  "    examples: { ng: [驚異の回復力を引き出します。] }",
  ""
].join("\n");

/** npm's environment without what `npm test` exports (npm_config_local_prefix would point npm at the repo). */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toLowerCase().startsWith("npm_") || /^npm_config_(cache|registry|userconfig)$/i.test(key)) env[key] = value;
  }
  return { ...env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
}

function npm(args: string[], cwd: string) {
  const npmCli = process.platform === "win32" ? "npm.cmd" : "npm";
  return spawnSync(npmCli, args, { cwd, env: npmEnv(), encoding: "utf8", timeout: 300_000 });
}

/** Installs the tarball and textlint from the npm cache that `npm ci` filled; fails with npm's reason. */
function installWorkspace(dir: string, tarball: string, textlintVersion: string): void {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "clinic-site", version: "1.0.0", private: true }, null, 2));
  const args = ["install", "--save-dev", "--no-audit", "--no-fund", tarball, `textlint@${textlintVersion}`];
  const offline = npm([...args, "--offline"], dir);
  if (offline.status === 0) return;
  // `npm ci` caches the tarballs but not the registry metadata that resolving a new install needs
  // (offline it fails with ENOTCACHED or ERESOLVE "textlint@undefined"); then let npm fetch only what
  // the cache lacks.
  const preferOffline = npm([...args, "--prefer-offline"], dir);
  if (preferOffline.status === 0) return;
  const tail = (text: string) => text.trim().split("\n").slice(-12).join("\n");
  throw new Error(`npm install failed in ${dir}\n--offline:\n${tail(offline.stderr)}\n--prefer-offline:\n${tail(preferOffline.stderr)}`);
}

describe("vscode-textlint's API path on the packed package", SLOW, () => {
  let dir: string;
  let textlint: typeof import("textlint");

  beforeAll(() => {
    if (!existsSync(join(REPO, "lib/src/index.js"))) throw new Error("lib/ is not built: run `npm run build` (npm test does)");
    dir = mkdtempSync(join(tmpdir(), "medical-ad-vscode-"));
    const packDir = join(dir, "pack");
    const workspace = join(dir, "workspace");
    mkdirSync(packDir);
    mkdirSync(workspace);
    // --ignore-scripts: `npm test` has just built lib/; packing must not rebuild under other processes.
    const packed = npm(["pack", "--ignore-scripts", "--pack-destination", packDir], REPO);
    if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
    const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz"))!);
    const textlintVersion = (require("textlint/package.json") as { version: string }).version;
    installWorkspace(workspace, tarball, textlintVersion);
    dir = workspace;
    writeFileSync(join(dir, ".textlintrc.json"), JSON.stringify({ rules: { "preset-medical-ad-ja": true } }, null, 2));
    // As the extension does: the workspace's own textlint, resolved from the workspace root.
    textlint = createRequire(join(dir, "package.json"))("textlint") as typeof import("textlint");
  });
  afterAll(() => {
    if (dir) rmSync(resolve(dir, ".."), { recursive: true, force: true });
  });

  it("installs a real copy of the package (no link back to the repo)", () => {
    const installed = realpathSync(join(dir, "node_modules/textlint-rule-preset-medical-ad-ja"));
    expect(installed.startsWith(realpathSync(dir))).toBe(true);
    expect(existsSync(join(installed, "lib/src/index.js"))).toBe(true);
    expect(realpathSync(require.resolve("textlint", { paths: [dir] })).startsWith(realpathSync(dir))).toBe(true);
  });

  it("loadTextlintrc finds the preset's rules, lintText reports, fixText leaves unfixable text as it is", async () => {
    const descriptor = await textlint.loadTextlintrc({ configFilePath: join(dir, ".textlintrc.json") });
    const ruleIds = descriptor.rule.lintableDescriptors.map((d) => d.id);
    expect(ruleIds).toContain("medical-ad-ja/no-overclaim");
    expect(ruleIds).toContain("medical-ad-ja/no-safety-guarantee");

    const linter = textlint.createLinter({ descriptor });
    const file = join(dir, "column.md");
    const result = await linter.lintText(COLUMN, file);
    const overclaim = result.messages.filter((m) => m.ruleId === "medical-ad-ja/no-overclaim");
    expect(overclaim.length).toBeGreaterThan(0);
    expect(overclaim.some((m) => m.message.startsWith('"根本から"'))).toBe(true);
    // The risk disclosure stays clean.
    expect(result.messages.every((m) => m.loc.start.line !== 5)).toBe(true);

    const fixed = await linter.fixText(COLUMN, file);
    const fixable = result.messages.filter((m) => m.fix);
    if (fixable.length === 0) expect(fixed.output).toBe(COLUMN);
    expect((await linter.fixText(fixed.output, file)).output).toBe(fixed.output);
  });

  it("applies a safe fix through the API, idempotently, touching nothing else", async () => {
    writeFileSync(join(dir, "clinic.yml"), CLINIC_DICTIONARY);
    const config = { rules: { "preset-medical-ad-ja": { "no-overclaim": { dictionaries: ["clinic.yml"] } } } };
    writeFileSync(join(dir, ".textlintrc.json"), JSON.stringify(config, null, 2));
    const descriptor = await textlint.loadTextlintrc({ configFilePath: join(dir, ".textlintrc.json") });
    const linter = textlint.createLinter({ descriptor });
    const file = join(dir, "column.md");
    const text = `${COLUMN}\n**驚異の回復力**を引き出します。\n`;

    const result = await linter.lintText(text, file);
    const quickFix = result.messages.find((m) => m.message.startsWith('"驚異の回復力"'));
    // What VS Code offers as "Fix this medical-ad-ja/no-overclaim problem".
    expect(quickFix?.fix).toBeDefined();

    const fixed = await linter.fixText(text, file);
    expect(fixed.output).toBe(text.replace("驚異の回復力", "回復力"));
    expect((await linter.fixText(fixed.output, file)).output).toBe(fixed.output);
  });

  it("the package's bin runs in the workspace (npx medical-ad-lint)", () => {
    writeFileSync(join(dir, "column.md"), COLUMN);
    const run = spawnSync(process.execPath, [join(dir, "node_modules/.bin/medical-ad-lint"), "column.md", "--no-textlintrc"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 120_000
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('"根本から"');
  });
});

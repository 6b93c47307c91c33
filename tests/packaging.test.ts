import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const REPO = resolve(__dirname, "..");

/** What `npm pack` would publish (issue 13): the licence, the docs the README links to, no orphan source maps. */
describe("package contents", () => {
  it("ships LICENSE, the docs the README links to, no source maps; states engines and a textlint peer range", { timeout: 120_000 }, () => {
    const pack = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: REPO, encoding: "utf8" });
    expect(pack.status, pack.stderr).toBe(0);
    const files = new Set((JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    expect(files.has("LICENSE")).toBe(true);
    expect([...files].filter((f) => f.endsWith(".map"))).toEqual([]);
    const readme = readFileSync(join(REPO, "README.md"), "utf8");
    const linked = [...readme.matchAll(/\]\((docs\/[^)#\s]+\.md)\)/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(0);
    for (const doc of linked) expect(files.has(doc), doc).toBe(true);
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    expect(pkg.license).toBe("MIT");
    expect(pkg.engines.node).toMatch(/^>=20/);
    expect(pkg.peerDependencies.textlint).toBe("^15.0.0");
    const installed = (require("textlint/package.json") as { version: string }).version;
    expect(installed.split(".")[0]).toBe("15");
  });
});

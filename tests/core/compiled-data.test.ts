import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

/** Runs a script in a fresh process against the built lib/ (`npm test` builds first). */
function node(script: string): string {
  return execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
}

describe("lexicons and grammar data compiled at build time", () => {
  test("every lexicon and grammar file has compiled JSON equal to its YAML validated by its schema now", () => {
    const fromYaml = JSON.parse(
      node(`
        const lexicons = require("./lib/src/data/lexicon.js");
        lexicons.readCompiledLexicons(false);
        require("./lib/src/checks/evidence/lexicon.js").evidenceLexicon();
        require("./lib/src/checks/testimonial/lexicon.js").testimonialLexicon();
        require("./lib/src/checks/inducement/lexicon.js").inducementLexicon();
        const d = require("./lib/src/checks/disclosure/lexicon.js");
        d.disclosureLexicon();
        d.unapprovedLexicon();
        require("./lib/src/grammar/data.js").grammar();
        process.stdout.write(JSON.stringify(lexicons.compiledLexicons()));
      `)
    ) as { path: string; compiledPath: string; json: string }[];
    const files = ["lexicon", "grammar"].flatMap((folder) =>
      readdirSync(join(ROOT, "dictionaries", folder))
        .filter((f) => f.endsWith(".yml"))
        .map((f) => join(ROOT, "dictionaries", folder, f))
    );
    expect(fromYaml.map((c) => c.path).sort()).toEqual(files.sort());
    for (const { compiledPath, json } of fromYaml) expect(JSON.parse(readFileSync(compiledPath, "utf8")), compiledPath).toEqual(JSON.parse(json));
  });

  test("linting reads the compiled data: neither the YAML parser nor the textlint package is loaded", () => {
    const loaded = JSON.parse(
      node(`
        require("./lib/src/cli/main.js")
          .main(["--jobs", "1", "--no-textlintrc", "--format", "json", "examples/column.md"], { cwd: process.cwd(), stdout() {}, stderr() {}, isTTY: false })
          .then((code) => {
            const modules = Object.keys(require.cache);
            process.stdout.write(JSON.stringify({ code, yaml: modules.some((m) => m.includes("/node_modules/yaml/")), textlint: modules.some((m) => m.includes("/node_modules/textlint/")) }));
          });
      `)
    ) as { code: number; yaml: boolean; textlint: boolean };
    expect(loaded).toEqual({ code: 1, yaml: false, textlint: false });
  });
});

import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

/** Runs a script in a fresh process against the built lib/ (`npm test` builds first). */
function node(script: string): string {
  return execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
}

describe("lexicons, grammar, concepts and therapies compiled at build time", () => {
  test("every lexicon, grammar, concept and therapy file has compiled JSON equal to its YAML validated by its schema now", () => {
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
        require("./lib/src/data/concepts.js").readConcepts();
        require("./lib/src/data/therapies.js").readTherapies();
        process.stdout.write(JSON.stringify(lexicons.compiledLexicons()));
      `)
    ) as { path: string; compiledPath: string; json: string }[];
    const files = ["lexicon", "grammar", "concepts", "therapies"].flatMap((folder) =>
      readdirSync(join(ROOT, "dictionaries", folder))
        .filter((f) => f.endsWith(".yml"))
        .map((f) => join(ROOT, "dictionaries", folder, f))
    );
    expect(fromYaml.map((c) => c.path).sort()).toEqual(files.sort());
    for (const { compiledPath, json } of fromYaml) expect(JSON.parse(readFileSync(compiledPath, "utf8")), compiledPath).toEqual(JSON.parse(json));
  });

  test("linting reads the compiled data: neither the YAML parser nor the textlint package is loaded, by the CLI or by its worker's code", () => {
    // The CLI lints in worker threads; their modules are not in this thread's require.cache, so the
    // worker's own code path (load the configuration, build the engine, lint a file) runs here too.
    const loaded = JSON.parse(
      node(`
        const { readFileSync } = require("node:fs");
        const modules = () => Object.keys(require.cache);
        const has = (name) => modules().some((m) => m.includes("/node_modules/" + name + "/"));
        require("./lib/src/cli/main.js")
          .main(["--jobs", "1", "--no-textlintrc", "--format", "json", "examples/column.md"], { cwd: process.cwd(), stdout() {}, stderr() {}, isTTY: false })
          .then(async (code) => {
            const cli = { code, yaml: has("yaml"), textlint: has("textlint") };
            const { loadWorkerEngine } = require("./lib/src/cli/lint-worker.js");
            const { runTask } = require("./lib/src/cli/task.js");
            const engine = await loadWorkerEngine({ cwd: process.cwd(), textlintrc: false });
            const file = require("node:path").resolve("examples/column.md");
            const outcome = await runTask(engine, { file, text: readFileSync(file, "utf8"), fix: false });
            const worker = { ok: outcome.ok, findings: outcome.ok ? outcome.result.messages.length > 0 : false, yaml: has("yaml"), textlint: has("textlint") };
            process.stdout.write(JSON.stringify({ cli, worker }));
          });
      `)
    ) as { cli: unknown; worker: unknown };
    expect(loaded).toEqual({ cli: { code: 1, yaml: false, textlint: false }, worker: { ok: true, findings: true, yaml: false, textlint: false } });
  });
});

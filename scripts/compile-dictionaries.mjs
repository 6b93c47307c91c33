// Build step: validates the shipped dictionaries against the schema and compiles their patterns
// (tokenized once here) into lib/dictionary.json, then lints the example column through the whole
// preset so that every lexicon a rule loads is compiled too, and saves all compiled terms to
// lib/term-cache.json. Every other data file (dictionaries/lexicon, dictionaries/grammar,
// dictionaries/concepts, dictionaries/therapies) is validated with its schema by the module that owns
// it (the lexicons' checks, src/grammar/data.ts, src/data/concepts.ts, src/data/therapies.ts) and
// written as JSON under lib/data/, which linting reads instead of the YAML. A broken entry fails the
// build with file and line; so does a data file that no owner reads.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { compileShipped, COMPILED_PATH, PACKAGE_ROOT } = require("../lib/src/match/shipped.js");
const { compiledTerms, TERM_CACHE_PATH } = require("../lib/src/match/term.js");
const lexicons = require("../lib/src/data/lexicon.js");
/** The folders of data files compiled to lib/data/ (entry dictionaries are compiled to lib/dictionary.json). */
const DATA_FOLDERS = ["lexicon", "grammar", "concepts", "therapies"];

/** Reads every shipped data file through the module that owns its schema (validated from YAML here). */
function loadEveryLexicon() {
  require("../lib/src/data/concepts.js").readConcepts();
  require("../lib/src/data/therapies.js").readTherapies();
  require("../lib/src/checks/evidence/lexicon.js").evidenceLexicon();
  require("../lib/src/checks/testimonial/lexicon.js").testimonialLexicon();
  require("../lib/src/checks/inducement/lexicon.js").inducementLexicon();
  const disclosure = require("../lib/src/checks/disclosure/lexicon.js");
  disclosure.disclosureLexicon();
  disclosure.unapprovedLexicon();
  require("../lib/src/grammar/data.js").grammar();
}

try {
  lexicons.readCompiledLexicons(false);
  loadEveryLexicon();
  const data = await compileShipped();
  mkdirSync(dirname(COMPILED_PATH), { recursive: true });
  writeFileSync(COMPILED_PATH, JSON.stringify(data));

  const { createLinter } = require("textlint");
  const { TextlintKernelDescriptor } = require("@textlint/kernel");
  const { moduleInterop } = require("@textlint/module-interop");
  const preset = require("../lib/src/textlint/preset.js");
  const rules = Object.entries(preset.rules).map(([ruleId, rule]) => ({ ruleId, rule: moduleInterop(rule), options: true }));
  const markdown = moduleInterop(require("@textlint/textlint-plugin-markdown"));
  const linter = createLinter({ descriptor: new TextlintKernelDescriptor({ rules, filterRules: [], plugins: [{ pluginId: "markdown", plugin: markdown }] }) });
  await linter.lintText(readFileSync(`${PACKAGE_ROOT}/examples/column.md`, "utf8"), "column.md");

  const terms = compiledTerms();
  writeFileSync(TERM_CACHE_PATH, JSON.stringify(terms));

  const compiled = lexicons.compiledLexicons();
  const written = new Set();
  for (const { path, compiledPath, json } of compiled) {
    mkdirSync(dirname(compiledPath), { recursive: true });
    writeFileSync(compiledPath, json);
    written.add(path);
  }
  // Every data file must have been read and validated by its owner: a new file nobody reads is an error.
  for (const folder of DATA_FOLDERS) {
    const dir = join(PACKAGE_ROOT, "dictionaries", folder);
    for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
      if (!written.has(join(dir, name))) throw new Error(`dictionaries/${folder}/${name}: どのルールも読み込まないため、ビルド時に検証できません`);
    }
  }
  console.log(`compiled ${data.entries.length} dictionary entries, ${terms.terms.length} terms and ${compiled.length} data files -> lib/`);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

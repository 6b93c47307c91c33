// Build step: validates the shipped dictionaries against the schema and compiles their patterns
// (tokenized once here) into lib/dictionary.json, then lints the example column through the whole
// preset so that every lexicon a rule loads is compiled too, and saves all compiled terms to
// lib/term-cache.json. A broken entry fails the build with file and line.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { compileShipped, COMPILED_PATH, PACKAGE_ROOT } = require("../lib/src/match/shipped.js");
const { compiledTerms, TERM_CACHE_PATH } = require("../lib/src/match/term.js");

try {
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
  console.log(`compiled ${data.entries.length} dictionary entries and ${terms.terms.length} terms -> lib/`);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

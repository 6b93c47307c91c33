// Build step: validates the shipped dictionaries against the schema and compiles their patterns
// (tokenized once here) into lib/dictionary.json. A broken entry fails the build with file and line.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { compileShipped, COMPILED_PATH } = require("../lib/src/dictionary/shipped.js");

try {
  const data = await compileShipped();
  mkdirSync(dirname(COMPILED_PATH), { recursive: true });
  writeFileSync(COMPILED_PATH, JSON.stringify(data));
  console.log(`compiled ${data.entries.length} dictionary entries -> ${COMPILED_PATH}`);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

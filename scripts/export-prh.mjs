// Writes the dictionary entries that are plain substitutions as a prh YAML file.
// usage: npm run export:prh [-- OUTPUT]   (default: prh.yml)
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { toPrh } = require("../lib/src/docs/prh.js");
const { shippedEntries } = require("../lib/src/match/shipped.js");

const output = process.argv[2] ?? "prh.yml";
const yaml = toPrh(shippedEntries());
writeFileSync(output, yaml);
console.log(`${output}: ${(yaml.match(/^  - expected:/gm) ?? []).length} prh rules`);

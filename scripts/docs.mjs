// Rewrites the README's generated per-rule sections from src/rules/meta.ts and dictionaries/.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { withRuleSections } = require("../lib/src/docs/rule-tables.js");
const { shippedEntries } = require("../lib/src/match/shipped.js");

const path = new URL("../README.md", import.meta.url);
writeFileSync(path, withRuleSections(readFileSync(path, "utf8"), shippedEntries()));
console.log("README.md rule sections regenerated");
const { idsDocument } = require("../lib/src/docs/ids.js");
writeFileSync(new URL("../docs/ids.md", import.meta.url), idsDocument());
console.log("docs/ids.md regenerated");

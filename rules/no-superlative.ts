import { createRule } from "../src/textlint/rule";
import { dictionaryCheck } from "../src/checks/check";

/** no-superlative: see src/data/rules.ts for what it checks and dictionaries/superlative.*.yml for its phrases. */
export default createRule("no-superlative", dictionaryCheck("superlative"));

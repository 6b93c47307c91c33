import { createRule } from "../src/textlint/rule";
import { dictionaryCheck } from "../src/checks/check";

/** no-overclaim: see src/data/rules.ts for what it checks and dictionaries/overclaim.*.yml for its phrases. */
export default createRule("no-overclaim", dictionaryCheck("overclaim"));

import { createRule } from "../src/textlint/rule";
import { dictionaryCheck } from "../src/checks/check";

/** no-safety-guarantee: see src/data/rules.ts for what it checks and dictionaries/safety.*.yml for its phrases. */
export default createRule("no-safety-guarantee", dictionaryCheck("safety"));

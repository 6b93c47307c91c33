import { createRule } from "../src/textlint/rule";
import { dictionaryCheck } from "../src/checks/check";

/** no-misleading-fee: see src/data/rules.ts for what it checks and dictionaries/fee.*.yml for its phrases. */
export default createRule("no-misleading-fee", dictionaryCheck("fee", { dropNested: true }));

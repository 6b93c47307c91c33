import { createRule } from "../src/textlint/rule";
import { dictionaryCheck } from "../src/checks/check";

/** no-fear-appeal: see src/data/rules.ts for what it checks and dictionaries/fear.*.yml for its frames. */
export default createRule("no-fear-appeal", dictionaryCheck("fear", { dropNested: true }));

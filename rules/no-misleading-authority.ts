import { createRule } from "../src/textlint/rule";
import { dictionaryCheck } from "../src/checks/check";

/** no-misleading-authority: see src/data/rules.ts for what it checks and dictionaries/authority.*.yml for its phrases. */
export default createRule("no-misleading-authority", dictionaryCheck("authority"));

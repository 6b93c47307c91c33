import { createRule } from "../src/textlint/rule";
import { dictionaryCheck } from "../src/checks/check";

/**
 * statistics-need-evidence: see src/data/rules.ts for what it checks and dictionaries/statistics.*.yml
 * for its phrases. A figure matched by several entries is reported once.
 */
export default createRule("statistics-need-evidence", dictionaryCheck("statistics", { dropNested: true }));

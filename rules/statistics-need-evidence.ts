import { createDictionaryRule } from "../src/textlint/dictionary-rule";

/**
 * statistics-need-evidence: see src/rules/meta.ts for what it checks and dictionaries/statistics.*.yml
 * for its phrases. A figure matched by several entries is reported once.
 */
export default createDictionaryRule("statistics-need-evidence", undefined, { dropNestedMatches: true });

import { createDictionaryRule } from "../src/rules/dictionary-rule";

/** statistics-need-evidence: see src/rules/meta.ts for what it checks and dictionaries/ for its phrases. */
export default createDictionaryRule("statistics-need-evidence");

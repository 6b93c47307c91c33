import { createDictionaryRule } from "../src/rules/dictionary-rule";

/** no-safety-guarantee: see src/rules/meta.ts for what it checks and dictionaries/ for its phrases. */
export default createDictionaryRule("no-safety-guarantee");

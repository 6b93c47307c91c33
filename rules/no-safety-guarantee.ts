import { createDictionaryRule } from "../src/textlint/dictionary-rule";

/** no-safety-guarantee: see src/rules/meta.ts for what it checks and dictionaries/ for its phrases. */
export default createDictionaryRule("no-safety-guarantee");

import { createDictionaryRule } from "../src/textlint/dictionary-rule";

/** no-overclaim: see src/rules/meta.ts for what it checks and dictionaries/ for its phrases. */
export default createDictionaryRule("no-overclaim");

import { createDictionaryRule } from "../src/textlint/dictionary-rule";
import { ruleMeta } from "../src/data/rules";
import { testimonialVoiceFindings } from "../src/checks/testimonial/voices";

/**
 * no-testimonial: see src/rules/meta.ts for what it checks and dictionaries/testimonial.*.yml for its
 * phrases; unlabelled patient voices under a 「患者様の声」 heading or in a blockquote come from the markup.
 * One testimonial often matches several entries (★, （40代女性）, 楽になりました): it is reported once.
 */
export default createDictionaryRule("no-testimonial", (analysis) => testimonialVoiceFindings(analysis, ruleMeta("no-testimonial")!), {
  dropNestedMatches: true
});

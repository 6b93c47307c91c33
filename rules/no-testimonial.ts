import { createDictionaryRule } from "../src/rules/dictionary-rule";
import { ruleMeta } from "../src/rules/meta";
import { testimonialVoiceFindings } from "../src/testimonial/voices";

/**
 * no-testimonial: see src/rules/meta.ts for what it checks and dictionaries/testimonial.*.yml for its
 * phrases; unlabelled patient voices under a 「患者様の声」 heading or in a blockquote come from the markup.
 * One testimonial often matches several entries (★, （40代女性）, 楽になりました): it is reported once.
 */
export default createDictionaryRule("no-testimonial", (analysis) => testimonialVoiceFindings(analysis, ruleMeta("no-testimonial")!), {
  dropNestedMatches: true
});

import { createRule } from "../src/textlint/rule";
import { dictionaryCheck } from "../src/checks/check";
import { testimonialVoiceFindings } from "../src/checks/testimonial/voices";

/**
 * no-testimonial: see src/data/rules.ts for what it checks and dictionaries/testimonial.*.yml for its
 * phrases; unlabelled patient voices under a 「患者様の声」 heading or in a blockquote come from the markup.
 * One testimonial often matches several entries (★, （40代女性）, 楽になりました): it is reported once.
 */
export default createRule("no-testimonial", dictionaryCheck("testimonial", { dropNested: true, extra: testimonialVoiceFindings }));

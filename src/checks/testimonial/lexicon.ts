import { z } from "zod";
import { compilesAsRegExp, lexiconLoader } from "../../data/lexicon";

const text = z.string().trim().min(1);
const regexes = z.array(text.refine(compilesAsRegExp, { message: "正規表現として読めません" })).min(1);

/** dictionaries/lexicon/testimonial.yml: how a testimonial corner and an unlabelled patient voice look. */
export const testimonialLexiconSchema = z
  .object({
    basis: text,
    source: text,
    sectionHeadings: regexes,
    notSectionHeadings: regexes,
    voiceCues: regexes,
    disclaimers: regexes,
    notVoice: regexes,
    treatmentTopics: regexes,
    nonTreatmentTopics: regexes,
    messages: z.object({ voice: text, facility: text, heading: text }).strict(),
    rewrites: z.array(text).min(1)
  })
  .strict();

export type TestimonialLexicon = z.infer<typeof testimonialLexiconSchema>;

export const testimonialLexicon = lexiconLoader("testimonial", testimonialLexiconSchema);

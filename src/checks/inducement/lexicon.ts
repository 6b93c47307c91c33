import { z } from "zod";
import { compilesAsRegExp, lexiconLoader } from "../../data/lexicon";
import { SEVERITIES } from "../../data/schema";

const text = z.string().trim().min(1);
const regexSource = text.refine(compilesAsRegExp, { message: "正規表現として読めません" });

/** dictionaries/lexicon/inducement.yml: what a struck-through price is and how it is reported. */
export const inducementLexiconSchema = z
  .object({
    strikeThrough: z
      .object({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        severity: z.enum(SEVERITIES),
        basis: text,
        source: text,
        price: z.array(regexSource).min(1),
        message: text,
        rewrites: z.array(text).min(1)
      })
      .strict()
  })
  .strict();

export type InducementLexicon = z.infer<typeof inducementLexiconSchema>;

export const inducementLexicon = lexiconLoader("inducement", inducementLexiconSchema);

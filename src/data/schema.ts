import { z } from "zod";

/** Categories of violation. Each sentence-level rule reads the entries of its own category. */
export const CATEGORIES = [
  "overclaim",
  "safety",
  "superlative",
  "authority",
  "testimonial",
  "inducement",
  "statistics",
  "evidence",
  "unapproved",
  "before-after"
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

const nonEmpty = z.string().trim().min(1);

/**
 * One dictionary entry. Patterns use a small term syntax (see docs/dictionary.md):
 * literal text is matched by morphology (base forms, at token boundaries), `…` is a gap of a few
 * words inside one clause, `<NEG>` a negation, `<NUM>` a number.
 */
export const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id は英小文字・数字・ハイフン (kebab-case) で書いてください"),
    category: z.enum(CATEGORIES).optional(),
    severity: z.enum(SEVERITIES).optional(),
    confidence: z.enum(["attested", "inferred"]).optional(),
    basis: nonEmpty.optional(),
    source: nonEmpty.optional(),
    patterns: z.array(nonEmpty).default([]),
    regex: z.array(nonEmpty).default([]),
    requires: z.array(nonEmpty).default([]),
    unless: z.array(nonEmpty).default([]),
    allows: z.array(nonEmpty).default([]),
    /** Context that clears a match. Defaults depend on the category (see src/context). */
    clearedBy: z.array(z.enum(["negation", "question", "quotation"])).optional(),
    message: nonEmpty,
    rewrites: z.array(nonEmpty).min(1),
    /** A replacement that is safe to apply automatically (keeps the meaning). Rare on purpose. */
    fix: z.string().optional(),
    note: z.string().optional(),
    disabled: z.boolean().default(false),
    examples: z.object({
      ng: z.array(nonEmpty).min(1),
      ok: z.array(nonEmpty).default([])
    })
  })
  .strict()
  .refine((e) => e.patterns.length + e.regex.length > 0, { message: "patterns か regex のどちらかが必要です" })
  // A fix replaces the whole match: with a gap or a class the match spans words the fix would delete.
  .refine((e) => e.fix === undefined || (e.regex.length === 0 && e.patterns.every((p) => !/…|<NEG>|<NUM>/.test(p))), {
    message: "fix は …・<NEG>・<NUM> を含まない patterns だけの項目にしか書けません",
    path: ["fix"]
  });

export const fileSchema = z
  .object({
    /** Defaults for every entry of the file. */
    category: z.enum(CATEGORIES),
    confidence: z.enum(["attested", "inferred"]),
    severity: z.enum(SEVERITIES).default("error"),
    basis: nonEmpty.optional(),
    entries: z.array(entrySchema).min(1)
  })
  .strict();

export type RawEntry = z.infer<typeof entrySchema>;
export type RawDictionaryFile = z.infer<typeof fileSchema>;

/** An entry with the file defaults applied: every field a rule needs is present. */
export interface DictionaryEntry {
  id: string;
  category: Category;
  severity: Severity;
  confidence: "attested" | "inferred";
  basis: string;
  source?: string;
  patterns: string[];
  regex: string[];
  requires: string[];
  unless: string[];
  allows: string[];
  clearedBy?: ("negation" | "question" | "quotation")[];
  message: string;
  rewrites: string[];
  fix?: string;
  note?: string;
  disabled: boolean;
  examples: { ng: string[]; ok: string[] };
  /** Where the entry was read from, for error messages and docs. */
  file: string;
  line: number;
  /** The line of each regex, for errors about one of them. */
  regexLines?: number[];
}

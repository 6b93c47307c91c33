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
  "before-after",
  "fear",
  "fee"
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ["error", "warning", "info"] as const;

/**
 * Context the grammar reads around a match that can clear it: a denial, a question, a quotation of the
 * rules, the claim's limits (個人差, 場合があります), an instruction (ください), a purpose (〜ために), a
 * citation in the sentence ((文献1), [2]).
 */
export const CLEARING_CONTEXTS = [
  "negation",
  "question",
  "quotation",
  "limits",
  "instruction",
  "purpose",
  "citation",
  /** 多くは数日で治まります: the natural course of a condition, not a treatment's effect. */
  "course",
  /** 痛みを和らげる治療, 傷跡が目立たない場所: the claim only describes the noun it modifies. */
  "adnominal",
  /** Like adnominal, except before a treatment noun: 副作用のない治療です still promises. */
  "description",
  /** 患者16名に注射したところ、痛みが軽減しました: a study reported, which the evidence rule judges. */
  "study",
  /** 効果は6か月程度持続します: an approximate span or count bounds the claim. */
  "bounded"
] as const;
export type ClearingContext = (typeof CLEARING_CONTEXTS)[number];
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
    /** Terms of which one must also occur (a second condition, with requires: both must hold). */
    alsoRequires: z.array(nonEmpty).default([]),
    unless: z.array(nonEmpty).default([]),
    allows: z.array(nonEmpty).default([]),
    /** Context that clears a match (default: negation, question, quotation). See src/grammar. */
    clearedBy: z.array(z.enum(CLEARING_CONTEXTS)).optional(),
    /** What a hedge (期待できます) does to a match: keep its severity (default) or lower it one step. */
    hedge: z.enum(["keep", "lower"]).optional(),
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
  alsoRequires?: string[];
  unless: string[];
  allows: string[];
  clearedBy?: ClearingContext[];
  hedge?: "keep" | "lower";
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

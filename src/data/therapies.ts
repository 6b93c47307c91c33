import { join } from "node:path";
import { z } from "zod";
import { DICTIONARY_DIR, yamlFilesIn } from "./paths";
import { DictionaryError } from "./yaml";
import { readDataFile } from "./lexicon";

/**
 * The therapy knowledge base (dictionaries/therapies/*.yml): for each treatment or product clinic pages
 * sell, its names, its approval status in Japan (approved indications and the off-label uses clinics
 * sell), its insurance status, its class under 再生医療等安全性確保法, and a public source for every
 * fact with the date it was checked and a confidence. A therapy without a sourced fact for each of
 * these is rejected at load, naming the file and the line.
 */
const text = z.string().trim().min(1);
const GROUPS = ["weight-loss", "hair-loss", "skin", "sexual", "drips", "regenerative", "cancer", "injectables", "psychiatric-neuro", "devices"] as const;
export const CONFIDENCES = ["confirmed", "likely", "unconfirmed"] as const;
export type FactConfidence = (typeof CONFIDENCES)[number];
const FACT_TOPICS = ["status", "indications", "offLabel", "insurance", "regenerativeClass", "names"] as const;

const useSchema = z.object({ label: text, words: z.array(text).min(1) }).strict();

const factSchema = z
  .object({
    about: z.enum(FACT_TOPICS),
    source: text,
    url: z.string().url(),
    checked: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
    confidence: z.enum(CONFIDENCES)
  })
  .strict();

const therapySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id は kebab-case で書きます"),
    label: text,
    kind: z.enum(["drug", "device", "cell-therapy", "procedure", "supplement"]),
    names: z.array(z.union([text, z.number().transform(String)])).min(1),
    needsContext: z.array(text).optional(),
    status: z.enum(["approved", "unapproved", "regenerative-medicine-act", "procedure"]),
    indications: z.array(useSchema).optional(),
    offLabel: z.array(useSchema).optional(),
    insurance: z.enum(["insured", "free", "selected", "advanced", "depends"]),
    insuranceNote: text.optional(),
    regenerativeClass: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    facts: z.array(factSchema).min(1),
    note: z.string().optional()
  })
  .strict()
  .superRefine((t, ctx) => {
    const about = new Set(t.facts.map((f) => f.about));
    const needed: (typeof FACT_TOPICS)[number][] = ["status", "insurance"];
    if (t.indications?.length) needed.push("indications");
    if (t.offLabel?.length) needed.push("offLabel");
    if (t.regenerativeClass !== undefined) needed.push("regenerativeClass");
    for (const topic of needed) {
      if (!about.has(topic)) ctx.addIssue({ code: "custom", message: `"${t.id}" の ${topic} に出典(facts の about: ${topic})がありません`, path: ["facts"] });
    }
  });

const fileSchema = z.object({ group: z.enum(GROUPS), therapies: z.array(therapySchema).min(1) }).strict();

export type TherapyFact = z.infer<typeof factSchema>;
export interface TherapyRecord extends z.infer<typeof therapySchema> {
  group: (typeof GROUPS)[number];
  file: string;
  line: number;
}

export const THERAPY_DIR = join(DICTIONARY_DIR, "therapies");

export function therapyFiles(dir = THERAPY_DIR): string[] {
  return yamlFilesIn(dir);
}

/** Every therapy of the knowledge base, validated; ids are unique across files. */
export function readTherapies(files = therapyFiles()): TherapyRecord[] {
  const seen = new Map<string, TherapyRecord>();
  for (const file of files) {
    // Validated from YAML, or the build's compiled JSON of it (src/data/lexicon.ts).
    const { data, lines } = readDataFile(file, fileSchema, {
      unreadable: "治療の知識ベースを読めません",
      linesOf: (d) => d.therapies.map((_, index) => ["therapies", index])
    });
    data.therapies.forEach((therapy, index) => {
      const line = lines[index]!;
      const earlier = seen.get(therapy.id);
      if (earlier) throw new DictionaryError(file, line, `id "${therapy.id}" は ${earlier.file}:${earlier.line} と重複しています`);
      seen.set(therapy.id, { ...therapy, names: therapy.names.map(String), group: data.group, file, line });
    });
  }
  return [...seen.values()];
}

/** The weakest confidence of the facts about a topic (a fact no source confirmed makes the finding a warning). */
export function confidenceOf(therapy: TherapyRecord, about: TherapyFact["about"]): FactConfidence | undefined {
  const facts = therapy.facts.filter((f) => f.about === about);
  if (facts.length === 0) return undefined;
  const rank = { confirmed: 0, likely: 1, unconfirmed: 2 } as const;
  return facts.map((f) => f.confidence).sort((a, b) => rank[b] - rank[a])[0];
}

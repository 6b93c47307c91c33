import { join } from "node:path";
import { z } from "zod";
import { knowledgeTherapies } from "./knowledge";
import { DICTIONARY_DIR } from "../../data/paths";
import { anyOf, patternList, readLexicon } from "../../data/lexicon-patterns";

/** The 限定解除 items of a 自由診療 page (医療法施行規則 第1条の9の2; GL 第4の2). */
export const FREE_TREATMENT_ITEMS = ["treatment", "cost", "duration", "risks", "contact"] as const;
export type FreeTreatmentItem = (typeof FREE_TREATMENT_ITEMS)[number];

/** The five further disclosures of a 未承認医薬品等 page (GL 第4の2, 2024-03 revision). */
export const UNAPPROVED_ITEMS = ["unapproved-status", "acquisition-route", "domestic-approved-alternatives", "foreign-safety-info", "relief-system"] as const;
export type UnapprovedItem = (typeof UNAPPROVED_ITEMS)[number];

/** The details each before/after photo needs beside it (GL 第3の1(6)). */
export const BEFORE_AFTER_ITEMS = ["treatment", "cost", "duration", "risks"] as const;
export type BeforeAfterItem = (typeof BEFORE_AFTER_ITEMS)[number];

const itemText = z.object({ label: z.string().min(1), howToFix: z.string().min(1) }).strict();

const disclosureSchema = z
  .object({
    basis: z.object({ freeTreatment: z.string(), contact: z.string(), beforeAfter: z.string() }).strict(),
    items: z.object({ treatment: itemText, cost: itemText, duration: itemText, risks: itemText, contact: itemText }).strict(),
    freeTreatment: z.object({ explicit: patternList, neverCovered: patternList, insurance: patternList }).strict(),
    treatment: z.object({ labels: patternList, headings: patternList, names: patternList, procedures: patternList }).strict(),
    cost: z.object({ amounts: patternList, labels: patternList, deferrals: patternList }).strict(),
    duration: z.object({ labels: patternList, regimens: patternList, studyContext: patternList }).strict(),
    risks: z.object({ nouns: patternList, predicates: patternList, denials: patternList, relief: patternList, conditions: patternList, labels: patternList, headings: patternList }).strict(),
    contact: z.object({ forms: patternList, addresses: patternList }).strict(),
    declared: patternList,
    informational: z.object({ ruleWords: patternList, clinicVoice: patternList, minimum: z.number().int().min(1) }).strict(),
    beforeAfter: z
      .object({
        markers: patternList,
        photoWords: patternList,
        photoContexts: patternList,
        arrows: patternList,
        stockPhotos: patternList,
        stockContexts: patternList,
        imageMarkers: patternList,
        shared: patternList,
        meta: patternList,
        offline: patternList,
        takingPhotos: patternList
      })
      .strict()
  })
  .strict();

const STATUSES = ["unapproved", "off-label", "regenerative-medicine-act"] as const;
export type TherapyStatus = (typeof STATUSES)[number];

const therapySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id は kebab-case で書きます"),
    names: patternList.min(1),
    status: z.enum(STATUSES),
    offLabelWhen: z.array(z.string().min(1)).optional(),
    requires: z.array(z.string().min(1)).optional(),
    source: z.string().min(1)
  })
  .strict();

const disclosureItemSchema = z.object({ label: z.string().min(1), howToFix: z.string().min(1), patterns: patternList.optional() }).strict();

const unapprovedSchema = z
  .object({
    basis: z.object({ claim: z.string(), disclosure: z.string(), approval: z.string() }).strict(),
    therapies: z.array(therapySchema).min(1),
    effectClaims: patternList,
    notClaims: patternList.optional(),
    statusStatements: patternList,
    selfDeclared: patternList,
    regenerativeStatus: patternList,
    evidenceCaveats: patternList,
    limitations: patternList,
    disclosureHeadings: patternList,
    approvalClaims: patternList,
    disclosures: z
      .object({
        "unapproved-status": disclosureItemSchema,
        "acquisition-route": disclosureItemSchema.required({ patterns: true }),
        "domestic-approved-alternatives": disclosureItemSchema.required({ patterns: true }),
        "foreign-safety-info": disclosureItemSchema.required({ patterns: true }),
        "relief-system": disclosureItemSchema.required({ patterns: true })
      })
      .strict()
  })
  .strict();

export type DisclosureData = z.infer<typeof disclosureSchema>;
export type UnapprovedData = z.infer<typeof unapprovedSchema>;

export interface Therapy {
  id: string;
  status: TherapyStatus;
  names: RegExp;
  offLabelWhen: string[];
  /** Words of its approved indications: a sentence that names one says what the therapy is used for there. */
  indicationWords?: string[];
  requires: string[];
  source: string;
  /** How the message names the product (knowledge-base entries). */
  label?: string;
  /** How sure the status is: a status no source confirmed makes the finding a warning. */
  confidence?: "confirmed" | "likely" | "unconfirmed";
}

/** disclosure.yml, compiled: each list of patterns is one RegExp. */
export interface DisclosureLexicon {
  data: DisclosureData;
  freeExplicit: RegExp;
  neverCovered: RegExp;
  insurance: RegExp;
  treatmentLabels: RegExp;
  treatmentHeadings: RegExp;
  treatmentNames: RegExp;
  procedures: RegExp;
  amounts: RegExp;
  costLabels: RegExp;
  deferrals: RegExp;
  durationLabels: RegExp;
  regimens: RegExp;
  studyContext: RegExp;
  riskNouns: RegExp;
  riskPredicates: RegExp;
  riskDenials: RegExp;
  riskRelief: RegExp;
  riskConditions: RegExp;
  riskLabels: RegExp;
  riskHeadings: RegExp;
  contactForms: RegExp;
  addresses: RegExp;
  declared: RegExp;
  ruleWords: RegExp;
  clinicVoice: RegExp;
  baMarkers: RegExp;
  photoWords: RegExp;
  photoContexts: RegExp;
  arrows: RegExp;
  stockPhotos: RegExp;
  stockContexts: RegExp;
  imageMarkers: RegExp;
  shared: RegExp;
  meta: RegExp;
  offline: RegExp;
  takingPhotos: RegExp;
}

export interface UnapprovedLexicon {
  data: UnapprovedData;
  therapies: Therapy[];
  effectClaims: RegExp;
  notClaims: RegExp | undefined;
  statusStatements: RegExp;
  /** The page says that what it offers is unapproved (本装置は…未承認医療機器です): the checklist starts. */
  selfDeclared: RegExp;
  regenerativeStatus: RegExp;
  evidenceCaveats: RegExp;
  limitations: RegExp;
  disclosureHeadings: RegExp;
  approvalClaims: RegExp;
  /** Patterns of disclosures (ii)–(v); (i) is statusStatements. */
  disclosurePatterns: Record<Exclude<UnapprovedItem, "unapproved-status">, RegExp>;
}

export const DISCLOSURE_LEXICON = join(DICTIONARY_DIR, "lexicon", "disclosure.yml");
export const UNAPPROVED_LEXICON = join(DICTIONARY_DIR, "lexicon", "unapproved.yml");

export function compileDisclosure(data: DisclosureData): DisclosureLexicon {
  const { freeTreatment: f, treatment: t, cost: c, duration: d, risks: r, contact, beforeAfter: b } = data;
  return {
    data,
    freeExplicit: anyOf(f.explicit),
    neverCovered: anyOf(f.neverCovered),
    insurance: anyOf(f.insurance),
    treatmentLabels: anyOf(t.labels),
    treatmentHeadings: anyOf(t.headings),
    treatmentNames: anyOf(t.names),
    procedures: anyOf(t.procedures),
    amounts: anyOf(c.amounts),
    costLabels: anyOf(c.labels),
    deferrals: anyOf(c.deferrals),
    durationLabels: anyOf(d.labels),
    regimens: anyOf(d.regimens),
    studyContext: anyOf(d.studyContext),
    riskNouns: anyOf(r.nouns),
    riskPredicates: anyOf(r.predicates),
    riskDenials: anyOf(r.denials),
    riskRelief: anyOf(r.relief),
    riskConditions: anyOf(r.conditions),
    riskLabels: anyOf(r.labels),
    riskHeadings: anyOf(r.headings),
    contactForms: anyOf(contact.forms),
    addresses: anyOf(contact.addresses),
    declared: anyOf(data.declared),
    ruleWords: anyOf(data.informational.ruleWords),
    clinicVoice: anyOf(data.informational.clinicVoice),
    baMarkers: anyOf(b.markers),
    photoWords: anyOf(b.photoWords),
    photoContexts: anyOf(b.photoContexts),
    arrows: anyOf(b.arrows),
    stockPhotos: anyOf(b.stockPhotos),
    stockContexts: anyOf(b.stockContexts),
    imageMarkers: anyOf(b.imageMarkers),
    shared: anyOf(b.shared),
    meta: anyOf(b.meta),
    offline: anyOf(b.offline),
    takingPhotos: anyOf(b.takingPhotos)
  };
}

export function compileUnapproved(data: UnapprovedData): UnapprovedLexicon {
  const d = data.disclosures;
  return {
    data,
    // The lexicon's own therapies first (their patterns are tuned to pages), then the knowledge base's.
    therapies: [
      ...data.therapies.map((t) => ({
        id: t.id,
        status: t.status,
        names: anyOf(t.names),
        offLabelWhen: t.offLabelWhen ?? [],
        requires: t.requires ?? [],
        source: t.source
      })),
      ...knowledgeTherapies()
    ],
    effectClaims: anyOf(data.effectClaims),
    notClaims: data.notClaims?.length ? anyOf(data.notClaims) : undefined,
    statusStatements: anyOf(data.statusStatements),
    selfDeclared: anyOf(data.selfDeclared),
    regenerativeStatus: anyOf(data.regenerativeStatus),
    evidenceCaveats: anyOf(data.evidenceCaveats),
    limitations: anyOf(data.limitations),
    disclosureHeadings: anyOf(data.disclosureHeadings),
    approvalClaims: anyOf(data.approvalClaims),
    disclosurePatterns: {
      "acquisition-route": anyOf(d["acquisition-route"].patterns),
      "domestic-approved-alternatives": anyOf(d["domestic-approved-alternatives"].patterns),
      "foreign-safety-info": anyOf(d["foreign-safety-info"].patterns),
      "relief-system": anyOf(d["relief-system"].patterns)
    }
  };
}

export function parseDisclosureData(path = DISCLOSURE_LEXICON): DisclosureData {
  return readLexicon(path, disclosureSchema);
}

export function parseUnapprovedData(path = UNAPPROVED_LEXICON): UnapprovedData {
  return readLexicon(path, unapprovedSchema);
}

let disclosure: DisclosureLexicon | undefined;
let unapproved: UnapprovedLexicon | undefined;

/** The shipped disclosure lexicon, read and validated once per process. */
export function disclosureLexicon(): DisclosureLexicon {
  disclosure ??= compileDisclosure(parseDisclosureData());
  return disclosure;
}

export function unapprovedLexicon(): UnapprovedLexicon {
  unapproved ??= compileUnapproved(parseUnapprovedData());
  return unapproved;
}

import type { Severity } from "../data/schema";

/**
 * What a check found: structured data, no message text. src/report renders every finding with one
 * template (the quoted phrase, what is wrong, the basis, a rewrite, the id), so a message reads the
 * same whichever check produced it, and --explain, SARIF and the README read the same fields.
 */
export interface Finding {
  /** Absolute source offsets of the reported phrase. */
  start: number;
  end: number;
  /** The phrase as the page writes it (what the message quotes). */
  phrase: string;
  severity: Severity;
  /** An id that --explain explains: a dictionary entry, a checklist item, a check, a therapy. */
  id: string;
  category: string;
  /** What is wrong, in one or two short Japanese sentences. */
  problem: string;
  /** The law or guideline, "; "-separated, most specific first. */
  basis: string;
  /** Compliant rewrites; the message shows the first. */
  rewrites: string[];
  /** The kind of violation, when it differs from the rule's (e.g. 誇大広告 inside an evidence rule). */
  label?: string;
  /** A safe replacement of [start, end). */
  fix?: string;
  /** Extra machine-readable detail (the evidence class of a reference, the other claims of a product). */
  detail?: Record<string, unknown>;
}

/** Options every rule takes. */
export interface CommonRuleOptions {
  /** textlint's own severity option: when the user sets it, it applies to every finding of the rule. */
  severity?: Severity;
}

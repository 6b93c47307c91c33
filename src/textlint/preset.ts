import type { TextlintRuleModule } from "@textlint/types";
import { RULES } from "../data/rules";
import noOverclaim from "../../rules/no-overclaim";
import noSafetyGuarantee from "../../rules/no-safety-guarantee";
import noSuperlative from "../../rules/no-superlative";
import noMisleadingAuthority from "../../rules/no-misleading-authority";
import noTestimonial from "../../rules/no-testimonial";
import noInducement from "../../rules/no-inducement";
import noFearAppeal from "../../rules/no-fear-appeal";
import noMisleadingFee from "../../rules/no-misleading-fee";
import statisticsNeedEvidence from "../../rules/statistics-need-evidence";
import efficacyNeedsHumanEvidence from "../../rules/efficacy-needs-human-evidence";
import unapprovedTherapy from "../../rules/unapproved-therapy";
import freeTreatmentDisclosure from "../../rules/free-treatment-disclosure";
import unapprovedTherapyDisclosure from "../../rules/unapproved-therapy-disclosure";
import beforeAfterNeedsDetails from "../../rules/before-after-needs-details";

/** Every rule's entry point (rules/<id>.ts), by id; a test checks that it matches the catalog (src/data/rules.ts). */
const ENTRY_POINTS: Record<string, TextlintRuleModule> = {
  "no-overclaim": noOverclaim,
  "no-safety-guarantee": noSafetyGuarantee,
  "no-superlative": noSuperlative,
  "no-misleading-authority": noMisleadingAuthority,
  "no-testimonial": noTestimonial,
  "no-inducement": noInducement,
  "no-fear-appeal": noFearAppeal,
  "no-misleading-fee": noMisleadingFee,
  "statistics-need-evidence": statisticsNeedEvidence,
  "efficacy-needs-human-evidence": efficacyNeedsHumanEvidence,
  "unapproved-therapy": unapprovedTherapy,
  "free-treatment-disclosure": freeTreatmentDisclosure,
  "unapproved-therapy-disclosure": unapprovedTherapyDisclosure,
  "before-after-needs-details": beforeAfterNeedsDetails
};

/**
 * textlint-rule-preset-medical-ad-ja: enable as "preset-medical-ad-ja" in .textlintrc.json. The rules
 * are those of the catalog, in its order. Defaults live in each rule's code: a user who sets only a
 * severity replaces the whole config entry.
 */
const preset = {
  rules: Object.fromEntries(RULES.map((rule) => [rule.id, ENTRY_POINTS[rule.id]!])) as Record<string, TextlintRuleModule>,
  rulesConfig: Object.fromEntries(RULES.map((rule) => [rule.id, true])) as Record<string, boolean>
};

export = preset;

import noOverclaim from "../../rules/no-overclaim";
import noSafetyGuarantee from "../../rules/no-safety-guarantee";
import noSuperlative from "../../rules/no-superlative";
import noMisleadingAuthority from "../../rules/no-misleading-authority";
import noTestimonial from "../../rules/no-testimonial";
import noInducement from "../../rules/no-inducement";
import statisticsNeedEvidence from "../../rules/statistics-need-evidence";
import freeTreatmentDisclosure from "../../rules/free-treatment-disclosure";
import unapprovedTherapy from "../../rules/unapproved-therapy";
import unapprovedTherapyDisclosure from "../../rules/unapproved-therapy-disclosure";
import beforeAfterNeedsDetails from "../../rules/before-after-needs-details";
import efficacyNeedsHumanEvidence from "../../rules/efficacy-needs-human-evidence";

/**
 * textlint-rule-preset-medical-ad-ja: enable as "preset-medical-ad-ja" in .textlintrc.json.
 * Defaults live in each rule's code: a user who sets only a severity replaces the whole config entry.
 */
const preset = {
  rules: {
    // # 効果の保証・誇張 (医療法 第6条の5, GL 第3の1(1)(3))
    "no-overclaim": noOverclaim,
    // # 安全性の保証 (GL 第3の1(1), 適正広告基準 第4 3(5))
    "no-safety-guarantee": noSafetyGuarantee,
    // # 比較優良・最上級 (医療法 第6条の5 第2項第1号, GL 第3の1(2))
    "no-superlative": noSuperlative,
    // # 公的機関・著名人のお墨付き (GL 第3の1(2)(3))
    "no-misleading-authority": noMisleadingAuthority,
    // # 体験談 (施行規則 第1条の9 第1号, GL 第3の1(5))
    "no-testimonial": noTestimonial,
    // # 費用の強調・誘引 (GL 第3の1(8)ア)
    "no-inducement": noInducement,
    // # 根拠のない調査結果・件数 (GL 第3の1(1), 事例解説書 (2)(10))
    "statistics-need-evidence": statisticsNeedEvidence,
    // # 自由診療の限定解除要件 (施行規則 第1条の9の2, GL 第4の2) — page level
    "free-treatment-disclosure": freeTreatmentDisclosure,
    // # 未承認・適応外の医薬品等の効果の広告 (薬機法 第68条, GL 第4の2)
    "unapproved-therapy": unapprovedTherapy,
    // # 未承認医薬品等の限定解除要件 5項目 (GL 第4の2, 2024年3月改正) — page level
    "unapproved-therapy-disclosure": unapprovedTherapyDisclosure,
    // # 術前術後写真の詳細説明 (施行規則 第1条の9 第2号, GL 第3の1(6))
    "before-after-needs-details": beforeAfterNeedsDetails,
    // # 科学的根拠が乏しい効果の主張 (GL 第3の1(3), 事例解説書 (11); 薬機法 第66条)
    "efficacy-needs-human-evidence": efficacyNeedsHumanEvidence
  },
  rulesConfig: {
    "no-overclaim": true,
    "no-safety-guarantee": true,
    "no-superlative": true,
    "no-misleading-authority": true,
    "no-testimonial": true,
    "no-inducement": true,
    "statistics-need-evidence": true,
    "free-treatment-disclosure": true,
    "unapproved-therapy": true,
    "unapproved-therapy-disclosure": true,
    "before-after-needs-details": true,
    "efficacy-needs-human-evidence": true
  }
};

export = preset;

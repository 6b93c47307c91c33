import noOverclaim from "../rules/no-overclaim";
import noSafetyGuarantee from "../rules/no-safety-guarantee";
import noSuperlative from "../rules/no-superlative";
import noMisleadingAuthority from "../rules/no-misleading-authority";
import noTestimonial from "../rules/no-testimonial";
import noInducement from "../rules/no-inducement";
import statisticsNeedEvidence from "../rules/statistics-need-evidence";

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
    "statistics-need-evidence": statisticsNeedEvidence
  },
  rulesConfig: {
    "no-overclaim": true,
    "no-safety-guarantee": true,
    "no-superlative": true,
    "no-misleading-authority": true,
    "no-testimonial": true,
    "no-inducement": true,
    "statistics-need-evidence": true
  }
};

export = preset;

import type { Category } from "../dictionary/schema";

/** What each rule is for: shown in messages, the README, SARIF rule metadata and --explain. */
export interface RuleMeta {
  id: string;
  title: string;
  /** Dictionary category the rule applies, for sentence-level dictionary rules. */
  category?: Category;
  /** The label of the violation in messages (誇大広告, 比較優良広告 …). */
  label: string;
  basis: string;
  description: string;
  howToFix: string;
  /** Document-level rules report what a page leaves out. */
  level: "sentence" | "document";
}

export const RULES: RuleMeta[] = [
  {
    id: "no-overclaim",
    title: "効果の保証・誇張をしない",
    category: "overclaim",
    label: "誇大広告・虚偽広告",
    basis: "医療法 第6条の5 第1項・第2項第2号; 医療広告ガイドライン 第3の1(1)(3); 医薬品等適正広告基準 第4 3(5)(7)",
    description:
      "「必ず治る」「根本から」「劇的に」「永久に」のように、治療の効果や結果を保証・誇張する表現を検出します。効果には個人差があり、保証はできません。「期待できます」を付けても誇大表現は適法になりません(事例解説書 第4版)。",
    howToFix: "効果を断定・保証せず、対象・程度・個人差・限界を具体的に書きます。",
    level: "sentence"
  },
  {
    id: "no-safety-guarantee",
    title: "安全性を保証しない",
    category: "safety",
    label: "安全性の保証(虚偽・誇大)",
    basis: "医療法 第6条の5 第1項・第2項第2号; 医療広告ガイドライン 第3の1(1); 医薬品等適正広告基準 第4 3(5)",
    description:
      "「副作用はありません」「痛みはゼロ」「安心・安全」「ダウンタイムなし」のように、副作用やリスクがないと保証する表現を検出します。リスクや副作用の説明(「腫れが出ることがあります」)は対象外です。",
    howToFix: "起こりうる主なリスク・副作用とその頻度・期間を具体的に書きます。",
    level: "sentence"
  },
  {
    id: "no-superlative",
    title: "他院との比較・最上級表現をしない",
    category: "superlative",
    label: "比較優良広告",
    basis: "医療法 第6条の5 第2項第1号; 医療広告ガイドライン 第3の1(2)",
    description: "「日本一」「No.1」「最高」「唯一」「他院より」など、他の医療機関より優れていると示す表現を検出します。事実であっても広告できません。",
    howToFix: "比較や順位をやめ、時点を添えた客観的な事実(例: 常勤医師数◯名(◯年◯月現在))に置き換えます。",
    level: "sentence"
  },
  {
    id: "no-misleading-authority",
    title: "公的機関・著名人のお墨付きを装わない",
    category: "authority",
    label: "誤認させる権威付け(誇大・比較優良)",
    basis: "医療広告ガイドライン 第3の1(2)(3); 事例解説書 第4版 (4)(7); 医薬品等適正広告基準 第4 10; 日本再生医療学会 2024-05-20 注意喚起",
    description:
      "「厚生労働省認可」「国が認めた」「学会推奨」「芸能人も通う」など、公的な認定や著名人の推薦を装う表現を検出します。再生医療は厚生労働省への「届出」であり「承認」ではありません。",
    howToFix: "事実を正確に書きます(例: 再生医療等提供計画を厚生労働省に提出(届出)しています)。著名人の来院・推薦には触れません。",
    level: "sentence"
  },
  {
    id: "no-testimonial",
    title: "患者の体験談を載せない",
    category: "testimonial",
    label: "体験談の広告",
    basis: "医療法施行規則 第1条の9 第1号; 医療広告ガイドライン 第3の1(5)",
    description:
      "「患者様の声」「口コミ」「体験談」や、患者の一人称で治療の効果を語る文を検出します。「個人の感想です」と添えても体験談は広告できません。",
    howToFix: "体験談を削除し、治療内容・リスク・費用など客観的な説明に置き換えます。",
    level: "sentence"
  },
  {
    id: "no-inducement",
    title: "費用の強調・特典で誘引しない",
    category: "inducement",
    label: "品位を損ねる広告(費用の強調・誘引)",
    basis: "医療広告ガイドライン 第3の1(8)ア①②; 景品表示法 第5条(有利誤認)",
    description: "「今なら半額」「期間限定」「◯%OFF」「モニター価格」「し放題」「プレゼント」、取り消し線の二重価格など、費用を強調して受診を誘う表現を検出します。通常の料金表は対象外です。",
    howToFix: "割引や期限を強調せず、標準的な費用(最低〜最高)を料金表として示します。",
    level: "sentence"
  },
  {
    id: "statistics-need-evidence",
    title: "数値には調査の根拠を添える",
    category: "statistics",
    label: "根拠を示さない調査結果(虚偽広告)",
    basis: "医療広告ガイドライン 第3の1(1); 事例解説書 第4版 (2)(10)",
    description: "「満足度98%」「成功率99%」「ほぼ全員が実感」など、調査方法・期間・対象を示さない数値や、期間・内訳のない累計症例数を検出します。",
    howToFix: "調査の実施主体・期間・対象・方法を数値の直後に示すか、数値を削除します。症例数は年ごとの内訳を示します。",
    level: "sentence"
  }
];

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES.find((r) => r.id === id);
}

import type { EvidenceProblem, CheckId } from "./check";
import type { EvidenceItem } from "./evidence";
import type { EvidenceClass } from "./lexicon";
import type { Reference } from "./references";

export const CLASS_NAMES: Record<EvidenceClass, string> = {
  "human-rct": "ランダム化比較試験",
  "human-controlled": "対照のある臨床研究",
  "human-case-series": "対照群のない臨床研究(症例集積)",
  "systematic-review": "システマティックレビュー・メタ解析",
  guideline: "診療ガイドライン・添付文書",
  "narrative-review": "総説(レビュー)",
  animal: "動物実験",
  "in-vitro": "細胞実験(in vitro)",
  unknown: "種類の分からない文献"
};

export const EVIDENCE_BASIS = "医療広告ガイドライン 第3の1(3) 誇大広告「科学的根拠が乏しい情報」(事例解説書 第4版 (11))";
export const PRODUCT_BASIS = "薬機法 第66条";

export function basisOf(problem: { product: boolean }): string {
  return problem.product ? `${EVIDENCE_BASIS}; ${PRODUCT_BASIS}` : EVIDENCE_BASIS;
}

/** 「[3] Chen 2008「Pharmacologic doses …」」: how a message names a reference. */
export function referenceName(ref: Reference): string {
  const who = [ref.firstAuthor, ref.year].filter(Boolean).join(" ");
  const title = ref.title.length > 40 ? `${ref.title.slice(0, 40)}…` : ref.title;
  return `[${ref.footnote ? `^${ref.footnote}` : ref.number}] ${who}${who ? " " : ""}「${title}」`;
}

function wordsOf(items: EvidenceItem[]): string {
  const words = [...new Set(items.flatMap((i) => i.words))].slice(0, 3);
  return words.length > 0 ? `「${words.join("」「")}」` : "";
}

export const REWRITES: Record<CheckId, string> = {
  "evidence-unsupported-claim": "◯名を対象とした臨床研究で、△△が報告されています(文献1)。効果には個人差があります",
  "evidence-animal-extrapolation": "動物実験では◯◯が報告されていますが、ヒトでの効果は確認されていません",
  "evidence-animal-only": "動物実験では◯◯が報告されていますが、ヒトでの効果は確認されていません",
  "evidence-citation-nonhuman": "マウスを用いた研究で◯◯が報告されています(文献1)。ヒトでの効果は確認されていません",
  "evidence-claim-stronger": "◯名を対象とした対照群のない研究で△△が報告されています(文献1)。有効性は確立していません",
  "evidence-proof-uncited": "◯名を対象とした臨床試験で△△が報告されています(文献1)",
  "evidence-knowledge-uncited": "◯◯を対象とした研究で△△が報告されています(文献1)。ヒトでの効果は確認されていません",
  "evidence-hedged-unsupported": "△△が期待されていますが、効果には個人差があり、持続期間も分かっていません"
};

function what(problem: EvidenceProblem): string {
  const refs = problem.refs.map(referenceName).join("、");
  const serious = problem.serious ? `「${problem.serious}」に関わる主張は特に慎重さが必要です。` : "";
  switch (problem.id) {
    case "evidence-unsupported-claim":
      return `人での効果を断定していますが、ヒトを対象とした研究の引用も記述もありません。${serious}`;
    case "evidence-animal-extrapolation":
      return `${wordsOf(problem.evidence.filter((i) => i.via === "words")) || "動物・細胞での実験"}の結果から、人での効果を言い切っています。動物や細胞での結果はヒトに当てはまるとは限りません。${serious}`;
    case "evidence-animal-only":
      return `この主張の根拠は動物実験・細胞実験${refs ? `(${refs})` : wordsOf(problem.evidence)}だけで、ヒトでの研究が示されていません。${serious}`;
    case "evidence-citation-nonhuman":
      return `引用している ${refs} は${[...new Set(problem.refs.map((r) => CLASS_NAMES[r.cls]))].join("・")}で、人での効果の根拠にはなりません。${serious}`;
    case "evidence-claim-stronger":
      return `根拠は${[...new Set(problem.refs.map((r) => CLASS_NAMES[r.cls]))].join("・") || CLASS_NAMES["human-case-series"]}${refs ? `(${refs})` : wordsOf(problem.evidence)}で、「${problem.claim?.reportWord ?? problem.claim?.word ?? ""}」と言い切れるだけの強さがありません。${serious}`;
    case "evidence-proof-uncited":
      return "研究や論文で証明・確認されたと書いていますが、どの研究か(対象・人数・文献)が示されていません。";
    case "evidence-knowledge-uncited":
      return "効果を「分かっている」事実として書いていますが、根拠となる研究が示されていません。";
    case "evidence-hedged-unsupported":
      return "効果を述べていますが、根拠となるヒトでの研究も、効果の限界(個人差・持続期間など)も書かれていません。";
  }
}

/** What is wrong with the claim (the message's problem sentence). */
export function problemText(problem: EvidenceProblem): string {
  return what(problem);
}

export function rewritesOf(problem: EvidenceProblem): string[] {
  return [REWRITES[problem.id]];
}

/** What is wrong with a reference list whose entries no sentence cites. */
export function unlinkedProblem(unlinked: Reference[], total: number): string {
  const names = unlinked.slice(0, 3).map(referenceName).join("、");
  return `文献 ${unlinked.length}/${total} 件(${names}${unlinked.length > 3 ? " ほか" : ""})が、本文のどの文からも番号で引用されておらず、どの記述がどの研究(ヒトの臨床研究か動物実験か)に基づくのか読み手に分かりません。`;
}

export const UNLINKED_REWRITE = "「…が報告されています(文献1)」のように、根拠にした文の末尾に文献番号を付けます";

/** What each check finds, for --explain and the id reference (the message says it of one sentence). */
export const CHECK_DESCRIPTIONS: Record<CheckId, string> = {
  "evidence-unsupported-claim": "人での効果を断定しているのに、ヒトを対象とした研究の引用も記述もない文です。重い病気についての主張はエラーです。",
  "evidence-animal-extrapolation": "動物実験・細胞実験の結果から、人での効果を言い切っている文です。動物や細胞での結果はヒトに当てはまるとは限りません。",
  "evidence-animal-only": "主張の根拠として示されているのが動物実験・細胞実験だけで、ヒトでの研究が示されていない文です。",
  "evidence-citation-nonhuman": "引用している文献が動物実験・細胞実験・総説などで、人での効果の根拠にならない文です。",
  "evidence-claim-stronger": "根拠が対照群のない研究などで、文の言い切り方(「改善します」)が根拠より強い文です。",
  "evidence-proof-uncited": "研究や論文で「証明」「確認」されたと書きながら、どの研究か(対象・人数・文献)を示していない文です。",
  "evidence-knowledge-uncited": "効果を「分かっている」事実として書きながら、根拠となる研究を示していない文です。",
  "evidence-hedged-unsupported": "効果を控えめに述べているが、根拠となるヒトでの研究も効果の限界(個人差・持続期間など)も書かれていない文です(情報)。"
};

export const CHECK_IDS = Object.keys(CHECK_DESCRIPTIONS) as CheckId[];

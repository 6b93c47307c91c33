// Synthetic clinic columns for benchmarks: deterministic (seeded), distinct per call so that no
// cache is hit across runs.
const CLAIMS = [
  "当院の{T}は、慢性的な{S}を根本から改善します。",
  "{T}は副作用の心配はありません。",
  "今なら{T}が初回限定で半額です。",
  "{T}の効果は{N}週間ほど続くと報告されています。",
  "{S}の原因はさまざまで、{T}が適さない場合もあります。",
  "施術後に腫れや内出血が出ることがあります。",
  "{T}の費用は1回{N}0,000円(税込)です。",
  "{S}でお悩みの方は、まず医師にご相談ください。",
  "治療期間の目安は{N}か月、通院回数は{N}回程度です。",
  "効果には個人差があり、必ず治るわけではありません。"
];
const NEUTRAL = [
  "駅から徒歩{N}分の場所にあり、土曜日も診療しています。",
  "院内は段差のない造りで、車椅子でもお越しいただけます。",
  "受付では保険証と診察券をご提示ください。",
  "駐車場は{N}台分をご用意しています。",
  "季節の変わり目は体調を崩しやすい時期です。"
];
const T = ["PRP療法", "ヒアルロン酸注入", "幹細胞上清液点滴", "医療脱毛", "ホワイトニング", "インプラント"];
const S = ["ひざの痛み", "肩こり", "肌のくすみ", "薄毛", "歯の黄ばみ", "腰痛"];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A Markdown column of about `chars` characters. `neutralOnly` writes prose with no candidate phrase. */
export function column(chars, seed, neutralOnly = false) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const lines = [`# コラム ${seed}`, ""];
  let length = 0;
  let n = 0;
  while (length < chars) {
    const paragraph = [];
    for (let i = 0; i < 4; i++) {
      const sentence = pick(neutralOnly ? NEUTRAL : r() < 0.7 ? CLAIMS : NEUTRAL)
        .replace(/\{T\}/g, () => pick(T))
        .replace(/\{S\}/g, () => pick(S))
        .replace(/\{N\}/g, () => String(1 + Math.floor(r() * 9)) + String(n++));
      paragraph.push(sentence);
    }
    const text = paragraph.join("");
    lines.push(text, "");
    length += text.length;
  }
  return lines.join("\n");
}

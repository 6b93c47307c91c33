import { tokenize } from "../../src/nlp/tokens";
import { claimsOf, type Claim } from "../../src/checks/evidence/claims";
import { evidenceVocabulary } from "../../src/checks/evidence/vocabulary";

async function claims(text: string): Promise<Claim[]> {
  return claimsOf(await tokenize(text), text, await evidenceVocabulary());
}

/** The mode of the sentence's last claim (its main predicate), or "none". */
async function modeOf(text: string): Promise<string> {
  const found = await claims(text);
  const last = found[found.length - 1];
  return last ? (last.report ? `${last.mode}:${last.report}` : last.mode) : "none";
}

describe("efficacy claims read from morphology", () => {
  test.each([
    // certain
    ["この点滴で、つらい頭痛が和らぎます。", "certain"],
    ["当院の治療で肩の痛みを軽減します。", "certain"],
    ["むくみが解消され、足が軽くなります。", "certain"],
    ["関節の修復を促す効果があります。", "certain"],
    ["冷えにくい体をつくります。", "certain"],
    ["このサプリは骨の健康維持に役立つ成分です。", "certain"],
    ["皮膚の再生を促す点が、この治療の特長です。", "certain"],
    // hedged
    ["頭痛の軽減が期待できます。", "hedged"],
    ["頭痛を和らげる可能性があります。", "hedged"],
    ["痛みを抑えると考えられています。", "hedged"],
    // reported
    ["頭痛の日数が減少したと報告されています。", "reported:study"],
    ["炎症を抑える作用があることが分かっています。", "reported:knowledge"],
    ["この治療の有効性が証明されました。", "reported:proof"],
    // past
    ["注射の翌週には痛みが軽減しました。", "past"],
    ["痛みが軽減し始め、その状態は1か月続きました。", "past"]
  ])("%s → %s", async (text, mode) => {
    expect(await modeOf(text)).toBe(mode);
  });

  test.each([
    ["痛みを和らげる物質が含まれています。", "modifies a noun"],
    ["痛みが必ず和らぐわけではありません。", "negated"],
    ["治療で痛みがなくなるとは限りません。", "negated"],
    ["症状の改善を目指して治療を行います。", "a goal"],
    ["見た目の改善のみを目的とする場合は自費になります。", "a purpose"],
    ["吐き気を抑えるため、少ない量から始めます。", "a purpose"],
    ["副作用が軽くなるまで、量を調整します。", "about side effects"],
    ["どのように痛みを和らげるのかを解説します。", "an embedded question"],
    ["「痛みが消える」という表現は使えません。", "quoted as an expression"],
    ["改善度は、二つの群で差がありませんでした。", "a noun compound"]
  ])("%s is no claim (%s)", async (text) => {
    expect(await claims(text)).toEqual([]);
  });

  test("the reported span is the clause of the claim, with its object", async () => {
    const text = "これらの因子が神経細胞の生存を支え、痛みの原因そのものに働きかけます。";
    const found = await claims(text);
    const last = found[found.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe("痛みの原因そのものに働きかけます");
  });

  test("a citation marker after the predicate does not hide the claim", async () => {
    const text = "代謝が改善します[1]。";
    const tokens = await tokenize(text);
    expect(claimsOf(tokens, text, await evidenceVocabulary(), [[8, 11]]).map((c) => c.mode)).toEqual(["certain"]);
  });
});

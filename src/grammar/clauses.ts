import { lemmaOf, type Token } from "../nlp/tokens";
import { derived } from "./data";

const words = derived((g) => g);

/** Where a clause ends: punctuation, or a conjunctive particle that starts a new clause. */
export function endsClause(token: Token): boolean {
  const g = words();
  if (g.punctuation.has(token.surface_form)) return true;
  return token.pos === "助詞" && token.pos_detail_1 === "接続助詞" && g.conjunctions.has(token.surface_form);
}

/** A sentence-final mark (。！？), not a comma. */
export function endsSentence(token: Token): boolean {
  return token.pos === "記号" && token.pos_detail_1 === "句点";
}

const AUXILIARY_VERB_DETAILS = new Set(["接尾", "非自立"]);

/** The last token of the predicate that starts at p: auxiliaries, ている/ていく, される/できる, にくい. */
export function chainEnd(tokens: Token[], p: number): number {
  let j = p;
  for (;;) {
    const next = tokens[j + 1];
    const after = tokens[j + 2];
    if (!next) return j;
    if (next.pos === "助動詞" && lemmaOf(next) !== "だ" && lemmaOf(next) !== "です") j++;
    else if (next.pos === "助動詞" && (lemmaOf(next) === "だ" || lemmaOf(next) === "です") && tokens[j]!.pos !== "名詞") j++;
    else if (next.pos === "動詞" && AUXILIARY_VERB_DETAILS.has(next.pos_detail_1)) j++;
    else if (next.pos === "形容詞" && next.pos_detail_1 === "非自立") j++;
    else if (next.pos === "動詞" && ["する", "できる"].includes(lemmaOf(next)) && tokens[j]!.pos === "名詞") j++;
    else if (next.pos === "動詞" && lemmaOf(next) === "なる" && tokens[j]!.pos === "形容詞") j++;
    else if (next.pos === "助詞" && (next.surface_form === "て" || next.surface_form === "で") && after?.pos === "動詞" && AUXILIARY_VERB_DETAILS.has(after.pos_detail_1)) j++;
    else return j;
  }
}

/** Whether the predicate at p only modifies the noun after it (「論文で報告される新しい知見」). */
export function modifiesNoun(tokens: Token[], p: number): boolean {
  const next = tokens[chainEnd(tokens, p) + 1];
  if (!next) return false;
  return (next.pos === "名詞" && !["非自立", "接尾"].includes(next.pos_detail_1)) || ["形容詞", "連体詞", "接頭詞"].includes(next.pos);
}

/** First token of the clause holding token i (after a comma or a clause conjunction). */
export function clauseStart(tokens: Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (endsClause(tokens[j]!)) return j + 1;
  return 0;
}

/** Index of the token that ends the clause holding token i (exclusive of later clauses). */
export function clauseEnd(tokens: Token[], i: number): number {
  for (let j = i; j < tokens.length; j++) if (endsClause(tokens[j]!)) return j;
  return tokens.length;
}

export type Link = "final" | "coordinate" | "concessive" | "conditional" | "complement";

/**
 * How the clause that holds token i joins the rest of the sentence. A complement (治ること|は,
 * 治るか|どうか, 安全|と|言い切れない) is governed by the next clause's predicate; a concession
 * (医師でも、) grants its content; a condition (続ければ、) makes it hypothetical.
 */
export function linkOf(tokens: Token[], i: number): { link: Link; next: number } {
  const g = words();
  const end = clauseEnd(tokens, i);
  const boundary = tokens[end];
  if (!boundary || endsSentence(boundary)) return { link: "final", next: end + 1 };
  // The words just before the boundary: 修復すること|は|、  治るか|どうか|は|、  医師|で|も|、
  let k = end - 1;
  const particles: string[] = [];
  while (k > i && tokens[k]!.pos === "助詞" && ["係助詞", "副助詞", "格助詞", "並立助詞"].includes(tokens[k]!.pos_detail_1)) particles.unshift(tokens[k--]!.surface_form);
  const head = tokens[k];
  const surface = boundary.surface_form;
  if (boundary.pos === "助詞" && g.concessive.has(surface)) return { link: "concessive", next: end + 1 };
  if (boundary.pos === "助詞" && g.conditional.has(surface)) return { link: "conditional", next: end + 1 };
  if (particles.join("") === "でも" || particles.join("") === "ても") return { link: "concessive", next: end + 1 };
  if (head && (g.nominalizers.has(head.surface_form) && head.pos === "名詞")) return { link: "complement", next: end + 1 };
  if (head && head.pos === "助詞" && g.questionComplements.has(head.surface_form)) return { link: "complement", next: end + 1 };
  if (particles.length > 0 && g.listingParticles.has(particles[particles.length - 1]!)) return { link: "complement", next: end + 1 };
  if (head?.surface_form === "どう" && tokens[k - 1]?.surface_form === "か") return { link: "complement", next: end + 1 };
  if (particles.length > 0 && g.quotatives.has(particles.join(""))) return { link: "complement", next: end + 1 };
  if (particles[0] && g.quotatives.has(particles[0]) && head && ["動詞", "形容詞", "助動詞"].includes(head.pos)) return { link: "complement", next: end + 1 };
  if (head && g.conditional.has(head.surface_form) && head.pos === "助動詞") return { link: "conditional", next: end + 1 };
  if (head && head.conjugated_form === "仮定形") return { link: "conditional", next: end + 1 };
  return { link: "coordinate", next: end + 1 };
}

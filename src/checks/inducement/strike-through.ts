import type { DictionaryMatch, PageContext } from "../../page/context";
import { sourceSpan } from "../../model/document";
import type { Finding } from "../finding";
import { inducementLexicon } from "./lexicon";

/** TxtAST nodes read loosely: the markdown and html plugins name strike-through differently. */
interface LooseNode {
  type: string;
  value?: unknown;
  range: readonly [number, number];
  children?: LooseNode[];
}

/** Markdown ~~…~~ is a Delete node; textlint-plugin-html keeps the tag name (del, s, strike) as the type. */
const STRIKE_NODE_TYPES = new Set(["Delete", "del", "s", "strike"]);
const OPEN_TAG = /^<(del|s|strike)(?:\s[^>]*)?>$/i;
const CLOSE_TAG = /^<\/(del|s|strike)\s*>$/i;

export interface StruckText {
  /** Source range of the struck text (without the ~~ or tags). */
  start: number;
  end: number;
  text: string;
}

function textOf(nodes: LooseNode[]): { text: string; start: number; end: number } | undefined {
  const parts: LooseNode[] = [];
  const collect = (node: LooseNode) => {
    if (node.type === "Str" && typeof node.value === "string") parts.push(node);
    for (const child of node.children ?? []) collect(child);
  };
  nodes.forEach(collect);
  if (parts.length === 0) return undefined;
  return {
    text: parts.map((p) => p.value as string).join(""),
    start: parts[0]!.range[0],
    end: parts[parts.length - 1]!.range[1]
  };
}

/** Every struck-through span of the document: Delete/del/s/strike nodes and <del>…</del> written inline in Markdown. */
export function struckTexts(root: LooseNode): StruckText[] {
  const found: StruckText[] = [];
  const visit = (node: LooseNode) => {
    if (STRIKE_NODE_TYPES.has(node.type)) {
      const inner = textOf(node.children ?? []);
      if (inner) found.push(inner);
      return;
    }
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const open = child.type === "Html" && typeof child.value === "string" ? OPEN_TAG.exec(child.value.trim()) : null;
      if (open) {
        const close = children.findIndex(
          (c, j) => j > i && c.type === "Html" && typeof c.value === "string" && CLOSE_TAG.exec(c.value.trim())?.[1]?.toLowerCase() === open[1]!.toLowerCase()
        );
        if (close > i) {
          const inner = textOf(children.slice(i + 1, close));
          if (inner) found.push(inner);
          i = close;
          continue;
        }
      }
      visit(child);
    }
  };
  visit(root);
  return found;
}

/**
 * Struck-through prices (「~~30,000円~~ 19,800円」): a double price shown with markup, which the
 * sentence text alone does not reveal. A struck price already reported by a dictionary entry of the
 * rule (the arrow form 「30,000円→19,800円」) is not reported twice.
 */
export function strikeThroughPriceFindings(page: PageContext, matches: DictionaryMatch[]): Finding[] {
  const { strikeThrough: check } = inducementLexicon();
  const prices = check.price.map((source) => new RegExp(source, "u"));
  const reported = matches.map((m) => sourceSpan(m.sentence, m.start, m.end));
  return struckTexts(page.root as unknown as LooseNode)
    .filter((struck) => prices.some((p) => p.test(struck.text)))
    .filter((struck) => !reported.some(([start, end]) => start < struck.end && struck.start < end))
    .map((struck) => ({
      start: struck.start,
      end: struck.end,
      phrase: struck.text,
      problem: check.message,
      severity: check.severity,
      id: check.id,
      category: "inducement",
      basis: check.basis,
      rewrites: check.rewrites
    }));
}

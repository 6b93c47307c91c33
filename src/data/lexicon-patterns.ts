import { z } from "zod";
import { parseLexicon, readLexicon } from "./lexicon";

export { parseLexicon, readLexicon };

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** A list of regular expressions (as strings); each must compile. */
export const patternList = z.array(
  z
    .string()
    .min(1)
    .refine(compiles, { message: "正規表現として読めません" })
);

/** One RegExp matching any of the patterns (global, so that every match can be listed). */
export function anyOf(patterns: readonly string[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p})`).join("|"), "g");
}

import { extname } from "node:path";
import { TextlintKernel, type TextlintKernelDescriptor } from "@textlint/kernel";
import type { TextlintFixResult, TextlintResult } from "@textlint/types";

export interface Engine {
  lintText(text: string, filePath: string): Promise<TextlintResult>;
  fixText(text: string, filePath: string): Promise<TextlintFixResult>;
}

/**
 * textlint's kernel with a descriptor: what textlint's createLinter().lintText/fixText do, without
 * importing the textlint package (the CLI needs only the kernel).
 */
export function createEngine(descriptor: TextlintKernelDescriptor): Engine {
  const kernel = new TextlintKernel({});
  const base = descriptor.toKernelOptions();
  const clean = (filePath: string) => ({ filePath, messages: [] });
  return {
    lintText: (text, filePath) =>
      blankHtml(text, filePath) ? Promise.resolve(clean(filePath)) : withoutText(kernel.lintText(text, { ext: extname(filePath), filePath, ...base }), text, filePath, () => clean(filePath)),
    fixText: (text, filePath) =>
      blankHtml(text, filePath)
        ? Promise.resolve({ ...clean(filePath), applyingMessages: [], remainingMessages: [], output: text })
        : withoutText(kernel.fixText(text, { ext: extname(filePath), filePath, ...base }), text, filePath, () => ({ ...clean(filePath), applyingMessages: [], remainingMessages: [], output: text }))
  };
}

/**
 * textlint-plugin-html builds an AST without positions for a file that is empty or only white space,
 * and textlint's kernel rejects it ("AST is missing location information"): such a file has nothing
 * to check, and is clean rather than a file that could not be checked.
 */
function blankHtml(text: string, filePath: string): boolean {
  return /^\.html?$/i.test(extname(filePath)) && text.replace(/^\uFEFF/, "").trim() === "";
}

/**
 * The same for markup with no text at all (a stray 「</p>」): the parser drops it and the AST has no
 * positions. Only when the kernel refuses the AST for that reason and there is no text outside tags
 * and comments; any other failure is the file's error.
 */
async function withoutText<T>(result: Promise<T>, text: string, filePath: string, empty: () => T): Promise<T> {
  try {
    return await result;
  } catch (error) {
    // (Control characters, which the parser drops, are no text either.)
    const textless = text.replace(/^\uFEFF/, "").replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]*>/g, "").replace(/[\u0000-\u001F\u007F]/g, "").trim() === "";
    if (/^\.html?$/i.test(extname(filePath)) && textless && /missing location information/.test(String((error as Error).message))) return empty();
    throw error;
  }
}

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
  return {
    lintText: (text, filePath) => (blankHtml(text, filePath) ? Promise.resolve({ filePath, messages: [] }) : kernel.lintText(text, { ext: extname(filePath), filePath, ...base })),
    fixText: (text, filePath) =>
      blankHtml(text, filePath) ? Promise.resolve({ filePath, messages: [], applyingMessages: [], remainingMessages: [], output: text }) : kernel.fixText(text, { ext: extname(filePath), filePath, ...base })
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

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
    lintText: (text, filePath) => kernel.lintText(text, { ext: extname(filePath), filePath, ...base }),
    fixText: (text, filePath) => kernel.fixText(text, { ext: extname(filePath), filePath, ...base })
  };
}

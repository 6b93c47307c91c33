import type { TextlintRuleContext, TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { analyze } from "../page/analyze";
import type { DocumentModel } from "../model/document";
import { dictionaryFor } from "../match/user";
import { reportFinding, type CommonRuleOptions, type Finding } from "./report";
import { oneLine } from "../report/message";

/**
 * A rule that reads the whole page (the shared analysis, so the page is split once for all rules)
 * and reports what its check returns.
 */
export function createDocumentRule<O extends CommonRuleOptions>(check: (doc: DocumentModel, options: O) => Finding[]): TextlintRuleModule<O> {
  const reporter: TextlintRuleReporter<O> = (context: Readonly<TextlintRuleContext>, rawOptions) => {
    const options = (rawOptions ?? {}) as O;
    const { Syntax } = context;
    return {
      async [Syntax.Document](node) {
        const root = node as unknown as TxtParentNode;
        const dictionary = await dictionaryFor([], context.getConfigBaseDir?.() ?? process.cwd());
        const analysis = await analyze(root, context.getSource(), dictionary);
        for (const finding of check(analysis.document, options)) reportFinding(context, node, finding, options);
      }
    };
  };
  return reporter as TextlintRuleModule<O>;
}

/** `"phrase"` as every message starts: the reported phrase on one line (vscode-textlint sizes its squiggle from it). */
export function quoted(phrase: string): string {
  return `"${oneLine(phrase)}"`;
}

import { existsSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { lintText } from "../helpers/lint";
import { oneLine } from "../../src/report/message";

/**
 * The released vscode-textlint sizes its squiggle from the first ASCII-quoted text of the message and
 * ignores the range: every message of every rule must open with the reported phrase in "…".
 * Sample columns full of problems: ours, and the project's example column when it exists.
 */
const COLUMNS = [
  join(__dirname, "fixtures/column.md"),
  join(__dirname, "fixtures/column.html"),
  resolve(__dirname, "../../examples/column.md")
].filter((file) => existsSync(file));

/** The source range as plain text: the message quotes what the writer reads, without inline markup. */
function plainText(source: string): string {
  return source
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/\*\*|__|~~|[*_`]/g, "");
}

describe.each(COLUMNS)("messages on %s", (file) => {
  const text = readFileSync(file, "utf8");

  it("start with the reported phrase in ASCII double quotes, on one line", async () => {
    const messages = await lintText(text, extname(file) as ".md" | ".html");
    // The sample must exercise several rules, or this test proves little.
    expect(new Set(messages.map((m) => m.ruleId)).size).toBeGreaterThanOrEqual(4);
    for (const message of messages) {
      const where = `${message.ruleId} at ${message.loc.start.line}:${message.loc.start.column}: ${message.message}`;
      expect(message.message, where).toMatch(/^"[^"\n]+" /);
      expect(message.message, where).not.toContain("\n");
      const phrase = /^"([^"]*)"/.exec(message.message)![1];
      // The quoted phrase is the reported range (as plain text on one line), so the squiggle starts on it
      // and covers it (exactly, when the phrase has no inline markup inside).
      expect(phrase, where).toBe(oneLine(plainText(text.slice(message.range[0], message.range[1]))));
    }
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";

/**
 * `textlint --mcp` (textlint 15) serves the configured rules to AI writing assistants over MCP.
 * An MCP client starts it as an assistant would, lists its tools and lints a violating sentence.
 */
const TEXTLINT_BIN = require.resolve("textlint/bin/textlint.js");

interface LintTextContent {
  messages: { ruleId?: string; message: string; severity: number }[];
  isError: boolean;
}

describe("textlint --mcp with this preset", { timeout: 180_000 }, () => {
  let dir: string;
  let client: Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "medical-ad-mcp-"));
    writeFileSync(join(dir, ".textlintrc.json"), JSON.stringify({ rules: { "preset-medical-ad-ja": true } }));
    client = new Client({ name: "medical-ad-lint-test", version: "1.0.0" });
    // The server reads .textlintrc.json from its working directory, as it does in a user's project.
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [TEXTLINT_BIN, "--mcp"], cwd: dir, stderr: "pipe" }));
  });
  afterAll(async () => {
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists textlint's lint tools", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(["lintText", "lintFile", "getLintFixedTextContent"]));
  });

  it("lintText runs the preset: an overclaim is reported by no-overclaim, a risk disclosure is not", async () => {
    const violating = await client.callTool({ name: "lintText", arguments: { text: "慢性疼痛を根本から改善します。", stdinFilename: "column.md" } });
    const content = violating.structuredContent as unknown as LintTextContent;
    expect(content.isError).toBe(false);
    const overclaim = content.messages.filter((m) => m.ruleId === "medical-ad-ja/no-overclaim");
    expect(overclaim).toHaveLength(1);
    expect(overclaim[0]!.message).toMatch(/^"根本から" /);
    expect(overclaim[0]!.severity).toBe(2);

    const clean = await client.callTool({ name: "lintText", arguments: { text: "副作用として腫れが出ることがあります。", stdinFilename: "column.md" } });
    expect((clean.structuredContent as unknown as LintTextContent).messages).toEqual([]);
  });
});

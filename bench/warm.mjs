// Warm re-lint of a draft after one edit, through textlint's Node API as vscode-textlint does
// (loadTextlintrc → createLinter → lintText on every change, one linter kept for the session).
// usage: node bench/warm.mjs CHARS EDITS  → JSON on stdout
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { CorpusGenerator } from "./corpus.mjs";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("..", import.meta.url));
const chars = Number(process.argv[2] ?? 10_000);
const edits = Number(process.argv[3] ?? 15);

const { createLinter, loadTextlintrc } = require("textlint");
const descriptor = await loadTextlintrc({ configFilePath: `${root}.textlintrc.json` });
const linter = createLinter({ descriptor });
const generator = new CorpusGenerator(424242);
let draft = generator.column(3, chars);

const now = () => performance.now();
let t = now();
const first = await linter.lintText(draft, "draft.md");
const firstMs = now() - t;
t = now();
await linter.lintText(draft, "draft.md");
const unchangedMs = now() - t;

// Each edit rewrites one sentence of a body paragraph, as a writer does between two keystroke pauses.
const times = [];
for (let i = 0; i < edits; i++) {
  const lines = draft.split("\n");
  const bodies = lines.map((line, index) => ({ line, index })).filter(({ line }) => /。$/.test(line) && !/^[#|\-\d]/.test(line));
  const { line, index } = bodies[(i * 7) % bodies.length];
  const sentences = line.split(/(?<=。)/);
  const at = (i * 3) % sentences.length;
  sentences[at] = generator.sentence("body", { dept: "内科", treatments: ["生活習慣病の管理"], symptoms: ["高血圧"], parts: ["血管"], causes: ["塩分の多い食事"], risks: ["めまい"] }, "中央クリニック");
  lines[index] = sentences.join("");
  draft = lines.join("\n");
  t = now();
  await linter.lintText(draft, "draft.md");
  times.push(now() - t);
}
times.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    chars: draft.length,
    firstLintMs: firstMs,
    unchangedRelintMs: unchangedMs,
    editRelintMs: times,
    medianEditRelintMs: times[Math.floor(times.length / 2)],
    findings: first.messages.length
  })
);

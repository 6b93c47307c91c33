// npm run bench: speed and memory of the preset against the cost of tokenizing the text once.
// Quotes medians over several runs, measured in one process; numbers are for comparison on one
// machine, not targets for unit tests.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { column } from "./corpus.mjs";

const require = createRequire(import.meta.url);
const { createLinter, loadTextlintrc } = require("textlint");
const { getTokenizer } = require("kuromojin");
const root = fileURLToPath(new URL("..", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t) => Number(t.toFixed(1));

async function time(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// A fresh process lints a page with no candidate phrase: it should never load kuromoji.
const cleanProbe = `
  const { createLinter, loadTextlintrc } = require("textlint");
  (async () => {
    const linter = createLinter({ descriptor: await loadTextlintrc() });
    const text = require(process.argv[1]);
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    await linter.lintText(text, "clean.md");
    const t1 = performance.now();
    console.log(JSON.stringify({ ms: t1 - t0, rssMB: process.memoryUsage().rss / 2 ** 20, kuromojiLoaded: Object.keys(require.cache).some((k) => k.includes("/kuromoji/src/")) && process.memoryUsage().arrayBuffers > 100 * 2 ** 20 }));
  })();
`;

const descriptor = await loadTextlintrc({ configFilePath: `${root}/.textlintrc.json` });
const linter = createLinter({ descriptor });
// kuromoji itself, without kuromojin's cache: the baseline is tokenizing each sentence once.
const tokenizer = await getTokenizer(); // load the dictionary outside the measurements
await linter.lintText(column(2000, 1), "warmup.md");

const rows = [];
for (const size of [10_000, 50_000]) {
  const tokenizeTimes = [];
  const lintTimes = [];
  for (let run = 0; run < RUNS; run++) {
    const text = column(size, size + run * 7919);
    // Baseline: tokenize every sentence of the text once (what the preset must not exceed by much).
    const sentences = text.split(/(?<=[。！？\n])/).filter((s) => s.trim());
    tokenizeTimes.push(await time(async () => { for (const s of sentences) tokenizer.tokenize(s); }));
    const fresh = column(size, size + run * 7919 + 1);
    lintTimes.push(await time(() => linter.lintText(fresh, `bench-${size}-${run}.md`)));
  }
  const lint = median(lintTimes);
  const base = median(tokenizeTimes);
  rows.push({ chars: size, lintMs: ms(lint), tokenizeOnceMs: ms(base), ratio: Number((lint / base).toFixed(2)), charsPerSecond: Math.round(size / (lint / 1000)) });
}

const cleanText = column(10_000, 99, true);
const probeFile = `${root}/.bench-clean.json`;
require("node:fs").writeFileSync(probeFile, JSON.stringify(cleanText));
const clean = JSON.parse(execFileSync(process.execPath, ["-e", cleanProbe, probeFile], { cwd: root, encoding: "utf8" }));
require("node:fs").rmSync(probeFile);

console.log(`runs per size: ${RUNS} (median)`);
console.table(rows);
console.log(`clean 10k-char page in a fresh process: ${ms(clean.ms)} ms, rss ${Math.round(clean.rssMB)} MB, kuromoji dictionary loaded: ${clean.kuromojiLoaded}`);
console.log(`process rss after the runs: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);

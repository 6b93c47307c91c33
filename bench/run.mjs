// npm run bench [-- --quick | --full] [--reps N] [--sizes 1,10,100] [--out FILE]
//
// Measures the preset fairly, in one run, on a deterministic corpus of distinct clinic columns
// (bench/corpus.mjs), and writes the figures as JSON (bench/results/<mode>.json by default):
//
//   floor      textlint parsing the files with no rules, plus loading kuromoji and tokenizing every
//              sentence once, in one process (bench/floor.mjs)
//   cli        the preset through medical-ad-lint --jobs 1 (and with its default --jobs)
//   textlint   the preset through textlint's own CLI and this repository's .textlintrc.json
//   prh        textlint-rule-prh with the project's vocabulary (scripts/export-prh.mjs): a plain
//              dictionary linter, the reference for what string matching alone costs
//
// Every measurement is a fresh process (wall time from spawn to exit, peak RSS from the process
// itself through bench/hook.cjs), repeated in pairs: each repetition runs every command once on the
// same files, in a rotated order, and the ratios are taken within a repetition (median of the paired
// ratios). Then: the warm re-lint of a 10,000-character draft after one edit through textlint's Node
// API (bench/warm.mjs), kuromoji's own memory, and the clean-page probe, which FAILS (exit code 1)
// when linting a page with no candidate phrase loads kuromoji's dictionary.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { availableParallelism, cpus, freemem, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { columns, CorpusGenerator, shortParagraphs } from "./corpus.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const full = flag("--full");
const mode = full ? "full" : "quick";
const sizes = option("--sizes", full ? "1,10,100,1000" : "1,10,30").split(",").map(Number);
const reps = Number(option("--reps", full ? 3 : 3));
const outFile = option("--out", join(root, "bench", "results", `${mode}.json`));

const work = mkdtempSync(join(tmpdir(), "medical-ad-bench-"));
const HOOK = join(root, "bench", "hook.cjs");
const BIN = join(root, "bin", "medical-ad-lint.js");
const TEXTLINT = join(root, "node_modules", "textlint", "bin", "textlint.js");
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, digits = 0) => Number(x.toFixed(digits));

/** Runs one command in a fresh process: wall ms, peak RSS, whether kuromoji loaded, stdout. */
function measure(command, commandArgs, { cwd = root } = {}) {
  const hookOut = join(work, `hook-${process.hrtime.bigint()}.json`);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--require", HOOK, command, ...commandArgs], {
      cwd,
      env: { ...process.env, BENCH_HOOK_OUT: hookOut, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      let hook = { maxRssKB: NaN, kuromojiLoaded: undefined };
      try {
        hook = JSON.parse(readFileSync(hookOut, "utf8"));
      } catch {}
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (code !== 0 && code !== 1) reject(new Error(`${command} ${commandArgs.slice(0, 3).join(" ")} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ ms, rssMB: hook.maxRssKB / 1024, kuromojiLoaded: hook.kuromojiLoaded, stdout, stderr, code });
    });
  });
}

function countFindings(stdout) {
  try {
    return JSON.parse(stdout).reduce((n, r) => n + r.messages.length, 0);
  } catch {
    return undefined;
  }
}

// --- the corpus -------------------------------------------------------------------------------
const maxSize = Math.max(...sizes);
const corpus = columns(maxSize);
const dirs = new Map();
for (const size of sizes) {
  const dir = join(work, `columns-${size}`);
  mkdirSync(dir);
  for (let i = 0; i < size; i++) writeFileSync(join(dir, `column-${String(i + 1).padStart(4, "0")}.md`), corpus[i]);
  dirs.set(size, dir);
}
const filesOf = (size) => Array.from({ length: size }, (_, i) => join(dirs.get(size), `column-${String(i + 1).padStart(4, "0")}.md`));
const charsOf = (size) => corpus.slice(0, size).reduce((n, text) => n + text.length, 0);

// prh: the project's vocabulary exported as a prh dictionary, in a config of its own.
const prhDir = join(work, "prh");
mkdirSync(prhDir);
await measure(join(root, "scripts", "export-prh.mjs"), [join(prhDir, "prh.yml")]);
writeFileSync(join(prhDir, ".textlintrc.json"), JSON.stringify({ rules: { prh: { rulePaths: [join(prhDir, "prh.yml")] } } }));
const presetConfig = join(root, ".textlintrc.json");

const help = readFileSync(join(root, "lib", "src", "cli", "args.js"), "utf8");
const hasJobs = help.includes("--jobs");

const COMMANDS = {
  floor: (size) => [join(root, "bench", "floor.mjs"), filesOf(size)],
  cli: (size) => [BIN, [...(hasJobs ? ["--jobs", "1"] : []), "--format", "json", dirs.get(size)]],
  // Every core, whatever the load: the default may choose fewer on a busy machine.
  ...(hasJobs ? { cliJobs: (size) => [BIN, ["--jobs", String(availableParallelism()), "--format", "json", dirs.get(size)]] } : {}),
  textlint: (size) => [TEXTLINT, ["--format", "json", "-c", presetConfig, dirs.get(size)]],
  prh: (size) => [TEXTLINT, ["--format", "json", "-c", join(prhDir, ".textlintrc.json"), dirs.get(size)]]
};
const names = Object.keys(COMMANDS);

const rows = [];
for (const size of sizes) {
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  for (let rep = 0; rep < reps; rep++) {
    // Rotate the order so that no command always runs first (cold disk cache) or last.
    const order = names.map((_, i) => names[(i + rep) % names.length]);
    for (const name of order) {
      const [command, commandArgs] = COMMANDS[name](size);
      const result = await measure(command, commandArgs);
      runs[name].push(result);
      process.stderr.write(`  ${size} column(s) rep ${rep + 1}/${reps} ${name}: ${round(result.ms)} ms, ${round(result.rssMB)} MB\n`);
    }
  }
  const chars = charsOf(size);
  const row = { columns: size, chars };
  for (const name of names) {
    row[name] = {
      medianMs: round(median(runs[name].map((r) => r.ms))),
      runsMs: runs[name].map((r) => round(r.ms)),
      peakRssMB: round(median(runs[name].map((r) => r.rssMB))),
      kuromojiLoaded: runs[name][0].kuromojiLoaded
    };
  }
  const floorInfo = JSON.parse(runs.floor[0].stdout);
  row.floor.sentences = floorInfo.sentences;
  for (const name of ["cli", "cliJobs", "textlint", "prh"]) {
    if (!runs[name]) continue;
    row[name].findings = countFindings(runs[name][0].stdout);
    // Paired: each repetition's time over the floor of the same repetition.
    row[name].ratioToFloor = round(median(runs[name].map((r, i) => r.ms / runs.floor[i].ms)), 2);
    row[name].charsPerSecond = round(chars / (row[name].medianMs / 1000));
  }
  row.floor.charsPerSecond = round(chars / (row.floor.medianMs / 1000));
  rows.push(row);
  // A long run keeps what it has measured so far.
  mkdirSync(join(outFile, ".."), { recursive: true });
  writeFileSync(`${outFile}.partial`, `${JSON.stringify({ mode, reps, sizes: rows }, null, 2)}\n`);
}

// --- one long page of short paragraphs: time proportional to its size ------------------------------
// Full mode: 15,000 paragraphs (about 1.8 MB; the issue's 2 MB page), compared with the same number of characters spread over
// many files (the CLI's throughput on the largest corpus). Both modes: the growth ratio from 1x to 4x.
const longPages = full ? [3750, 15000] : [1000, 4000];
const longDir = join(work, "long");
mkdirSync(longDir);
const longRows = [];
for (const paragraphs of longPages) {
  const text = shortParagraphs(paragraphs);
  const file = join(longDir, `long-${paragraphs}.md`);
  writeFileSync(file, text);
  const times = [];
  let rss = [];
  for (let rep = 0; rep < reps; rep++) {
    const r = await measure(BIN, [...(hasJobs ? ["--jobs", "1"] : []), "--format", "json", file]);
    times.push(r.ms);
    rss.push(r.rssMB);
    process.stderr.write(`  long page of ${paragraphs} paragraphs rep ${rep + 1}/${reps}: ${round(r.ms)} ms, ${round(r.rssMB)} MB\n`);
  }
  longRows.push({ paragraphs, chars: text.length, bytes: Buffer.byteLength(text), medianMs: round(median(times)), peakRssMB: round(median(rss)) });
}
const largest = rows[rows.length - 1];
const longPage = {
  pages: longRows,
  growthRatio: round(longRows[1].medianMs / longRows[0].medianMs, 2),
  // The long page against the same characters spread over many files (the largest corpus' throughput).
  ratioToManyFiles: round(longRows[1].medianMs / ((longRows[1].chars / largest.cli.charsPerSecond) * 1000), 2)
};

// --- kuromoji's own memory: a bare process that loads the dictionary and tokenizes one sentence ---
const kuromojiProbe = join(work, "kuromoji-only.cjs");
writeFileSync(
  kuromojiProbe,
  `const before = process.memoryUsage().rss;
   require(${JSON.stringify(join(root, "node_modules", "kuromojin"))}).getTokenizer().then((t) => {
     t.tokenize("当院では治療の前に検査を行います。");
     process.stdout.write(JSON.stringify({ baseRssMB: before / 2 ** 20, loadedRssMB: process.memoryUsage().rss / 2 ** 20 }));
   });`
);
const kuromojiRuns = [];
for (let i = 0; i < 3; i++) {
  const r = await measure(kuromojiProbe, []);
  kuromojiRuns.push({ ...JSON.parse(r.stdout), peakRssMB: r.rssMB, ms: r.ms });
}
const memory = {
  nodeBaselineRssMB: round(median(kuromojiRuns.map((r) => r.baseRssMB))),
  kuromojiLoadedRssMB: round(median(kuromojiRuns.map((r) => r.loadedRssMB))),
  kuromojiPeakRssMB: round(median(kuromojiRuns.map((r) => r.peakRssMB))),
  kuromojiLoadMs: round(median(kuromojiRuns.map((r) => r.ms)))
};
memory.kuromojiShareMB = round(memory.kuromojiLoadedRssMB - memory.nodeBaselineRssMB);
for (const row of rows) {
  row.cli.restBeyondKuromojiMB = round(row.cli.peakRssMB - memory.kuromojiPeakRssMB);
}

// --- warm re-lint through textlint's Node API ----------------------------------------------------
const warmRuns = [];
for (let i = 0; i < reps; i++) {
  const r = await measure(join(root, "bench", "warm.mjs"), ["10000", "15"]);
  warmRuns.push(JSON.parse(r.stdout));
}
const warm = {
  chars: warmRuns[0].chars,
  medianEditRelintMs: round(median(warmRuns.map((r) => r.medianEditRelintMs)), 1),
  medianUnchangedRelintMs: round(median(warmRuns.map((r) => r.unchangedRelintMs)), 1),
  medianFirstLintMs: round(median(warmRuns.map((r) => r.firstLintMs))),
  editsPerRun: warmRuns[0].editRelintMs.length
};

// --- clean-page probe: a page with no candidate phrase must never load kuromoji ------------------
const cleanDir = join(work, "clean");
mkdirSync(cleanDir);
const cleanText = new CorpusGenerator(99).cleanPage(3500);
writeFileSync(join(cleanDir, "access.md"), cleanText);
const cleanCli = await measure(BIN, ["--format", "json", join(cleanDir, "access.md")]);
const cleanTextlint = await measure(TEXTLINT, ["--format", "json", "-c", presetConfig, join(cleanDir, "access.md")]);
const probe = {
  chars: cleanText.length,
  findings: countFindings(cleanCli.stdout),
  cliMs: round(cleanCli.ms),
  cliKuromojiLoaded: cleanCli.kuromojiLoaded,
  textlintKuromojiLoaded: cleanTextlint.kuromojiLoaded,
  pass: cleanCli.kuromojiLoaded === false && cleanTextlint.kuromojiLoaded === false
};

const result = {
  mode,
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, parallelism: availableParallelism(), cpuModel: cpus()[0]?.model, totalMemMB: round(totalmem() / 2 ** 20), freeMemMB: round(freemem() / 2 ** 20) },
  repetitions: reps,
  corpus: { seed: 20240601, columns: maxSize, meanCharsPerColumn: round(charsOf(maxSize) / maxSize) },
  sizes: rows,
  coldStart: rows.find((r) => r.columns === 1) && {
    floorMs: rows.find((r) => r.columns === 1).floor.medianMs,
    cliMs: rows.find((r) => r.columns === 1).cli.medianMs,
    ratio: rows.find((r) => r.columns === 1).cli.ratioToFloor
  },
  warm,
  memory,
  longPage,
  cleanPageProbe: probe
};
// The goals of issue 12, each with the measured value and whether it is met.
const at = (n) => rows.find((r) => r.columns === n);
const goal = (name, value, target, met) => ({ name, value, target, met });
result.goals = [
  at(100) && goal("100 columns, cli ÷ floor", at(100).cli.ratioToFloor, "≤ 1.0", at(100).cli.ratioToFloor <= 1.0),
  at(1000) && goal("1,000 columns, cli ÷ floor", at(1000).cli.ratioToFloor, "≤ 1.0", at(1000).cli.ratioToFloor <= 1.0),
  goal("warm re-lint of a 10,000-char draft after one edit (ms)", warm.medianEditRelintMs, "≤ 50", warm.medianEditRelintMs <= 50),
  result.coldStart && goal("cold start, one column, cli ÷ floor", result.coldStart.ratio, "≤ 1.1", result.coldStart.ratio <= 1.1),
  at(100) && goal("peak RSS, 100 columns, cli --jobs 1 (MB)", at(100).cli.peakRssMB, "≤ 450", at(100).cli.peakRssMB <= 450),
  at(1000) && goal("peak RSS, 1,000 columns, cli --jobs 1 (MB)", at(1000).cli.peakRssMB, "≤ 450, flat", at(1000).cli.peakRssMB <= 450),
  goal(`long page (${longRows[1].paragraphs} paragraphs) ÷ same characters over many files`, longPage.ratioToManyFiles, "about 1 (linear)", longPage.ratioToManyFiles <= 1.5),
  goal("long page growth, 4x paragraphs (time ratio)", longPage.growthRatio, "about 4", longPage.growthRatio <= 5),
  goal("clean page never loads kuromoji", probe.pass ? "not loaded" : "loaded", "not loaded", probe.pass)
].filter(Boolean);
mkdirSync(join(outFile, ".."), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
rmSync(`${outFile}.partial`, { force: true });
rmSync(work, { recursive: true, force: true });

// --- print --------------------------------------------------------------------------------------
console.log(`medical-ad-lint bench (${mode}, ${reps} paired repetitions, fresh processes, medians) — ${result.machine.cpus} CPU, node ${process.version}`);
console.table(
  rows.map((r) => ({
    columns: r.columns,
    chars: r.chars,
    "floor ms": r.floor.medianMs,
    "cli ms": r.cli.medianMs,
    "cli/floor": r.cli.ratioToFloor,
    ...(r.cliJobs ? { "cli --jobs <cores> ms": r.cliJobs.medianMs, "jobs/floor": r.cliJobs.ratioToFloor } : {}),
    "textlint ms": r.textlint.medianMs,
    "textlint/floor": r.textlint.ratioToFloor,
    "prh ms": r.prh.medianMs,
    "prh/floor": r.prh.ratioToFloor
  }))
);
console.table(
  rows.map((r) => ({
    columns: r.columns,
    "floor MB": r.floor.peakRssMB,
    "cli MB": r.cli.peakRssMB,
    ...(r.cliJobs ? { "cli --jobs <cores> MB": r.cliJobs.peakRssMB } : {}),
    "textlint MB": r.textlint.peakRssMB,
    "prh MB": r.prh.peakRssMB,
    findings: r.cli.findings
  }))
);
console.log(`cold start (1 column): cli ${result.coldStart?.cliMs} ms, floor ${result.coldStart?.floorMs} ms, ratio ${result.coldStart?.ratio}`);
console.log(`warm re-lint of a ${warm.chars}-char draft after one edit (textlint Node API): median ${warm.medianEditRelintMs} ms (unchanged ${warm.medianUnchangedRelintMs} ms, first lint ${warm.medianFirstLintMs} ms)`);
console.log(`memory: kuromoji ${memory.kuromojiShareMB} MB over a bare node (${memory.nodeBaselineRssMB} MB), peak ${memory.kuromojiPeakRssMB} MB while loading`);
console.log(`long page: ${longRows.map((r) => `${r.paragraphs} paragraphs (${round(r.bytes / 2 ** 20, 2)} MB) ${r.medianMs} ms`).join(", ")}; growth ${longPage.growthRatio}x for 4x; ${longPage.ratioToManyFiles}x the time of the same characters over many files`);
console.table(result.goals.map((g) => ({ goal: g.name, measured: g.value, target: g.target, met: g.met ? "yes" : "NO" })));
console.log(`clean-page probe (${probe.chars} chars, ${probe.findings} findings): kuromoji loaded by cli ${probe.cliKuromojiLoaded}, by textlint ${probe.textlintKuromojiLoaded} → ${probe.pass ? "PASS" : "FAIL"}`);
console.log(`written: ${outFile}`);
if (!probe.pass) process.exitCode = 1;

// Preloaded (node --require) into every process the benchmark starts: on exit the main thread
// writes its peak RSS (the whole process, worker threads included) and whether kuromoji's
// dictionary was read, to the file named by BENCH_HOOK_OUT. Worker threads preload it too; one
// that reads the dictionary leaves a marker file next to it.
"use strict";
const fs = require("node:fs");
const { isMainThread } = require("node:worker_threads");

const out = process.env.BENCH_HOOK_OUT;
if (out) {
  const marker = `${out}.kuromoji`;
  let loaded = false;
  const readFile = fs.readFile;
  fs.readFile = function patchedReadFile(path, ...rest) {
    if (!loaded && typeof path === "string" && /kuromoji[\\/]dict[\\/].+\.dat\.gz$/.test(path)) {
      loaded = true;
      if (!isMainThread) fs.writeFileSync(marker, "1");
    }
    return readFile.call(this, path, ...rest);
  };
  if (isMainThread) {
    process.on("exit", () => {
      const usage = process.resourceUsage();
      fs.writeFileSync(out, JSON.stringify({ maxRssKB: usage.maxRSS, kuromojiLoaded: loaded || fs.existsSync(marker) }));
    });
  }
}

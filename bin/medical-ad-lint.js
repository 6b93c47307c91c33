#!/usr/bin/env node
"use strict";
// A CLI run lints page after page: each page's syntax tree and tokens become garbage once it is
// reported. V8's default lets the heap grow to about four times what is live before collecting it,
// so the peak RSS grew with the number of files. Collect when the heap has grown by 30% instead, and
// give short-lived objects a larger young generation so fewer of them reach the old one.
require("node:v8").setFlagsFromString("--heap-growing-percent=30");
require("node:v8").setFlagsFromString("--max-semi-space-size=32");
// Node 22+ keeps compiled code between runs (a no-op on Node 20, which has no compile cache).
const nodeModule = require("node:module");
if (typeof nodeModule.enableCompileCache === "function") nodeModule.enableCompileCache();
// medical-ad-lint: the zero-config CLI of textlint-rule-preset-medical-ad-ja (built to lib/ by `npm run build`).
// Any failure to start exits 2 with one line: a broken install must never look like a clean run.
function fail(message, error) {
  process.stderr.write(`medical-ad-lint: ${message}\n`);
  if (process.env.DEBUG && error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 2;
}

let cli;
try {
  cli = require("../lib/src/cli/main.js");
} catch (error) {
  const firstLine = String((error && error.message) || error).split("\n")[0];
  if (error && error.code === "MODULE_NOT_FOUND" && /lib[\\/]src[\\/]cli[\\/]main/.test(firstLine)) {
    fail("lib/ がビルドされていません。`npm run build` を実行してください", error);
  } else {
    fail(`起動できません: ${firstLine}`, error);
  }
}
if (cli) {
  cli.main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => fail(`内部エラー: ${String((error && error.message) || error).split("\n")[0]}`, error)
  );
}

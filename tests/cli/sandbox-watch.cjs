"use strict";
// Preloaded with `node -r` into the CLI process (and, through execArgv, into its lint workers) by the
// offline test. Any socket, DNS lookup or HTTP request throws and is logged; every path the process
// opens for reading is logged, so the test can check that nothing outside the inputs, the configuration
// and the package's own files is read. Nothing here is part of the package.
const fs = require("node:fs");
const net = require("node:net");
const dns = require("node:dns");
const log = process.env.MEDICAL_AD_LINT_WATCH_LOG;
const record = (line) => {
  try {
    fs.appendFileSync(log, line + "\n");
  } catch {
    /* the log itself must never fail the run */
  }
};
const refuse = (what) =>
  function () {
    record(`NETWORK ${what}`);
    throw new Error(`network access refused in test: ${what}`);
  };
net.Socket.prototype.connect = refuse("net.Socket.connect");
net.connect = net.createConnection = refuse("net.connect");
dns.lookup = refuse("dns.lookup");
dns.resolve = refuse("dns.resolve");
for (const name of ["http", "https", "http2"]) {
  const mod = require(`node:${name}`);
  if (mod.request) mod.request = refuse(`${name}.request`);
  if (mod.get) mod.get = refuse(`${name}.get`);
  if (mod.connect) mod.connect = refuse(`${name}.connect`);
}
if (typeof globalThis.fetch === "function") globalThis.fetch = refuse("fetch");

const readPath = (p) => (typeof p === "string" ? p : Buffer.isBuffer(p) ? p.toString() : p instanceof URL ? p.pathname : undefined);
const writing = (flags) => typeof flags === "string" && /[wa+]/.test(flags);
const wrap = (object, name) => {
  const original = object[name];
  object[name] = function (path, flags) {
    const p = readPath(path);
    if (p !== undefined && !(name.startsWith("open") && writing(typeof flags === "string" ? flags : flags && flags.flag))) record(`READ ${p}`);
    return original.apply(this, arguments);
  };
};
for (const name of ["openSync", "open", "readFileSync", "readFile"]) wrap(fs, name);
for (const name of ["open", "readFile"]) wrap(fs.promises, name);

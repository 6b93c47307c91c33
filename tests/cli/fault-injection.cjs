"use strict";
// Preloaded with `node -r` into the CLI process (and, inherited through execArgv, into its lint worker)
// by tests that need a failure no real input can produce on demand: the tokenizer (kuromoji) or the
// Markdown parser throwing on one file. Nothing here is part of the package.
const Module = require("node:module");
const marker = process.env.MEDICAL_AD_LINT_FAULT_MARKER || "FAULT-INJECTION";
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  const loaded = originalLoad.apply(this, arguments);
  if (process.env.MEDICAL_AD_LINT_FAULT === "kuromoji" && request === "kuromoji" && !loaded.__faulty) {
    const builder = loaded.builder;
    loaded.builder = function () {
      const b = builder.apply(this, arguments);
      const build = b.build;
      b.build = function (callback) {
        return build.call(b, (error, tokenizer) => {
          if (tokenizer) {
            const tokenize = tokenizer.tokenize;
            tokenizer.tokenize = function (text) {
              if (String(text).includes(marker)) throw new Error("injected tokenizer failure");
              return tokenize.apply(this, arguments);
            };
          }
          callback(error, tokenizer);
        });
      };
      return b;
    };
    loaded.__faulty = true;
  }
  if (process.env.MEDICAL_AD_LINT_FAULT === "parser" && request === "@textlint/markdown-to-ast" && !loaded.__faulty) {
    const parse = loaded.parse;
    loaded.parse = function (text) {
      if (String(text).includes(marker)) throw new Error("injected parser failure");
      return parse.apply(this, arguments);
    };
    loaded.__faulty = true;
  }
  return loaded;
};

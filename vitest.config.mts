import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // textlint-tester registers its cases through the global describe/it.
    globals: true,
    include: ["tests/**/*.test.ts"],
    // One kuromoji dictionary (~300 MB, ~0.8 s) per worker: keep workers few and share the module graph.
    isolate: false,
    fileParallelism: false,
    testTimeout: 30000,
    hookTimeout: 60000
  }
});

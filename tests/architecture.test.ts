import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * The layers of src/, lowest first. A folder may import from its own layer and the layers before it,
 * never from a later one: data flows one way (see docs/architecture.md).
 */
const LAYERS = ["data", "nlp", "model", "grammar", "match", "page", "checks", "report", "textlint", "formatters", "cli", "docs"];
const SRC = join(__dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Folder-level import edges: [from folder, to folder, file, specifier]. */
function edges(): [string, string, string, string][] {
  const out: [string, string, string, string][] = [];
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file).split("/")[0]!;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)) {
      const target = relative(SRC, resolve(dirname(file), m[1]!));
      const to = target.split("/")[0]!;
      if (to !== from && !to.startsWith("..")) out.push([from, to, relative(SRC, file), m[1]!]);
    }
  }
  return out;
}

describe("architecture", () => {
  test("every folder of src/ is a known layer", () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((f) => !LAYERS.includes(f))).toEqual([]);
  });

  test("no folder imports from a later layer (so no import cycle between folders)", () => {
    const upward = edges().filter(([from, to]) => LAYERS.includes(to) && LAYERS.indexOf(to) > LAYERS.indexOf(from));
    expect(upward.map(([from, to, file, spec]) => `${from} -> ${to}: ${file} imports ${spec}`)).toEqual([]);
  });

  test("formatters depend on report, never on cli", () => {
    expect(edges().filter(([from, to]) => from === "formatters" && to === "cli")).toEqual([]);
  });
});

import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

/** The package root, found from this file whether it runs from src/ (tests) or lib/src/ (published). */
export const PACKAGE_ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "dictionaries"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("textlint-rule-preset-medical-ad-ja: package root not found");
    dir = parent;
  }
  return dir;
})();

/** The shipped data: dictionaries/*.yml (entries), dictionaries/lexicon, dictionaries/grammar, dictionaries/therapies. */
export const DICTIONARY_DIR = join(PACKAGE_ROOT, "dictionaries");
/** What the build writes: compiled dictionaries and terms, read at run time instead of the YAML. */
export const LIB_DIR = join(PACKAGE_ROOT, "lib");

/** The YAML files of a data folder, sorted, as full paths. */
export function yamlFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

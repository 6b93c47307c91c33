import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { compileEntries, toDictionary, type CompiledData, type Dictionary } from "./compile";
import { readDictionaries } from "../data/load";
import { conceptFiles } from "../data/concepts";
import { therapyFiles } from "../data/therapies";
import { TERM_FORMAT } from "./term";
import { DICTIONARY_DIR, PACKAGE_ROOT } from "../data/paths";

export { DICTIONARY_DIR, PACKAGE_ROOT };
export const COMPILED_PATH = join(PACKAGE_ROOT, "lib", "dictionary.json");

/** Entry files are named <category>.<confidence>.yml; other YAML in the folder (sources.yml) is not entries. */
const ENTRY_FILE = /^[a-z-]+\.(?:attested|inferred|frames)\.ya?ml$/;

export function shippedDictionaryFiles(): string[] {
  return readdirSync(DICTIONARY_DIR)
    .filter((f) => ENTRY_FILE.test(f))
    .sort()
    .map((f) => join(DICTIONARY_DIR, f));
}

/** Hash of the shipped YAML: a compiled file from other sources is stale and is not used. */
export function shippedSourceHash(files = shippedDictionaryFiles()): string {
  const hash = createHash("sha256").update(TERM_FORMAT);
  for (const file of [...files, ...conceptFiles(), ...therapyFiles()]) hash.update(file.slice(DICTIONARY_DIR.length)).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

export async function compileShipped(): Promise<CompiledData> {
  const files = shippedDictionaryFiles();
  const entries = readDictionaries(files).map((e) => ({ ...e, file: e.file.slice(PACKAGE_ROOT.length + 1) }));
  return compileEntries(entries, shippedSourceHash(files));
}

let shipped: Promise<Dictionary> | undefined;

/** The shipped dictionary: the build's compiled module when it is current, else compiled now. */
export function shippedDictionary(): Promise<Dictionary> {
  shipped ??= (async () => {
    if (existsSync(COMPILED_PATH)) {
      const data = JSON.parse(readFileSync(COMPILED_PATH, "utf8")) as CompiledData;
      if (data.sourceHash === shippedSourceHash()) return toDictionary(data);
    }
    return toDictionary(await compileShipped());
  })();
  return shipped;
}

/** Shipped data without compiling (docs, --explain, tests of the data itself). */
export function shippedEntries() {
  return readDictionaries(shippedDictionaryFiles()).map((e) => ({ ...e, file: e.file.slice(PACKAGE_ROOT.length + 1) }));
}

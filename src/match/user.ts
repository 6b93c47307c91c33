import { isAbsolute, resolve } from "node:path";
import { compileEntries, toDictionary, type Dictionary } from "./compile";
import { readDictionaries } from "../data/load";
import { shippedDictionary, shippedDictionaryFiles } from "./shipped";

const combined = new Map<string, Promise<Dictionary>>();

/** The shipped dictionary, plus a project's own dictionary files when the rule options name some. */
export function dictionaryFor(userFiles: string[], baseDir: string): Promise<Dictionary> {
  if (userFiles.length === 0) return shippedDictionary();
  const paths = userFiles.map((f) => (isAbsolute(f) ? f : resolve(baseDir, f)));
  const key = paths.join("\0");
  let dictionary = combined.get(key);
  if (!dictionary) {
    // Validated at load: a broken user entry throws a DictionaryError naming its file and line.
    dictionary = (async () => {
      const entries = readDictionaries([...shippedDictionaryFiles(), ...paths]);
      return toDictionary(await compileEntries(entries));
    })();
    combined.set(key, dictionary);
  }
  return dictionary;
}

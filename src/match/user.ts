import { isAbsolute, resolve } from "node:path";
import { compileEntries, toDictionary, type Dictionary } from "./compile";
import { readDictionaries } from "../data/load";
import { shippedDictionary, shippedDictionaryFiles } from "./shipped";
import { checkEntryRegexes } from "./regex-safety";

const combined = new Map<string, Promise<Dictionary>>();

/** A project's dictionary paths, resolved against the directory of its .textlintrc. */
export function userDictionaryPaths(userFiles: string[], baseDir: string): string[] {
  return userFiles.map((f) => (isAbsolute(f) ? f : resolve(baseDir, f)));
}

/** The shipped dictionary, plus a project's own dictionary files when the rule options name some. */
export function dictionaryFor(userFiles: string[], baseDir: string): Promise<Dictionary> {
  if (userFiles.length === 0) return shippedDictionary();
  const paths = userDictionaryPaths(userFiles, baseDir);
  const key = paths.join("\0");
  let dictionary = combined.get(key);
  if (!dictionary) {
    // Validated at load: a broken user entry, a regex that does not compile or one prone to
    // catastrophic backtracking throws a DictionaryError naming its file and line.
    dictionary = (async () => {
      const entries = readDictionaries([...shippedDictionaryFiles(), ...paths]);
      const own = new Set(paths);
      await checkEntryRegexes(entries.filter((e) => own.has(e.file)));
      return toDictionary(await compileEntries(entries));
    })();
    combined.set(key, dictionary);
  }
  return dictionary;
}

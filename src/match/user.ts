import { isAbsolute, resolve } from "node:path";
import { compileEntries, toDictionary, type Dictionary } from "./compile";
import { readDictionaries } from "../data/load";
import { shippedDictionary } from "./shipped";
import { checkEntryRegexes } from "./regex-safety";

const userDictionaries = new Map<string, Promise<Dictionary>>();

/** A project's dictionary paths, resolved against the directory of its .textlintrc. */
export function userDictionaryPaths(userFiles: string[], baseDir: string): string[] {
  return userFiles.map((f) => (isAbsolute(f) ? f : resolve(baseDir, f)));
}

/**
 * The dictionaries a rule reads: the shipped one, then the project's own files when the rule options
 * name some. A user dictionary is compiled on its own and matched beside the shipped one, so a rule
 * option never makes the page be matched against the shipped entries twice.
 */
export async function dictionariesFor(userFiles: string[], baseDir: string): Promise<Dictionary[]> {
  const shipped = await shippedDictionary();
  if (userFiles.length === 0) return [shipped];
  const paths = userDictionaryPaths(userFiles, baseDir);
  const key = paths.join("\0");
  let user = userDictionaries.get(key);
  if (!user) {
    // Validated at load: a broken user entry, a regex that does not compile or one prone to
    // catastrophic backtracking throws a DictionaryError naming its file and line.
    user = (async () => {
      const entries = readDictionaries(paths);
      await checkEntryRegexes(entries);
      return toDictionary(await compileEntries(entries));
    })();
    userDictionaries.set(key, user);
  }
  return [shipped, await user];
}

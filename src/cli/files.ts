import { readFileSync, statSync } from "node:fs";
import { extname, relative, resolve } from "node:path";
import { escapePath, glob, isDynamicPattern } from "tinyglobby";

export interface Discovery {
  /** Absolute paths, in the order given, without duplicates. */
  files: string[];
  /** One line each: a pattern that matched nothing, a missing file, an unsupported extension. */
  problems: string[];
}

const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];

/** Lines of .textlintignore in cwd (the file textlint's CLI reads by default), as glob patterns. */
function ignorePatterns(cwd: string): string[] {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, ".textlintignore"), "utf8");
  } catch {
    return [];
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/**
 * Expands files, directories and globs into the files textlint can read (by the plugins' extensions),
 * reporting what could not be expanded instead of stopping: one bad pattern must not hide the rest.
 */
export async function discoverFiles(patterns: string[], cwd: string, extensions: string[]): Promise<Discovery> {
  const ignore = [...ALWAYS_IGNORED, ...ignorePatterns(cwd)];
  const supported = (file: string) => extensions.includes(extname(file).toLowerCase());
  const extGlob = extensions.length === 1 ? `*${extensions[0]}` : `*{${extensions.join(",")}}`;
  const found = new Set<string>();
  const problems: string[] = [];

  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const stat = statOrUndefined(absolute);
    let matches: string[];
    if (stat?.isDirectory()) {
      matches = await glob(`**/${extGlob}`, { cwd: absolute, absolute: true, dot: true, ignore, expandDirectories: false });
      if (matches.length === 0) problems.push(`${pattern}: 検査できるファイル (${extensions.join(" ")}) がありません`);
    } else if (stat?.isFile()) {
      if (!supported(absolute)) {
        problems.push(`${pattern}: 対応していない拡張子です (${extensions.join(" ")})`);
        continue;
      }
      // An ignored file named explicitly is skipped silently, as textlint does.
      const kept = await glob(escapePath(relative(cwd, absolute).split("\\").join("/")), { cwd, absolute: true, dot: true, ignore });
      matches = kept.length > 0 ? [absolute] : [];
    } else if (isDynamicPattern(pattern)) {
      matches = (await glob(pattern, { cwd, absolute: true, dot: true, ignore, expandDirectories: false })).filter(supported);
      if (matches.length === 0) problems.push(`${pattern}: 一致するファイルがありません`);
    } else {
      problems.push(`${pattern}: ファイルが見つかりません`);
      continue;
    }
    for (const file of matches.sort()) found.add(resolve(file));
  }
  return { files: [...found], problems };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

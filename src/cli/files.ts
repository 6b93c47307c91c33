import { lstatSync, readFileSync, statSync } from "node:fs";
import { describeKind } from "./input";
import { extname, isAbsolute, relative, resolve } from "node:path";
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
      // Relative to cwd, as textlint globs it, so that .textlintignore's patterns (relative to cwd) apply.
      const rel = relative(cwd, absolute).split("\\").join("/");
      const inside = rel === "" ? "" : rel.startsWith("..") || isAbsolute(rel) ? undefined : `${escapePath(rel)}/`;
      const candidates =
        inside === undefined
          ? await glob(`**/${extGlob}`, { cwd: absolute, absolute: true, dot: true, ignore: ALWAYS_IGNORED, expandDirectories: false, onlyFiles: false })
          : await glob(`${inside}**/${extGlob}`, { cwd, absolute: true, dot: true, ignore, expandDirectories: false, onlyFiles: false });
      matches = regularFiles(candidates, problems, cwd);
      if (candidates.length === 0) problems.push(`${pattern}: ディレクトリですが、検査できるファイル (${extensions.join(" ")}) がありません`);
    } else if (stat?.isFile()) {
      if (!supported(absolute)) {
        problems.push(`${pattern}: 対応していない拡張子です (${extensions.join(" ")})`);
        continue;
      }
      // An ignored file named explicitly is skipped silently, as textlint does.
      const kept = await glob(escapePath(relative(cwd, absolute).split("\\").join("/")), { cwd, absolute: true, dot: true, ignore });
      matches = kept.length > 0 ? [absolute] : [];
    } else if (stat) {
      problems.push(`${pattern}: ${describeKind(stat)}です (通常のファイルではないため読みません)`);
      continue;
    } else if (lstatOrUndefined(absolute)?.isSymbolicLink()) {
      problems.push(`${pattern}: シンボリックリンクのリンク先がありません`);
      continue;
    } else if (isDynamicPattern(pattern)) {
      const candidates = (await glob(pattern, { cwd, absolute: true, dot: true, ignore, expandDirectories: false, onlyFiles: false })).filter(supported);
      matches = regularFiles(candidates, problems, cwd);
      if (candidates.length === 0) problems.push(`${pattern}: 一致するファイルがありません`);
    } else {
      problems.push(`${pattern}: ファイルが見つかりません`);
      continue;
    }
    for (const file of matches.sort()) found.add(resolve(file));
  }
  return { files: [...found], problems };
}

/**
 * The regular files among glob matches. A directory whose name looks like a file (notes.md/) is a
 * container whose files are matched on their own; a FIFO, socket or device, or a link to nothing, is
 * reported as what it is (reading a FIFO would wait forever).
 */
function regularFiles(candidates: string[], problems: string[], cwd: string): string[] {
  const files: string[] = [];
  for (const candidate of candidates) {
    const stat = statOrUndefined(candidate);
    if (stat?.isFile()) files.push(candidate);
    else if (stat?.isDirectory()) continue;
    else if (stat) problems.push(`${relative(cwd, candidate) || candidate}: ${describeKind(stat)}です (通常のファイルではないため読みません)`);
    else problems.push(`${relative(cwd, candidate) || candidate}: シンボリックリンクのリンク先がありません`);
  }
  return files;
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

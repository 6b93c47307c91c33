import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { TextlintKernelDescriptor } from "@textlint/kernel";
import type { TextlintMessage } from "@textlint/types";
import { DICTIONARY_DIR, LIB_DIR, PACKAGE_ROOT } from "../data/paths";

/** Bump when what the cache stores changes shape. */
const CACHE_FORMAT = "medical-ad-lint-cache-1";
export const DEFAULT_CACHE_LOCATION = ".medical-ad-lint-cache";

export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Every file under dir (recursively) whose name matches, in a stable order. */
function filesUnder(dir: string, name: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, name));
    else if (name.test(entry.name)) out.push(path);
  }
  return out;
}

/**
 * Files a configuration refers to (user dictionaries, prh rule files, allowlists …): every string
 * in the rules', filters' and plugins' options that names an existing file, resolved from the
 * config's directory. Their contents are part of the key, so editing one invalidates the cache.
 */
function referencedFiles(value: unknown, baseDir: string, into: Set<string>): Set<string> {
  if (typeof value === "string") {
    if (value.length > 0 && value.length < 1024 && !value.includes("\n")) {
      const path = isAbsolute(value) ? value : resolve(baseDir, value);
      try {
        if (statSync(path).isFile()) into.add(path);
      } catch {
        // not a file
      }
    }
  } else if (Array.isArray(value)) {
    for (const item of value) referencedFiles(item, baseDir, into);
  } else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) referencedFiles(item, baseDir, into);
  }
  return into;
}

/**
 * What a cached result depends on besides the file itself: the cache format, the preset's version
 * and its built code, the textlint kernel's version, the configuration (the config file and every
 * rule's, filter's and plugin's options) and a hash of every dictionary in use (the shipped
 * dictionaries and lexicons, their compiled forms, and every file the configuration names).
 * textlint's own cache key holds only rule ids and options: an updated dictionary would not
 * invalidate it.
 */
export function runKey(descriptor: TextlintKernelDescriptor, configFile: string | undefined, cwd: string): string {
  const hash = createHash("sha256");
  const part = (label: string, data: string | Buffer) => hash.update(`\u0000${label}\u0000`).update(data);
  part("format", CACHE_FORMAT);
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  part("preset", pkg.version);
  part("kernel", (JSON.parse(readFileSync(require.resolve("@textlint/kernel/package.json"), "utf8")) as { version: string }).version);
  // The built preset (a development build changes without a version bump) and its compiled data.
  for (const file of filesUnder(join(LIB_DIR, "src"), /\.js$/)) part(relative(PACKAGE_ROOT, file), readFileSync(file));
  for (const file of filesUnder(LIB_DIR, /\.json$/)) part(relative(PACKAGE_ROOT, file), readFileSync(file));
  for (const file of filesUnder(DICTIONARY_DIR, /\.ya?ml$/)) part(relative(PACKAGE_ROOT, file), readFileSync(file));
  const config = descriptor.toJSON();
  part("descriptor", JSON.stringify(config));
  if (configFile) part("config", readFileSync(configFile));
  const baseDir = configFile ? dirname(configFile) : cwd;
  for (const file of [...referencedFiles(config, baseDir, new Set())].sort()) part(`file:${file}`, readFileSync(file));
  return hash.digest("hex");
}

interface Entry {
  /** sha256 of the file's content. */
  hash: string;
  messages: TextlintMessage[];
}

interface CacheFile {
  format: string;
  key: string;
  files: Record<string, Entry>;
}

/**
 * Results of unchanged files, keyed by path relative to cwd (a CI cache restored in another
 * checkout still applies) and checked against the content's hash and the run key.
 */
export class ResultCache {
  private changed = false;

  private constructor(
    private readonly location: string,
    private readonly cwd: string,
    private readonly data: CacheFile
  ) {}

  static open(location: string, key: string, cwd: string): ResultCache {
    let data: CacheFile = { format: CACHE_FORMAT, key, files: {} };
    try {
      const saved = JSON.parse(readFileSync(location, "utf8")) as CacheFile;
      if (saved.format === CACHE_FORMAT && saved.key === key && saved.files && typeof saved.files === "object") data = saved;
    } catch {
      // no cache yet, or unreadable: start afresh
    }
    return new ResultCache(location, cwd, data);
  }

  private name(file: string): string {
    return relative(this.cwd, file).split(sep).join("/");
  }

  /** The messages linted from exactly this content under the same key, if any. */
  get(file: string, contentHash: string): TextlintMessage[] | undefined {
    const entry = this.data.files[this.name(file)];
    return entry && entry.hash === contentHash ? entry.messages : undefined;
  }

  set(file: string, contentHash: string, messages: TextlintMessage[]): void {
    this.data.files[this.name(file)] = { hash: contentHash, messages };
    this.changed = true;
  }

  /** Writes the cache (atomically: a crash never leaves half a file). */
  async save(): Promise<void> {
    if (!this.changed) return;
    await mkdir(dirname(this.location), { recursive: true });
    const temp = `${this.location}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(this.data));
    await rename(temp, this.location);
  }
}

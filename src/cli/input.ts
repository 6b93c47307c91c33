import { constants, type Stats } from "node:fs";
import { open } from "node:fs/promises";
import { extname } from "node:path";
import { DecodeError, decodeFile, type DecodedFile } from "./encoding";

/** A file read and decoded, with the bytes it had (so --fix can tell whether writing it back is exact). */
export interface InputFile extends DecodedFile {
  bytes: Buffer;
  /** The file's permission bits, kept when --fix replaces it. */
  mode: number;
}

/** Why a file could not be read, in one line (Japanese), and a short machine-readable kind. */
export interface InputProblem {
  kind: "missing" | "not-regular" | "unreadable" | "encoding" | "too-large";
  message: string;
}

/** What a path is when it is not a regular file, in the words of the message. */
export function describeKind(stats: Stats): string {
  if (stats.isDirectory()) return "ディレクトリ";
  if (stats.isFIFO()) return "名前付きパイプ (FIFO)";
  if (stats.isSocket()) return "ソケット";
  if (stats.isCharacterDevice()) return "キャラクタデバイス";
  if (stats.isBlockDevice()) return "ブロックデバイス";
  if (stats.isSymbolicLink()) return "シンボリックリンク";
  return "通常のファイルではないもの";
}

const HTML = new Set([".html", ".htm", ".xhtml"]);

/**
 * Reads one input. The file is opened without blocking (a FIFO would otherwise wait for a writer
 * forever) and checked to be a regular file on the open descriptor, so what is read is what was checked.
 */
export async function readInput(file: string, options: { encoding?: string; maxBytes?: number } = {}): Promise<InputFile | InputProblem> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { kind: "missing", message: "ファイルが見つかりません" };
    if (code === "EISDIR") return { kind: "not-regular", message: "ディレクトリです (ファイルではありません)" };
    return { kind: "unreadable", message: `読み込めません (${code ?? String(error)})` };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { kind: "not-regular", message: `${describeKind(stats)}です (通常のファイルではないため読みません)` };
    if (options.maxBytes !== undefined && stats.size > options.maxBytes) {
      return { kind: "too-large", message: `ファイルが大きすぎます (${stats.size} バイト、上限 ${options.maxBytes} バイト)` };
    }
    let bytes: Buffer;
    try {
      bytes = await handle.readFile();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { kind: "unreadable", message: `読み込めません (${code ?? String(error)})` };
    }
    try {
      const decoded = decodeFile(bytes, { html: HTML.has(extname(file).toLowerCase()), forced: options.encoding });
      return { ...decoded, bytes, mode: stats.mode & 0o7777 };
    } catch (error) {
      if (error instanceof DecodeError) {
        return { kind: "encoding", message: `文字コードを読み取れません: ${error.reason}` };
      }
      throw error;
    }
  } finally {
    await handle.close();
  }
}

export function isProblem(input: InputFile | InputProblem): input is InputProblem {
  return "kind" in input && "message" in input && !("bytes" in input);
}

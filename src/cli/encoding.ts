import * as Encoding from "encoding-japanese";

/**
 * Reading and writing files in the encoding they are in. Older clinic sites are often Shift_JIS or
 * EUC-JP; a file read as UTF-8 by mistake is mojibake in which no phrase matches, a silent pass.
 *
 * Which encoding: a byte order mark, else (HTML) a <meta charset> / <meta http-equiv> / <?xml encoding>
 * near the start, else UTF-8 when the bytes are valid UTF-8, else a guess among the Japanese encodings
 * by encoding-japanese. Decoding is strict: bytes that are not valid in the chosen encoding are an
 * error naming the file and the encoding, never replaced by U+FFFD.
 */
export type EncodingName = "utf-8" | "utf-16le" | "utf-16be" | "shift_jis" | "euc-jp" | "iso-2022-jp" | string;

export interface DecodedFile {
  /** The text without its byte order mark. */
  text: string;
  /** WHATWG name of the encoding (utf-8, shift_jis, euc-jp, utf-16le, …). */
  encoding: EncodingName;
  /** The file started with a byte order mark (written back with one). */
  bom: boolean;
  /** How the encoding was decided. */
  how: "bom" | "declared" | "utf-8" | "detected" | "option";
}

export class DecodeError extends Error {
  constructor(
    readonly encoding: string,
    readonly reason: string
  ) {
    super(reason);
    this.name = "DecodeError";
  }
}

/** The name users know: Shift_JIS, EUC-JP, UTF-8 … */
export function displayName(encoding: string): string {
  const names: Record<string, string> = {
    "utf-8": "UTF-8",
    "utf-16le": "UTF-16LE",
    "utf-16be": "UTF-16BE",
    shift_jis: "Shift_JIS",
    "euc-jp": "EUC-JP",
    "iso-2022-jp": "ISO-2022-JP"
  };
  return names[encoding] ?? encoding;
}

/** The WHATWG encoding for a label (cp932, x-sjis, Shift-JIS, UTF8 …), or undefined when unknown. */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/**
 * The charset an HTML (or XML) file declares in its first 4 KiB: <meta charset="…">,
 * <meta http-equiv="Content-Type" content="…; charset=…">, <?xml … encoding="…"?>. The prescan reads
 * the bytes as Latin-1, as the HTML standard's prescan does: every declaration is ASCII.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1").replace(/<!--[^]*?-->/g, "");
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (meta) return meta[1];
  const xml = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(head);
  return xml?.[1];
}

/** The first bytes that are not valid in `encoding`, for the error message. */
function firstInvalidOffset(bytes: Uint8Array, encoding: string): number | undefined {
  // Decode growing prefixes is quadratic; a replacement-mode decode and a re-encode locate the first U+FFFD instead.
  const lossy = new TextDecoder(encoding).decode(bytes);
  const at = lossy.indexOf("\uFFFD");
  if (at < 0) return undefined;
  if (encoding === "utf-8") return Buffer.byteLength(lossy.slice(0, at), "utf8");
  return undefined;
}

function strictDecode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidOffset(bytes, encoding);
    const where = offset !== undefined ? ` (${offset + 1} バイト目)` : "";
    throw new DecodeError(encoding, `${displayName(encoding)} として読めないバイト列があります${where}`);
  }
}

const DETECTED: Record<string, string> = { SJIS: "shift_jis", EUCJP: "euc-jp", JIS: "iso-2022-jp", UTF8: "utf-8", ASCII: "utf-8" };

/**
 * Decodes a file. `html` enables the <meta charset> prescan; `forced` (the --encoding option) wins
 * over everything but a byte order mark of another encoding, which is an error.
 */
export function decodeFile(bytes: Uint8Array, options: { html?: boolean; forced?: string } = {}): DecodedFile {
  const bom = bomOf(bytes);
  if (options.forced !== undefined) {
    const encoding = canonicalEncoding(options.forced);
    if (!encoding) throw new DecodeError(options.forced, `不明な文字コードです: ${options.forced}`);
    if (bom && bom.encoding !== encoding) {
      throw new DecodeError(encoding, `--encoding ${options.forced} が指定されましたが、ファイルは ${displayName(bom.encoding)} の BOM で始まっています`);
    }
    const body = bom ? bytes.subarray(bom.length) : bytes;
    return { text: strictDecode(body, encoding), encoding, bom: bom !== undefined, how: "option" };
  }
  if (bom) return { text: strictDecode(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, bom: true, how: "bom" };
  if (options.html) {
    const declared = declaredCharset(bytes);
    if (declared !== undefined) {
      let encoding = canonicalEncoding(declared);
      if (!encoding) throw new DecodeError(declared, `<meta charset="${declared}"> は不明な文字コードです`);
      // A page that can declare its charset in ASCII is not UTF-16 (the HTML standard reads utf-16 here as UTF-8).
      if (encoding === "utf-16le" || encoding === "utf-16be") encoding = "utf-8";
      try {
        return { text: strictDecode(bytes, encoding), encoding, bom: false, how: "declared" };
      } catch (error) {
        const reason = (error as DecodeError).reason;
        throw new DecodeError(encoding, `<meta charset="${declared}"> と宣言されていますが、${reason}`);
      }
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8", bom: false, how: "utf-8" };
  } catch {
    // not UTF-8: guess below
  }
  const guess = Encoding.detect(bytes, ["SJIS", "EUCJP", "JIS"]);
  const encoding = guess ? DETECTED[guess] : undefined;
  if (!encoding || encoding === "utf-8") {
    const offset = firstInvalidOffset(bytes, "utf-8");
    const where = offset !== undefined ? ` (${offset + 1} バイト目)` : "";
    throw new DecodeError(
      "utf-8",
      `UTF-8 として読めないバイト列があり${where}、Shift_JIS・EUC-JP・ISO-2022-JP のどれとも判定できません (--encoding で指定できます)`
    );
  }
  return { text: strictDecode(bytes, encoding), encoding, bom: false, how: "detected" };
}

const WRITERS: Record<string, (text: string) => Uint8Array> = {
  "utf-8": (text) => Buffer.from(text, "utf8"),
  "utf-16le": (text) => Buffer.from(text, "utf16le"),
  "utf-16be": (text) => Buffer.from(text, "utf16le").swap16(),
  shift_jis: (text) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" })),
  "euc-jp": (text) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "EUCJP", from: "UNICODE" })),
  "iso-2022-jp": (text) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "JIS", from: "UNICODE" }))
};

const BOMS: Record<string, number[]> = { "utf-8": [0xef, 0xbb, 0xbf], "utf-16le": [0xff, 0xfe], "utf-16be": [0xfe, 0xff] };

/**
 * Encodes text back into the file's encoding, with its byte order mark. Throws a DecodeError when the
 * encoding cannot be written or a character has no representation in it (checked by decoding the
 * result again: encoders substitute "?" silently).
 */
export function encodeFile(text: string, file: Pick<DecodedFile, "encoding" | "bom">): Uint8Array {
  const writer = WRITERS[file.encoding];
  if (!writer) throw new DecodeError(file.encoding, `${displayName(file.encoding)} での書き戻しには対応していません`);
  const body = writer(text);
  const back = new TextDecoder(file.encoding, { ignoreBOM: true }).decode(body);
  if (back !== text) throw new DecodeError(file.encoding, `${displayName(file.encoding)} で表せない文字があるため書き戻せません`);
  const bom = file.bom ? (BOMS[file.encoding] ?? []) : [];
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom, 0);
  out.set(body, bom.length);
  return out;
}

/** Whether writing the decoded text back gives exactly the bytes read: only then may --fix rewrite the file. */
export function roundTrips(bytes: Uint8Array, decoded: DecodedFile): boolean {
  try {
    return Buffer.from(encodeFile(decoded.text, decoded)).equals(Buffer.from(bytes));
  } catch {
    return false;
  }
}

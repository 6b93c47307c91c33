import { randomBytes } from "node:crypto";
import { chmod, open, realpath, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Replaces a file's content atomically: the bytes go to a temporary file beside it (same directory,
 * so the same file system), are flushed to disk, take the original's permission bits, and the
 * temporary file is renamed over the original. A crash at any point leaves the original or the new
 * content, never a mix; a failure removes the temporary file and leaves the original untouched.
 * A symbolic link is followed: its target is replaced and the link stays a link.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, mode: number): Promise<void> {
  const target = await realpath(path);
  // Hidden, unlikely to collide, recognisable, and short enough that a long file name still fits NAME_MAX.
  const temp = join(dirname(target), `.${basename(target).slice(0, 80)}.${process.pid}.${randomBytes(4).toString("hex")}.medical-ad-lint.tmp`);
  let handle;
  try {
    handle = await open(temp, "wx", mode);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // open() applies the umask: set the original's bits exactly.
    await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => {});
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}

import type { BigIntStats } from 'node:fs';
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { OutputRefusal } from '../i18n/messages/cli-output.js';
import { fileErrorRefs } from '../read/file-error.js';
import { fileKind } from '../read/file-kind.js';
import type { InputFiles } from '../read/input-files.js';
import { ref } from '../read/issue-words.js';
import { usageError } from './user-errors.js';

// Without O_CREAT nothing is made where a device was, and O_NOCTTY keeps a terminal from becoming ours.
const OPEN_IN_PLACE = constants.O_WRONLY | (constants.O_NOCTTY ?? 0);

/** What a report is written as: one text, a workbook's bytes, or text in pieces written as they are made. */
export type OutputText = string | Uint8Array | Iterable<string>;

/**
 * Writes `text` (or a workbook's bytes, or text in pieces) to the file `path` names for `flag` (--output, --chart-svg). A regular file (or none yet) is written
 * atomically: into a temporary file beside it, then renamed over it, so a reader never sees half a report and a
 * failed write leaves nothing behind; the file keeps its permissions, and a symbolic link stays one. A device or
 * named pipe is opened and written into (`--output /dev/null` stays a device). Anything else is refused, as is
 * any file the run read, however the path reaches it (a symbolic or hard link, a linked folder).
 */
export async function writeOutput(path: string, text: OutputText, inputs: InputFiles, flag = '--output'): Promise<void> {
  const refused = (why: OutputRefusal) => usageError(ref('outputRefused', flag, path, why), ref('outputRefusedHint', why));
  try {
    const found = await existing(path);
    if (found === 'dangling link') throw refused({ kind: 'danglingLink' });
    const input = found === undefined ? undefined : inputs.nameOf(found);
    if (input !== undefined) throw usageError(ref('outputIsInput', flag, path, input), ref('outputIsInputHint'));
    if (found !== undefined && (found.isCharacterDevice() || found.isFIFO())) {
      if (!(await writeInPlace(path, text, found))) throw refused({ kind: 'replaced' });
      return;
    }
    if (found !== undefined && !found.isFile()) throw refused({ kind: 'notRegular', what: fileKind(found) });
    await replaceAtomically(found === undefined ? resolve(path) : await realpath(path), text, found);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw refused({ kind: 'noFolder' });
    const why = fileErrorRefs(error);
    throw why === undefined ? error : refused({ kind: 'system', code: why.code });
  }
}

/** What the path leads to now: its file, nothing, or a symbolic link that leads nowhere. */
async function existing(path: string): Promise<BigIntStats | undefined | 'dangling link'> {
  try {
    return await stat(path, { bigint: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const link = await lstat(path).catch(() => undefined);
    return link?.isSymbolicLink() === true ? 'dangling link' : undefined;
  }
}

/** Writes into the device or pipe `found`; false when the path no longer leads to it. */
async function writeInPlace(path: string, text: OutputText, found: BigIntStats): Promise<boolean> {
  const handle = await open(path, OPEN_IN_PLACE);
  try {
    const opened = await handle.stat({ bigint: true });
    if (opened.dev !== found.dev || opened.ino !== found.ino) return false;
    await writeInto(handle, text);
    return true;
  } finally {
    await handle.close();
  }
}

/** Replaces `target` (a regular file, or none) with `text` through a temporary file beside it: never half written. */
export async function replaceAtomically(target: string, text: OutputText, found: BigIntStats | undefined): Promise<void> {
  // The process id keeps two concurrent runs apart ('wx' refuses a name that exists); node:crypto would cost
  // ~8 ms of start-up for a random name.
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const handle = await open(temporary, 'wx', found === undefined ? 0o666 : Number(found.mode & 0o777n));
    try {
      await writeInto(handle, text);
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Writes `text` into an open file; pieces one at a time, so a large report is never held as one string. */
async function writeInto(handle: FileHandle, text: OutputText): Promise<void> {
  if (typeof text === 'string' || text instanceof Uint8Array) {
    await handle.writeFile(text);
    return;
  }
  for (const piece of text) await handle.write(piece);
}

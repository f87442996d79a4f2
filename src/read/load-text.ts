import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import type { TextEncoding } from './decode-text.js';
import { decodeText } from './decode-text.js';
import { fileErrorRefs } from './file-error.js';
import { fileKind } from './file-kind.js';
import type { FileIdentity, InputFiles } from './input-files.js';
import type { InputIssue } from './input-issue.js';
import type { IssueWords } from './issue-words.js';
import { ref, said, saidFileIssue } from './issue-words.js';
import { readAtMost } from './read-at-most.js';

/** All of standard input, but at most `limit` + 1 bytes of it (one more than allowed says it is too large). */
export type StdinReader = (limit: number) => Promise<Uint8Array>;

/** What `loadText` reads from and where it notes what it read: one run's standard input and input files. */
export interface TextSource {
  readonly inputs: InputFiles;
  readonly stdin?: StdinReader | undefined;
  /** The file standard input was redirected from, when it is one: an input like any other. */
  readonly stdinFile?: (() => FileIdentity | undefined) | undefined;
  /** The most bytes read from one file: MAX_INPUT_BYTES unless a test makes it small. */
  readonly maxBytes?: number | undefined;
}

/** 1 GiB: more than any year of invoices, and a bound on the memory one input can take. */
export const MAX_INPUT_BYTES = 2 ** 30;

// Opening a named pipe for reading would wait for a writer; O_NONBLOCK opens it at once (and changes nothing for a
// regular file), so that the check on the open file can refuse it. Windows has no such flag and no such pipes.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

type Loaded = { text: string } | { issue: InputIssue };
/** What reading found: the bytes (undefined when there were too many), or what the path is instead of a file. */
type Found = { bytes: Uint8Array | undefined } | { kind: string };

/**
 * The text of a regular file (or of standard input for `-`), or the issue that explains why it could not be read:
 * a directory, pipe, device or socket is refused, as is more than 1 GiB. Each file read is added to
 * `source.inputs`. The only place in `read/` that touches the file system: parsers take text.
 */
export async function loadText(path: string, source: TextSource, encoding?: TextEncoding): Promise<Loaded> {
  const loaded = await loadBytes(path, source);
  return 'issue' in loaded ? loaded : textOf(path, loaded.bytes, encoding);
}

/** The bytes of a file as loadText reads them (same refusals, same size cap), for readers that sniff them first. */
export async function loadBytes(path: string, source: TextSource): Promise<{ bytes: Uint8Array } | { issue: InputIssue }> {
  const limit = source.maxBytes ?? MAX_INPUT_BYTES;
  const problem = (words: IssueWords) => ({ issue: saidFileIssue(path, words) });
  if (path === '-' && source.stdin === undefined) return problem(said(ref('stdinHere'), ref('stdinHereHint')));
  let found: Found;
  try {
    found = path === '-' ? await readStdin(source, limit) : await readRegularFile(path, limit, source.inputs);
  } catch (error) {
    return problem(await whyUnreadable(path, error));
  }
  if ('kind' in found) {
    return found.kind === 'a directory'
      ? problem(said(ref('isDirectory'), ref('isDirectoryHint')))
      : problem(said(ref('notRegular', found.kind), ref('notRegularHint')));
  }
  if (found.bytes === undefined || found.bytes.length > limit) return problem(said(ref('tooLarge', sizeText(limit)), ref('splitHint')));
  return { bytes: found.bytes };
}

/** The bytes decoded as text (see decodeText), or the issue when they are not text or too long for a string. */
export function textOf(path: string, bytes: Uint8Array, encoding: TextEncoding | undefined): Loaded {
  let decoded: ReturnType<typeof decodeText>;
  try {
    decoded = decodeText(bytes, encoding);
  } catch (error) {
    // V8 strings hold at most 2^29 - 24 characters: a file of 0.5–1 GiB can be under the cap and still too long.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STRING_TOO_LONG') throw error;
    return { issue: saidFileIssue(path, said(ref('tooManyCharacters'), ref('splitHint'))) };
  }
  return 'problem' in decoded ? { issue: saidFileIssue(path, decoded) } : { text: decoded.text };
}

async function readStdin(source: TextSource, limit: number): Promise<Found> {
  const redirected = source.stdinFile?.();
  if (redirected !== undefined) source.inputs.add(redirected, '<stdin>');
  return { bytes: await source.stdin!(limit) };
}

/** A regular file's bytes, noted in `inputs` by identity; or what the path is instead. */
async function readRegularFile(path: string, limit: number, inputs: InputFiles): Promise<Found> {
  // stat first, so that what is not a regular file is not even opened (opening a device can have effects).
  const named = await stat(path, { bigint: true });
  if (!named.isFile()) return { kind: fileKind(named) };
  if (named.size > BigInt(limit)) return { bytes: undefined };
  const handle = await open(path, OPEN_FLAGS);
  try {
    // The open file is checked again: the path may have been replaced since the stat.
    const opened = await handle.stat({ bigint: true });
    if (!opened.isFile()) return { kind: fileKind(opened) };
    inputs.add(opened, path);
    return { bytes: await readAtMost(handle, Number(opened.size), limit) };
  } finally {
    await handle.close();
  }
}

async function whyUnreadable(path: string, error: unknown): Promise<IssueWords> {
  const why = fileErrorRefs(error);
  if (why === undefined) throw error;
  if (why.code !== 'ENOENT') return said(ref('cannotRead', why.code), why.hint);
  const link = await lstat(path).catch(() => undefined);
  return link?.isSymbolicLink() === true ? said(ref('brokenLink'), ref('brokenLinkHint')) : said(ref('doesNotExist'), why.hint);
}

function sizeText(bytes: number): string {
  return bytes % 2 ** 30 === 0 ? `${bytes / 2 ** 30} GiB` : `${bytes} bytes`;
}

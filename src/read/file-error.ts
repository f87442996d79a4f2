/** Why the file system refused, as a reason ("permission denied (EACCES)") and a hint a user can act on. */
export interface FileErrorText {
  readonly reason: string;
  readonly hint: string;
}

const PERMISSIONS = 'check the permissions of the file and of its folders';
const SPACE = 'free some space, or write elsewhere';

const TEXTS: Readonly<Record<string, FileErrorText>> = {
  ENOENT: { reason: 'no such file or folder (ENOENT)', hint: 'check the path; it is read relative to the current directory' },
  EACCES: { reason: 'permission denied (EACCES)', hint: PERMISSIONS },
  EPERM: { reason: 'operation not permitted (EPERM)', hint: PERMISSIONS },
  ELOOP: { reason: 'a loop of symbolic links (ELOOP)', hint: 'point the link at the file itself' },
  ENOTDIR: { reason: 'part of its path is a file, not a folder (ENOTDIR)', hint: 'check the path' },
  ENAMETOOLONG: { reason: 'its name is too long for the file system (ENAMETOOLONG)', hint: 'use a shorter name' },
  EISDIR: { reason: 'it is a directory (EISDIR)', hint: 'name a file inside it' },
  EEXIST: { reason: 'another file appeared there meanwhile (EEXIST)', hint: 'another program is writing there; try again' },
  ENOSPC: { reason: 'no space left on the device (ENOSPC)', hint: SPACE },
  EDQUOT: { reason: 'disk quota exceeded (EDQUOT)', hint: SPACE },
  EFBIG: { reason: 'the file is too large for the file system (EFBIG)', hint: SPACE },
  EROFS: { reason: 'the file system is read-only (EROFS)', hint: 'choose a place you can write to' },
  ENXIO: { reason: 'nothing is attached to the device or socket (ENXIO)', hint: 'name a regular file' },
  EIO: { reason: 'input/output error (EIO)', hint: 'check the disk or the network share' },
};

/**
 * The text for an error the file system raised (one with an errno code), or undefined for anything else, which is
 * a bug. A file system error is the user's environment, never cashflow's: exit 2 with this text, not 70.
 */
export function fileErrorText(error: unknown): FileErrorText | undefined {
  const { code, errno } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof errno !== 'number') return undefined;
  return TEXTS[code] ?? { reason: `the system said ${code}`, hint: 'check the path and the file' };
}

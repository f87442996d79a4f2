import type { BigIntStats } from 'node:fs';

/** What a path that is not a regular file is, as a message says it: "a directory", "a named pipe (FIFO)"… */
export function fileKind(info: BigIntStats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return info.isFile() ? 'a regular file' : 'not a regular file';
}

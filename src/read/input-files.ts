import type { BigIntStats } from 'node:fs';

/** What makes a file the same file whatever path reaches it (symbolic links, hard links, `..`): device and inode. */
export type FileIdentity = Pick<BigIntStats, 'dev' | 'ino'>;

const keyOf = (file: FileIdentity) => `${file.dev}:${file.ino}`;

/**
 * Every file one run has read, by identity, so that nothing the run writes can replace one of them. One per
 * runCli call; `loadText` adds to it, `writeOutput` asks it.
 */
export class InputFiles {
  readonly #named = new Map<string, string>();

  /** Notes that the run read `file`, which the user named `shown`. */
  add(file: FileIdentity, shown: string): void {
    if (!this.#named.has(keyOf(file))) this.#named.set(keyOf(file), shown);
  }

  /** The name under which the run read `file`, or undefined when it did not. */
  nameOf(file: FileIdentity): string | undefined {
    return this.#named.get(keyOf(file));
  }
}

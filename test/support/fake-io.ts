import type { ShellIo } from '../../src/cli/io.js';

/** What runCli would get from the shell, with stdout and stderr collected; not a TTY, no colour, 2026-12-01. */
export function fakeIo(overrides: Partial<ShellIo> = {}): ShellIo & { readonly out: string[]; readonly err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    stdoutIsTty: false,
    columns: 80,
    env: {},
    today: '2026-12-01',
    stdin: async () => new Uint8Array(),
    ...overrides,
  };
}

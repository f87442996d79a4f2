import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built `bin/cashflow.cjs` in `cwd` (the repository root unless given), not on a TTY, with a clean colour
 * and locale environment.
 */
export function cli(args: readonly string[], env: Record<string, string> = {}, cwd: string = ROOT): CliRun {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  // English unless a test asks for a language: the runner's locale must not choose one.
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  delete base.LANG;
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/cashflow.cjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

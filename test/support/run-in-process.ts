import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo } from './fake-io.js';
import { forecastJsonV1 } from './json-contract.js';

/** runCli in this process with a fakeIo (2026-12-01, no TTY): the exit code and what it wrote. */
export async function runInProcess(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIo();
  const code = await runCli(args, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

/** `cashflow …args` that must exit 0 with nothing on stderr: its JSON report, checked against contract version 1. */
export async function forecastJsonInProcess(args: readonly string[]) {
  const result = await runInProcess(args);
  expect([result.code, result.stderr]).toEqual([EXIT.ok, '']);
  return forecastJsonV1.parse(JSON.parse(result.stdout));
}

/** Writes `text` to `name` in `dir` and returns its path. */
export function writeIn(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

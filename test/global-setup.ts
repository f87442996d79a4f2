import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { ROOT } from './support/run-cli.js';

// End-to-end tests run the built bin/cashflow.cjs, so a dist/ older than the sources would test old code and pass.
// Building takes ~0.6 s, so every run builds rather than guessing from timestamps whether dist/ is current.
function buildCli(): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (build.status !== 0) throw new Error(`scripts/build.mjs failed (exit ${build.status ?? build.signal}):\n${build.stderr}`);
  process.stderr.write(build.stderr);
}

/** Builds dist/ once before the tests, and again before each rerun in watch mode. */
export default function setup(project: TestProject): void {
  buildCli();
  project.onTestsRerun(() => buildCli());
}

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

/** A fresh folder holding copies of the fixture invoices and expenses; `at(name)` is a path inside it. */
export function tempBooks(): { readonly dir: string; readonly invoices: string; readonly expenses: string; readonly at: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-files-'));
  const at = (name: string) => join(dir, name);
  copyFileSync(join(ROOT, 'fixtures/invoices.csv'), at('invoices.csv'));
  copyFileSync(join(ROOT, 'fixtures/expenses.csv'), at('expenses.csv'));
  return { dir, invoices: at('invoices.csv'), expenses: at('expenses.csv'), at };
}

export const isRoot = process.getuid?.() === 0;

/**
 * A character device that behaves like /dev/null (`null`) or /dev/full (`full`). As root it is a private node made
 * with mknod in `dir`, so a broken cashflow can never replace the machine's own device; otherwise the real one,
 * which only root could replace.
 */
export function deviceLike(kind: 'null' | 'full', dir: string): string {
  if (!isRoot) return `/dev/${kind}`;
  const path = join(dir, `dev-${kind}`);
  execFileSync('mknod', [path, 'c', '1', kind === 'null' ? '3' : '7']);
  return path;
}

import { lstatSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { Command } from 'commander';
import { parseConfig } from '../read/config.js';
import type { Config } from '../read/config-schema.js';
import { PATH_KEYS } from '../read/config-schema.js';
import { ref } from '../read/issue-words.js';
import type { TextSource } from '../read/load-text.js';
import { loadText } from '../read/load-text.js';
import { InputError, usageError } from './user-errors.js';

export const DEFAULT_CONFIG = 'cashflow.config.json';

/**
 * Merges the config file into a command's flags: a value from the command line wins, then the file, then the
 * built-in default. The file is --config FILE, or cashflow.config.json in the working directory when it exists.
 * Relative paths in the file are relative to the file's folder; absolute ones stay as they are. A command that
 * reads no invoices (`expenses`) says so with invoicesUse 'unused'; its invoicesPath is then ''.
 */
export async function withConfig<Flags extends object>(
  command: Command,
  flags: Flags,
  invoicesPath: string | undefined,
  source: TextSource,
  invoicesUse: 'needed' | 'unused' = 'needed',
): Promise<{ flags: Flags; invoicesPath: string }> {
  const explicit = (flags as { config?: string }).config;
  // lstat, not exists: a cashflow.config.json that is a broken link is reported, not silently skipped.
  const path = explicit ?? (lstatSync(DEFAULT_CONFIG, { throwIfNoEntry: false }) === undefined ? undefined : DEFAULT_CONFIG);
  let config: Config = {};
  if (path !== undefined) {
    const text = await loadText(path, source);
    if ('issue' in text) throw new InputError([text.issue]);
    const read = parseConfig(text.text, path);
    if (read.values === undefined) throw new InputError(read.issues);
    config = read.values;
  }
  const merged: Record<string, unknown> = { ...(flags as Record<string, unknown>) };
  const fromCli = (key: string) => command.getOptionValueSource(key) === 'cli';
  const base = path === undefined ? '.' : dirname(path);
  const located = (file: string) => (isAbsolute(file) ? file : relative('.', join(base, file)) || '.');
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined || fromCli(key)) continue;
    let setting: unknown = value;
    if ((PATH_KEYS as readonly string[]).includes(key)) setting = located(value as string);
    if (key === 'fx') setting = Object.entries(value as Record<string, string>).map(([code, rate]) => `${code}=${rate}`);
    if (key === 'map') setting = Object.entries(value as Record<string, string>).map(([field, heading]) => `${field}=${heading}`);
    if (key === 'format' && value === 'json' && !fromCli('format')) merged.json = true;
    // A dated balance: statements are files like the others; the config's balanceDate dates the config's balance
    // only, never one typed on the command line; and the report names where the balance came from.
    if (key === 'bank') setting = (value as string[]).map(located);
    if (key === 'balanceDate' && fromCli('balance')) continue;
    if (key === 'balance' && command.options.some((option) => option.attributeName() === 'balance')) merged.balanceFrom = 'config';
    // The client aliases are no flag: every command that reads statements takes them from the file.
    if (key === 'aliases' && command.options.some((option) => option.attributeName() === 'bank')) merged.aliases = value;
    // The tax profile is no flag either: every command that forecasts takes it from the file.
    if (key === 'tax' && command.options.some((option) => option.attributeName() === 'days')) merged.taxProfile = value;
    // Only settings this command has are taken; the rest of the file is for other commands.
    if (command.options.some((option) => option.attributeName() === key)) merged[key] = setting;
  }
  // Keys whose flag is named otherwise: "ignore" is --ignore-column.
  const hasOption = (name: string) => command.options.some((option) => option.attributeName() === name);
  if (config.ignore !== undefined && !fromCli('ignoreColumn') && hasOption('ignoreColumn')) merged.ignoreColumn = config.ignore;
  // `expenses --from-bank` learns from the statements the forecast's "bank" names.
  if (config.bank !== undefined && hasOption('fromBank') && !fromCli('fromBank')) merged.fromBank = config.bank.map(located);
  if (invoicesUse === 'unused') return { flags: merged as unknown as Flags, invoicesPath: '' };
  const invoices = invoicesPath ?? (config.invoices === undefined ? undefined : located(config.invoices));
  if (invoices === undefined) {
    throw usageError(ref('noInvoicesFile'), ref('noInvoicesFileHint'));
  }
  return { flags: merged as unknown as Flags, invoicesPath: invoices };
}

import { constants } from 'node:fs';
import { copyFile, realpath, stat } from 'node:fs/promises';
import { defaultCatalogue } from '../bridge/catalogue-choice.js';
import type { Currency } from '../domain/currency.js';
import type { Lang } from '../i18n/lang.js';
import { BRIDGES_SETUP } from '../i18n/messages/bridges-setup.js';
import { CLI_SETUP } from '../i18n/messages/cli-setup.js';
import { parseCatalogue } from '../read/catalogue.js';
import type { Catalogue } from '../read/catalogue-schema.js';
import { hasErrors } from '../read/input-issue.js';
import { ref } from '../read/issue-words.js';
import { loadText } from '../read/load-text.js';
import { optionLabel } from '../render/bridge-table.js';
import type { CliIo } from './io.js';
import { setupEntry } from './setup-entry.js';
import { askAboutOption } from './setup-questions.js';
import { InputError, usageError } from './user-errors.js';
import { replaceAtomically } from './write-output.js';

/** Where `bridges --setup` writes when neither --bridges nor the config names a catalogue. */
export const SETUP_FILE = 'bridges.json';

type Json = Record<string, unknown>;

/** The file as it stands: its document (to keep what it says about options not asked) and the catalogue it gives. */
async function existingCatalogue(path: string, currency: Currency, io: CliIo): Promise<{ document: Json; catalogue: Catalogue } | undefined> {
  if ((await stat(path).catch(() => undefined)) === undefined) return undefined;
  const text = await loadText(path, io);
  if ('issue' in text) throw new InputError([text.issue]);
  const read = parseCatalogue(text.text, path, defaultCatalogue(currency));
  if (read.values === undefined || hasErrors(read.issues)) throw new InputError(read.issues);
  const document = JSON.parse(text.text.replace(/^\uFEFF/, '')) as Json;
  if (document.extends !== 'defaults') throw usageError(ref('setupWholeCatalogue', path), ref('setupWholeCatalogueHint'));
  return { document, catalogue: read.values };
}

/** `bridges.json.bak`, or the first of `.bak.1`, `.bak.2`, … not taken: an older backup is never replaced. */
async function backUp(path: string): Promise<string> {
  for (let count = 0; count < 100; count++) {
    const backup = count === 0 ? `${path}.bak` : `${path}.bak.${count}`;
    try {
      await copyFile(path, backup, constants.COPYFILE_EXCL);
      return backup;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw usageError(ref('setupBackups', path), ref('setupBackupsHint', path));
}

/**
 * `cashflow bridges --setup`: asks on the terminal, option by option of the built-in catalogue, whether the user
 * has it and (for a credit line) its limit, used amount and rate, then writes an `"extends": "defaults"` file of
 * their answers. An existing file of the kind is read first (its figures are what Enter keeps), backed up, and
 * replaced whole only once every answer is in and the new file loads without a problem.
 */
export async function runSetup(path: string, currency: Currency, io: CliIo, lang: Lang = 'en'): Promise<void> {
  const text = BRIDGES_SETUP[lang];
  const ask = io.askLine;
  if (ask === undefined) throw usageError(ref('setupNeedsTerminal'), ref('setupNeedsTerminalHint'));
  const existing = await existingCatalogue(path, currency, io);
  const current = existing?.catalogue ?? defaultCatalogue(currency);
  const say = (text: string) => io.stderr(text);
  say(`${text.intro(currency.code, path)}\n`);
  const entries = new Map<string, unknown>();
  for (const builtIn of defaultCatalogue(currency).options) {
    const option = current.options.find((candidate) => candidate.id === builtIn.id) ?? builtIn;
    const status = builtIn.legal.status;
    if (status === 'illegal' || status === 'illegal_for_provider') {
      say(`\n${text.illegal(optionLabel(builtIn, undefined, lang))}\n`);
      continue;
    }
    const entry = setupEntry(option, await askAboutOption(option, currency, ask, say, lang));
    if (entry !== undefined) entries.set(builtIn.id, entry);
  }
  const kept = Array.isArray(existing?.document.options)
    ? (existing.document.options as unknown[]).filter((entry) => !entries.has((entry as Json | null)?.id as string))
    : [];
  const document = { $comment: CLI_SETUP[lang].setupComment(), ...existing?.document, extends: 'defaults', options: [...kept, ...entries.values()] };
  const json = `${JSON.stringify(document, null, 2)}\n`;
  // Never write a file the next run would refuse.
  const check = parseCatalogue(json, path, defaultCatalogue(currency));
  if (hasErrors(check.issues)) throw new InputError(check.issues);
  const backup = existing === undefined ? undefined : await backUp(path);
  const target = existing === undefined ? path : await realpath(path);
  await replaceAtomically(target, json, await stat(target, { bigint: true }).catch(() => undefined));
  const mine = [...entries.values()].filter((entry) => (entry as Json).enabled === true).length;
  say(`\n${text.wrote(path, mine, entries.size - mine, backup).join('\n')}\n`);
}

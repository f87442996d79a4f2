import type { Command } from 'commander';
import type { Currency } from '../domain/currency.js';
import type { Minor } from '../domain/money.js';
import { parseAmount } from '../domain/money.js';
import { ref } from '../read/issue-words.js';
import { flagValueError } from './user-errors.js';

/** --learn-expenses and --everyday as commander hands them over (config `learnExpenses`, `everyday`). */
export interface RawLearnFlags {
  readonly learnExpenses?: boolean | undefined;
  readonly everyday?: string | undefined;
}

/** What --everyday asks for: the amount the statements give, a typed monthly amount, or nothing. */
export type EverydayChoice = { readonly kind: 'auto' } | { readonly kind: 'typed'; readonly perMonth: Minor } | undefined;

/** --everyday auto | AMOUNT, validated; a typed amount is in the forecast currency. */
export function everydayChoiceOf(text: string | undefined, currency: Currency): EverydayChoice {
  if (text === undefined) return undefined;
  if (text.trim().toLowerCase() === 'auto') return { kind: 'auto' };
  const parsed = parseAmount(text, currency);
  if (!parsed.ok || parsed.minor < 0) throw flagValueError(`--everyday "${text}"`, ref('neitherAutoNorAmount'), ref('everydayHint', currency.code));
  return { kind: 'typed', perMonth: parsed.minor };
}

/** The options of learning from the statements: on every command that forecasts with --bank. */
export function addLearnOptions(command: Command): Command {
  return command
    .option('--learn-expenses', 'use the recurring expenses the --bank statements show; one the expenses file lists too is replaced, not doubled')
    .option('--everyday <amount>', "everyday spending a month, spread over each day: auto (the statements' typical month) or an amount");
}

import type { Currency } from '../domain/currency.js';
import { parseDecimalRate } from '../domain/decimal-rate.js';
import { formatMoney as formatMinor, minor, parseAmount } from '../domain/money.js';
import type { Lang } from '../i18n/lang.js';
import { BRIDGES_SETUP } from '../i18n/messages/bridges-setup.js';
import { INPUT_ISSUES } from '../i18n/messages/input-issues.js';
import { aprText, percentText } from '../i18n/rate-text.js';
import type { BridgeOption } from '../read/catalogue-schema.js';
import type { InputRef } from '../read/issue-words.js';
import { ref, wordsIn } from '../read/issue-words.js';
import { optionLabel } from '../render/bridge-table.js';
import type { SetupAnswer } from './setup-entry.js';
import { interestOf, limitOf } from './setup-entry.js';
import { usageError } from './user-errors.js';

type Ask = (question: string) => Promise<string | undefined>;
type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

// A mistyped answer is asked again; after this many the setup stops, so a stuck script never loops.
const TRIES = 3;

const formatMoney = (amount: number, currency: Currency) => formatMinor(minor(amount), currency);

function stopped(): never {
  throw usageError(ref('setupStopped'), ref('setupStoppedHint'));
}

/** What the setup says of an answer it cannot take: `"abc" is not an amount; write…`, in the run's language. */
function refusedAnswer(typed: string, lang: Lang, problem: InputRef, hint?: InputRef): Parsed<never> {
  const joins = INPUT_ISSUES[lang];
  const said = joins.afterSubject(`"${typed}"`, wordsIn(lang, problem));
  return { ok: false, problem: hint === undefined ? said : joins.withHint(said, wordsIn(lang, hint)) };
}

/** Asks until `parse` accepts the answer; Enter alone takes `fallback`. */
async function askFor<T>(ask: Ask, say: (text: string) => void, question: string, fallback: T, parse: (text: string) => Parsed<T>): Promise<T> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const typed = await ask(question);
    if (typed === undefined) stopped();
    if (typed.trim() === '') return fallback;
    const read = parse(typed);
    if (read.ok) return read.value;
    say(`  ${read.problem}\n`);
  }
  return stopped();
}

function moneyAnswer(currency: Currency, lang: Lang): (text: string) => Parsed<number> {
  return (text) => {
    const read = parseAmount(text, currency);
    if (!read.ok) return refusedAnswer(text, lang, read.reason, read.hintReason);
    if (read.minor < 0) return refusedAnswer(text, lang, ref('answerNegative'));
    return { ok: true, value: read.minor };
  };
}

function rateAnswer(text: string, lang: Lang): Parsed<number> {
  // The question asks for per cent a year, so "6.5" is 6.5 %, as is "6.5 %".
  const read = parseDecimalRate(text.includes('%') ? text : `${text} %`, {
    percent: 'sign',
    zero: true,
    thousands: false,
    max: { rate: { num: 10n, den: 1n }, problem: { id: 'yearlyRateAbove', params: [] }, hint: { id: 'yearlyRateHint', params: [] } },
    hint: { id: 'yearlyRateHint', params: [] },
  });
  if (!read.ok) return refusedAnswer(text, lang, read.reason, read.hintReason);
  // The catalogue keeps rates as decimal fractions (0.065); a per-cent figure of a few digits is exact enough there.
  return { ok: true, value: Number(read.rate.num) / Number(read.rate.den) };
}

function haveAnswer(text: string, lang: Lang): Parsed<'mine' | 'none'> {
  const word = text.trim().toLowerCase();
  if (['y', 'yes', '예', '네', 'ㅇ'].includes(word)) return { ok: true, value: 'mine' };
  if (['n', 'no', '아니오', '아니요', 'ㄴ'].includes(word)) return { ok: true, value: 'none' };
  return { ok: false, problem: BRIDGES_SETUP[lang].haveProblem(text) };
}

/** The typical (or the file's) figures of an option, in one line, so the user knows what Enter keeps. */
function figuresText(option: BridgeOption, currency: Currency, lang: Lang): string {
  const text = BRIDGES_SETUP[lang];
  const interest = interestOf(option);
  if (interest === undefined) return option.enabled ? text.on() : text.off();
  const { limit, used } = limitOf(option);
  // English says `6.50 % a year` as it always has; Korean `연이율 6.50%`.
  const rate = lang === 'en' ? percentText(interest.annualRate, 'en') : aprText(interest.annualRate, lang);
  return text.figures(formatMoney(limit, currency), formatMoney(used, currency), rate);
}

/**
 * Asks about one option: whether the user has it, and for a credit line its limit, the amount used now and its
 * rate, each with the figure Enter keeps. `current` is the option as the run has it (the file's, or built in).
 */
export async function askAboutOption(option: BridgeOption, currency: Currency, ask: Ask, say: (text: string) => void, lang: Lang = 'en'): Promise<SetupAnswer> {
  const text = BRIDGES_SETUP[lang];
  say(`\n${text.option(optionLabel(option, undefined, lang), option.typical, figuresText(option, currency, lang))}\n`);
  const have = await askFor(ask, say, text.haveIt(), 'keep' as const, (typed) => haveAnswer(typed, lang));
  if (have !== 'mine') return { kind: have };
  const interest = interestOf(option);
  if (interest === undefined) return { kind: 'mine' };
  const current = limitOf(option);
  const money = moneyAnswer(currency, lang);
  const limit = await askFor(ask, say, text.limit(formatMoney(current.limit, currency)), current.limit, money);
  let used = await askFor(ask, say, text.used(formatMoney(Math.min(current.used, limit), currency)), Math.min(current.used, limit), money);
  if (used > limit) {
    say(`${text.usedAboveLimit(formatMoney(limit, currency))}\n`);
    used = limit;
  }
  const percent = (interest.annualRate * 100).toFixed(2).replace(/\.?0+$/, '');
  const rate = await askFor(ask, say, text.rate(percent), interest.annualRate, (typed) => rateAnswer(typed, lang));
  return { kind: 'mine', limit, used, rate };
}

import { describe, expect, it } from 'vitest';
import { currencyOf } from '../../src/domain/currency.js';
import { parseIsoDay } from '../../src/domain/day.js';
import { minor } from '../../src/domain/money.js';
import { amountText, tableAmount } from '../../src/i18n/amount-text.js';
import { proseDay, tableDay } from '../../src/i18n/day-text.js';
import { displayWidth } from '../../src/i18n/display-width.js';
import { langOfLocale } from '../../src/i18n/locale-lang.js';
import { aprText, earText, percentText } from '../../src/i18n/rate-text.js';

const KRW = currencyOf('KRW')!;
const USD = currencyOf('USD')!;
const d = (text: string) => parseIsoDay(text)!;

describe('amounts', () => {
  it('are written 1,500,000원 in Korean prose, ₩1,500,000 in English and in every table', () => {
    expect(amountText(minor(1_500_000), KRW, 'ko')).toBe('1,500,000원');
    expect(amountText(minor(-30_000), KRW, 'ko')).toBe('-30,000원');
    expect(amountText(minor(1_500_000), KRW, 'en')).toBe('₩1,500,000');
    expect(tableAmount(minor(1_500_000), KRW)).toBe('₩1,500,000');
  });

  it('keep the sign of a currency other than won in Korean too', () => {
    expect(amountText(minor(123_456), USD, 'ko')).toBe('$1,234.56');
  });
});

describe('dates', () => {
  it('are 2026-12-01 in tables in both languages', () => {
    expect(tableDay(d('2026-12-01'))).toBe('2026-12-01');
  });

  it('are 12월 25일 in Korean prose, with the year only when it is not the as-of year', () => {
    expect(proseDay(d('2026-12-25'), d('2026-12-01'), 'ko')).toBe('12월 25일');
    expect(proseDay(d('2027-01-05'), d('2026-12-01'), 'ko')).toBe('2027년 1월 5일');
    expect(proseDay(d('2026-12-25'), d('2026-12-01'), 'en')).toBe('2026-12-25');
  });
});

describe('rates', () => {
  it('put the % against the figure in Korean and name 연이율 and 실질 연이율(EAR)', () => {
    expect(percentText(0.065, 'ko')).toBe('6.50%');
    expect(percentText(0.179, 'en')).toBe('17.9 %');
    expect(percentText(14.1, 'ko')).toBe('1,410%');
    expect(aprText(0.179, 'ko')).toBe('연이율 17.9%');
    expect(earText(0.194, 'ko')).toBe('실질 연이율(EAR) 19.4%');
    expect(aprText(0.179, 'en')).toBe('17.9 % APR');
    expect(earText(0.194, 'en')).toBe('19.4 % EAR');
  });
});

describe('the language of the locale', () => {
  it('takes LC_ALL, then LC_MESSAGES, then LANG, passing over C, POSIX and empty ones', () => {
    expect(langOfLocale({ LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(langOfLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(langOfLocale({ LC_ALL: '', LC_MESSAGES: 'ko_KR.eucKR', LANG: 'en_US.UTF-8' })).toBe('ko');
    expect(langOfLocale({ LC_ALL: 'C.UTF-8', LC_MESSAGES: 'POSIX', LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(langOfLocale({ LANG: 'C' })).toBe('en');
    expect(langOfLocale({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(langOfLocale({})).toBe('en');
  });
});

describe('display width', () => {
  it('counts Hangul as two cells and escape codes as none', () => {
    expect(displayWidth('스튜디오 봄')).toBe(11);
    expect(displayWidth('\u001b[1mClient\u001b[22m')).toBe(6);
  });
});

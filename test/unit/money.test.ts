import { describe, expect, it } from 'vitest';
import { formatMoney, minor as minorOf, parseAmount, toMajorNumber } from '../../src/domain/money.js';
import { KRW, USD } from '../support/factories.js';

describe('parseAmount', () => {
  it.each([
    ['1500000', KRW, 1_500_000],
    ['1,500,000', KRW, 1_500_000],
    ['₩1,500,000', KRW, 1_500_000],
    ['1500000원', KRW, 1_500_000],
    ['1,500,000 원', KRW, 1_500_000],
    ['KRW 1,500,000', KRW, 1_500_000],
    ['-₩200,000', KRW, -200_000],
    ['$1,234.56', USD, 123_456],
    ['1234.5', USD, 123_450],
    ['0.07', USD, 7],
    ['1,234', USD, 123_400],
    ['USD 10', USD, 1_000],
  ])('reads %s in %s as %i minor units', (text, currency, minor) => {
    expect(parseAmount(text, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ['abc', KRW, 'is not an amount'],
    ['1,50,000', KRW, 'is not an amount'],
    ['1.5.0', USD, 'is not an amount'],
    ['', KRW, 'is not an amount'],
    ['1500.5', KRW, 'has 1 decimal, but KRW has 0'],
    ['12.345', USD, 'has 3 decimals, but USD has 2'],
    ['$100', KRW, 'is written in USD, but the forecast is in KRW'],
    ['99999999999999999999', KRW, 'is too large'],
  ])('refuses %s in %s: %s', (text, currency, problem) => {
    const result = parseAmount(text, currency);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toBe(problem);
  });
});

describe('formatMoney', () => {
  it.each([
    [1_500_000, KRW, '₩1,500,000'],
    [-100_000, KRW, '-₩100,000'],
    [0, KRW, '₩0'],
    [123_456, USD, '$1,234.56'],
    [5, USD, '$0.05'],
    [-100, USD, '-$1.00'],
  ])('prints %i of %s as %s', (minor, currency, text) => {
    expect(formatMoney(minorOf(minor), currency.code === 'KRW' ? KRW : USD)).toBe(text);
  });
});

describe('toMajorNumber', () => {
  it('keeps won whole and turns cents into exact decimals', () => {
    expect(toMajorNumber(minorOf(1_500_000), KRW)).toBe(1_500_000);
    expect(JSON.stringify(toMajorNumber(minorOf(123_456), USD))).toBe('1234.56');
    expect(JSON.stringify(toMajorNumber(minorOf(-1), USD))).toBe('-0.01');
  });
});

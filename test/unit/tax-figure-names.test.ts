import { describe, expect, it } from 'vitest';
import { KR_INCOME_TAX_2025 } from '../../src/domain/kr-tax-rates/2025.js';
import { KR_INCOME_TAX_2026 } from '../../src/domain/kr-tax-rates/2026.js';
import { HEALTH_2026, PENSION_2026, PENSION_BASE_LIMITS, PENSION_FINAL_RATE, PENSION_RATES } from '../../src/domain/kr-tax-rates/insurance-2026.js';
import { VALUE_ADDED_RATES_2026, VAT_2026 } from '../../src/domain/kr-tax-rates/vat-2026.js';
import { TAX_CALENDAR } from '../../src/i18n/messages/tax-calendar.js';
import { TAX_FIGURES } from '../../src/i18n/messages/tax-figures.js';

/** Every `id` of a sourced figure anywhere in the tables. */
function idsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsIn(item, into);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && 'confirmed' in record) into.add(record.id);
    for (const child of Object.values(record)) idsIn(child, into);
  }
  return into;
}

const TABLES = [
  KR_INCOME_TAX_2025,
  KR_INCOME_TAX_2026,
  HEALTH_2026,
  PENSION_2026,
  PENSION_BASE_LIMITS,
  PENSION_FINAL_RATE,
  PENSION_RATES,
  VAT_2026,
  VALUE_ADDED_RATES_2026,
];

describe('the Korean names of the tax tables’ figures', () => {
  it('names every figure of the tables, not its id', () => {
    const ids = [...idsIn(TABLES)];
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) expect(TAX_FIGURES.ko.figure(id), id).not.toBe(id);
  });

  it('names the ids made per year and per industry, and prints an unknown one as it is', () => {
    expect(TAX_FIGURES.ko.figure('rates-2027')).toBe('2027년 세율표(가까운 해의 표로 대체)');
    expect(TAX_FIGURES.ko.figure('kr-pension-2030-rate')).toBe('2030년 국민연금 보험료율');
    expect(TAX_FIGURES.ko.figure('kr-vat-2026-value-added-retail')).toBe('업종별 부가가치율(retail)');
    expect(TAX_FIGURES.ko.figure('some-new-figure')).toBe('some-new-figure');
  });

  it('lists them in the 세금 추정 line; English keeps the ids, as the JSON has them', () => {
    const ids = ['kr-health-2026-due-day', 'kr-health-2026-long-term-care-rate', 'kr-insurance-income-year-substituted'];
    expect(TAX_CALENDAR.ko.unconfirmed(ids)).toBe('확인되지 않은 수치: 건강보험료 납부일, 장기요양보험료율, 보험료 산정 소득 연도(가까운 해로 대체)');
    expect(TAX_CALENDAR.en.unconfirmed(ids)).toBe(`unconfirmed figures: ${ids.join(', ')}`);
  });
});

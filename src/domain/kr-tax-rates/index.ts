import { KR_INCOME_TAX_2025 } from './2025.js';
import { KR_INCOME_TAX_2026 } from './2026.js';
import type { KrIncomeTaxRates } from './types.js';

// One entry per tax year: next year's change is a new file and a line here.
const TABLES: readonly KrIncomeTaxRates[] = [KR_INCOME_TAX_2025, KR_INCOME_TAX_2026];

/** The table for a tax year and whether it is that year's own, else the nearest year's (`rates-YYYY` unconfirmed). */
export function incomeTaxRates(year: number): { readonly rates: KrIncomeTaxRates; readonly ownYear: boolean } {
  const own = TABLES.find((table) => table.year === year);
  if (own !== undefined) return { rates: own, ownYear: true };
  const earlier = TABLES.filter((table) => table.year < year).at(-1);
  return { rates: earlier ?? TABLES[0]!, ownYear: false };
}

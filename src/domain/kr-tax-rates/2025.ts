import { KR_INCOME_TAX_2026 } from './2026.js';
import type { KrIncomeTaxRates } from './types.js';

/**
 * Tax year 2025 (returns filed May 2026): the brackets of 제55조① have stood since the 2022.12.31 amendment (tax
 * years 2023 on), the due days are the same. 제59조의4⑨ was amended on 2025.12.23, so the 70,000 credit as it
 * applied to 2025 is not confirmed.
 */
export const KR_INCOME_TAX_2025: KrIncomeTaxRates = {
  ...KR_INCOME_TAX_2026,
  year: 2025,
  brackets: { ...KR_INCOME_TAX_2026.brackets, id: 'brackets-2025' },
  standardTaxCredit: { ...KR_INCOME_TAX_2026.standardTaxCredit, confirmed: false },
};

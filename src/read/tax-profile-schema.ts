import type { TaxKind, TaxProfile } from '../domain/tax-calendar.js';
import { z } from './zod.js';

const TAX_KINDS = [
  'income-tax',
  'income-tax-refund',
  'interim-prepayment',
  'health-insurance',
  'pension',
  'vat-preliminary',
  'vat-final',
] as const satisfies readonly TaxKind[];

/**
 * The config key "tax": the Korean tax calendar's profile (README, "Korean tax calendar"). Amounts are whole won as
 * JSON numbers; rates are decimals (0.641 for 64.1 %), read exactly as written (src/domain/ratio.ts ratioOf).
 * Built by the config schema on first use.
 */
export function taxProfileSchema() {
  const won = z.number({ error: 'must be a whole number of won' }).int({ message: 'must be a whole number of won' });
  const nonNegativeWon = won.nonnegative({ message: 'must be a whole number of won, 0 or more' });
  const rate = z.number({ error: 'must be a decimal rate such as 0.641' }).min(0, { message: 'must be 0 or more' }).max(1, {
    message: 'must be at most 1 (a decimal: 0.641 for 64.1 %)',
  });
  const incomeKind = z.enum(['business', 'other'], { error: 'must be "business" (사업소득 3.3 %) or "other" (기타소득 8.8 %)' });
  const monthly = z.union([nonNegativeWon, z.literal('estimate')], { error: 'must be a monthly amount in won or "estimate"' });
  const override = z.strictObject(
    Object.fromEntries(TAX_KINDS.map((kind) => [kind, kind === 'income-tax' ? won.optional() : nonNegativeWon.optional()])) as Record<
      TaxKind,
      z.ZodOptional<typeof won>
    >,
    { error: (issue) => (issue.code === 'unrecognized_keys' ? { message: `is not a tax event kind: use ${TAX_KINDS.join(', ')}` } : undefined) },
  );
  return z
    .strictObject(
      {
        income: z.union([incomeKind, z.array(incomeKind).min(1)]).default('business'),
        vat: z.enum(['none', 'general', 'simplified'], { error: 'must be "none", "general" or "simplified"' }).default('none'),
        expenseMethod: z.enum(['simple', 'standard', 'actual'], { error: 'must be "simple", "standard" or "actual"' }).optional(),
        expenseRate: rate.optional(),
        expenseRateAbove: rate.optional(),
        industryCode: z
          .string()
          .regex(/^\d{6}$/, { message: 'must be a six-digit 업종코드 such as 940909' })
          .optional(),
        dependents: z.number().int({ message: 'must be a whole number of people' }).min(0).max(99).default(0),
        lastYearIncomeTax: nonNegativeWon.optional(),
        interimPaid: nonNegativeWon.optional(),
        healthInsurance: monthly.optional(),
        pension: monthly.optional(),
        instalments: z.boolean({ error: 'must be true or false' }).default(false),
        override: override.default({}),
      },
      { error: (issue) => (issue.code === 'unrecognized_keys' ? { message: 'is not a tax profile key' } : undefined) },
    )
    .transform(
      (profile): TaxProfile => ({
        ...withoutUndefined(profile),
        income: typeof profile.income === 'string' ? [profile.income] : [...new Set(profile.income)],
        override: withoutUndefined(profile.override),
      }),
    );
}

/** The keys that were given: an absent key stays absent, so the profile's optional fields read as the type says. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

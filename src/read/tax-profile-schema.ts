import type { TaxKind, TaxProfile } from '../domain/tax-calendar.js';
import { says, z } from './zod.js';

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
  const won = z.number({ error: says('wholeWon') }).int({ message: says('wholeWon') });
  const nonNegativeWon = won.nonnegative({ message: says('wholeWonOrZero') });
  const rate = z
    .number({ error: says('decimalRate') })
    .min(0, { message: says('zeroOrMore') })
    .max(1, {
      message: says('atMostOneDecimal'),
    });
  const incomeKind = z.enum(['business', 'other'], { error: says('incomeKind') });
  const monthly = z.union([nonNegativeWon, z.literal('estimate')], { error: says('monthlyOrEstimate') });
  const override = z.strictObject(
    Object.fromEntries(TAX_KINDS.map((kind) => [kind, kind === 'income-tax' ? won.optional() : nonNegativeWon.optional()])) as Record<
      TaxKind,
      z.ZodOptional<typeof won>
    >,
    { error: (issue) => (issue.code === 'unrecognized_keys' ? { message: says('notTaxKind', TAX_KINDS) } : undefined) },
  );
  return z
    .strictObject(
      {
        income: z.union([incomeKind, z.array(incomeKind).min(1, { message: says('incomeKinds') })], { error: says('incomeKinds') }).default('business'),
        vat: z.enum(['none', 'general', 'simplified'], { error: says('vatKind') }).default('none'),
        expenseMethod: z.enum(['simple', 'standard', 'actual'], { error: says('expenseMethod') }).optional(),
        expenseRate: rate.optional(),
        expenseRateAbove: rate.optional(),
        industryCode: z
          .string()
          .regex(/^\d{6}$/, { message: says('industryCode') })
          .optional(),
        dependents: z
          .number()
          .int({ message: says('wholePeople') })
          .min(0)
          .max(99)
          .default(0),
        lastYearIncomeTax: nonNegativeWon.optional(),
        interimPaid: nonNegativeWon.optional(),
        healthInsurance: monthly.optional(),
        pension: monthly.optional(),
        instalments: z.boolean({ error: says('trueOrFalse') }).default(false),
        override: override.default({}),
      },
      { error: (issue) => (issue.code === 'unrecognized_keys' ? { message: says('notTaxKey') } : undefined) },
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

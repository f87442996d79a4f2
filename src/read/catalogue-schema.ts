import { excerpt } from './excerpt.js';
import { says, z } from './zod.js';

// The bridge-options catalogue (brief §D1): what a user may borrow, sell or defer, and what each costs.
// Money is integer minor units of the catalogue's currency; rates are annual decimal fractions (0.179 = 17.9 %).

// "none" (brief §D1) is not offered: a charge is paid in whole minor units, so some rounding always applies.
export const ROUNDINGS = ['floor', 'round', 'floor10'] as const;
export const CATEGORIES = [
  'revolving_line',
  'card_cash_advance',
  'installment_loan',
  'single_payment_loan',
  'receivable_finance',
  'early_payment_discount',
  'expense_deferral',
  'micropayment_cashout',
  'payday_loan',
  'merchant_cash_advance',
] as const;
const ILLEGAL = ['illegal_for_provider', 'illegal'];

// zod builds a schema object for every node when the schema is constructed: the catalogue's ~120 nodes cost ~20 ms,
// a tenth of a start, which a run on the built-in catalogue never needs (see bridge/catalogue-choice.ts). So the
// schemas are built on first use.
function buildSchemas() {
  const money = z
    .number()
    .int({ message: says('wholeMinor') })
    .nonnegative({ message: says('notNegative') })
    .refine(Number.isSafeInteger, { message: says('tooLarge') });
  const rate = z
    .number({ message: says('rateNumber') })
    .min(0, { message: says('notNegative') })
    .max(10, { message: says('rateAboveTen') });
  const days = z
    .number()
    .int({ message: says('wholeDays') })
    .nonnegative({ message: says('notNegative') });
  const timing = z.enum(['deduct_at_draw', 'add_at_repay', 'pay_at_draw']);

  const chargeSchema = z.discriminatedUnion(
    'type',
    [
      z.strictObject({
        type: z.literal('interest'),
        annualRate: rate,
        dayBasis: z.union([z.literal(365), z.literal(360)]).default(365),
        compounding: z.enum(['simple', 'daily']).default('simple'),
        on: z.enum(['outstanding', 'principal_plus_fees']).default('outstanding'),
        rounding: z
          .enum(ROUNDINGS, {
            error: (issue) => (issue.input === 'none' ? says('roundingNone') : says('roundingKind')),
          })
          .default('round'),
      }),
      z.strictObject({
        type: z.literal('pct_fee'),
        pct: rate,
        of: z.enum(['principal', 'face', 'cash']),
        min: money.optional(),
        max: money.optional(),
        timing,
      }),
      z.strictObject({ type: z.literal('flat_fee'), amount: money, timing }),
      z.strictObject({
        type: z.literal('block_fee'),
        pct: rate,
        of: z.literal('face'),
        blockDays: days.min(1),
        timing: z.enum(['deduct_at_draw', 'deduct_from_reserve']),
      }),
      z.strictObject({ type: z.literal('haircut'), pct: rate.max(0.99, { message: says('haircutBelowOne') }) }),
      z.strictObject({ type: z.literal('discount'), pct: rate.max(0.99, { message: says('belowOne') }), of: z.literal('invoice_gross') }),
      z.strictObject({
        type: z.literal('late_fee'),
        flat: money.optional(),
        once: rate.optional(),
        daily: rate.optional(),
        monthly: rate.optional(),
        graceDays: days.optional(),
        dayCount: z.enum(['exclusive_end', 'inclusive_end']),
        cap: rate.optional(),
      }),
      z.strictObject({ type: z.literal('prepayment_fee'), pct: rate, waivedAfterDays: days.optional() }),
    ],
    { error: () => ({ message: says('notChargeType') }) },
  );

  const termSchema = z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('flexible'), minDays: days.optional(), maxDays: days.min(1).optional() }),
      z.strictObject({ kind: z.literal('fixed_days'), days: days.min(1) }),
      z.strictObject({
        kind: z.literal('billing_cycle'),
        closeDay: z.union([z.literal('last'), z.number().int().min(1).max(31)]),
        dueDay: z
          .number()
          .int()
          .min(1, { message: says('dayOfMonth') })
          .max(31, { message: says('dayOfMonth') }),
        dueMonthOffset: z.union([z.literal(1), z.literal(2)]),
        // 선결제: may be repaid before the bill's day, paying interest only for the days held.
        prepayable: z.boolean().optional(),
      }),
      z.strictObject({ kind: z.literal('until_invoice_paid') }),
      z.strictObject({ kind: z.literal('installments'), count: z.number().int().min(1).max(120), everyMonths: z.number().int().min(1).max(12) }),
      z.strictObject({ kind: z.literal('deferral'), maxDays: days.min(1).optional() }),
    ],
    { error: () => ({ message: says('notTermKind') }) },
  );

  const optionSchema = z
    .object({
      id: z.string().regex(/^[a-z0-9-]{3,64}$/, { message: says('optionId') }),
      name: z.object({ en: z.string().min(1), ko: z.string().optional() }),
      category: z.enum(CATEGORIES, { error: () => ({ message: says('notCategory', CATEGORIES) }) }),
      enabled: z.boolean(),
      recommendable: z.boolean(),
      legal: z.object({
        status: z.enum(['legal', 'regulated', 'illegal_for_provider', 'illegal']),
        refs: z.array(z.string()).default([]),
        note: z.string().optional(),
      }),
      risk: z.object({ level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]), flags: z.array(z.string()).default([]) }),
      availability: z.object({
        leadTimeDays: days,
        requiresApproval: z.boolean().default(false),
        approved: z.boolean().optional(),
        eligibility: z.array(z.string()).optional(),
      }),
      amount: z.object({
        basis: z.enum(['cash', 'face']),
        min: money,
        max: money,
        step: money.min(1, { message: says('atLeastOne') }),
        lump: z.array(money).optional(),
        capacity: z.object({ limit: money, used: money, resets: z.enum(['calendar_month', 'billing_cycle', 'never']) }).optional(),
        sharedLimitId: z.string().optional(),
      }),
      proceeds: z.object({ advanceRate: rate.max(1, { message: says('atMostFace') }) }).optional(),
      term: termSchema,
      charges: z.array(chargeSchema),
      regulatoryCap: z.object({ annualSimpleRate: rate, includesFees: z.boolean(), voidAbove: rate.optional(), ref: z.string() }).optional(),
      linkedInvoiceId: z.string().optional(),
      /**
       * The payments an expense deferral is priced against (issue 15): "national_tax" (expenses of category tax/세금),
       * "social_insurance" (category insurance naming 건강보험 or 국민연금), or one expenses row, `file:line`, for an
       * option cashflow makes from a row's `deferrable` cell. Without it a deferral is priced against the window alone.
       */
      linkedExpense: z.string().min(1).optional(),
      sources: z.array(z.string()).default([]),
      /** The figures are typical ones, not the user's own: a plan that uses the option says so (issue 15). */
      typical: z.boolean().default(false),
      notes: z.string().optional(),
    })
    .superRefine((option, ctx) => {
      if (option.amount.min > option.amount.max) ctx.addIssue({ code: 'custom', path: ['amount', 'min'], message: says('aboveMax') });
      option.amount.lump?.forEach((lump, index) => {
        if (lump < option.amount.min || lump > option.amount.max) {
          ctx.addIssue({ code: 'custom', path: ['amount', 'lump', index], message: says('outsideMinMax') });
        }
      });
      if (option.recommendable && ILLEGAL.includes(option.legal.status)) {
        ctx.addIssue({
          code: 'custom',
          path: ['recommendable'],
          message: says('illegalRecommendable', option.legal.status),
        });
      }
      const invoiceLinked = option.category === 'receivable_finance' || option.category === 'early_payment_discount';
      if (option.term.kind === 'until_invoice_paid' && !invoiceLinked) {
        ctx.addIssue({ code: 'custom', path: ['term', 'kind'], message: says('untilInvoicePaid') });
      }
      if (option.charges.some((charge) => charge.type === 'discount') && option.category !== 'early_payment_discount') {
        ctx.addIssue({ code: 'custom', path: ['charges'], message: says('discountCharge') });
      }
      if (option.category === 'receivable_finance' && option.proceeds?.advanceRate === undefined) {
        ctx.addIssue({ code: 'custom', path: ['proceeds'], message: says('receivableProceeds') });
      }
    });

  const catalogueSchema = z
    .object({
      /** A note for the person editing the file (`bridges --init` says what "typical" means there); not read. */
      $comment: z.string().optional(),
      schemaVersion: z.literal(1, { error: () => ({ message: says('mustBeOne') }) }),
      currency: z.string().regex(/^[A-Z]{3}$/, { message: says('isoCode') }),
      jurisdiction: z.enum(['KR', 'US', 'EU', 'UK', 'OTHER']).default('OTHER'),
      /** "defaults": the file's options replace default options with the same id and add the rest; absent: the file replaces the defaults. */
      extends: z.literal('defaults').optional(),
      sharedLimits: z.array(z.object({ id: z.string(), limit: money, used: money, note: z.string().optional() })).default([]),
      options: z.array(optionSchema),
    })
    .superRefine((catalogue, ctx) => {
      const seen = new Set<string>();
      catalogue.options.forEach((option, index) => {
        if (seen.has(option.id)) ctx.addIssue({ code: 'custom', path: ['options', index, 'id'], message: says('repeatsId', excerpt(option.id)) });
        seen.add(option.id);
        const shared = option.amount.sharedLimitId;
        if (shared !== undefined && !catalogue.sharedLimits.some((limit) => limit.id === shared)) {
          ctx.addIssue({
            code: 'custom',
            path: ['options', index, 'amount', 'sharedLimitId'],
            message: says('noSharedLimit', excerpt(shared)),
          });
        }
      });
    });
  return { chargeSchema, termSchema, optionSchema, catalogueSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The catalogue's zod schemas: the one description of a valid catalogue and of its messages. */
export function catalogueSchemas(): Schemas {
  schemas ??= buildSchemas();
  return schemas;
}

export type Catalogue = z.output<Schemas['catalogueSchema']>;
export type CatalogueInput = z.input<Schemas['catalogueSchema']>;
export type BridgeOption = z.output<Schemas['optionSchema']>;
export type Charge = z.output<Schemas['chargeSchema']>;
export type TermRule = z.output<Schemas['termSchema']>;

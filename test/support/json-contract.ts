import { z } from 'zod';

// The JSON contract of `cashflow forecast --json`, version 1, as documented in the README.
// Strict objects: a renamed or stray field fails the test; a new field must be added here on purpose.
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const money = z.number().finite();

const invoiceEvent = z.strictObject({
  date: isoDate,
  kind: z.literal('invoice'),
  id: z.string(),
  client: z.string(),
  amount: money.positive(),
  overdue: z.boolean(),
  issued: isoDate,
  due: isoDate.nullable(),
  balance: money,
  source: z.string().regex(/:\d+$/),
  gross: money.positive(),
  withheld: money.nonnegative(),
  vat: money.nonnegative(),
  assumption: z.string().regex(/^(history: median \d+ d over \d+ invoices|default: \d+ d)$/),
  original: z.strictObject({ amount: money.positive(), currency: z.string().length(3) }).nullable(),
  expectedBy: z.strictObject({
    basis: z.enum(['history', 'default', 'overdue']),
    days: z.number().int().nonnegative(),
    paidCount: z.number().int().nonnegative(),
  }),
});
const taxPair = z.strictObject({ national: money.nonnegative(), local: money.nonnegative() });
const taxKind = z.enum(['income-tax', 'income-tax-refund', 'interim-prepayment', 'health-insurance', 'pension', 'vat-preliminary', 'vat-final']);
// Issue 16: an estimated event adds its kind, its return's due date, its working and what is unconfirmed; a refund
// is the one tax event with a positive amount.
const taxEvent = z
  .strictObject({
    date: isoDate,
    kind: z.literal('tax'),
    description: z.string(),
    amount: money,
    balance: money,
    invoices: z.array(z.string()),
    taxKind: taxKind.optional(),
    dueDate: isoDate.nullable().optional(),
    working: z
      .looseObject({
        income: money.nonnegative().optional(),
        expenseRate: z.number().min(0).max(1).optional(),
        taxable: money.nonnegative().optional(),
        tax: taxPair.optional(),
        withheld: taxPair.optional(),
      })
      .optional(),
    unconfirmed: z.array(z.string()).optional(),
    estimate: z.literal('estimate — compare with 홈택스 모의계산').optional(),
  })
  .refine((event) => (event.taxKind === 'income-tax-refund' ? event.amount > 0 : event.amount < 0), {
    message: 'a tax payment is negative, a refund positive',
  });
const expenseEvent = z.strictObject({
  date: isoDate,
  kind: z.literal('expense'),
  description: z.string(),
  category: z.string().nullable(),
  amount: money.negative(),
  balance: money,
  source: z.string().regex(/:\d+$/),
});

const rate = z.number().finite();
const basis = z.enum(['yours', 'typical']);
/** The payment an expense deferral puts off (issue 15, item 4). */
const expense = z.strictObject({ description: z.string(), due: isoDate, amount: money.positive() }).nullable();
const part = z.strictObject({
  option: z.string(),
  basis,
  invoice: z.string().nullable(),
  expense,
  amount: money.positive(),
  cashReceived: money.nonnegative(),
  drawDate: isoDate,
  repayDate: isoDate,
  cost: money.nonnegative(),
  apr: rate,
  ear: rate,
});
/** One option priced alone: `shortfalls[].alternatives[]` and `cashflow bridges --json` `options[]`. */
export const alternativeJson = z.strictObject({
  option: z.string(),
  name: z.string(),
  invoice: z.string().nullable(),
  expense,
  feasible: z.boolean(),
  recommendable: z.boolean(),
  cost: money.nullable(),
  apr: rate.nullable(),
  ear: rate.nullable(),
  cashReceived: money.nullable(),
  drawDate: isoDate.nullable(),
  repayDate: isoDate.nullable(),
  reason: z.string().nullable(),
  legal: z.string().nullable(),
  cap: z.enum(['none', 'ok', 'above_cap', 'void']).nullable(),
  risk: z.number().int().min(0).max(3),
  notes: z.string().nullable(),
});

export const forecastJsonV1 = z.strictObject({
  version: z.literal(1),
  asOf: isoDate,
  currency: z.string().length(3),
  horizon: z.strictObject({ start: isoDate, end: isoDate, days: z.number().int().positive() }),
  assumptions: z.strictObject({
    openingBalance: money,
    openingBalanceGiven: z.boolean(),
    buffer: money,
    delayDays: z.number().int(),
    overdueGraceDays: z.number().int(),
    minHistory: z.number().int().nullable(),
    extraDelayDays: z.number().int(),
    doubtfulAfterDays: z.number().int().positive(),
    balanceAmount: money,
    balanceDate: isoDate,
    balanceSource: z.string().min(1).nullable(),
    balanceAgeDays: z.number().int(),
    maxBalanceAge: z.number().int().nonnegative(),
    balanceStale: z.boolean(),
    statements: z.array(
      z.strictObject({
        file: z.string(),
        profile: z.string(),
        from: isoDate.nullable(),
        to: isoDate.nullable(),
        balance: money.nullable(),
        balanceDate: isoDate.nullable(),
      }),
    ),
    caughtUp: z.array(
      z.strictObject({
        date: isoDate,
        kind: z.enum(['invoice', 'expense', 'tax', 'statement']),
        description: z.string(),
        amount: money,
        balance: money,
        source: z.string().nullable(),
        assumed: z.boolean(),
      }),
    ),
    paidByStatement: z.array(z.strictObject({ invoice: z.string(), client: z.string(), paidOn: isoDate, received: money.positive() })),
    partlyPaidByStatement: z.array(z.strictObject({ invoice: z.string(), client: z.string(), received: money.positive(), remaining: money.positive() })),
    // Issue 14: --learn-expenses and --everyday.
    learnedExpenses: z.array(
      z.strictObject({
        description: z.string(),
        amount: money.positive(),
        repeat: z.enum(['weekly', 'biweekly', 'monthly', 'quarterly', 'yearly']),
        date: isoDate,
        replaces: z.string().regex(/:\d+$/).nullable(),
        category: z.string().nullable(),
        source: z.string().regex(/:\d+$/),
      }),
    ),
    everyday: z
      .strictObject({ perMonth: money.nonnegative(), months: z.array(z.string().regex(/^\d{4}-\d{2}$/)), source: z.enum(['bank', '--everyday']) })
      .nullable(),
  }),
  summary: z.strictObject({
    lowestBalance: money,
    lowestDate: isoDate,
    firstShortfall: isoDate.nullable(),
    shortfallCount: z.number().int().nonnegative(),
    closingBalance: money,
    bridgingCost: money.nonnegative(),
    skippedRows: z.number().int().nonnegative(),
    shortSince: isoDate.nullable(),
    // Issue 15: what can leave the account today without creating or deepening a shortfall.
    safeToSpend: money.nonnegative(),
    doubtfulTotal: money.nonnegative(),
  }),
  events: z.array(z.discriminatedUnion('kind', [invoiceEvent, expenseEvent, taxEvent])),
  days: z.array(z.strictObject({ date: isoDate, inflow: money.nonnegative(), outflow: money.nonnegative(), balance: money })),
  shortfalls: z.array(
    z.strictObject({
      start: isoDate,
      end: isoDate,
      days: z.number().int().positive(),
      peakGap: money.positive(),
      peakDate: isoDate,
      recovery: isoDate.nullable(),
      structural: z.boolean(),
      recoversAfterHorizon: isoDate.nullable(),
      runRate: z.strictObject({ perMonth: money.nonnegative(), months: z.number().int().min(1).max(12), from: isoDate, to: isoDate }).nullable(),
      plan: z.strictObject({ basis, totalCost: money.nonnegative(), residualGap: money.nonnegative(), parts: z.array(part), exact: z.boolean() }).nullable(),
      nextBest: part.nullable(),
      alternatives: z.array(alternativeJson),
      askEarly: z.array(
        z.strictObject({
          invoice: z.string(),
          client: z.string(),
          amount: money,
          expected: isoDate,
          daysSooner: z.number().int().positive(),
          apr: rate,
          /** Issue 15, item 3: the discount's share and money, and whether the plan takes it. */
          pct: rate,
          cost: money.positive(),
          inPlan: z.boolean(),
        }),
      ),
      note: z.string().nullable(),
    }),
  ),
  scenarios: z.array(
    z.strictObject({
      extraDelayDays: z.number().int().nonnegative(),
      firstShortfall: isoDate.nullable(),
      lowestBalance: money,
      lowestDate: isoDate,
      shortfallCount: z.number().int().nonnegative(),
      bridgingCost: money.nonnegative(),
      structural: z.boolean(),
      unplannedWindows: z.number().int().nonnegative(),
    }),
  ),
  simulation: z
    .strictObject({
      runs: z.number().int().positive(),
      seed: z.number().int(),
      nonPaymentProbability: rate,
      shortfallProbability: rate,
      lowestBalance: z.strictObject({ p10: money, p50: money, p90: money }),
      expectedBridgingCost: money.nonnegative(),
      unbridgedProbability: rate,
      windowFrequency: z.array(rate),
      windowNotes: z.array(z.string().nullable()),
      days: z.array(z.strictObject({ date: isoDate, shortProbability: rate })),
    })
    .nullable(),
  doubtful: z.array(
    z.strictObject({
      invoice: z.string(),
      client: z.string(),
      amount: money.positive(),
      due: isoDate.nullable(),
      daysLate: z.number().int().nonnegative(),
      reason: z.enum(['disputed', 'late']),
      source: z.string().regex(/:\d+$/),
    }),
  ),
  writtenOff: z.array(z.strictObject({ invoice: z.string(), client: z.string(), amount: money.positive(), source: z.string().regex(/:\d+$/) })),
  taxEstimatesCovered: z.array(
    z.strictObject({
      taxKind: z.enum(['income-tax', 'income-tax-refund', 'interim-prepayment', 'health-insurance', 'pension', 'vat-preliminary', 'vat-final']),
      date: isoDate,
      amount: money,
      description: z.string(),
      coveredBy: z.string().regex(/:\d+$/),
      rowDate: isoDate,
    }),
  ),
  warnings: z.array(z.strictObject({ kind: z.enum(['no-expenses']), message: z.string() })),
});

// The contract of `cashflow check --json`, version 1 (README, "Cron"): the same shape whether or not all is well.
export const checkJsonV1 = z.strictObject({
  version: z.literal(1),
  asOf: isoDate,
  currency: z.string().length(3),
  summary: z.strictObject({
    safeToSpend: money.nonnegative(),
    lowestBalance: money,
    lowestDate: isoDate,
    firstShortfall: isoDate.nullable(),
    shortfallCount: z.number().int().nonnegative(),
    soonCount: z.number().int().nonnegative(),
    bridgingCost: money.nonnegative(),
    balanceAgeDays: z.number().int().nonnegative(),
    balanceStale: z.boolean(),
  }),
  attention: z.array(z.strictObject({ kind: z.enum(['shortfall', 'structural', 'stale-balance']), date: isoDate, message: z.string().min(1) })),
});

import { z } from 'zod';

// The JSON contract of `cashflow forecast --json`, version 1, as documented in the README.
// Strict objects: a renamed or stray field fails the test; a new field must be added here on purpose.
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const money = z.number().finite();

const invoiceEvent = z.strictObject({
  date: isoDate, kind: z.literal('invoice'), id: z.string(), client: z.string(), amount: money.positive(),
  overdue: z.boolean(), issued: isoDate, due: isoDate.nullable(), balance: money, source: z.string().regex(/:\d+$/),
});
const expenseEvent = z.strictObject({
  date: isoDate, kind: z.literal('expense'), description: z.string(), category: z.string().nullable(),
  amount: money.negative(), balance: money, source: z.string().regex(/:\d+$/),
});

export const forecastJsonV1 = z.strictObject({
  version: z.literal(1),
  asOf: isoDate,
  currency: z.string().length(3),
  horizon: z.strictObject({ start: isoDate, end: isoDate, days: z.number().int().positive() }),
  assumptions: z.strictObject({
    openingBalance: money, openingBalanceGiven: z.boolean(), buffer: money,
    delayDays: z.number().int(), overdueGraceDays: z.number().int(),
  }),
  summary: z.strictObject({
    lowestBalance: money, lowestDate: isoDate, firstShortfall: isoDate.nullable(),
    shortfallCount: z.number().int().nonnegative(), closingBalance: money,
  }),
  events: z.array(z.discriminatedUnion('kind', [invoiceEvent, expenseEvent])),
  days: z.array(z.strictObject({ date: isoDate, inflow: money.nonnegative(), outflow: money.nonnegative(), balance: money })),
  shortfalls: z.array(z.strictObject({
    start: isoDate, end: isoDate, days: z.number().int().positive(), peakGap: money.positive(), peakDate: isoDate,
    recovery: isoDate.nullable(), structural: z.boolean(),
  })),
});

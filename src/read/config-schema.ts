import { taxProfileSchema } from './tax-profile-schema.js';
import { says, z } from './zod.js';

// Built on first use, when there is a config file: zod's schema objects cost ~8 ms of a start to build.
function buildConfigSchema() {
  const amount = z.union([z.string(), z.number()]).transform(String);
  const count = z
    .union([z.string().regex(/^\d+$/, { message: says('wholeNumber') }), z.number().int().nonnegative()], {
      error: () => ({ message: says('wholeNumber') }),
    })
    .transform(String);

  /**
   * cashflow.config.json: what the monthly routine would otherwise type as flags. Every key is optional;
   * a flag given on the command line wins over the file, and the file over the built-in default.
   */
  const configSchema = z.strictObject(
    {
      invoices: z.string().min(1).optional(),
      expenses: z.string().min(1).optional(),
      bridges: z.string().min(1).optional(),
      fxRates: z.string().min(1).optional(),
      balance: amount.optional(),
      buffer: amount.optional(),
      currency: z
        .string()
        .regex(/^[A-Za-z]{3}$/, { message: says('currencyCode') })
        .optional(),
      days: count.optional(),
      delay: count.optional(),
      overdueGrace: count.optional(),
      minHistory: count.optional(),
      withholding: amount.optional(),
      fx: z.record(z.string().regex(/^[A-Za-z]{3}$/), amount).optional(),
      map: z.record(z.string(), z.string()).optional(),
      encoding: z.string().optional(),
      decimalComma: z.boolean().optional(),
      dateFormat: z.string().optional(),
      format: z.enum(['table', 'json', 'csv']).optional(),
      daily: z.boolean().optional(),
      events: z.boolean().optional(),
      color: z.boolean().optional(),
      chart: z.boolean().optional(),
      failOnShortfall: z.boolean().optional(),
      within: count.optional(),
      // A dated balance (issue 13): statements, the day a typed balance is of, and when it goes stale.
      bank: z.array(z.string().min(1)).optional(),
      balanceDate: z.string().min(1).optional(),
      maxBalanceAge: count.optional(),
      // Issue 15: days past due after which an open invoice is doubtful (--doubtful-after).
      doubtfulAfter: count.optional(),
      // Reconciling statements with invoices (issue 14): other names the bank writes for a client, the tolerances.
      aliases: z.record(z.string().min(1), z.array(z.string().min(1))).optional(),
      feeTolerance: amount.optional(),
      fxTolerance: amount.optional(),
      // Learning from statements (issue 14): their recurring expenses beside the file's, and everyday spending
      // ("auto" or a monthly amount).
      learnExpenses: z.boolean().optional(),
      everyday: amount.optional(),
      // Workbooks: the sheet of the invoices and expenses workbooks (--sheet).
      sheet: z.string().min(1).optional(),
      // Issue 13, part D: what a new user's files need.
      ignore: z.array(z.string().min(1)).optional(),
      bom: z.boolean().optional(),
      // The language of the output and help (issue 17); counts as chosen, like --lang.
      lang: z.enum(['en', 'ko']).optional(),
      // Issue 16: the Korean tax calendar's profile (src/read/tax-profile-schema.ts).
      tax: taxProfileSchema().optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? { message: says('unknownSetting') } : undefined) },
  );
  return configSchema;
}

let schema: ReturnType<typeof buildConfigSchema> | undefined;

/** The schema of cashflow.config.json. */
export function configSchema(): ReturnType<typeof buildConfigSchema> {
  schema ??= buildConfigSchema();
  return schema;
}

export type Config = z.output<ReturnType<typeof buildConfigSchema>>;

/** The config keys that name files: read relative to the config file's folder. */
export const PATH_KEYS = ['invoices', 'expenses', 'bridges', 'fxRates'] as const;

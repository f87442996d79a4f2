import type { Currency } from '../domain/currency.js';
import { vatIncluded } from '../domain/korean-tax.js';
import type { DecimalStyle, Minor } from '../domain/money.js';
import { minor, parseAmount } from '../domain/money.js';
import type { IssueWords } from './issue-words.js';
import { ref, said } from './issue-words.js';

/**
 * The expenses column that marks a purchase with deductible VAT (매입세액), for the VAT calendar of an
 * 일반과세자 (deducted) or a 간이과세자 (0.5 % of the purchase credited). Proposed field name `inputVat`; the
 * headings people give it are EXPENSE_ALIASES.inputVat.
 */
export type InputVatParse = { readonly ok: true; readonly inputVat: Minor | undefined } | ({ readonly ok: false } & IssueWords);

const YES = ['yes', 'y', 'true', 'taxable', 'vat', '과세', '공제', 'o'];
const NO = ['', 'no', 'n', 'false', 'none', 'exempt', '면세', '불공제', 'x', '-'];

/**
 * The deductible VAT of an expense of `amount` (VAT included) from its `inputVat` cell: empty or `no` for none,
 * `yes`/`과세` for the 10 % inside the amount (amount × 10/110, half up — as an invoice's VAT), or the VAT itself
 * as written on the 세금계산서 (`9,091`), which cannot be more than the amount.
 * @example parseInputVatCell('yes', minor(110_000), KRW) // { ok: true, inputVat: 10_000 }
 */
export function parseInputVatCell(text: string, amount: Minor, currency: Currency, style: DecimalStyle = 'point'): InputVatParse {
  const key = text.normalize('NFKC').trim().toLowerCase();
  if (NO.includes(key)) return { ok: true, inputVat: undefined };
  if (YES.includes(key)) return { ok: true, inputVat: vatIncluded(amount) };
  const parsed = parseAmount(text, currency, style);
  if (!parsed.ok) return { ok: false, ...said(parsed.reason, ref('inputVatAmountHint', parsed.hintReason)) };
  if (parsed.minor < 0 || parsed.minor > amount) return { ok: false, ...said(ref('inputVatAboveAmount'), ref('inputVatAboveAmountHint')) };
  return { ok: true, inputVat: parsed.minor === 0 ? undefined : minor(parsed.minor) };
}

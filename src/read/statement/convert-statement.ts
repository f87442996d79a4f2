import { convertMinor } from '../../domain/convert-money.js';
import type { Currency } from '../../domain/currency.js';
import { currencyOf } from '../../domain/currency.js';
import type { Minor } from '../../domain/money.js';
import { minor } from '../../domain/money.js';
import type { Ratio } from '../../domain/ratio.js';
import type { BankStatement } from '../../domain/statement.js';
import type { InputIssue } from '../input-issue.js';
import { ref, said } from '../issue-words.js';

/**
 * A statement in another currency, in the forecast's: every amount and balance converted at the one rate the user
 * gave (`--fx USD=1390.5` or an --fx-rates file), as invoices are, each rounded half up once (convertMinor). An
 * amount that would no longer fit exactly is an issue, not a rounded number.
 */
export function convertStatement(statement: BankStatement, to: Currency, rate: Ratio, issues: InputIssue[]): BankStatement | undefined {
  const from = currencyOf(statement.currency);
  if (from === undefined) return undefined;
  let tooLarge: string | undefined;
  const convert = (amount: Minor, where: string): Minor => {
    const converted = convertMinor(amount, from, to, rate);
    if (converted > BigInt(Number.MAX_SAFE_INTEGER) || converted < -BigInt(Number.MAX_SAFE_INTEGER)) {
      tooLarge ??= where;
      return minor(0);
    }
    return minor(Number(converted));
  };
  const transactions = statement.transactions.map((row) => ({
    ...row,
    amount: convert(row.amount, row.source),
    balance: row.balance === undefined ? undefined : convert(row.balance, row.source),
  }));
  const balance = statement.balance === undefined ? undefined : { ...statement.balance, amount: convert(statement.balance.amount, statement.balance.source) };
  if (tooLarge !== undefined) {
    issues.push({
      severity: 'error',
      file: statement.file,
      line: 1,
      column: 1,
      ...said(ref('convertedTooLarge', tooLarge, to.code), ref('convertedTooLargeHint', to.code, statement.currency)),
    });
    return undefined;
  }
  return { ...statement, currency: to.code, transactions, balance };
}

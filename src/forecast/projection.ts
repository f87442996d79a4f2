import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { addMinor, minor, negMinor, subMinor } from '../domain/money.js';
import type { CashEvent } from '../domain/types.js';

/** One horizon day: what came in, what went out (both magnitudes) and the balance at the end of the day. */
export interface DayBalance {
  readonly date: Day;
  readonly inflow: Minor;
  readonly outflow: Minor;
  readonly balance: Minor;
}

/**
 * The end-of-day balance of each of `days` days from `start`, applying all of a day's events together.
 * Events outside the range are a caller's bug, not data, and are refused.
 */
export function projectBalances(events: readonly CashEvent[], start: Day, days: number, opening: Minor): DayBalance[] {
  const inflow = new Array<Minor>(days).fill(minor(0));
  const outflow = new Array<Minor>(days).fill(minor(0));
  for (const event of events) {
    const index = event.date - start;
    if (index < 0 || index >= days) throw new RangeError(`event on day ${event.date} is outside the horizon`);
    if (event.amount >= 0) inflow[index] = addMinor(inflow[index]!, event.amount);
    else outflow[index] = addMinor(outflow[index]!, negMinor(event.amount));
  }
  const result: DayBalance[] = [];
  let balance = opening;
  for (let index = 0; index < days; index += 1) {
    balance = subMinor(addMinor(balance, inflow[index]!), outflow[index]!);
    result.push({ date: addDays(start, index), inflow: inflow[index]!, outflow: outflow[index]!, balance });
  }
  return result;
}

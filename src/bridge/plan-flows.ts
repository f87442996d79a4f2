import type { Day } from '../domain/day.js';
import type { FeasibleQuote } from './quote.js';

// Daily net flows and balances here are plain integers of minor units: sums of the report's Minor amounts, held in
// arrays the planner rewrites on every re-plan.

/**
 * Adds a plan's cash movements to daily net flows (index 0 = `start`): lump bridges bring their cash on the draw
 * day and take their repayments on their dates; a revolving line moves with its drawn balance and is
 * cleared, with its interest, on its repayment day. Movements outside the days are left out.
 */
export function withPlanFlows(net: readonly number[], start: Day, parts: readonly FeasibleQuote[]): number[] {
  const out = [...net];
  const add = (day: number, amount: number) => {
    const index = day - start;
    if (index >= 0 && index < out.length) out[index]! += amount;
  };
  for (const part of parts) {
    if (part.drawn !== undefined && part.drawnStart !== undefined) {
      let previous = 0;
      part.drawn.forEach((balance, index) => {
        add(part.drawnStart! + index, balance - previous);
        previous = balance;
      });
      add(part.repayDate, -previous - part.cost);
      continue;
    }
    add(part.drawDate, part.cashReceived);
    for (const repayment of part.repayments) add(repayment.date, -repayment.amount);
  }
  return out;
}

/**
 * Adds only what a plan costs to daily net flows: each bridge's charges on its repayment day, as if its cash were held
 * until then; an instalment loan, whose schedule is fixed, with all its flows.
 */
export function withPlanCharges(net: readonly number[], start: Day, parts: readonly FeasibleQuote[]): number[] {
  const scheduled = parts.filter((part) => part.option.term.kind === 'installments');
  const out = withPlanFlows(net, start, scheduled);
  for (const part of parts) {
    const index = part.repayDate - start;
    if (part.option.term.kind !== 'installments' && index >= 0 && index < out.length) out[index]! -= part.cost;
  }
  return out;
}

/** End-of-day balances from an opening balance and daily net flows. */
export function balancesOf(opening: number, net: readonly number[]): number[] {
  let balance = opening;
  return net.map((flow) => (balance += flow));
}

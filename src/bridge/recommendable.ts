import type { BridgeOption } from '../read/catalogue-schema.js';
import type { Quote } from './quote.js';

/** Risk levels above this are never proposed (brief §D4: the user's risk ceiling, default 2). */
export const MAX_RISK = 2;

/**
 * Why an option may not be part of a plan, or undefined when it may: cashflow never proposes what is
 * illegal, above the legal rate cap, disabled, declined, or riskier than the ceiling.
 */
export function whyNotRecommendable(option: BridgeOption, quote?: Quote): string | undefined {
  if (option.legal.status === 'illegal_for_provider') return 'illegal for the broker';
  if (option.legal.status === 'illegal') return 'illegal';
  if (quote?.feasible === true && quote.cap === 'void') return `above ${pctText(option.regulatoryCap?.voidAbove)} a year: the contract is void`;
  if (quote?.feasible === true && quote.cap === 'above_cap') return `above the legal maximum of ${pctText(option.regulatoryCap?.annualSimpleRate)} a year`;
  if (!option.recommendable) return option.legal.note ?? 'display only (not recommendable in the catalogue)';
  if (!option.enabled) return 'disabled in the catalogue';
  if (option.availability.requiresApproval && option.availability.approved === false) return 'not approved';
  if (option.risk.level > MAX_RISK) return `risk level ${option.risk.level}`;
  return undefined;
}

function pctText(rate: number | undefined): string {
  return rate === undefined ? 'the cap' : `${Number((rate * 100).toFixed(2))} %`;
}

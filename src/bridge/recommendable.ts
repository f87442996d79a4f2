import type { BridgeOption } from '../read/catalogue-schema.js';
import type { BridgeReason } from './bridge-reason.js';
import { because } from './bridge-reason.js';
import { isNegotiatedRow } from './expense-levers.js';
import type { Quote } from './quote.js';

/** Risk levels above this are never proposed (brief §D4: the user's risk ceiling, default 2). */
export const MAX_RISK = 2;

/**
 * Why an option may not be part of a plan, or undefined when it may: cashflow never proposes what is
 * illegal, above the legal rate cap, disabled, declined, or riskier than the ceiling.
 */
export function whyNotRecommendable(option: BridgeOption, quote?: Quote): BridgeReason | undefined {
  if (option.legal.status === 'illegal_for_provider') return because('illegalForBroker');
  if (option.legal.status === 'illegal') return because('illegal');
  if (quote?.feasible === true && quote.cap === 'void') return because('contractVoid', option.regulatoryCap?.voidAbove);
  if (quote?.feasible === true && quote.cap === 'above_cap') return because('aboveCap', option.regulatoryCap?.annualSimpleRate);
  if (!option.recommendable) {
    if (isNegotiatedRow(option)) return because('negotiated');
    return option.legal.note === undefined ? because('displayOnly') : because('catalogueNote', option.legal.note);
  }
  if (!option.enabled) return because('disabled');
  if (option.availability.requiresApproval && option.availability.approved === false) return because('notApproved');
  if (option.risk.level > MAX_RISK) return because('riskLevel', option.risk.level);
  return undefined;
}

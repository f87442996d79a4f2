import type { Alternative } from '../bridge/bridge-forecast.js';
import type { BridgeReason } from '../bridge/bridge-reason.js';
import { because } from '../bridge/bridge-reason.js';
import type { PricedOption } from './cashflow-report.js';

/** Whether the product itself is illegal (for the user, or for the broker who sells it). */
export function isIllegal(alternative: Alternative): boolean {
  const { status } = alternative.quote.option.legal;
  return status === 'illegal' || status === 'illegal_for_provider';
}

/** An option priced alone, with the legal standing shown beside it: what the law says of the product, or of its price. */
export function pricedOption(alternative: Alternative): PricedOption {
  const { quote, notRecommendable } = alternative;
  const status = quote.option.legal.status;
  let legal: BridgeReason | undefined;
  if (status === 'illegal_for_provider') legal = because('illegalForBroker');
  else if (status === 'illegal') legal = because('illegal');
  else if (quote.feasible && (quote.cap === 'above_cap' || quote.cap === 'void')) legal = notRecommendable;
  return { quote, notRecommendable, legal };
}

import type { MessageRef } from '../i18n/catalogue.js';
import { say } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { BridgeReasonMessages } from '../i18n/messages/bridge-reasons.js';
import { BRIDGE_REASONS } from '../i18n/messages/bridge-reasons.js';

/**
 * Why an option cannot serve a need or is never planned, as data: an id of src/i18n/messages/bridge-reasons.ts with
 * its parameters (`{ id: 'drawLimit', params: [800_000, KRW] }`), so the table words it in the run's language while
 * `--json` keeps its English and code compares ids, never texts.
 */
export type BridgeReason = MessageRef<BridgeReasonMessages>;

/** A reason from its id and parameters, checked against the catalogue: `because('termTooShort', 10, 15)`. */
export function because<Id extends BridgeReason['id']>(id: Id, ...params: Extract<BridgeReason, { id: Id }>['params']): BridgeReason {
  return { id, params } as BridgeReason;
}

/** The reason in words: `reasonText(because('disabled'), 'ko')` is `카탈로그에서 꺼 둠`. */
export function reasonText(reason: BridgeReason, lang: Lang): string {
  return say(BRIDGE_REASONS, lang, reason);
}

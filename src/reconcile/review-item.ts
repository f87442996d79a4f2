import type { MessageRef } from '../i18n/catalogue.js';
import { say } from '../i18n/catalogue.js';
import type { ReviewReasonMessages } from '../i18n/messages/review-reasons.js';
import { REVIEW_REASONS } from '../i18n/messages/review-reasons.js';
import type { IndexedDeposit } from './match-state.js';
import { plainDeposit } from './match-state.js';
import type { ReviewItem } from './reconciliation.js';

/** A deposit sent to review, with its reason as a message and, for the JSON, in English. */
export function reviewItem(deposit: IndexedDeposit, candidates: readonly string[], why: MessageRef<ReviewReasonMessages>): ReviewItem {
  return { deposit: plainDeposit(deposit), candidates, reason: say(REVIEW_REASONS, 'en', why), why };
}

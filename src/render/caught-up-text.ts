import type { CaughtUpEvent } from '../forecast/catch-up.js';

/** What a caught-up event was, in a few words: `INV-003 Studio B`, `Rent`, `VAT for 2026 H2`, `김철수 · 이체`. */
export function caughtUpText(event: CaughtUpEvent): string {
  if (event.kind === 'paid') return `${event.id} ${event.client}`;
  if (event.kind === 'statement') return [event.counterparty, event.memo].filter((part) => part !== '').join(' · ');
  return event.description;
}

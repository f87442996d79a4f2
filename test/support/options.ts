import type { BridgeOption, CatalogueInput } from '../../src/read/catalogue-schema.js';
import { catalogueSchemas } from '../../src/read/catalogue-schema.js';

type OptionInput = CatalogueInput['options'][number];

/** A bridge option for tests: a legal, enabled, recommendable flexible loan unless told otherwise. */
export function bridgeOption(fields: Partial<OptionInput> & Pick<OptionInput, 'id' | 'category' | 'charges'>): BridgeOption {
  return catalogueSchemas().optionSchema.parse({
    name: { en: fields.id },
    enabled: true,
    recommendable: true,
    legal: { status: 'regulated', refs: [] },
    risk: { level: 1, flags: [] },
    availability: { leadTimeDays: 0, requiresApproval: false },
    amount: { basis: 'cash', min: 10_000, max: 10_000_000, step: 10_000 },
    term: { kind: 'flexible' },
    ...fields,
  });
}

export const interest = (annualRate: number, rounding: 'round' | 'floor' = 'round') => ({
  type: 'interest' as const,
  annualRate,
  dayBasis: 365 as const,
  compounding: 'simple' as const,
  on: 'outstanding' as const,
  rounding,
});

import type { Currency } from '../domain/currency.js';
import type { Catalogue } from '../read/catalogue-schema.js';
import { defaultCatalogueInput } from './default-catalogues.js';

/**
 * The built-in catalogue for a currency. It is written complete (every default spelled out, which the Catalogue
 * type enforces) and valid — test/unit/catalogue.test.ts holds it to the schema a user's file is read with, for
 * several currencies — so a run does not build and apply that schema again (~20 ms of every start). A copy,
 * so that no run can change the built-in one.
 */
export function defaultCatalogue(currency: Currency): Catalogue {
  return structuredClone(defaultCatalogueInput(currency));
}

/**
 * The catalogue a run uses. Without a user file, the defaults. A user file replaces the defaults, unless it
 * says `"extends": "defaults"`: then its options replace the default options with the same id and add the rest.
 */
export function chooseCatalogue(currency: Currency, user: Catalogue | undefined): Catalogue {
  const defaults = defaultCatalogue(currency);
  if (user === undefined) return defaults;
  if (user.extends !== 'defaults') return user;
  const ids = new Set(user.options.map((option) => option.id));
  return {
    ...user,
    sharedLimits: [...defaults.sharedLimits.filter((limit) => !user.sharedLimits.some((own) => own.id === limit.id)), ...user.sharedLimits],
    options: [...defaults.options.filter((option) => !ids.has(option.id)), ...user.options],
  };
}

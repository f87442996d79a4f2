import type { Catalogue } from './catalogue-schema.js';

// An `"extends": "defaults"` file names only what differs from the built-in catalogue (issue 15): the merge happens
// on the JSON document, before the schema reads it, so a two-field override is held to the same rules as a full option.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Objects merge key by key; an array or a scalar in the patch replaces the base's (a `charges` list is given whole). */
function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isObject(base) || !isObject(patch)) return patch;
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = key in base ? deepMerge(base[key], value) : value;
  return merged;
}

/**
 * A built-in option changed by the user's entry. The result is the user's figures, so it is no longer "typical"
 * unless the entry says so. A display-only built-in (off, and not recommendable) that the entry switches on is
 * meant to be used: it becomes recommendable, unless the entry says otherwise or the law forbids it (the schema
 * refuses a recommendable illegal option, so that case keeps its built-in false).
 */
function overridden(base: Json, patch: Json): unknown {
  const merged = deepMerge(base, patch) as Json;
  if (!('typical' in patch)) merged.typical = false;
  const legal = isObject(base.legal) ? base.legal.status : undefined;
  const illegal = legal === 'illegal' || legal === 'illegal_for_provider';
  if (base.enabled === false && base.recommendable === false && patch.enabled === true && !('recommendable' in patch) && !illegal) {
    merged.recommendable = true;
  }
  return merged;
}

/** Entries of `patches` with the id of a `base` entry are merged onto it; the others stand as written. */
function mergeById(base: readonly unknown[], patches: unknown, merge: (base: Json, patch: Json) => unknown): unknown {
  if (!Array.isArray(patches)) return patches;
  return patches.map((patch) => {
    const own = isObject(patch) ? base.find((entry): entry is Json => isObject(entry) && entry.id === patch.id) : undefined;
    return own === undefined ? patch : merge(own, patch as Json);
  });
}

/**
 * The document an `"extends": "defaults"` file stands for: the defaults' `schemaVersion`, `currency` and
 * `jurisdiction` unless it gives its own; its options and shared limits, each merged onto the built-in entry of the
 * same id. The defaults' other shared limits follow the file's, so an option may draw on one; their other options are
 * not kept (the run adds them: see bridge/catalogue-choice.ts). Entry i of the result is entry i of the file, so a
 * schema problem's path names the user's entry. Any other document is returned as it is.
 */
export function withDefaults(document: unknown, defaults: Catalogue): unknown {
  if (!isObject(document) || document.extends !== 'defaults') return document;
  const { schemaVersion, currency, jurisdiction } = defaults;
  const sharedLimits = document.sharedLimits ?? [];
  const limits = Array.isArray(sharedLimits) ? sharedLimits : [];
  const ownLimitIds = new Set(limits.map((limit) => (isObject(limit) ? limit.id : undefined)));
  return {
    schemaVersion,
    currency,
    jurisdiction,
    ...document,
    sharedLimits: Array.isArray(sharedLimits)
      ? [...(mergeById(defaults.sharedLimits, limits, deepMerge) as unknown[]), ...defaults.sharedLimits.filter((limit) => !ownLimitIds.has(limit.id))]
      : sharedLimits,
    options: mergeById(defaults.options, document.options, overridden),
  };
}

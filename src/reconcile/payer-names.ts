// Who paid, against whom the invoice was sent. Korean statements write the payer as the bank's 적요 or 보낸분
// cell, often cut to a few characters (판교테크놀 for 판교테크놀로지), with the company form in any of its spellings;
// foreign statements in capitals. Names are compared after reduction to what identifies them, and a payer that is
// the start of a client's name (or a client's name the start of the payer's) counts, as does an alias the user gave.

// Company forms, written out or abbreviated, which banks and people add or drop at will. After NFKC, ㈜ is (주).
const COMPANY_FORMS = /\((주|유|사|재|합)\)|주식회사|유한회사|유한책임회사|사단법인|재단법인|\b(co\.?,?\s*ltd|ltd|inc|corp|llc|gmbh)\b\.?/giu;

/** A name reduced to what identifies it: NFKC (full-width becomes plain), lower case, no company form, no spaces or punctuation. */
export function payerKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(COMPANY_FORMS, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// A key this short names too many payers to be read as a cut-off name.
const SHORTEST_PREFIX = 2;

/** Finds the clients a payer's name can mean: the same key, a cut-off start of one, or one's key plus more. */
export interface ClientIndex {
  clientsOf(payer: string): readonly string[];
}

/**
 * The index of clients by their names and aliases (`{"판교테크": ["판교테크놀", "PANGYO TECH"]}`), for lookups in
 * O(log n + answers): keys in sorted order for "starts with the payer", a map for "the payer starts with it".
 */
export function clientIndex(clients: Iterable<string>, aliases: Readonly<Record<string, readonly string[]>> = {}): ClientIndex {
  const byKey = new Map<string, Set<string>>();
  const add = (key: string, client: string) => {
    if (key === '') return;
    let set = byKey.get(key);
    if (set === undefined) {
      set = new Set();
      byKey.set(key, set);
    }
    set.add(client);
  };
  for (const client of clients) add(payerKey(client), client);
  for (const [client, names] of Object.entries(aliases)) for (const name of names) add(payerKey(name), client);
  const keys = [...byKey.keys()].sort();
  // A statement names the same payers again and again: each name is looked up once.
  const answers = new Map<string, readonly string[]>();
  return {
    clientsOf(payer) {
      const known = answers.get(payer);
      if (known !== undefined) return known;
      const answer = lookUp(payer);
      answers.set(payer, answer);
      return answer;
    },
  };

  function lookUp(payer: string): readonly string[] {
    const key = payerKey(payer);
    if (key.length < SHORTEST_PREFIX && !byKey.has(key)) return [];
    const found = new Set<string>();
    // Keys that start with the payer's key: the payer's name was cut off.
    for (let at = lowerBound(keys, key); at < keys.length && keys[at]!.startsWith(key); at += 1) for (const client of byKey.get(keys[at]!)!) found.add(client);
    // Keys the payer's key starts with: the bank added a suffix (a branch, a person's name).
    for (let length = SHORTEST_PREFIX; length < key.length; length += 1) for (const client of byKey.get(key.slice(0, length)) ?? []) found.add(client);
    return [...found].sort();
  }
}

function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

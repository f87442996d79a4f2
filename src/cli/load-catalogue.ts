import { defaultCatalogue } from '../bridge/catalogue-choice.js';
import type { Currency } from '../domain/currency.js';
import { appendAll } from '../read/append-all.js';
import { parseCatalogue } from '../read/catalogue.js';
import type { Catalogue } from '../read/catalogue-schema.js';
import type { InputIssue } from '../read/input-issue.js';
import { ref, said } from '../read/issue-words.js';
import type { TextSource } from '../read/load-text.js';
import { loadText } from '../read/load-text.js';

/** Reads the user's catalogue file, adding its problems to `issues`; undefined when it cannot be used. */
export async function loadCatalogue(path: string, currency: Currency, issues: InputIssue[], source: TextSource): Promise<Catalogue | undefined> {
  const text = await loadText(path, source);
  if ('issue' in text) {
    issues.push(text.issue);
    return undefined;
  }
  const read = parseCatalogue(text.text, path, defaultCatalogue(currency));
  appendAll(issues, read.issues);
  if (read.values !== undefined && read.values.currency !== currency.code) {
    issues.push({
      severity: 'error',
      file: path,
      path: 'currency',
      ...said(ref('catalogueCurrency', read.values.currency, currency.code), ref('catalogueCurrencyHint', read.values.currency, currency.code)),
    });
    return undefined;
  }
  return read.values;
}

import { groupThousands } from '../domain/money.js';
import type { Lang } from './lang.js';

/**
 * A rate (0.065 for 6.5 %) as people read it: English `6.5 %`, Korean `6.5%` (Korean writes the sign against the
 * figure). Two decimals below 10 %, one below 100 %, none above; past 99,999 % it says no more than that.
 */
export function percentText(rate: number, lang: Lang): string {
  const space = lang === 'ko' ? '' : ' ';
  const percent = rate * 100;
  if (percent >= 100_000) return lang === 'ko' ? '99,999% 초과' : '> 99,999 %';
  const digits = percent >= 100 ? 0 : percent >= 10 ? 1 : 2;
  const [whole, fraction] = percent.toFixed(digits).split('.');
  return `${groupThousands(whole!)}${fraction === undefined ? '' : `.${fraction}`}${space}%`;
}

/** The simple yearly rate: `17.9 % APR`; Korean `연이율 17.9%`, the term lenders must quote. */
export function aprText(rate: number, lang: Lang): string {
  return lang === 'ko' ? `연이율 ${percentText(rate, lang)}` : `${percentText(rate, lang)} APR`;
}

/** The compounded yearly rate: `19.4 % EAR`; Korean `실질 연이율(EAR) 19.4%`. */
export function earText(rate: number, lang: Lang): string {
  return lang === 'ko' ? `실질 연이율(EAR) ${percentText(rate, lang)}` : `${percentText(rate, lang)} EAR`;
}

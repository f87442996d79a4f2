import type { Catalogue } from '../catalogue.js';

/** CSV headings of `forecast --format csv`: English unless a language was chosen (scripts read them by name). */
export interface ForecastCsvMessages {
  dayHeadings(): readonly [date: string, inflow: string, outflow: string, balance: string, shortfall: string];
  eventHeadings(): readonly [date: string, kind: string, id: string, who: string, category: string, amount: string, balance: string, source: string];
}

export const FORECAST_CSV = {
  en: {
    dayHeadings: () => ['date', 'inflow', 'outflow', 'balance', 'shortfall'],
    eventHeadings: () => ['date', 'kind', 'id', 'who', 'category', 'amount', 'balance', 'source'],
  },
  ko: {
    dayHeadings: () => ['날짜', '입금', '출금', '잔액', '부족액'],
    eventHeadings: () => ['날짜', '종류', '번호', '거래처/내용', '분류', '금액', '잔액', '출처'],
  },
} satisfies Catalogue<ForecastCsvMessages>;

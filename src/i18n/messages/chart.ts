import type { Day } from '../../domain/day.js';
import type { Catalogue } from '../catalogue.js';
import { tableDay } from '../day-text.js';

/** The words of the charts: the terminal chart's legend (`--chart`) and the SVG's (`--chart-svg`). */
export interface ChartMessages {
  balance(): string;
  buffer(amount: string): string;
  simulatedBand(): string;
  /** The SVG's name for the same band, with an en dash. */
  simulatedRange(): string;
  zero(): string;
  short(): string;
  /** The tooltip of a shortfall window on the SVG. */
  shortWindow(start: Day, end: Day): string;
  svgTitle(start: Day, end: Day, currency: string): string;
  dateAxis(): string;
  balanceAxis(currency: string): string;
}

export const CHART = {
  en: {
    balance: () => 'balance',
    buffer: (amount) => `buffer ${amount}`,
    simulatedBand: () => 'simulated p10, p90',
    simulatedRange: () => 'simulated p10–p90',
    zero: () => 'zero',
    short: () => 'short',
    shortWindow: (start, end) => `short ${tableDay(start)} – ${tableDay(end)}`,
    svgTitle: (start, end, currency) => `Cash-flow forecast ${tableDay(start)} – ${tableDay(end)} (${currency})`,
    dateAxis: () => 'date',
    balanceAxis: (currency) => `balance (${currency})`,
  },
  ko: {
    balance: () => '잔액',
    buffer: (amount) => `버퍼 ${amount}`,
    simulatedBand: () => '모의 실행 p10, p90',
    simulatedRange: () => '모의 실행 p10–p90',
    zero: () => '0원',
    short: () => '부족',
    shortWindow: (start, end) => `잔액 부족 ${tableDay(start)} – ${tableDay(end)}`,
    svgTitle: (start, end, currency) => `현금 흐름 예측 ${tableDay(start)} – ${tableDay(end)} (${currency})`,
    dateAxis: () => '날짜',
    balanceAxis: (currency) => `잔액 (${currency})`,
  },
} satisfies Catalogue<ChartMessages>;

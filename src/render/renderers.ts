import type { CashflowReport } from '../report/cashflow-report.js';
import { renderSvgChart } from './chart-svg.js';
import { renderTextChart } from './chart-text.js';
import { renderCheck } from './check-lines.js';
import { clientsJson, renderClients } from './clients-report.js';
import { renderCsv } from './csv-report.js';
import { renderJson } from './json-report.js';
import { renderLedger } from './ledger-journal.js';
import type { RenderStyle } from './render-style.js';
import { jsonSafeText } from './safe-text.js';
import { renderTable } from './table-report.js';
import { renderXlsx } from './xlsx-report.js';

/** A way to print a report: from the report and a style to text, computing no policy. */
export type Renderer = (report: CashflowReport, style: RenderStyle) => string;

export type RenderFormat = 'table' | 'json' | 'csv' | 'ledger' | 'svg' | 'chart' | 'check' | 'clients' | 'clients-json';

/** Every way cashflow prints a report, by format: one map over the same report value. */
export const RENDERERS: Readonly<Record<RenderFormat, Renderer>> = {
  table: (report, style) => renderTable(report, style),
  json: (report) => renderJson(report),
  csv: (report, style) => renderCsv(report, style.events, style.headingLang),
  ledger: (report, style) => renderLedger(report, style.headingLang),
  svg: (report, style) => renderSvgChart(report, style.lang),
  chart: (report, style) => renderTextChart(report, style),
  check: (report, style) => renderCheck(report, style.lang),
  clients: (report, style) => renderClients(report, style.chalk, style.lang, style.columns),
  'clients-json': (report) => jsonSafeText(`${JSON.stringify(clientsJson(report), null, 2)}\n`),
};

/** The formats whose output is bytes, not text: written to a file, or piped on, never to a terminal. */
export type BinaryFormat = 'xlsx';

/** Every way cashflow writes a report as bytes, by format. */
export const BINARY_RENDERERS: Readonly<Record<BinaryFormat, (report: CashflowReport, style: Pick<RenderStyle, 'headingLang'>) => Uint8Array>> = {
  xlsx: (report, style) => renderXlsx(report, style.headingLang),
};

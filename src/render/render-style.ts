import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/lang.js';

/** How a report is printed — never what it says: every renderer takes the same report and one of these. */
export interface RenderStyle {
  /** A chalk instance at level 0 prints no escape codes; the CLI decides the level once. */
  readonly chalk: ChalkInstance;
  /** table: every horizon day instead of the cash events. */
  readonly daily: boolean;
  /** csv: one row per cash event instead of one per day. */
  readonly events: boolean;
  /** tables and the chart: the width to lay out for (the terminal's, or 80 when not a terminal). */
  readonly columns: number;
  /** The language of every word printed for people. */
  readonly lang: Lang;
  /** The language of CSV and workbook headings, which scripts read by name: English unless chosen (--lang, "lang"). */
  readonly headingLang: Lang;
}

import { createRequire } from 'node:module';
import type * as SheetJs from '@e965/xlsx';

// Set by scripts/build.mjs in the bundle only.
declare const __CASHFLOW_BUNDLE__: boolean | undefined;

let loaded: typeof SheetJs | undefined;

/**
 * SheetJS (@e965/xlsx), loaded on first use: only a workbook (or an xlsx written) needs it, and reading it costs
 * ~45 ms that a CSV run must not pay. In the bundle it is a chunk of its own beside dist/cli.cjs, built from the
 * package's ES module, which leaves out the 470 KB code-page tables of its CommonJS entry (only pre-2007 BIFF5
 * files need them; BIFF8 and xlsx hold Unicode). From the sources (tests), the package itself.
 */
export function sheetjs(): typeof SheetJs {
  if (loaded !== undefined) return loaded;
  // Not named `require`, so that esbuild leaves the call alone instead of bundling its target.
  const load = createRequire(import.meta.url);
  loaded = (typeof __CASHFLOW_BUNDLE__ === 'boolean' ? load('./sheetjs.cjs') : load('@e965/xlsx')) as typeof SheetJs;
  return loaded;
}

import { inspect } from 'node:util';
import type { Lang } from '../i18n/lang.js';
import { CLI_BUG_REPORT } from '../i18n/messages/cli-bug-report.js';
import { safeText } from '../render/safe-text.js';
import { sourceMappedStack } from './source-mapped-stack.js';

/** What a maintainer needs besides the stack to reproduce a bug. */
export interface BugFacts {
  /** cashflow's version. */
  readonly version: string;
  /** Node's version, as `process.version` spells it: `v20.20.2`. */
  readonly node: string;
  /** Operating system and processor: `linux x64`. */
  readonly platform: string;
  /** The arguments after `cashflow`. */
  readonly args: readonly string[];
}

/** The facts of this process. */
export function processBugFacts(version: string): BugFacts {
  return { version, node: process.version, platform: `${process.platform} ${process.arch}`, args: process.argv.slice(2) };
}

/**
 * What stderr says when cashflow fails by its own fault (exit 70): that it is a bug, how to report it, the versions
 * and command line to reproduce it (in `lang`), and the stack pointed at the source files. The package names no issue tracker,
 * so the report is the text itself.
 */
export function formatBugReport(error: unknown, facts: BugFacts, lang: Lang = 'en'): string {
  const words = CLI_BUG_REPORT[lang];
  const lines = [
    words.internalError(),
    `  cashflow ${facts.version} · Node ${facts.node} · ${facts.platform}`,
    words.command(['cashflow', ...facts.args].map(shellWord).join(' ')),
    ...errorText(error).split('\n'),
  ];
  // The message or the command line may carry the user's text; a bug report must not rewrite the screen either.
  return `${lines.map(safeText).join('\n')}\n`;
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return `thrown: ${inspect(error)}`;
  const stack = error.stack ?? `${error.name}: ${error.message}`;
  try {
    return sourceMappedStack(stack);
  } catch {
    return stack; // a fault in the mapping must not hide the bug being reported
  }
}

/** An argument as a POSIX shell would need it typed, so the command line can be pasted back. */
function shellWord(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

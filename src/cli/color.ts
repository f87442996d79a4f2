import type { ChalkInstance } from 'chalk';
import { Chalk } from 'chalk';

/**
 * Decides once whether to colour: `--no-color` and NO_COLOR (any non-empty value) turn it off,
 * FORCE_COLOR (other than 0) turns it on, and otherwise only a terminal gets colour.
 */
export function chooseChalk(colorFlag: boolean, stdoutIsTty: boolean, env: Readonly<Record<string, string | undefined>>): ChalkInstance {
  const on = (() => {
    if (!colorFlag) return false;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined) return force !== '0' && force !== 'false';
    return stdoutIsTty;
  })();
  return new Chalk({ level: on ? 1 : 0 });
}

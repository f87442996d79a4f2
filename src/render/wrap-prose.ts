import { displayWidth } from '../i18n/display-width.js';

/** How much further in than its line a wrapped line's continuation starts: apart from the next item's line. */
const HANGING = 2;

/** A word the next one stays with: a bare number (`10 days`, `25 December`), a Korean year or month (`1월 25일`). */
const LEADS = /^(?:\d+|\d+[년월])$/;
const BARE_NUMBER = /^\d+$/;

/** Colour codes and spaces a line starts with: its indent, whose width is the spaces alone. */
const LEAD = /^((?:\u001b\[[0-9;]*m)*)( *)/;

/**
 * The line's words, a figure kept with what it counts: `6.50 %`, `1월 25일`, `2027년 1월 5일`; a line never starts
 * with `%`. A bare number glued to the one before does not lead in turn, so a list of numbers still breaks.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let glued = false;
  for (const word of text.split(/ +/).filter((part) => part !== '')) {
    const joins: boolean = words.length > 0 && (glued || word.startsWith('%'));
    if (joins) words[words.length - 1] += ` ${word}`;
    else words.push(word);
    glued = LEADS.test(word) && !(joins && BARE_NUMBER.test(word));
  }
  return words;
}

/**
 * Lines of prose (a plan, its costs, the why-nots) fitted to a terminal `width` in display cells: a longer line
 * breaks at spaces, its continuation indented `hanging` cells (two unless told) further than the line itself. A word
 * longer than the room keeps a line of its own, never cut; a line that fits is left exactly as it is (piped at 80
 * columns only the few longer lines change). Runs of spaces inside a broken line become one.
 */
export function wrapProse(lines: readonly string[], width: number, hanging = HANGING): string[] {
  // A message may hold its own line breaks: each of its lines is fitted on its own.
  const split = lines.flatMap((text) => text.split('\n'));
  if (!(width > 0)) return split;
  return split.flatMap((line) => {
    if (displayWidth(line) <= width) return [line];
    const [lead, codes = '', spaces = ''] = LEAD.exec(line)!;
    const words = wordsOf(line.slice(lead.length));
    if (words.length === 0) return [line];
    // The colour codes open the first line only; a terminal keeps them for the next ones until they are closed.
    const next = `${spaces}${' '.repeat(hanging)}`;
    const out: string[] = [];
    let current = '';
    for (const word of words) {
      const start = out.length === 0 ? `${codes}${spaces}` : next;
      if (current !== '' && displayWidth(`${start}${current} ${word}`) > width) {
        out.push(`${start}${current}`);
        current = word;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    out.push(`${out.length === 0 ? `${codes}${spaces}` : next}${current}`);
    return out;
  });
}

/**
 * A message's hand-broken lines, each `indent` in, where every one fits `width`; else the message as one paragraph
 * (for wrapProse to break), so a sentence split by hand is never broken again line by line.
 */
export function paragraphFor(lines: readonly string[], indent: string, width: number): string[] {
  const own = lines.map((line) => `${indent}${line}`);
  return own.every((line) => displayWidth(line) <= width) ? own : [`${indent}${lines.map((line) => line.trim()).join(' ')}`];
}

import { displayWidth } from '../i18n/display-width.js';

/** How much further in than its line a wrapped line's continuation starts: apart from the next item's line. */
const HANGING = 2;

/** A word the next one stays with: a bare number (`10 days`, `25 December`), a Korean year or month (`1월 25일`). */
const LEADS = /^(?:\d+|\d+[년월])$/;

/** The line's words, a figure kept with what it counts: `6.50 %`, `1월 25일`; a line never starts with `%`. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let glued = false;
  for (const word of text.split(' ')) {
    if (words.length > 0 && (glued || word.startsWith('%'))) words[words.length - 1] += ` ${word}`;
    else words.push(word);
    glued = LEADS.test(word);
  }
  return words;
}

/**
 * Lines of prose (a plan, its costs, the why-nots) fitted to a terminal `width` in display cells: a longer line
 * breaks at spaces, its continuation indented `hanging` cells (two unless told) further than the line itself. A word longer than the room
 * keeps a line of its own, never cut; a line that fits is left exactly as it is, so at 80 columns nothing moves.
 */
export function wrapProse(lines: readonly string[], width: number, hanging = HANGING): string[] {
  // A message may hold its own line breaks: each of its lines is fitted on its own.
  return lines
    .flatMap((text) => text.split('\n'))
    .flatMap((line) => {
      if (displayWidth(line) <= width) return [line];
      const indent = line.length - line.trimStart().length;
      const lead = line.slice(0, indent);
      const out: string[] = [];
      let current = '';
      for (const word of wordsOf(line.slice(indent))) {
        const start = out.length === 0 ? lead : `${lead}${' '.repeat(hanging)}`;
        if (current !== '' && displayWidth(`${start}${current} ${word}`) > width) {
          out.push(`${start}${current}`);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      if (current !== '') out.push(`${out.length === 0 ? lead : `${lead}${' '.repeat(hanging)}`}${current}`);
      return out;
    });
}

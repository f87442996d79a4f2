// What one message may quote of the user's text. A message that echoes a 50 MB cell whole is 50 MB of stderr; one
// that lists every id of a million-row file is quadratic when each row's message lists them all.

/** Characters of one cell or heading a message quotes. */
export const QUOTED_CHARACTERS = 80;

/** Items of a list (ids, headings) a message names. */
export const LISTED_ITEMS = 20;

/**
 * The text itself when it is short, else its first `limit` characters and how many more there were:
 * `excerpt('x'.repeat(100), 80)` is 80 x's and `… (20 more characters)`. The cut never splits a character; the rest
 * is counted in UTF-16 units (characters, but for emoji and other astral ones), so a 50 MB cell costs no scan.
 */
export function excerpt(text: string, limit = QUOTED_CHARACTERS): string {
  if (text.length <= limit) return text;
  let end = 0;
  for (let kept = 0; kept < limit && end < text.length; kept += 1) end += isSurrogatePairAt(text, end) ? 2 : 1;
  const more = text.length - end;
  if (more === 0) return text;
  return `${text.slice(0, end)}… (${more} more character${more === 1 ? '' : 's'})`;
}

/**
 * Items joined by `separator`, each cut by excerpt, the first `limit` of them and a count of the rest:
 * `excerptList(['a', 'b', 'c'], ', ', 2)` is `a, b and 1 more`.
 */
export function excerptList(items: readonly string[], separator = ', ', limit = LISTED_ITEMS): string {
  const shown = items
    .slice(0, limit)
    .map((item) => excerpt(item))
    .join(separator);
  return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}

function isSurrogatePairAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return false;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

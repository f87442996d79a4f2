/**
 * Text from the user's files made safe to print on a terminal: control characters (ESC, BEL, CR,
 * C1 controls, …) become visible `\xNN` escapes, so a cell cannot recolour or rewrite the screen.
 */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

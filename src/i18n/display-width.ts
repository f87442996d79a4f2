// East Asian Wide and Fullwidth blocks a Korean text meets: Hangul Jamo, CJK punctuation to Yi, Hangul syllables,
// CJK compatibility ideographs, vertical and compatibility forms, fullwidth forms and signs.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
// Escape sequences take no cells.
const ESCAPES = /\u001b\[[0-9;]*m/g;

/** The cells `text` takes in a terminal: Hangul and other wide characters two, escape sequences none. */
export function displayWidth(text: string): number {
  const plain = text.replace(ESCAPES, '');
  return [...plain].length + (plain.match(WIDE)?.length ?? 0);
}

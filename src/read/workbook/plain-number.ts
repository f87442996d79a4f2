/**
 * A number as a person reads it in the cell: at most 15 significant digits (what Excel keeps and shows), so that the
 * binary noise of a float goes (`0.30000000000000004` → `0.3`), and never in exponent form (`1e21` → 21 digits),
 * which no amount reader takes. `1500000`, `-25000`, `12.34`.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(Number(value.toPrecision(15)));
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (exponent === null) return text === '-0' ? '0' : text;
  const [, sign, first, rest = '', power] = exponent as unknown as [string, string, string, string | undefined, string];
  const digits = first + rest;
  const point = 1 + Number(power);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

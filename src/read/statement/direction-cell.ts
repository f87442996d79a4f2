/**
 * The sign a 구분 cell gives an amount: +1 for money in (입금, Credit), −1 for money out (출금, 지급, Debit),
 * turned by a cancellation (입금취소 takes money back out); undefined for words it does not know.
 */
export function directionOf(text: string): 1 | -1 | undefined {
  const key = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
  let sign: 1 | -1 | undefined;
  if (/입금|credit|deposit|^in$|^cr$/.test(key)) sign = 1;
  else if (/출금|지급|인출|debit|withdrawal|^out$|^dr$/.test(key)) sign = -1;
  if (sign === undefined) return undefined;
  return /취소|cancel|reversal/.test(key) ? (-sign as 1 | -1) : sign;
}

import type { BankTransaction } from '../domain/statement.js';

/** Who a debit paid, twice: `name` as a person reads it, `key` for grouping (no case, no spaces). */
export interface Payee {
  readonly name: string;
  readonly key: string;
}

// How the money left rather than who got it: Korean banks write these into 적요 or even into 받는분, often glued to the
// payee (`CMS자동이체KT`), so they go wherever they stand. Longer words first, so 체크카드 goes before 체크 could.
const CHANNEL_WORDS = /체크카드|신용카드|자동이체|자동납부|펌뱅킹|cms공동|fbs출금|cms|인터넷뱅킹|모바일뱅킹|스마트뱅킹|폰뱅킹|오픈뱅킹|타행이체|전자금융/gi;
// Words that say how money moved only when they stand alone: inside a name (지로나, 출금기) they belong to it.
const CHANNEL_TOKENS = new Set(['지로', '출금', '이체', '송금', '대체', '인터넷', '모바일', '스마트', 'atm', '체크', '카드승인', '승인']);
// A card number, masked or not: 1234-****-****-5678, 5678*, *1234, 1234-56**-****-7890.
const CARD_DIGITS = /\d{4}[-\s]?[\d*]{2,4}[-\s]?[\d*]{4}[-\s]?[\d*]{3,4}|\*+\d{2,4}|\d{2,4}\*+/g;
const BRANCH = /[가-힣A-Za-z0-9]*지점/g;
// A date or sequence number the bank appends (`11월분`, `2026.11`, `11/25`, `3회차`, `#12`, `No.7`) or prefixes.
const TRAILING_SEQUENCE = /(?:\s+(?:\d+[./-]?)+\d*|\s*\d+월분?|\s*\d+회차?|\s*\d+차|\s*#\d+|\s+no\.?\s*\d+|(?<=[가-힣])\d{2,})$/i;
const LEADING_DATE = /^\d{2,4}[./-]?\d{2}(?:[./-]?\d{2})?\s+/;
// Payment gateways and wallets stand in 받는분 for the shop that was really paid, which 적요 then names.
const INTERMEDIARIES = /^(?:kg)?이니시스|나이스페이|nicepay|토스페이먼츠|카카오페이|네이버페이|페이코|payco|다날|(?:nhn)?kcp|스마일페이|paypal/i;

/** A bank's payee text without channel words, card digits, branches, corporate marks and appended numbers. */
export function cleanPayeeText(raw: string): string {
  let text = raw
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(CARD_DIGITS, ' ')
    .replace(/㈜|주식회사|유한회사/g, ' ');
  text = withoutParentheses(text).replace(CHANNEL_WORDS, ' ').replace(BRANCH, ' ');
  text = text
    .split(/\s+/)
    .filter((token) => token !== '' && !CHANNEL_TOKENS.has(token.toLowerCase()))
    .join(' ');
  // Twice: `넷플릭스 11월 #3` carries two appended numbers.
  for (let pass = 0; pass < 2; pass += 1) text = text.replace(TRAILING_SEQUENCE, '').replace(LEADING_DATE, '').trim();
  return text.replace(/^[\s\-_/.,:;]+|[\s\-_/,:;]+$/g, '');
}

// `(주)`, `(강남지점)`, `(자동이체)`, `(EMEA)`: a parenthesised part says something about the payee, not which one. When
// the parentheses hold the whole name, the name is kept.
function withoutParentheses(text: string): string {
  const outside = text.replace(/[([{][^)\]}]*[)\]}]/g, ' ');
  return outside.trim() === '' ? text.replace(/[()[\]{}]/g, ' ') : outside;
}

/**
 * The payee of a debit: the counterparty (받는분, Payee), as banks fill it for the one who was paid; the memo (적요) when
 * the counterparty is empty once cleaned (it held only 체크카드, CMS, digits) or names a payment gateway (KG이니시스
 * for a web shop); the raw text when both clean to nothing.
 * @example payeeOf({ counterparty: 'CMS자동이체', memo: 'SK텔레콤(강남지점) 11월분', … }) // { name: 'SK텔레콤', key: 'sk텔레콤' }
 */
export function payeeOf(row: Pick<BankTransaction, 'counterparty' | 'memo'>): Payee {
  const counterparty = cleanPayeeText(row.counterparty);
  const memo = cleanPayeeText(row.memo);
  const useMemo = memo !== '' && (counterparty === '' || INTERMEDIARIES.test(counterparty));
  const name = (useMemo ? memo : counterparty) || (row.counterparty || row.memo).normalize('NFKC').trim().replace(/\s+/g, ' ');
  return { name, key: payeeKey(name) };
}

/** The grouping form of a payee name: no case, no spaces (`LG U+` and `LGU+` are one payee). */
export function payeeKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}

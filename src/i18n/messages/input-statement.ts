import type { Catalogue } from '../catalogue.js';

/** Messages about a bank statement (--bank): its columns, rows, currency and running balance. */
export interface InputStatementMessages {
  notATime(): string;
  notATimeHint(): string;
  dateNeeded(): string;
  inAndOut(): string;
  inAndOutHint(): string;
  notADirection(): string;
  notADirectionHint(): string;
  movesNoMoney(): string;
  movesNoMoneyHint(): string;
  noTable(): string;
  exportStatementAgainHint(): string;
  noTransactions(): string;
  noTransactionsHint(): string;
  mappedColumnMissing(heading: string, field: string, header: string): string;
  mappedColumnMissingHint(): string;
  noDateColumn(known: string, header: string): string;
  noDateColumnHint(): string;
  noAmountColumn(known: string, header: string): string;
  noAmountColumnHint(): string;
  statementNotACurrency(): string;
  statementNotACurrencyHint(): string;
  anotherCurrency(line: number, code: string): string;
  anotherCurrencyHint(): string;
  statementCurrency(forecast: string): string;
  profileCurrency(code: string, profile: string, forecast: string): string;
  statementCurrencyHint(code: string, forecast: string): string;
  /** `cell` is the balance's cell in a workbook (`D7`), undefined in a text file, whose lines are cited. */
  balanceBreak(line: number, cell: string | undefined, step: string): string;
  balanceBreakHint(): string;
  convertedTooLarge(amount: string, to: string): string;
  convertedTooLargeHint(to: string, from: string): string;
}

export const INPUT_STATEMENT = {
  en: {
    notATime: () => 'is not a time of day',
    notATimeHint: () => 'write times as HH:MM or HH:MM:SS, e.g. 14:03:22',
    dateNeeded: () => 'every transaction needs its date',
    inAndOut: () => 'is set, and so is the money-in cell of this row',
    inAndOutHint: () => 'a row moves money one way: clear one of the two',
    notADirection: () => 'is not a direction',
    notADirectionHint: () => 'write 입금 or 출금 (money in or out), or Credit or Debit',
    movesNoMoney: () => 'moves no money',
    movesNoMoneyHint: () => 'a transaction needs an amount that is not zero',
    noTable: () => 'holds no table',
    exportStatementAgainHint: () => 'export the statement again',
    noTransactions: () => 'has a header but no transactions',
    noTransactionsHint: () => 'it gives no balance; download the statement for a period with movements, or give --balance',
    mappedColumnMissing: (heading, field, header) => `has no column "${heading}" (named by --map bank.${field}); the header is: ${header}`,
    mappedColumnMissingHint: () => 'give the heading as the file writes it',
    noDateColumn: (known, header) => `has no date column (${foundEn(known, header)})`,
    noDateColumnHint: () => 'name it with --map bank.date="…" (and --map bank.time="…" when the time has a column of its own)',
    noAmountColumn: (known, header) => `has no amount column (${foundEn(known, header)})`,
    noAmountColumnHint: () => 'name it with --map bank.amount="…" for one signed column, or --map bank.in="…" and --map bank.out="…"',
    statementNotACurrency: () => 'is not a currency code',
    statementNotACurrencyHint: () => 'a statement names its currency with a three-letter ISO 4217 code such as KRW or USD',
    anotherCurrency: (line, code) => `is another currency than line ${line}'s ${code}`,
    anotherCurrencyHint: () => 'export one statement per currency balance, and give each file with its own --bank',
    statementCurrency: (forecast) => `is the statement's currency, but the forecast is in ${forecast}`,
    profileCurrency: (code, profile, forecast) => `is in ${code} (a ${profile} statement's currency), but the forecast is in ${forecast}`,
    statementCurrencyHint: (code, forecast) =>
      `run the forecast in ${code} (--currency ${code}), or give an exchange rate with --fx ${code}=RATE (${forecast} per 1 ${code})`,
    balanceBreak: (line, cell, step) => `does not follow from ${cell === undefined ? `line ${line}` : `row ${line} (${cell})`} (${step})`,
    balanceBreakHint: () => 'a page missing or a row edited? Download the statement again for the whole period',
    convertedTooLarge: (amount, to) => `has an amount (${amount}) that is more than cashflow can hold exactly once converted to ${to}`,
    convertedTooLargeHint: (to, from) => `check the rate (${to} per 1 ${from}, from --fx or --fx-rates)`,
  },
  ko: {
    notATime: () => '시각이 아닙니다.',
    notATimeHint: () => '시각은 HH:MM 또는 HH:MM:SS로 적으세요(예: 14:03:22).',
    dateNeeded: () => '모든 거래에 날짜가 있어야 합니다.',
    inAndOut: () => '이 행의 입금 칸에도 금액이 있습니다.',
    inAndOutHint: () => '한 행은 한쪽으로만 돈을 옮깁니다. 둘 중 하나를 비우세요.',
    notADirection: () => '입출금 구분이 아닙니다.',
    notADirectionHint: () => '입금 또는 출금(Credit 또는 Debit)으로 적으세요.',
    movesNoMoney: () => '움직인 금액이 없습니다.',
    movesNoMoneyHint: () => '거래에는 0이 아닌 금액이 있어야 합니다.',
    noTable: () => '표가 없습니다.',
    exportStatementAgainHint: () => '거래내역을 다시 내보내세요.',
    noTransactions: () => '머리글만 있고 거래가 없습니다.',
    noTransactionsHint: () => '잔액을 알 수 없습니다. 거래가 있는 기간의 거래내역을 내려받거나 --balance를 주세요.',
    mappedColumnMissing: (heading, field, header) => `--map bank.${field}로 지정한 "${heading}" 열이 없습니다. 머리글: ${header}`,
    mappedColumnMissingHint: () => '파일에 적힌 그대로 열 이름을 주세요.',
    noDateColumn: (known, header) => `날짜 열이 없습니다(${foundKo(known, header)}).`,
    noDateColumnHint: () => '--map bank.date="…"로 알려 주세요(시각이 따로 있는 열이라면 --map bank.time="…"도).',
    noAmountColumn: (known, header) => `금액 열이 없습니다(${foundKo(known, header)}).`,
    noAmountColumnHint: () => '부호 있는 한 열이라면 --map bank.amount="…", 입금·출금 열이라면 --map bank.in="…"과 --map bank.out="…"으로 알려 주세요.',
    statementNotACurrency: () => '통화 코드가 아닙니다.',
    statementNotACurrencyHint: () => '거래내역의 통화는 KRW, USD처럼 ISO 4217 세 글자 코드로 적습니다.',
    anotherCurrency: (line, code) => `${line}번째 줄의 ${code}와 다른 통화입니다.`,
    anotherCurrencyHint: () => '통화별 잔액마다 거래내역을 따로 내보내고, 파일마다 --bank를 주세요.',
    statementCurrency: (forecast) => `거래내역의 통화인데, 예측 통화는 ${forecast}입니다.`,
    profileCurrency: (code, profile, forecast) => `${profile} 거래내역이라 ${code}인데, 예측 통화는 ${forecast}입니다.`,
    statementCurrencyHint: (code, forecast) => `${code}로 예측하거나(--currency ${code}), --fx ${code}=RATE로 환율(${code} 1단위당 ${forecast})을 주세요.`,
    balanceBreak: (line, cell, step) => `${cell === undefined ? `${line}번째 줄` : `${line}행(${cell})`}의 잔액에서 이어지지 않습니다(${step}).`,
    balanceBreakHint: () => '빠진 페이지나 고친 행이 있나요? 전체 기간의 거래내역을 다시 내려받으세요.',
    convertedTooLarge: (amount, to) => `${to}로 바꾸면 cashflow가 정확히 담을 수 없는 금액(${amount})이 있습니다.`,
    convertedTooLargeHint: (to, from) => `환율(${from} 1단위당 ${to}, --fx 또는 --fx-rates)을 확인하세요.`,
  },
} satisfies Catalogue<InputStatementMessages>;

function foundEn(known: string, header: string): string {
  return `found ${known === '' ? 'no column cashflow knows' : known}; the header is: ${header === '' ? '(empty)' : header}`;
}

function foundKo(known: string, header: string): string {
  return `${known === '' ? '아는 열 없음' : `찾은 열: ${known}`}. 머리글: ${header === '' ? '(비어 있음)' : header}`;
}

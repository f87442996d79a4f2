import type { Day } from '../../domain/day.js';
import { formatDay } from '../../domain/day.js';
import type { Catalogue } from '../catalogue.js';
import { proseDay } from '../day-text.js';

/** The first and last day of the statements a command learned from, or undefined when they had no rows. */
export type StatementSpan = readonly [from: Day, to: Day] | undefined;

/** Usage errors of flags and their combinations, and the warnings the command line adds to the readers'. */
export interface InputCliMessages {
  notWholeNumber(flag: string, text: string): string;
  wholeNumberTooSmall(flag: string, text: string, min: string): string;
  wholeNumberTooLarge(flag: string, text: string, max: string): string;
  wholeNumberHint(min: string, max: string): string;
  oneStandardInput(): string;
  oneStandardInputHint(): string;
  undatedBalance(fromConfig: boolean, files: string): string;
  undatedBalanceHint(fromConfig: boolean): string;
  paidWithoutDeposit(id: string, paid: Day, client: string, asOf: Day): string;
  paidWithoutDepositHint(): string;
  depositsToReview(deposits: number, candidates: readonly string[]): string;
  depositsToReviewHint(): string;
  learningNeedsBank(learnExpenses: boolean): string;
  learningNeedsBankHint(learnExpenses: boolean): string;
  noWholeMonth(span: StatementSpan): string;
  noWholeMonthHint(): string;
  noRecurringExpense(otherStatements: number, span: StatementSpan): string;
  noRecurringExpenseHint(): string;
  catalogueCurrency(catalogue: string, forecast: string): string;
  catalogueCurrencyHint(catalogue: string, forecast: string): string;
  paidCellLineGone(path: string, line: number): string;
  paidCellTaken(path: string, line: number): string;
  paidCellsHint(): string;
  balanceDateAlone(): string;
  balanceDateAloneHint(): string;
  balanceDateNotBefore(balanceDate: Day, asOf: Day): string;
  balanceDateNotBeforeHint(): string;
  mapNotFieldHeading(entry: string): string;
  mapNotFieldHeadingHint(): string;
  mapNotStatementField(entry: string, field: string): string;
  mapNotStatementFieldHint(fields: readonly string[]): string;
  fxNotCodeRate(entry: string): string;
  fxNotCodeRateHint(forecast: string): string;
  stdoutFailed(reason: string): string;
  fileFailed(path: string | undefined, reason: string): string;
}

const spanEn = (span: StatementSpan) => (span === undefined ? 'no rows' : `${formatDay(span[0])} … ${formatDay(span[1])}`);
const spanKo = (span: StatementSpan) => (span === undefined ? '거래 없음' : `${proseDay(span[0], span[1], 'ko')} ~ ${proseDay(span[1], span[1], 'ko')}`);

export const INPUT_CLI = {
  en: {
    notWholeNumber: (flag, text) => `${flag} "${text}" is not a whole number`,
    wholeNumberTooSmall: (flag, text, min) => `${flag} "${text}" must be at least ${min}`,
    wholeNumberTooLarge: (flag, text, max) => `${flag} "${text}" is more than ${max}`,
    wholeNumberHint: (min, max) => `give a whole number from ${min} to ${max}`,
    oneStandardInput: () => 'only one input can come from standard input (-)',
    oneStandardInputHint: () => 'save one of the two as a file',
    undatedBalance: (fromConfig, files) =>
      `${fromConfig ? '"balance" in the config' : '--balance'} has no date, and --bank ${files} gives a balance with its own`,
    undatedBalanceHint: (fromConfig) =>
      fromConfig
        ? 'remove "balance" from the config and let the statement give it, or date it with "balanceDate"'
        : 'leave out --balance and let the statement give it, or date yours with --balance-date (it wins when newer)',
    paidWithoutDeposit: (id, paid, client) => `says ${id} was paid on ${formatDay(paid)}, but no deposit of ${client} in the statement pays it`,
    paidWithoutDepositHint: () => 'check the paid date and amount, or give the statement of the account it was paid into with another --bank',
    depositsToReview: (deposits, candidates) =>
      `has ${deposits === 1 ? 'a deposit' : `${deposits} deposits`} that could pay more than one invoice (${candidates.join(', ')}), so the forecast still counts ${candidates.length === 1 ? 'it' : 'them'} as open`,
    depositsToReviewHint: () => 'see `cashflow reconcile` and mark the paid one in the invoices file',
    learningNeedsBank: (learnExpenses) => `${learnExpenses ? '--learn-expenses' : '--everyday auto'} learns from bank statements, and none was given`,
    learningNeedsBankHint: (learnExpenses) =>
      `give one with --bank FILE (or "bank" in the config)${learnExpenses ? '' : ', or type the amount: --everyday 450000'}`,
    noWholeMonth: (span) => `--everyday auto: the statements (${spanEn(span)}) cover no calendar month in full to take a typical month from`,
    noWholeMonthHint: () => 'give a statement of at least one whole month, or type the amount: --everyday 450000',
    noRecurringExpense: (others, span) =>
      `${others === 0 ? 'shows' : `and ${others} more statement${others === 1 ? '' : 's'} show`} no recurring expense (${spanEn(span)}): a series needs 3 payments, so a monthly bill needs 3 months of statement`,
    noRecurringExpenseHint: () => 'give a longer statement (a year finds quarterly fees too), or list the bills in --expenses',
    catalogueCurrency: (catalogue, forecast) => `"${catalogue}" differs from the forecast currency ${forecast}`,
    catalogueCurrencyHint: (catalogue, forecast) =>
      `amounts in the catalogue are in minor units of its currency: write a ${forecast} catalogue or run with --currency ${catalogue}`,
    paidCellLineGone: (path, line) => `--write: ${path}:${line} has no line ${line} any more`,
    paidCellTaken: (path, line) => `--write: ${path}:${line} already has a paid date in this cell`,
    paidCellsHint: () => 'the file changed since it was read: run reconcile again',
    balanceDateAlone: () => '--balance-date dates the balance you type, and there is no --balance',
    balanceDateAloneHint: () => 'give --balance AMOUNT too; a statement (--bank) dates its own balance',
    balanceDateNotBefore: (balanceDate, asOf) => `--balance-date ${formatDay(balanceDate)} is not before --as-of ${formatDay(asOf)}`,
    balanceDateNotBeforeHint: () =>
      'the balance is the one at the end of that day: date it the day before --as-of at the latest, or forecast from a later --as-of',
    mapNotFieldHeading: (entry) => `--map "${entry}" is not FIELD=HEADING`,
    mapNotFieldHeadingHint: () => 'e.g. --map amount="Total (KRW)", or --map expenses.description=Payee',
    mapNotStatementField: (entry, field) => `--map "${entry}": "${field}" is not a statement field`,
    mapNotStatementFieldHint: (fields) => `a statement's fields are ${fields.join(', ')}`,
    fxNotCodeRate: (entry) => `--fx "${entry}" is not CODE=RATE`,
    fxNotCodeRateHint: (forecast) => `e.g. --fx USD=1390.5: ${forecast} per 1 USD`,
    stdoutFailed: (reason) => `could not write to standard output: ${reason}`,
    fileFailed: (path, reason) => `${path === undefined ? 'a file' : `"${path}"`}: ${reason}`,
  },
  ko: {
    notWholeNumber: (flag, text) => `${flag} "${text}": 자연수가 아닙니다.`,
    wholeNumberTooSmall: (flag, text, min) => `${flag} "${text}": ${min} 이상이어야 합니다.`,
    wholeNumberTooLarge: (flag, text, max) => `${flag} "${text}": ${max}보다 큽니다.`,
    wholeNumberHint: (min, max) => `${min}부터 ${max}까지의 자연수를 주세요.`,
    oneStandardInput: () => '표준 입력(-)으로는 입력 파일을 하나만 받을 수 있습니다.',
    oneStandardInputHint: () => '둘 중 하나를 파일로 저장하세요.',
    undatedBalance: (fromConfig, files) =>
      `${fromConfig ? '설정의 "balance"' : '--balance'}에는 날짜가 없는데, --bank ${files}에는 날짜가 있는 잔액이 있습니다.`,
    undatedBalanceHint: (fromConfig) =>
      fromConfig
        ? '설정에서 "balance"를 지우고 거래내역의 잔액을 쓰거나, "balanceDate"로 날짜를 주세요.'
        : '--balance를 빼고 거래내역의 잔액을 쓰거나, --balance-date로 날짜를 주세요(더 최근이면 그 잔액을 씁니다).',
    paidWithoutDeposit: (id, paid, client, asOf) =>
      `${id}의 입금일이 ${proseDay(paid, asOf, 'ko')}로 적혀 있지만, 거래내역에는 그 청구서를 갚는 ${client}의 입금이 없습니다.`,
    paidWithoutDepositHint: () => '입금일과 금액을 확인하거나, 입금된 계좌의 거래내역을 --bank로 하나 더 주세요.',
    depositsToReview: (deposits, candidates) =>
      `청구서 여러 건에 해당할 수 있는 입금이 ${deposits}건 있어(${candidates.join(', ')}), 예측에서는 아직 미수로 둡니다.`,
    depositsToReviewHint: () => '`cashflow reconcile`로 확인하고 입금된 청구서를 청구서 파일에 표시하세요.',
    learningNeedsBank: (learnExpenses) => `${learnExpenses ? '--learn-expenses' : '--everyday auto'}에는 거래내역이 필요한데, 주어진 거래내역이 없습니다.`,
    learningNeedsBankHint: (learnExpenses) =>
      `--bank FILE(또는 설정의 "bank")로 거래내역을 주세요${learnExpenses ? '.' : '. 금액을 직접 적어도 됩니다: --everyday 450000'}`,
    noWholeMonth: (span) => `--everyday auto: 거래내역(${spanKo(span)})에 꽉 찬 달이 없어 한 달 생활비를 알 수 없습니다.`,
    noWholeMonthHint: () => '한 달 이상의 거래내역을 주거나 금액을 직접 적으세요: --everyday 450000',
    noRecurringExpense: (others, span) =>
      `${others === 0 ? '거래내역' : `거래내역 ${others + 1}개`}(${spanKo(span)})에서 반복 지출을 찾지 못했습니다. 반복으로 보려면 3번 나가야 하므로, 월 지출은 3개월치 거래내역이 필요합니다.`,
    noRecurringExpenseHint: () => '더 긴 거래내역을 주거나(1년이면 분기 수수료도 찾습니다), --expenses에 고정 지출을 적으세요.',
    catalogueCurrency: (catalogue, forecast) => `카탈로그 통화(${catalogue})가 예측 통화(${forecast})와 다릅니다.`,
    catalogueCurrencyHint: (catalogue, forecast) =>
      `카탈로그의 금액은 그 통화의 최소 단위입니다. ${forecast} 카탈로그를 쓰거나 --currency ${catalogue}로 실행하세요.`,
    paidCellLineGone: (path, line) => `--write: ${path}에 ${line}번째 줄이 더는 없습니다.`,
    paidCellTaken: (path, line) => `--write: ${path}:${line}의 그 칸에 이미 입금일이 있습니다.`,
    paidCellsHint: () => '파일을 읽은 뒤에 바뀌었습니다. reconcile을 다시 실행하세요.',
    balanceDateAlone: () => '--balance-date는 직접 입력한 잔액의 날짜인데, --balance가 없습니다.',
    balanceDateAloneHint: () => '--balance AMOUNT도 주세요. 거래내역(--bank)의 잔액에는 날짜가 이미 있습니다.',
    balanceDateNotBefore: (balanceDate, asOf) =>
      `--balance-date ${proseDay(balanceDate, asOf, 'ko')}: --as-of(${proseDay(asOf, asOf, 'ko')})보다 앞선 날이어야 합니다.`,
    balanceDateNotBeforeHint: () => '잔액은 그날을 마친 잔액입니다. 늦어도 --as-of 전날로 적거나, 더 뒤의 --as-of부터 예측하세요.',
    mapNotFieldHeading: (entry) => `--map "${entry}": FIELD=HEADING 형식이 아닙니다.`,
    mapNotFieldHeadingHint: () => '예: --map amount="Total (KRW)" 또는 --map expenses.description=Payee',
    mapNotStatementField: (entry, field) => `--map "${entry}": "${field}"라는 거래내역 항목은 없습니다.`,
    mapNotStatementFieldHint: (fields) => `거래내역의 항목: ${fields.join(', ')}`,
    fxNotCodeRate: (entry) => `--fx "${entry}": CODE=RATE 형식이 아닙니다.`,
    fxNotCodeRateHint: (forecast) => `예: --fx USD=1390.5 (USD 1단위당 ${forecast})`,
    stdoutFailed: (reason) => `표준 출력에 쓸 수 없습니다: ${reason}.`,
    fileFailed: (path, reason) => `${path === undefined ? '파일' : `"${path}"`}: ${reason}.`,
  },
} satisfies Catalogue<InputCliMessages>;

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { parseIsoDay } from '../../src/domain/day.js';
import { minor } from '../../src/domain/money.js';
import type { RangeWords } from '../../src/domain/range-words.js';
import type { TaxEventWords } from '../../src/domain/tax-words.js';
import type { Catalogue } from '../../src/i18n/catalogue.js';
import { LANGS } from '../../src/i18n/lang.js';
import { AMOUNT_RANGE } from '../../src/i18n/messages/amount-range.js';
import type { AssumptionMessages } from '../../src/i18n/messages/assumption.js';
import { ASSUMPTION } from '../../src/i18n/messages/assumption.js';
import type { BalanceMessages } from '../../src/i18n/messages/balance.js';
import { BALANCE } from '../../src/i18n/messages/balance.js';
import type { BankCommandMessages } from '../../src/i18n/messages/bank-commands.js';
import { BANK_COMMANDS } from '../../src/i18n/messages/bank-commands.js';
import type { BridgeReasonMessages } from '../../src/i18n/messages/bridge-reasons.js';
import { BRIDGE_REASONS } from '../../src/i18n/messages/bridge-reasons.js';
import type { BridgesMessages } from '../../src/i18n/messages/bridges.js';
import { BRIDGES } from '../../src/i18n/messages/bridges.js';
import type { BridgesSetupMessages } from '../../src/i18n/messages/bridges-setup.js';
import { BRIDGES_SETUP } from '../../src/i18n/messages/bridges-setup.js';
import type { CatalogueNoteMessages } from '../../src/i18n/messages/catalogue-notes.js';
import { CATALOGUE_NOTES } from '../../src/i18n/messages/catalogue-notes.js';
import type { ChartMessages } from '../../src/i18n/messages/chart.js';
import { CHART } from '../../src/i18n/messages/chart.js';
import type { CheckMessages } from '../../src/i18n/messages/check.js';
import { CHECK } from '../../src/i18n/messages/check.js';
import type { CliBankMessages } from '../../src/i18n/messages/cli-bank.js';
import { CLI_BANK } from '../../src/i18n/messages/cli-bank.js';
import type { CliBugReportMessages } from '../../src/i18n/messages/cli-bug-report.js';
import { CLI_BUG_REPORT } from '../../src/i18n/messages/cli-bug-report.js';
import type { CliCommanderMessages } from '../../src/i18n/messages/cli-commander.js';
import { CLI_COMMANDER } from '../../src/i18n/messages/cli-commander.js';
import type { CliFlagMessages } from '../../src/i18n/messages/cli-flags.js';
import { CLI_FLAGS } from '../../src/i18n/messages/cli-flags.js';
import type { CliOutputMessages } from '../../src/i18n/messages/cli-output.js';
import { CLI_OUTPUT } from '../../src/i18n/messages/cli-output.js';
import type { CliSetupMessages } from '../../src/i18n/messages/cli-setup.js';
import { CLI_SETUP } from '../../src/i18n/messages/cli-setup.js';
import type { ClientsMessages } from '../../src/i18n/messages/clients.js';
import { CLIENTS } from '../../src/i18n/messages/clients.js';
import type { ExpensesCsvMessages } from '../../src/i18n/messages/expenses-csv.js';
import { EXPENSES_CSV } from '../../src/i18n/messages/expenses-csv.js';
import type { ForecastCsvMessages } from '../../src/i18n/messages/forecast-csv.js';
import { FORECAST_CSV } from '../../src/i18n/messages/forecast-csv.js';
import type { ForecastTableMessages } from '../../src/i18n/messages/forecast-table.js';
import { FORECAST_TABLE } from '../../src/i18n/messages/forecast-table.js';
import type { HelpFrameMessages } from '../../src/i18n/messages/help-frame.js';
import { HELP_FRAME } from '../../src/i18n/messages/help-frame.js';
import type { IdleFlagMessages } from '../../src/i18n/messages/idle-flags.js';
import { IDLE_FLAGS } from '../../src/i18n/messages/idle-flags.js';
import type { InitMessages } from '../../src/i18n/messages/init.js';
import { INIT } from '../../src/i18n/messages/init.js';
import type { InputCellMessages } from '../../src/i18n/messages/input-cells.js';
import { INPUT_CELLS } from '../../src/i18n/messages/input-cells.js';
import type { InputCliMessages } from '../../src/i18n/messages/input-cli.js';
import { INPUT_CLI } from '../../src/i18n/messages/input-cli.js';
import type { InputExpenseMessages } from '../../src/i18n/messages/input-expenses.js';
import { INPUT_EXPENSES } from '../../src/i18n/messages/input-expenses.js';
import type { InputFileMessages } from '../../src/i18n/messages/input-files.js';
import { INPUT_FILES } from '../../src/i18n/messages/input-files.js';
import type { InputIssueMessages } from '../../src/i18n/messages/input-issues.js';
import { INPUT_ISSUES } from '../../src/i18n/messages/input-issues.js';
import type { InputJsonMessages } from '../../src/i18n/messages/input-json.js';
import { INPUT_JSON } from '../../src/i18n/messages/input-json.js';
import type { InputMessages } from '../../src/i18n/messages/input-messages.js';
import { INPUT_MESSAGES } from '../../src/i18n/messages/input-messages.js';
import type { InputRowMessages } from '../../src/i18n/messages/input-rows.js';
import { INPUT_ROWS } from '../../src/i18n/messages/input-rows.js';
import type { InputSchemaMessages } from '../../src/i18n/messages/input-schema.js';
import { INPUT_SCHEMA } from '../../src/i18n/messages/input-schema.js';
import type { InputStatementMessages } from '../../src/i18n/messages/input-statement.js';
import { INPUT_STATEMENT } from '../../src/i18n/messages/input-statement.js';
import type { InputWorkbookMessages } from '../../src/i18n/messages/input-workbook.js';
import { INPUT_WORKBOOK } from '../../src/i18n/messages/input-workbook.js';
import type { LearnedMessages } from '../../src/i18n/messages/learned.js';
import { LEARNED } from '../../src/i18n/messages/learned.js';
import type { LedgerMessages } from '../../src/i18n/messages/ledger.js';
import { LEDGER } from '../../src/i18n/messages/ledger.js';
import type { OpenWindowMessages } from '../../src/i18n/messages/open-window.js';
import { OPEN_WINDOW } from '../../src/i18n/messages/open-window.js';
import type { OptionNameMessages } from '../../src/i18n/messages/option-names.js';
import { OPTION_NAMES } from '../../src/i18n/messages/option-names.js';
import type { ReconcileMessages } from '../../src/i18n/messages/reconcile.js';
import { RECONCILE } from '../../src/i18n/messages/reconcile.js';
import type { ReportGapMessages } from '../../src/i18n/messages/report-gaps.js';
import { REPORT_GAPS } from '../../src/i18n/messages/report-gaps.js';
import type { ReviewReasonMessages } from '../../src/i18n/messages/review-reasons.js';
import { REVIEW_REASONS } from '../../src/i18n/messages/review-reasons.js';
import type { StressMessages } from '../../src/i18n/messages/stress.js';
import { STRESS } from '../../src/i18n/messages/stress.js';
import type { TaxCalendarMessages } from '../../src/i18n/messages/tax-calendar.js';
import { TAX_CALENDAR } from '../../src/i18n/messages/tax-calendar.js';
import { TAX_EVENTS } from '../../src/i18n/messages/tax-events.js';
import type { TaxFigureMessages } from '../../src/i18n/messages/tax-figures.js';
import { TAX_FIGURES } from '../../src/i18n/messages/tax-figures.js';
import type { WhatIfMessages } from '../../src/i18n/messages/what-if.js';
import { WHAT_IF } from '../../src/i18n/messages/what-if.js';
import type { WorkbookMessages } from '../../src/i18n/messages/workbook.js';
import { WORKBOOK } from '../../src/i18n/messages/workbook.js';
import { parseConfig } from '../../src/read/config.js';
import { KRW, USD } from '../support/factories.js';
import { ROOT } from '../support/run-cli.js';

const CELL_SAMPLES: Samples<InputCellMessages> = {
  amountOtherCurrency: [['USD', 'KRW']],
  amountOtherCurrencyHint: [['USD', 'KRW']],
  amountTwoWays: [[]],
  amountTwoWaysHint: [['1.500', '1500']],
  notAnAmount: [[]],
  notAnAmountHint: [['1,500,000']],
  amountDecimals: [
    [2, 'KRW', 0],
    [3, 'USD', 2],
  ],
  amountDecimalsHint: [
    [0, '1,500,000'],
    [2, '1,234.55'],
  ],
  amountTooLarge: [[]],
  amountTooLargeHint: [[]],
  notADay: [[]],
  notADayHint: [[]],
  notADate: [[]],
  notADateHint: [[]],
  dayOrMonth: [[]],
  dayOrMonthHint: [[]],
  rateTwoWays: [[]],
  rateTwoWaysHint: [['1390', '1.390']],
  notARate: [[]],
  rateZero: [[]],
  rateDecimalComma: [[]],
  rateDecimalCommaHint: [['3.3']],
  rateDigits: [[30]],
  withholdingAbove: [[]],
  withholdingAboveHint: [[]],
  withholdingHint: [[]],
  exchangeRateHint: [[]],
  yearlyRateAbove: [[]],
  yearlyRateHint: [[]],
  notACurrency: [[]],
  notACurrencyHint: [[]],
  currencyFlagHint: [[]],
  everyAmountWrittenIn: [['USD', 12, 'KRW']],
  everyAmountWrittenInHint: [['USD']],
  untilWithoutRepeat: [[]],
  untilWithoutRepeatHint: [[]],
  untilBeforeStart: [[parseIsoDay('2026-11-01')!]],
  untilBeforeStartHint: [[]],
  amountZero: [[]],
  amountNegative: [[]],
  positiveAmountHint: [[]],
  notARepeat: [[]],
  notARepeatHint: [[['weekly', 'monthly', 'none']]],
  notAVatType: [[]],
  notAVatTypeHint: [[]],
  textTooLong: [[]],
  cellEmpty: [[]],
  cellNeeded: [['amount'], [undefined]],
  correctCell: [[]],
  unreadableCharacters: [[1], [3]],
  unreadableCharactersHint: [[]],
  datesTwoOrders: [
    [true, 'issued', '03/04/2026', 2],
    [false, 'issued', '25/04/2026', 3],
  ],
  datesTwoOrdersHint: [[]],
};

const FILE_SAMPLES: Samples<InputFileMessages> = {
  systemReason: [['EACCES'], ['EWHAT']],
  systemHint: [['ENOSPC'], ['EWHAT']],
  cannotRead: [['EACCES'], ['EWHAT']],
  doesNotExist: [[]],
  brokenLink: [[]],
  brokenLinkHint: [[]],
  stdinHere: [[]],
  stdinHereHint: [[]],
  isDirectory: [[]],
  isDirectoryHint: [[]],
  notRegular: [['a named pipe (FIFO)'], ['a socket']],
  notRegularHint: [[]],
  tooLarge: [['1 GiB']],
  tooManyCharacters: [[]],
  splitHint: [[]],
  isPdf: [[]],
  isPdfHint: [[]],
  isZip: [[]],
  isOldExcel: [[]],
  saveAsCsvHint: [[]],
  notText: [[undefined], ['cp949']],
  notTextHint: [[['utf-8', 'cp949']]],
  notCsv: [
    ['Quote Not Closed: the parsing is finished with an opening quote at line 3', 'CSV_QUOTE_NOT_CLOSED'],
    ['something else', undefined],
  ],
  notCsvHint: [[]],
  fileEmpty: [[]],
  fileEmptyHint: [[]],
  headerOnly: [[]],
  headerOnlyHint: [[]],
  unknownColumn: [[]],
  unknownColumnHint: [[['id', 'amount'], '메모']],
  twoColumns: [[3, 'amount', 'amount']],
  twoColumnsHint: [['amount', 'amount']],
  noColumn: [['amount']],
  noColumnHint: [['amount', 'id, client']],
  notJson: [
    ['Unexpected token', 'CommaExpected'],
    ['Unexpected end of JSON input', undefined],
  ],
  notJsonHint: [[]],
  configNotJsonHint: [[]],
  tooDeep: [[64]],
  tooDeepHint: [[]],
};

const WORKBOOK_SAMPLES: Samples<InputWorkbookMessages> = {
  htmlWithoutTable: [[]],
  htmlWithoutTableHint: [[]],
  htmlTooIntricate: [[]],
  saveAsXlsxOrCsvHint: [[]],
  damagedXls: [[]],
  againHint: [[]],
  cannotDecrypt: [
    [{ why: 'descriptionCutShort' }],
    [{ why: 'contentsCutShort' }],
    [{ why: 'malformed' }],
    [{ why: 'notPassword' }],
    [{ why: 'rc4' }],
    [{ why: 'version', major: 5, minor: 1 }],
    [{ why: 'cipher', name: 'DES' }],
    [{ why: 'cipher', name: undefined }],
    [{ why: 'chaining', name: 'ChainingModeCFB' }],
    [{ why: 'chaining', name: undefined }],
    [{ why: 'hash', name: 'RIPEMD-160' }],
    [{ why: 'hash', name: '' }],
    [{ why: 'keyBits', bits: '512' }],
    [{ why: 'spinCount', count: 20_000_000, most: 10_000_000 }],
  ],
  saveUnprotectedHint: [[]],
  wrongPassword: [[]],
  wrongPasswordHint: [[]],
  protectedXls: [[]],
  zipNotWorkbook: [[]],
  zipNotWorkbookHint: [[]],
  officeNotWorkbook: [[]],
  officeNotWorkbookHint: [[]],
  damagedWorkbook: [['Bad uncompressed size']],
  pastColumnXfd: [[]],
  pastColumnXfdHint: [[]],
  damagedZip: [[]],
  damagedZipHint: [[]],
  zipTooManyParts: [[20000]],
  zipTooManyPartsHint: [[]],
  encryptedZip: [[]],
  encryptedZipHint: [[]],
  zipMethod: [[12]],
  zipMethodHint: [[]],
  unpacksTooLarge: [[512]],
  unpacksTooLargeHint: [[]],
  noSuchSheet: [['거래내역']],
  noSuchSheetHint: [['"Sheet1", "요약"']],
  emptySheet: [['Sheet1'], [undefined]],
  emptySheetHint: [['"요약"'], [undefined]],
  emptyWorkbook: [[]],
  emptyWorkbookHint: [[]],
  needsPassword: [[]],
  needsPasswordHint: [[]],
};

const STATEMENT_SAMPLES: Samples<InputStatementMessages> = {
  notATime: [[]],
  notATimeHint: [[]],
  dateNeeded: [[]],
  inAndOut: [[]],
  inAndOutHint: [[]],
  notADirection: [[]],
  notADirectionHint: [[]],
  movesNoMoney: [[]],
  movesNoMoneyHint: [[]],
  noTable: [[]],
  exportStatementAgainHint: [[]],
  noTransactions: [[]],
  noTransactionsHint: [[]],
  mappedColumnMissing: [['거래일', 'date', '일자, 금액']],
  mappedColumnMissingHint: [[]],
  noDateColumn: [
    ['amount "금액"', '금액, 메모'],
    ['', ''],
  ],
  noDateColumnHint: [[]],
  noAmountColumn: [
    ['date "거래일시"', '거래일시, 적요'],
    ['', ''],
  ],
  noAmountColumnHint: [[]],
  statementNotACurrency: [[]],
  statementNotACurrencyHint: [[]],
  anotherCurrency: [[3, 'KRW']],
  anotherCurrencyHint: [[]],
  statementCurrency: [['KRW']],
  profileCurrency: [['EUR', 'N26', 'KRW']],
  statementCurrencyHint: [['EUR', 'KRW']],
  balanceBreak: [
    [7, undefined, '₩1,000,000 − ₩50,000 = ₩950,000'],
    [7, 'D7', '₩1,000,000 + ₩50,000 = ₩1,050,000'],
  ],
  balanceBreakHint: [[]],
  convertedTooLarge: [['$90,071,992,547,409.91', 'KRW']],
  convertedTooLargeHint: [['KRW', 'USD']],
};

const CLI_SAMPLES: Samples<InputCliMessages> = {
  notWholeNumber: [['--days', 'ninety']],
  wholeNumberTooSmall: [['--days', '0', '1']],
  wholeNumberTooLarge: [['--days', '9999', '3,660']],
  wholeNumberHint: [['1', '3,660']],
  oneStandardInput: [[]],
  oneStandardInputHint: [[]],
  undatedBalance: [
    [true, 'kb.csv'],
    [false, 'kb.csv, toss.xlsx'],
  ],
  undatedBalanceHint: [[true], [false]],
  paidWithoutDeposit: [['INV-2026-028', parseIsoDay('2026-11-20')!, '노을커피', parseIsoDay('2026-12-01')!]],
  paidWithoutDepositHint: [[]],
  depositsToReview: [
    [1, ['INV-1', 'INV-2']],
    [2, ['INV-1', 'INV-2', 'INV-3']],
  ],
  depositsToReviewHint: [[]],
  learningNeedsBank: [[true], [false]],
  learningNeedsBankHint: [[true], [false]],
  noWholeMonth: [[[parseIsoDay('2026-11-03')!, parseIsoDay('2026-11-28')!]], [undefined]],
  noWholeMonthHint: [[]],
  noRecurringExpense: [
    [0, [parseIsoDay('2026-10-01')!, parseIsoDay('2026-11-28')!]],
    [2, undefined],
  ],
  noRecurringExpenseHint: [[]],
  catalogueCurrency: [['USD', 'KRW']],
  catalogueCurrencyHint: [['USD', 'KRW']],
  paidCellLineGone: [['invoices.csv', 12]],
  paidCellTaken: [['invoices.csv', 12]],
  paidCellsHint: [[]],
  balanceDateAlone: [[]],
  balanceDateAloneHint: [[]],
  balanceDateNotBefore: [[parseIsoDay('2026-12-01')!, parseIsoDay('2026-12-01')!]],
  balanceDateNotBeforeHint: [[]],
  mapNotFieldHeading: [['amount']],
  mapNotFieldHeadingHint: [[]],
  mapNotStatementField: [['bank.fee2=수수료', 'fee2']],
  mapNotStatementFieldHint: [[['date', 'amount', 'in', 'out']]],
  fxNotCodeRate: [['USD:1390']],
  fxNotCodeRateHint: [['KRW']],
  stdoutFailed: [['no space left on the device (ENOSPC)']],
  fileFailed: [
    ['out.csv', 'permission denied (EACCES)'],
    [undefined, 'input/output error (EIO)'],
  ],
};

// ko-read: the invoice reader's row messages.
const ROW_SAMPLES: Samples<InputRowMessages> = {
  paidAfterAsOf: [[parseIsoDay('2026-12-01')!]],
  paidAfterAsOfHint: [[]],
  beforeIssued: [[parseIsoDay('2026-10-15')!]],
  paidBeforeIssuedHint: [[]],
  dueBeforeIssuedHint: [[]],
  paidOnRepeating: [[]],
  paidOnRepeatingHint: [[]],
  repeatsInvoice: [[2]],
  repeatsInvoiceHint: [[]],
  noRateFor: [['KRW', 'USD', 'INV-2']],
  noRateHint: [['KRW', 'USD']],
  everyInvoiceIn: [[3, 'KRW', 'USD']],
  everyInvoiceInHint: [['KRW', 'USD']],
  notAStatus: [[]],
  notAStatusHint: [[]],
  convertsToZero: [[KRW, 'USD']],
  convertsToZeroHint: [['KRW', 'USD']],
  convertsBeyond: [['10000000000000000', KRW]],
  convertsBeyondHint: [['KRW', 'USD']],
};

// ko-read: the expenses reader's deferrable and inputVat cells.
const EXPENSE_SAMPLES: Samples<InputExpenseMessages> = {
  notADeferral: [[]],
  deferralHint: [[]],
  deferralDays: [[400]],
  deferralDaysHint: [[366]],
  deferralFeeAbove: [[]],
  deferralFee: [[{ id: 'notAnAmount', params: [] }]],
  deferralNegativeFee: [[]],
  inputVatAmountHint: [[{ id: 'notAnAmountHint', params: ['1,500,000'] }]],
  inputVatAboveAmount: [[]],
  inputVatAboveAmountHint: [[]],
};

const JSON_SAMPLES: Samples<InputJsonMessages> = {
  schema: [
    [{ ours: { id: 'wholeNumber', params: [] } }, undefined],
    [{ ours: { id: 'repeatsId', params: ['card-loan'] } }, '"card-loan"'],
    [{ english: 'Invalid input: expected number, received string', code: 'invalid_type', expected: 'number' }, '"abc"'],
    [{ english: 'Invalid input: expected number, received nothing', code: 'invalid_type', expected: 'number', missing: true }, undefined],
    [{ english: 'Invalid option: expected one of "a"|"b"', code: 'invalid_value', values: ['"a"', '"b"'] }, undefined],
    [{ english: 'Invalid input: expected "defaults"', code: 'invalid_value', values: ['"defaults"'] }, undefined],
    [{ english: 'Too small: expected number to be >=0', code: 'too_small', origin: 'number', bound: '0', inclusive: true }, '-1'],
    [{ english: 'Too small: expected number to be >0', code: 'too_small', origin: 'number', bound: '0', inclusive: false }, '0'],
    [{ english: 'Too big: expected number to be <=31', code: 'too_big', origin: 'number', bound: '31', inclusive: true }, '40'],
    [{ english: 'Too big: expected number to be <31', code: 'too_big', origin: 'number', bound: '31', inclusive: false }, '40'],
    [{ english: 'Too small: expected string to have >=1 characters', code: 'too_small', origin: 'string', bound: '1', inclusive: true }, '""'],
    [{ english: 'Too big: expected string to have <=8 characters', code: 'too_big', origin: 'string', bound: '8', inclusive: true }, undefined],
    [{ english: 'Too small: expected array to have >=1 items', code: 'too_small', origin: 'array', bound: '1', inclusive: true }, undefined],
    [{ english: 'Too big: expected array to have <=3 items', code: 'too_big', origin: 'array', bound: '3', inclusive: true }, undefined],
    [{ english: 'Invalid string: must match pattern /^[A-Z]{3}$/', code: 'invalid_format', pattern: '/^[A-Z]{3}$/' }, '"usd"'],
    [{ english: 'Invalid input', code: 'invalid_format' }, undefined],
    [{ english: 'Invalid number: must be a multiple of 5', code: 'not_multiple_of', divisor: '5' }, '7'],
    [{ english: 'Unrecognized key: "colour"', code: 'unrecognized_keys', keys: ['"colour"'] }, undefined],
    [{ english: 'Invalid key in record', code: 'invalid_key' }, undefined],
    [{ english: 'Invalid value in record', code: 'invalid_element' }, undefined],
    [{ english: 'Invalid input', code: 'invalid_union', alternatives: { types: ['string', 'number'] } }, 'true'],
    [{ english: 'Invalid input', code: 'invalid_union', alternatives: { types: ['string', 'number'] }, missing: true }, undefined],
    [{ english: 'Invalid input', code: 'invalid_union', alternatives: { values: ['365', '360'] } }, '300'],
    [{ english: 'Invalid input', code: 'invalid_union' }, '300'],
    [{ english: 'Invalid input', code: 'custom', missing: true }, undefined],
  ],
  configHint: [[]],
  catalogueHint: [[]],
  unknownField: [[]],
  unknownFieldHint: [[]],
};

/** Parameters to render each message with: the type makes a new message without its samples fail the type check. */
type Samples<Messages> = {
  readonly [Id in keyof Messages]: ReadonlyArray<Messages[Id] extends (...params: infer P) => string | readonly string[] ? P : never>;
};

interface Area<Messages> {
  readonly catalogue: Catalogue<Messages>;
  readonly samples: Samples<Messages>;
}

// ko-cli: the command line's own usage errors (cli-*.ts, part of the input messages).
const CLI_FLAG_SAMPLES: Samples<CliFlagMessages> = {
  bridgesNeedsAmount: [[]],
  bridgesNeedsAmountHint: [[]],
  notAboveZero: [[]],
  cashNeededHint: [[]],
  notAReportFormat: [[]],
  reportFormatHint: [[]],
  notAnExportFormat: [[]],
  exportFormatHint: [[]],
  neitherAutoNorAmount: [[]],
  everydayHint: [['KRW']],
  notAnEncoding: [[]],
  encodingHint: [[['utf-8', 'cp949']]],
  notADateFormat: [[]],
  dateFormatHint: [[]],
  seeHelpHint: [[]],
  noInvoicesFile: [[]],
  noInvoicesFileHint: [[]],
  feeToleranceHint: [
    [minor(1_000), KRW],
    [minor(1_500), USD],
  ],
  fxToleranceHint: [[]],
};
const CLI_BANK_SAMPLES: Samples<CliBankMessages> = {
  reconcileNeedsBank: [[]],
  expensesNeedsBank: [[]],
  bankHint: [['--bank'], ['--from-bank']],
  bankGivenTwice: [[]],
  bankGivenTwiceHint: [[]],
  writeNeedsFile: [[]],
  writeNeedsFileHint: [[]],
  writeNotRegularFile: [['invoices']],
  writeNotRegularFileHint: [[]],
  writeNoPaidColumn: [['invoices.csv']],
  writeNoPaidColumnHint: [[]],
  writeCannotPlace: [['invoices.csv', ['INV-1', 'INV-2']]],
  writeCannotPlaceHint: [[]],
};
const CLI_SETUP_SAMPLES: Samples<CliSetupMessages> = {
  setupNeedsTerminal: [[]],
  setupNeedsTerminalHint: [[]],
  setupStopped: [[]],
  setupStoppedHint: [[]],
  setupWholeCatalogue: [['bridges.json']],
  setupWholeCatalogueHint: [[]],
  setupBackups: [['bridges.json']],
  setupBackupsHint: [['bridges.json']],
  answerNegative: [[]],
  setupComment: [[]],
};
const CLI_OUTPUT_SAMPLES: Samples<CliOutputMessages> = {
  outputIsInput: [['--output', 'invoices.csv', 'invoices.csv']],
  outputIsInputHint: [[]],
  outputRefused: [
    ['--output', 'out', { kind: 'notRegular', what: 'a directory' }],
    ['--chart-svg', 'x.svg', { kind: 'system', code: 'EACCES' }],
    ['--output', 'link.txt', { kind: 'danglingLink' }],
    ['--output', 'p', { kind: 'replaced' }],
    ['--output', 'no/x.txt', { kind: 'noFolder' }],
  ],
  outputRefusedHint: [[{ kind: 'noFolder' }], [{ kind: 'system', code: 'ENOSPC' }], [{ kind: 'notRegular', what: 'a socket' }]],
  initWouldOverwrite: [[['invoices.csv']]],
  initWouldOverwriteHint: [[]],
  initCouldNotWrite: [['invoices.csv', 'EACCES']],
  stdoutFailedHint: [[]],
  workbookToTerminal: [[]],
  workbookToTerminalHint: [['cashflow forecast … --format xlsx']],
  workbookTooLarge: [[100_001, 100_000]],
  workbookTooLargeHint: [[]],
  passwordPrompt: [['toss.xlsx']],
};

const area = <Messages>(catalogue: Catalogue<Messages>, samples: Samples<Messages>): Area<unknown> => ({ catalogue, samples }) as Area<unknown>;
const asOf = parseIsoDay('2026-12-01')!;
const day = (iso: string) => parseIsoDay(iso)!;
const runRate = { perMonth: minor(4_000_000), months: 2, from: day('2026-10-01'), to: day('2026-11-30') };

// Every file in src/i18n/messages with a catalogue ({ en, ko }), by file name; help-ko.ts is keyed by English help
// text and walked by help-catalogue.test.ts.
const AREAS: Record<string, Area<unknown>> = {
  'assumption.ts': area<AssumptionMessages>(ASSUMPTION, {
    history: [[41, 7]],
    defaultDelay: [[30]],
  }),
  'balance.ts': area<BalanceMessages>(BALANCE, {
    origin: [
      ['nh.csv:11', day('2026-11-30'), asOf],
      [undefined, day('2026-11-30'), asOf],
    ],
    stale: [
      [9, 'nh.csv:11, the end of 2026-11-21', 7, 3],
      [1, 'nh.csv:11', 1, 1],
    ],
    noBalanceInFile: [['n26.csv']],
    noBalanceAtAll: [[]],
    typedNotNewer: [
      ['config', day('2026-11-20'), day('2026-11-30'), asOf],
      ['--balance', day('2026-11-20'), day('2026-11-30'), asOf],
    ],
  }),
  'bank-commands.ts': area<BankCommandMessages>(BANK_COMMANDS, {
    noPaidDates: [['invoices.csv']],
    datesBeside: [['invoices.xlsx', 2, 'invoices.xlsx.paid.csv']],
    wroteDates: [
      ['invoices.csv', 8, 'invoices.csv.bak'],
      ['invoices.csv', 1, 'invoices.csv.bak.1'],
    ],
  }),
  'clients.ts': area<ClientsMessages>(CLIENTS, {
    title: [[asOf]],
    headings: [[]],
    usesDefault: [[]],
    usesHistory: [[34], [0]],
    notes: [[3], [undefined]],
  }),
  'init.ts': area<InitMessages>(INIT, {
    wrote: [[['cashflow.config.json', 'invoices.csv']]],
    next: [[]],
    starterConfig: [[]],
    exampleClients: [[]],
    exampleExpenses: [[]],
  }),
  'input-issues.ts': area<InputIssueMessages>(INPUT_ISSUES, {
    topLevel: [[]],
    warningPrefix: [[]],
    wholeFile: [[]],
    column: [['amount']],
    cell: [['amount', '-25,000']],
    more: [
      [10, 'error'],
      [1, 'warning'],
    ],
    afterSubject: [['amount "abc"', 'is not an amount']],
    withHint: [['is not an amount', 'write digits']],
    rowSkipped: [['is not an amount']],
    nothingForecast: [[1], [60]],
  }),
  'expenses-csv.ts': area<ExpensesCsvMessages>(EXPENSES_CSV, { headings: [[]] }),
  'learned.ts': area<LearnedMessages>(LEARNED, {
    everydayLabel: [[]],
    everydayValue: [
      [minor(450_000), KRW, { typed: true }],
      [minor(450_000), KRW, { months: ['2026-09', '2026-10', '2026-11'] }],
      [minor(45_000), USD, { months: ['2026-11'] }],
    ],
    learnedTitle: [[6]],
    learnedHeadings: [[]],
    repeat: [['monthly'], ['none'], ['weekly'], ['biweekly'], ['quarterly'], ['yearly']],
    newRow: [[]],
  }),
  'open-window.ts': area<OpenWindowMessages>(OPEN_WINDOW, {
    recoversAfterCell: [[day('2027-01-09')]],
    neverCell: [[]],
    likelyCoveredCell: [[]],
    recoversAfterHorizon: [[day('2027-01-09'), 'INV-9', 'Client Nine', asOf]],
    structuralWithoutRunRate: [[minor(1_520_833), { currency: KRW, asOf }]],
    structural: [[minor(5_000_000), runRate, { currency: KRW, asOf }]],
    likelyCovered: [[minor(1_520_833), runRate, { currency: KRW, asOf }]],
  }),
  'reconcile.ts': area<ReconcileMessages>(RECONCILE, {
    title: [
      ['nh.csv', { from: day('2026-11-02'), to: day('2026-11-30') }, asOf],
      ['nh.csv, kb.xls', undefined, asOf],
    ],
    section: [['Paid', 2]],
    paidTitle: [[]],
    paidHeadings: [[]],
    sheetAndBank: [[]],
    partialTitle: [[]],
    partialHeadings: [[]],
    reviewTitle: [[]],
    reviewHeadings: [[]],
    unmatchedTitle: [[]],
    unmatchedHeadings: [[]],
    overdueTitle: [[]],
    overdueHeadings: [[]],
    paidWithoutDepositTitle: [[]],
    paidWithoutDepositHeadings: [[]],
  }),
  'review-reasons.ts': area<ReviewReasonMessages>(REVIEW_REASONS, {
    sameInvoices: [[2, '한빛출판']],
    payerFitsClients: [[2]],
    expectedTogether: [[]],
    invoiceSets: [[]],
    depositSets: [['INV-1']],
    partOfSeveral: [[]],
  }),
  'input-cells.ts': area<InputCellMessages>(INPUT_CELLS, CELL_SAMPLES),
  'input-files.ts': area<InputFileMessages>(INPUT_FILES, FILE_SAMPLES),
  'input-workbook.ts': area<InputWorkbookMessages>(INPUT_WORKBOOK, WORKBOOK_SAMPLES),
  'input-statement.ts': area<InputStatementMessages>(INPUT_STATEMENT, STATEMENT_SAMPLES),
  'input-cli.ts': area<InputCliMessages>(INPUT_CLI, CLI_SAMPLES),
  'input-messages.ts': area<InputMessages>(INPUT_MESSAGES, {
    ...CELL_SAMPLES,
    ...FILE_SAMPLES,
    ...WORKBOOK_SAMPLES,
    ...STATEMENT_SAMPLES,
    ...CLI_SAMPLES,
    ...JSON_SAMPLES,
    ...ROW_SAMPLES,
    ...EXPENSE_SAMPLES,
    ...CLI_FLAG_SAMPLES,
    ...CLI_BANK_SAMPLES,
    ...CLI_SETUP_SAMPLES,
    ...CLI_OUTPUT_SAMPLES,
  }),
  'input-rows.ts': area<InputRowMessages>(INPUT_ROWS, ROW_SAMPLES),
  'input-json.ts': area<InputJsonMessages>(INPUT_JSON, JSON_SAMPLES),
  'forecast-table.ts': area<ForecastTableMessages>(FORECAST_TABLE, {
    title: [['KRW', asOf, day('2027-02-28'), 90]],
    safeToSpendLabel: [[]],
    openingLabel: [[]],
    lowestLabel: [[]],
    firstShortfallLabel: [[]],
    windowsLabel: [[]],
    closingLabel: [[]],
    bufferLabel: [[]],
    balanceLabel: [[]],
    fromBankLabel: [[]],
    expensesLabel: [[]],
    skippedLabel: [[]],
    doubtfulLabel: [[]],
    writtenOffLabel: [[]],
    assumedOpening: [[]],
    shortSince: [[day('2026-11-28')]],
    lowestOn: [['-₩670,000', day('2027-01-20')]],
    none: [[]],
    safeShortAhead: [['₩0']],
    safeLowest: [
      ['₩140,000', false, day('2026-12-12')],
      ['₩40,000', true, day('2026-12-12')],
    ],
    balanceAge: [[1], [3]],
    balanceStale: [[9, 7]],
    balanceValue: [['₩1,500,000', 'nh.csv:11, 11월 30일 마감 기준', '0일 전 잔액']],
    paidFromBank: [['INV-1', day('2026-11-06')]],
    partPaidFromBank: [['INV-2', '₩800,000']],
    skippedRows: [[2]],
    disputed: [[]],
    daysLate: [[120]],
    doubtfulValue: [['₩900,000', ['OLD-1 노을커피 ₩900,000 (120 days late)']]],
    writtenOffValue: [[['BAD-1 옛거래처 ₩300,000']]],
    eventHeadings: [[]],
    assumed: [[]],
    bank: [[]],
    caughtUpTitle: [[asOf, 2]],
    windowsTitle: [[]],
    noWindows: [[90]],
    windowHeadings: [[]],
    eventsTitle: [[25]],
    noEventsTitle: [[]],
    noEvents: [[]],
    dailyTitle: [[90]],
    dailyHeadings: [[]],
    short: [[]],
    learnedDays: [[16]],
    overdue: [[]],
    estimate: [[]],
    everydayEvent: [[]],
    taxInvoices: [[1], [3]],
  }),
  'bridges.ts': area<BridgesMessages>(BRIDGES, {
    optionName: [
      ['Bank overdraft line', '마이너스통장'],
      ['Registered online short-term lender, monthly instalments', '온라인 단기대출'],
    ],
    withInvoice: [['매출채권 팩토링', 'INV-2026-033']],
    cost: [[minor(581), 0.065, 0.0671, { currency: KRW, asOf }]],
    applying: [
      ['none', 0],
      ['assumed', 0],
      ['needed', 3],
    ],
    offer: [['한빛출판', 0.02, minor(36_000), 'INV-2026-035', day('2027-01-31'), { currency: KRW, asOf }]],
    draw: [
      ['drawn', minor(382_000), day('2026-12-25'), day('2027-01-04'), { currency: KRW, asOf }],
      ['paid-early', minor(1_764_000), day('2026-12-25'), day('2027-01-31'), { currency: KRW, asOf }],
      ['cash', minor(400_000), day('2026-12-25'), day('2027-01-25'), { currency: KRW, asOf }],
    ],
    payLater: [['종합소득세 고지분', minor(10_199_201), day('2026-12-10'), day('2026-12-25'), { currency: KRW, asOf }]],
    notRecommended: [[]],
    wouldCost: [['96,000원']],
    heading: [
      [day('2026-12-25'), day('2027-01-03'), minor(382_000), false, { currency: KRW, asOf }],
      [day('2027-01-12'), day('2027-01-21'), minor(670_581), true, { currency: KRW, asOf }],
    ],
    structural: [[]],
    noRepayment: [[]],
    nothingCovers: [[]],
    coveredByEarlier: [[]],
    cheapest: [['581원']],
    typicalFigures: [[]],
    stillShort: [[minor(120_000), { currency: KRW, asOf }]],
    nextBest: [['비상금대출']],
    askEarly: [['한빛출판에 …']],
    askEarlyWhy: [
      [0.245, false, minor(581), { currency: KRW, asOf }],
      [0.245, true, minor(581), { currency: KRW, asOf }],
    ],
    total: [[minor(581), { currency: KRW, asOf }]],
    payLate: [['국세 납부 지연', '부가세 예정고지', day('2027-01-25'), { currency: KRW, asOf }]],
    payLateNegotiated: [[minor(600_000), day('2027-02-24'), { currency: KRW, asOf }]],
    payLateCost: [[minor(600_000), day('2027-02-24'), minor(3_960), 30, { currency: KRW, asOf }]],
    taxExtension: [[]],
    enableIt: [['display only (not recommendable in the catalogue)', 'national_tax_late']],
  }),
  'check.ts': area<CheckMessages>(CHECK, {
    window: [
      [
        { start: day('2026-12-25'), peakGap: minor(382_000), days: 10, shortSince: undefined, currency: KRW, asOf },
        { kind: 'plan', typical: true, parts: ['마이너스통장'], total: minor(581), stillShort: minor(0) },
      ],
      [
        { start: asOf, peakGap: minor(50_000), days: 3, shortSince: day('2026-11-29'), currency: KRW, asOf },
        { kind: 'plan', typical: false, parts: ['마이너스통장', '카드론'], total: minor(900), stillShort: minor(10_000) },
      ],
      [{ start: day('2027-01-12'), peakGap: minor(670_000), days: 10, shortSince: undefined, currency: KRW, asOf }, { kind: 'structural' }],
      [{ start: day('2027-01-12'), peakGap: minor(670_000), days: 10, shortSince: undefined, currency: KRW, asOf }, { kind: 'likely-covered' }],
      [{ start: day('2027-01-12'), peakGap: minor(670_000), days: 10, shortSince: undefined, currency: KRW, asOf }, { kind: 'covered-earlier' }],
    ],
    stale: [['잔액이 9일 전 것으로 …']],
  }),
  'what-if.ts': area<WhatIfMessages>(WHAT_IF, {
    title: [[minor(1_000_000), 30, asOf, KRW]],
    headings: [[]],
    held: [[30]],
    notes: [[]],
  }),
  'stress.ts': area<StressMessages>(STRESS, {
    headings: [[]],
    later: [[30]],
    none: [[]],
    yes: [[]],
    no: [[]],
    noLoan: [[]],
    scenariosTitle: [[]],
    noLoanNote: [[]],
    percent: [[0.922]],
    oddsTitle: [['10,000', 1]],
    chanceShort: [['92.2%']],
    lowestBands: [['-₩1,770,000 / -₩670,000 / -₩320,000']],
    expectedCost: [['₩2,170']],
    beyondLines: [['1.0%']],
    neverPays: [['0.0%']],
    windowOdds: [[day('2026-12-25'), day('2027-01-03'), '71.6%']],
    mostOftenShort: [
      [
        [
          [day('2027-01-12'), '73.2%'],
          [day('2026-12-25'), '71.6%'],
        ],
      ],
    ],
    whyDoubtful: [
      [['OLD-1'], '4.0%'],
      [['A', 'B', 'C', 'D', 'E'], '4.0%'],
    ],
    whyEarly: [[['INV-2026-033'], day('2027-01-03')]],
    whyUnseen: [[500]],
  }),
  'tax-calendar.ts': area<TaxCalendarMessages>(TAX_CALENDAR, {
    hint: [[]],
    title: [[]],
    working: [
      [
        {
          income: 30_000_000,
          expenseRate: 0.641,
          taxable: 7_770_000,
          tax: { national: 396_200, local: 39_620 },
          withheld: { national: 900_000, local: 90_000 },
          overridden: false,
          returnDue: day('2026-06-01'),
          note: 'estimate',
        },
        KRW,
        day('2026-05-01'),
      ],
      [{ deferred: 500_000, overridden: true, note: 'own' }, KRW, asOf],
      [{ vatBasis: 1_200_000, overridden: false, note: 'estimate' }, KRW, asOf],
      [{ outputVat: 1_000_000, overridden: false, note: 'estimate' }, KRW, asOf],
      [{ monthlyIncome: 897_500, overridden: false, note: 'insurance' }, KRW, asOf],
    ],
    estimateLine: [
      [day('2026-06-30'), '종합소득세 refund 2025', '수입 30,000,000원', 'estimate'],
      [day('2026-12-10'), '건강보험료 2026-11', '', 'own'],
      [day('2026-12-10'), '국민연금 2026-11', '월 소득 897,500원 기준', 'insurance'],
    ],
    warning: [['the 기장 method needs your books']],
    unconfirmed: [[['expenseRate', 'dependents']]],
    covered: [[day('2027-01-25'), '부가세 2026 2기', 'expenses.csv:4', day('2027-01-25')]],
  }),
  'forecast-csv.ts': area<ForecastCsvMessages>(FORECAST_CSV, { dayHeadings: [[]], eventHeadings: [[]] }),
  'idle-flags.ts': area<IdleFlagMessages>(IDLE_FLAGS, {
    wrongFormat: [['--events', 'table', ['csv']]],
    needsFlag: [['--seed', '--simulate']],
  }),
  'chart.ts': area<ChartMessages>(CHART, {
    balance: [[]],
    buffer: [['₩0']],
    simulatedBand: [[]],
    simulatedRange: [[]],
    zero: [[]],
    short: [[]],
    shortWindow: [[day('2026-12-25'), day('2027-01-03')]],
    svgTitle: [[asOf, day('2027-02-28'), 'KRW']],
    dateAxis: [[]],
    balanceAxis: [['KRW']],
  }),
  'bridges-setup.ts': area<BridgesSetupMessages>(BRIDGES_SETUP, {
    intro: [['KRW', 'bridges.json']],
    illegal: [['소액결제현금화']],
    option: [
      ['마이너스통장', true, '한도 ₩5,000,000, 사용 중 ₩0, 연이율 6.50%'],
      ['마이너스통장', false, '사용'],
    ],
    on: [[]],
    off: [[]],
    figures: [['₩5,000,000', '₩0', '6.50 %']],
    haveIt: [[]],
    haveProblem: [['maybe']],
    limit: [['₩5,000,000']],
    used: [['₩0']],
    usedAboveLimit: [['₩5,000,000']],
    rate: [['6.5']],
    wrote: [
      ['bridges.json', 1, 7, undefined],
      ['bridges.json', 2, 6, 'bridges.json.bak'],
    ],
  }),
  'help-frame.ts': area<HelpFrameMessages>(HELP_FRAME, {
    heading: [['Usage:'], ['Options:'], ['Arguments:'], ['Commands:']],
    defaultIs: [['"30"']],
    choicesAre: [[['en', 'ko']]],
    helpOption: [[]],
    helpCommand: [[]],
    versionOption: [[]],
    langOption: [[]],
    afterError: [[]],
  }),
  'input-expenses.ts': area<InputExpenseMessages>(INPUT_EXPENSES, EXPENSE_SAMPLES),
  'input-schema.ts': area<InputSchemaMessages>(INPUT_SCHEMA, {
    unknownSetting: [[]],
    wholeNumber: [[]],
    currencyCode: [[]],
    wholeWon: [[]],
    wholeWonOrZero: [[]],
    decimalRate: [[]],
    zeroOrMore: [[]],
    atMostOneDecimal: [[]],
    incomeKind: [[]],
    incomeKinds: [[]],
    monthlyOrEstimate: [[]],
    notTaxKind: [[['income-tax', 'pension']]],
    vatKind: [[]],
    expenseMethod: [[]],
    industryCode: [[]],
    wholePeople: [[]],
    trueOrFalse: [[]],
    notTaxKey: [[]],
    wholeMinor: [[]],
    notNegative: [[]],
    tooLarge: [[]],
    rateNumber: [[]],
    rateAboveTen: [[]],
    wholeDays: [[]],
    roundingNone: [[]],
    roundingKind: [[]],
    haircutBelowOne: [[]],
    belowOne: [[]],
    notChargeType: [[]],
    dayOfMonth: [[]],
    notTermKind: [[]],
    optionId: [[]],
    notCategory: [[['revolving_line', 'payday_loan']]],
    atLeastOne: [[]],
    atMostFace: [[]],
    aboveMax: [[]],
    outsideMinMax: [[]],
    illegalRecommendable: [['illegal']],
    untilInvoicePaid: [[]],
    discountCharge: [[]],
    receivableProceeds: [[]],
    mustBeOne: [[]],
    isoCode: [[]],
    repeatsId: [['card-loan']],
    noSharedLimit: [['card-a']],
  }),
  'cli-flags.ts': area<CliFlagMessages>(CLI_FLAGS, CLI_FLAG_SAMPLES),
  'cli-bank.ts': area<CliBankMessages>(CLI_BANK, CLI_BANK_SAMPLES),
  'cli-setup.ts': area<CliSetupMessages>(CLI_SETUP, CLI_SETUP_SAMPLES),
  'cli-output.ts': area<CliOutputMessages>(CLI_OUTPUT, CLI_OUTPUT_SAMPLES),
  'cli-commander.ts': area<CliCommanderMessages>(CLI_COMMANDER, {
    unknownOption: [
      ['--bogus', []],
      ['--dayz', ['--days']],
    ],
    unknownCommand: [
      ['forcast', ['forecast']],
      ['nope', []],
    ],
    excessArguments: [
      ['forecast', 1, 3],
      [undefined, 0, 2],
    ],
    missingArgument: [['invoices']],
    optionMissingArgument: [['--days <n>']],
    missingMandatoryOptionValue: [['--to <format>']],
    conflictingOption: [[{ option: '--json' }, { variable: 'CASHFLOW_FORMAT' }]],
    invalidChoice: [['--lang <lang>', 'fr', ['en', 'ko']]],
  }),
  'cli-bug-report.ts': area<CliBugReportMessages>(CLI_BUG_REPORT, {
    internalError: [[]],
    command: [['cashflow forecast invoices.csv']],
  }),
  'bridge-reasons.ts': area<BridgeReasonMessages>(BRIDGE_REASONS, {
    illegalForBroker: [[]],
    illegal: [[]],
    contractVoid: [[0.6], [undefined]],
    aboveCap: [[0.2], [undefined]],
    catalogueNote: [['ask the accountant first']],
    displayOnly: [[]],
    negotiated: [[]],
    disabled: [[]],
    notApproved: [[]],
    riskLevel: [[3]],
    leadTime: [[3, 1]],
    dueAfterStart: [[day('2026-12-25'), day('2026-12-20'), asOf]],
    cashAvailable: [[800_000, KRW]],
    invoiceAboveLeft: [[3_300_000, 1_000_000, KRW]],
    invoiceBelowMin: [[600_000, 1_000_000, KRW]],
    belowSmallest: [[5_000, 10_000, KRW]],
    drawLimit: [
      [800_000, KRW],
      [150_050, USD],
    ],
    feesTakeAll: [[]],
    repayInside: [[day('2027-01-04'), asOf]],
    termTooShort: [[10, 15]],
    needsInvoice: [[]],
    invoiceIssuedLate: [[day('2027-01-05'), asOf]],
    invoiceExpectedInside: [[day('2026-12-28'), asOf]],
  }),
  'tax-events.ts': area<TaxEventWords>(TAX_EVENTS, {
    incomeTax: [[2025]],
    incomeTaxInstalment: [
      [2025, 1],
      [2025, 2],
    ],
    incomeTaxRefund: [[2025]],
    interim: [[2026]],
    healthInsurance: [[2026, 4]],
    pension: [[2026, 12]],
    vatPreliminary: [[2026, 1]],
    vat: [[2026, 2]],
    vatRefund: [[2026, 1]],
    vatSimplifiedPreliminary: [[2026]],
    vatSimplified: [[2026]],
    vatSimplifiedRefund: [[2026]],
    noExpenseRate: [[]],
    simpleRateLimit: [[75_000_000, 2025, 80_000_000]],
  }),
  'report-gaps.ts': area<ReportGapMessages>(REPORT_GAPS, { noExpenses: [[]], noExpenseInHorizon: [[]] }),
  'ledger.ts': area<LedgerMessages>(LEDGER, {
    header: [['2026-12-01', '2027-02-28', 'KRW']],
    dailyBalance: [['hledger -f FILE balance assets:bank -D -H']],
    openingBalance: [[]],
    estimateComment: [['income ₩30,000,000']],
  }),
  'workbook.ts': area<WorkbookMessages>(WORKBOOK, {
    daysSheet: [[]],
    eventsSheet: [[]],
    windowsSheet: [[]],
    daysHeadings: [[]],
    eventsHeadings: [[]],
    windowsHeadings: [[]],
    planPart: [[]],
    nextBest: [[]],
    noPlan: [[]],
    structural: [['recovers after the horizon'], [undefined]],
  }),
  'option-names.ts': area<OptionNameMessages>(OPTION_NAMES, {
    lineOfCredit: [[]],
    cardCashAdvance: [[]],
    earlyPaymentDiscount: [[]],
    invoiceFactoring: [[]],
    paydayLoan: [[]],
    paydayNote: [[]],
  }),
  'amount-range.ts': area<RangeWords>(AMOUNT_RANGE, {
    sumsBeyond: [
      [{ kind: 'forecast', events: 2 }, minor(9e15), KRW],
      [{ kind: 'simulation', others: 0, invoices: 2 }, minor(9e15), KRW],
    ],
    checkLargest: [
      [{ kind: 'row', row: 'invoice', at: 'invoices.csv:2' }, minor(9e15), KRW],
      [{ kind: 'row', row: 'expense', at: 'expenses.csv:3' }, minor(9e15), KRW],
      [{ kind: 'opening' }, minor(9e15), KRW],
      [{ kind: 'buffer' }, minor(9e15), USD],
      [{ kind: 'tax', description: 'VAT for 2026 H2', name: { id: 'vat', params: [2026, 2] } }, minor(9e15), KRW],
      [{ kind: 'tax', description: '종합소득세 2025' }, minor(9e15), KRW],
    ],
    vatBeyond: [[2026, 2, KRW]],
    checkVat: [[2026, 2]],
    taxBeyond: [
      ['종합소득세 2025', { id: 'incomeTax', params: [2025] }],
      ['종합소득세 2025', undefined],
    ],
    checkBooks: [[]],
    cellBeyond: [['Days!B2 (opening)', minor(-1e15), minor(1e15), USD]],
    checkAmounts: [[]],
    sumBeyond: [[]],
  }),
  'catalogue-notes.ts': area<CatalogueNoteMessages>(CATALOGUE_NOTES, {
    typicalComment: [['kr-overdraft']],
    krOverdraft: [[]],
    krEmergencyLine: [[]],
    krCardCashAdvance: [[]],
    krCardLoan: [[]],
    krOnlineLoan: [[]],
    krEarlyPaymentDiscount: [[]],
    krReceivableFactoring: [[]],
    krMicropaymentCashout: [[]],
    krTaxLatePayment: [[]],
    krSocialInsuranceLate: [[]],
    lineOfCredit: [[]],
    cardCashAdvance: [[]],
    earlyPaymentDiscount: [[]],
    invoiceFactoring: [[]],
    paydayLoan: [[]],
  }),
  'tax-figures.ts': area<TaxFigureMessages>(TAX_FIGURES, {
    figure: [['basic-deduction'], ['rates-2027'], ['kr-pension-2030-rate'], ['kr-vat-2026-value-added-retail']],
  }),
};

describe('the message catalogue', () => {
  it('is walked whole: every catalogue file under src/i18n/messages is listed here', () => {
    const files = readdirSync(join(ROOT, 'src/i18n/messages')).filter((name) => name !== 'help-ko.ts');
    expect(files.sort()).toEqual(Object.keys(AREAS).sort());
  });

  describe.each(Object.entries(AREAS))('%s', (_file, { catalogue, samples }) => {
    it('has the same message ids in English and Korean, each with samples', () => {
      const ids = Object.keys(samples as object).sort();
      for (const lang of LANGS) expect(Object.keys(catalogue[lang] as object).sort(), lang).toEqual(ids);
    });

    it.each(LANGS)('renders every message in %s without undefined, NaN or an empty text', (lang) => {
      const messages = catalogue[lang] as Record<string, (...params: unknown[]) => string | readonly string[]>;
      for (const [id, cases] of Object.entries(samples as Record<string, unknown[][]>)) {
        for (const params of cases) {
          const rendered = [messages[id]!(...params)].flat();
          for (const text of rendered) {
            expect(text, `${id}(${JSON.stringify(params)})`).not.toMatch(/undefined|NaN|\[object/);
            expect(text.trim(), id).not.toBe('');
          }
        }
      }
    });
  });

  it("writes init's Korean starter config with the very settings of the English one", () => {
    const settings = (text: string) => parseConfig(text, 'cashflow.config.json');
    const korean = settings(INIT.ko.starterConfig());
    expect(korean.issues).toEqual([]);
    expect(korean.values).toEqual(settings(INIT.en.starterConfig()).values);
    expect(INIT.ko.starterConfig()).toContain('// 오늘 시작 시점의 통장 잔액; 매달 고쳐 주세요');
  });

  it('speaks Korean in Korean: no message of a Korean catalogue is its English word for word, except names', () => {
    const sameOnPurpose = new Set(['cell']); // `amount "-25,000"`: the reader's field name and the user's value
    for (const [file, { catalogue, samples }] of Object.entries(AREAS)) {
      const en = catalogue.en as Record<string, (...params: unknown[]) => unknown>;
      const ko = catalogue.ko as Record<string, (...params: unknown[]) => unknown>;
      for (const [id, cases] of Object.entries(samples as Record<string, unknown[][]>)) {
        if (sameOnPurpose.has(id)) continue;
        expect(JSON.stringify(ko[id]!(...cases[0]!)), `${file} ${id}`).not.toBe(JSON.stringify(en[id]!(...cases[0]!)));
      }
    }
  });
});

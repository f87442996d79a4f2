import type { Currency } from '../../domain/currency.js';
import type { Minor } from '../../domain/money.js';
import { amountText } from '../amount-text.js';
import type { Catalogue } from '../catalogue.js';

/**
 * Usage errors of a flag's value or of an input the command cannot do without. A message after a subject
 * (`--format "pdf"`) is its predicate: English runs on after the subject, Korean after a colon (flagValueError).
 */
export interface CliFlagMessages {
  bridgesNeedsAmount(): string;
  bridgesNeedsAmountHint(): string;
  notAboveZero(): string;
  cashNeededHint(): string;
  notAReportFormat(): string;
  reportFormatHint(): string;
  notAnExportFormat(): string;
  exportFormatHint(): string;
  neitherAutoNorAmount(): string;
  everydayHint(currency: string): string;
  notAnEncoding(): string;
  encodingHint(encodings: readonly string[]): string;
  notADateFormat(): string;
  dateFormatHint(): string;
  /** The hint of a flag value refused without one of its own. */
  seeHelpHint(): string;
  noInvoicesFile(): string;
  noInvoicesFileHint(): string;
  feeToleranceHint(example: Minor, currency: Currency): string;
  fxToleranceHint(): string;
}

export const CLI_FLAGS = {
  en: {
    bridgesNeedsAmount: () => 'bridges needs --amount (or --init, or --setup)',
    bridgesNeedsAmountHint: () => 'e.g. cashflow bridges --amount 1000000 --days 30',
    notAboveZero: () => 'must be greater than zero',
    cashNeededHint: () => 'give the cash you need',
    notAReportFormat: () => 'is not a format cashflow writes',
    reportFormatHint: () => 'use table, json, csv or xlsx',
    notAnExportFormat: () => 'is not a format cashflow exports',
    exportFormatHint: () => 'use --to ledger or --to xlsx',
    neitherAutoNorAmount: () => 'is neither auto nor an amount',
    everydayHint: (currency) => `write auto (learned from --bank) or a month's everyday spending in ${currency}, e.g. --everyday 450000`,
    notAnEncoding: () => 'is not an encoding cashflow reads',
    encodingHint: (encodings) => `use one of ${encodings.join(', ')} (euc-kr is read as cp949)`,
    notADateFormat: () => 'is not a date format cashflow knows',
    dateFormatHint: () => 'use DD/MM/YYYY or MM/DD/YYYY',
    seeHelpHint: () => 'see --help',
    noInvoicesFile: () => 'no invoices file: name one, or set "invoices" in cashflow.config.json',
    noInvoicesFileHint: () => 'run `cashflow init` for a starter config and example files',
    feeToleranceHint: (example, currency) => `write the most a bank fee may take, e.g. ${amountText(example, currency, 'en')}`,
    fxToleranceHint: () => 'write how far the rate may have moved, e.g. 3 (per cent)',
  },
  ko: {
    bridgesNeedsAmount: () => 'bridges에는 --amount가 필요합니다(또는 --init, --setup).',
    bridgesNeedsAmountHint: () => '예: cashflow bridges --amount 1000000 --days 30',
    notAboveZero: () => '0보다 커야 합니다.',
    cashNeededHint: () => '필요한 금액을 적으세요.',
    notAReportFormat: () => 'cashflow가 출력하는 형식이 아닙니다.',
    reportFormatHint: () => 'table, json, csv, xlsx 중 하나를 쓰세요.',
    notAnExportFormat: () => 'cashflow가 내보내는 형식이 아닙니다.',
    exportFormatHint: () => '--to ledger 또는 --to xlsx를 쓰세요.',
    neitherAutoNorAmount: () => 'auto도 금액도 아닙니다.',
    everydayHint: (currency) => `auto(--bank 거래내역에서 계산)나 한 달 생활비를 ${currency}로 적으세요. 예: --everyday 450000`,
    notAnEncoding: () => 'cashflow가 읽는 인코딩이 아닙니다.',
    encodingHint: (encodings) => `${encodings.join(', ')} 중 하나를 쓰세요(euc-kr은 cp949로 읽습니다).`,
    notADateFormat: () => 'cashflow가 아는 날짜 형식이 아닙니다.',
    dateFormatHint: () => 'DD/MM/YYYY 또는 MM/DD/YYYY를 쓰세요.',
    seeHelpHint: () => '--help를 확인하세요.',
    noInvoicesFile: () => '청구서 파일이 없습니다. 파일 이름을 주거나 cashflow.config.json에 "invoices"를 적으세요.',
    noInvoicesFileHint: () => '`cashflow init`을 실행하면 시작 설정과 예시 파일을 만들어 줍니다.',
    feeToleranceHint: (example, currency) => `은행 수수료로 빠질 수 있는 최대 금액을 적으세요. 예: ${amountText(example, currency, 'ko')}`,
    fxToleranceHint: () => '환율이 움직였을 수 있는 폭을 퍼센트로 적으세요. 예: 3',
  },
} satisfies Catalogue<CliFlagMessages>;

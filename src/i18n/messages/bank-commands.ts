import type { Currency } from '../../domain/currency.js';
import type { Minor } from '../../domain/money.js';
import { amountText } from '../amount-text.js';
import type { Catalogue } from '../catalogue.js';

/** A usage error: what is wrong, and what to do (the CLI prints `cashflow: problem; hint`). */
type Usage = readonly [problem: string, hint: string];

/** What `reconcile` (with --write) and `expenses --from-bank` tell the user besides their tables and files. */
export interface BankCommandMessages {
  reconcileNeedsBank(): Usage;
  expensesNeedsBank(): Usage;
  feeToleranceNotAmount(value: string, example: Minor, currency: Currency): Usage;
  /** `problem` is the rate reader's own words. */
  fxToleranceNotRate(value: string, problem: string): Usage;
  writeNeedsFile(): Usage;
  writeNotRegularFile(path: string): Usage;
  writeNoPaidColumn(path: string): Usage;
  writeCannotPlace(path: string, invoices: readonly string[]): Usage;
  /** `problem` is the cell writer's own words about the line. */
  writeFileChanged(path: string, line: number, problem: string): Usage;
  /** The lines `reconcile --write` ends with, on standard error after `cashflow: `. */
  noPaidDates(path: string): string;
  datesBeside(path: string, count: number, beside: string): string;
  wroteDates(path: string, count: number, backup: string): string;
}

export const BANK_COMMANDS = {
  en: {
    reconcileNeedsBank: () => ['reconcile needs a bank statement', 'give one with --bank FILE (or "bank" in the config)'],
    expensesNeedsBank: () => ['expenses learns from a bank statement, and none was given', 'give one with --from-bank FILE (or "bank" in the config)'],
    feeToleranceNotAmount: (value, example, currency) => [
      `--fee-tolerance "${value}" is not an amount`,
      `write the most a bank fee may take, e.g. ${amountText(example, currency, 'en')}`,
    ],
    fxToleranceNotRate: (value, problem) => [`--fx-tolerance "${value}" ${problem}`, 'write how far the rate may have moved, e.g. 3 (per cent)'],
    writeNeedsFile: () => ['--write needs the invoices as a file, not standard input', 'name the invoices file'],
    writeNotRegularFile: (path) => [`--write: "${path}" is not a regular file`, 'name the invoices file itself'],
    writeNoPaidColumn: (path) => [`--write: ${path} has no paid column`, 'add a column headed "paid" to the invoices file, then run reconcile --write again'],
    writeCannotPlace: (path, invoices) => [
      `--write: ${path} has no row cashflow can place for ${invoices.join(', ')}`,
      'the file changed since it was read, or reads differently now: run reconcile again; nothing was written',
    ],
    writeFileChanged: (path, line, problem) => [`--write: ${path}:${line} ${problem}`, 'the file changed since it was read: run reconcile again'],
    noPaidDates: (path) => `no paid dates to write into ${path}`,
    datesBeside: (path, count, beside) => `${path} is not a CSV file, so it was left as it is; the ${count} paid dates are in ${beside} to merge`,
    wroteDates: (path, count, backup) => `wrote ${count} paid date${count === 1 ? '' : 's'} into ${path} (the file as it was: ${backup})`,
  },
  ko: {
    reconcileNeedsBank: () => ['reconcile에는 거래내역 파일이 필요합니다', '--bank 파일로 지정하세요 (또는 설정 파일의 "bank")'],
    expensesNeedsBank: () => [
      'expenses는 거래내역에서 반복 지출을 찾는데, 거래내역 파일이 없습니다',
      '--from-bank 파일로 지정하세요 (또는 설정 파일의 "bank")',
    ],
    feeToleranceNotAmount: (value, example, currency) => [
      `--fee-tolerance "${value}": 금액이 아닙니다`,
      `은행 수수료로 빠질 수 있는 최대 금액을 적으세요 (예: ${amountText(example, currency, 'ko')})`,
    ],
    fxToleranceNotRate: (value, problem) => [`--fx-tolerance "${value}": ${problem}`, '환율이 움직였을 수 있는 폭을 퍼센트로 적으세요 (예: 3)'],
    writeNeedsFile: () => ['--write는 표준 입력이 아니라 청구서 파일이 있어야 합니다', '청구서 파일 이름을 지정하세요'],
    writeNotRegularFile: (path) => [`--write: 일반 파일이 아닙니다: "${path}"`, '청구서 파일 자체를 지정하세요'],
    writeNoPaidColumn: (path) => [
      `--write: ${path} 파일에 paid 열이 없습니다`,
      '청구서 파일에 "paid"(또는 "입금일") 열을 추가한 뒤 reconcile --write를 다시 실행하세요',
    ],
    writeCannotPlace: (path, invoices) => [
      `--write: ${path} 파일에서 ${invoices.join(', ')}의 행을 찾을 수 없습니다`,
      '읽은 뒤에 파일이 바뀌었거나 이제 다르게 읽힙니다. reconcile을 다시 실행하세요. 아무것도 고치지 않았습니다',
    ],
    writeFileChanged: (path, line, problem) => [`--write: ${path}:${line} ${problem}`, '읽은 뒤에 파일이 바뀌었습니다. reconcile을 다시 실행하세요'],
    noPaidDates: (path) => `${path} 파일에 적을 입금일이 없습니다.`,
    datesBeside: (path, count, beside) => `${path} 파일은 CSV가 아니어서 고치지 않았습니다. 입금일 ${count}건은 ${beside} 파일에 적었으니 옮겨 넣어 주세요.`,
    wroteDates: (path, count, backup) => `${path} 파일에 입금일 ${count}건을 적었습니다. 원래 파일은 ${backup}에 남겨 두었습니다.`,
  },
} satisfies Catalogue<BankCommandMessages>;

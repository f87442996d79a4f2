import type { Catalogue } from '../catalogue.js';

/** Usage errors of the commands that read bank statements: reconcile (and its --write), expenses, --bank. */
export interface CliBankMessages {
  reconcileNeedsBank(): string;
  expensesNeedsBank(): string;
  bankHint(flag: '--bank' | '--from-bank'): string;
  bankGivenTwice(): string;
  bankGivenTwiceHint(): string;
  writeNeedsFile(): string;
  writeNeedsFileHint(): string;
  writeNotRegularFile(path: string): string;
  writeNotRegularFileHint(): string;
  writeNoPaidColumn(path: string): string;
  writeNoPaidColumnHint(): string;
  writeCannotPlace(path: string, invoices: readonly string[]): string;
  writeCannotPlaceHint(): string;
}

export const CLI_BANK = {
  en: {
    reconcileNeedsBank: () => 'reconcile needs a bank statement',
    expensesNeedsBank: () => 'expenses learns from a bank statement, and none was given',
    bankHint: (flag) => `give one with ${flag} FILE (or "bank" in the config)`,
    bankGivenTwice: () => 'is given twice as --bank',
    bankGivenTwiceHint: () => 'give each account’s statement once',
    writeNeedsFile: () => '--write needs the invoices as a file, not standard input',
    writeNeedsFileHint: () => 'name the invoices file',
    writeNotRegularFile: (path) => `--write: "${path}" is not a regular file`,
    writeNotRegularFileHint: () => 'name the invoices file itself',
    writeNoPaidColumn: (path) => `--write: ${path} has no paid column`,
    writeNoPaidColumnHint: () => 'add a column headed "paid" to the invoices file, then run reconcile --write again',
    writeCannotPlace: (path, invoices) => `--write: ${path} has no row cashflow can place for ${invoices.join(', ')}`,
    writeCannotPlaceHint: () => 'the file changed since it was read, or reads differently now: run reconcile again; nothing was written',
  },
  ko: {
    reconcileNeedsBank: () => 'reconcile에는 거래내역 파일이 필요합니다.',
    expensesNeedsBank: () => 'expenses는 거래내역에서 반복 지출을 찾는데, 주어진 거래내역 파일이 없습니다.',
    bankHint: (flag) => `${flag} FILE(또는 설정의 "bank")로 거래내역을 주세요.`,
    bankGivenTwice: () => '--bank로 두 번 주어졌습니다.',
    bankGivenTwiceHint: () => '계좌마다 거래내역을 한 번씩만 주세요.',
    writeNeedsFile: () => '--write는 표준 입력이 아니라 청구서 파일이 있어야 합니다.',
    writeNeedsFileHint: () => '청구서 파일 이름을 주세요.',
    writeNotRegularFile: (path) => `--write: 일반 파일이 아닙니다: "${path}"`,
    writeNotRegularFileHint: () => '청구서 파일 자체를 주세요.',
    writeNoPaidColumn: (path) => `--write: ${path}에 paid 열이 없습니다.`,
    writeNoPaidColumnHint: () => '청구서 파일에 "paid"(또는 "입금일") 열을 추가한 뒤 reconcile --write를 다시 실행하세요.',
    writeCannotPlace: (path, invoices) => `--write: ${path}에서 ${invoices.join(', ')}의 행을 찾을 수 없습니다.`,
    writeCannotPlaceHint: () => '읽은 뒤에 파일이 바뀌었거나 이제 다르게 읽힙니다. reconcile을 다시 실행하세요. 아무것도 고치지 않았습니다.',
  },
} satisfies Catalogue<CliBankMessages>;

import type { Catalogue } from '../catalogue.js';

/**
 * What `reconcile --write` tells the user besides its tables and files (its usage errors, and those of `reconcile`
 * and `expenses --from-bank`, are message references: cli-bank.ts).
 */
export interface BankCommandMessages {
  /** The lines `reconcile --write` ends with, on standard error after `cashflow: `. */
  noPaidDates(path: string): string;
  datesBeside(path: string, count: number, beside: string): string;
  wroteDates(path: string, count: number, backup: string): string;
}

export const BANK_COMMANDS = {
  en: {
    noPaidDates: (path) => `no paid dates to write into ${path}`,
    datesBeside: (path, count, beside) => `${path} is not a CSV file, so it was left as it is; the ${count} paid dates are in ${beside} to merge`,
    wroteDates: (path, count, backup) => `wrote ${count} paid date${count === 1 ? '' : 's'} into ${path} (the file as it was: ${backup})`,
  },
  ko: {
    noPaidDates: (path) => `${path} 파일에 적을 입금일이 없습니다.`,
    datesBeside: (path, count, beside) => `${path} 파일은 CSV가 아니어서 고치지 않았습니다. 입금일 ${count}건은 ${beside} 파일에 적었으니 옮겨 넣어 주세요.`,
    wroteDates: (path, count, backup) => `${path} 파일에 입금일 ${count}건을 적었습니다. 원래 파일은 ${backup}에 남겨 두었습니다.`,
  },
} satisfies Catalogue<BankCommandMessages>;

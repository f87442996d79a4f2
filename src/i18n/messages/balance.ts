import type { Day } from '../../domain/day.js';
import type { Catalogue } from '../catalogue.js';
import { proseDay } from '../day-text.js';

/** What cashflow says about the opening balance: where it is from, that it is stale, what the statements lacked. */
export interface BalanceMessages {
  /** `nh.csv:11, the end of 2026-12-01`; `source` undefined when none was given. */
  origin(source: string | undefined, day: Day, asOf: Day): string;
  /** The balance older than the most days it may be, and the scheduled movements since that it assumes. */
  stale(ageDays: number, origin: string, maxAgeDays: number, assumedMovements: number): string;
  /** A statement without a balance column. */
  noBalanceInFile(file: string): string;
  /** Statements, none with a balance, and no balance typed. */
  noBalanceAtAll(): string;
  /** A typed balance (the config's or --balance) not newer than the statements' balance, which wins. */
  typedNotNewer(typed: 'config' | '--balance', typedDay: Day, statementDay: Day, asOf: Day): string;
}

const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

export const BALANCE = {
  en: {
    origin: (source, day) => `${source ?? 'none given'}, the end of ${proseDay(day, day, 'en')}`,
    stale: (ageDays, origin, maxAgeDays, assumed) =>
      `the balance is ${days(ageDays)} old (${origin}), more than ${days(maxAgeDays)}: ` +
      `the opening balance assumes ${assumed} scheduled movement${assumed === 1 ? '' : 's'} since; download a fresh statement or give a newer --balance-date`,
    noBalanceInFile: (file) =>
      `${file} gives no balance, so its account is not in the opening balance; export it with its balance column, or give the total with --balance and --balance-date`,
    noBalanceAtAll: () => 'no statement gives a balance, so 0 is assumed; give one with --balance and --balance-date',
    typedNotNewer: (typed, typedDay, statementDay) =>
      `${typed === 'config' ? 'the config\'s "balance"' : '--balance'} of ${proseDay(typedDay, typedDay, 'en')} is not newer than the statements' balance of ${proseDay(statementDay, statementDay, 'en')}, so theirs is used`,
  },
  ko: {
    origin: (source, day, asOf) => `${source ?? '입력 없음'}, ${proseDay(day, asOf, 'ko')} 마감 기준`,
    stale: (ageDays, origin, maxAgeDays, assumed) =>
      `잔액이 ${ageDays}일 전 것으로(${origin}) 허용 기간 ${maxAgeDays}일을 넘었습니다. ` +
      `그 뒤 예정된 입출금 ${assumed}건이 그대로 있었다고 가정해 시작 잔액을 계산했습니다. 최근 거래내역을 내려받거나 더 최근 날짜로 --balance-date를 지정하세요`,
    noBalanceInFile: (file) =>
      `${file} 파일에 잔액이 없어 이 계좌는 시작 잔액에 넣지 않았습니다. 잔액 열을 포함해 다시 내보내거나, --balance와 --balance-date로 전체 잔액을 지정하세요`,
    noBalanceAtAll: () => '잔액이 적힌 거래내역이 없어 시작 잔액을 0으로 가정했습니다. --balance와 --balance-date로 잔액을 지정하세요',
    typedNotNewer: (typed, typedDay, statementDay, asOf) =>
      `${typed === 'config' ? '설정 파일의 "balance"' : '--balance'}로 준 ${proseDay(typedDay, asOf, 'ko')} 잔액이 거래내역의 ${proseDay(statementDay, asOf, 'ko')} 잔액보다 최근이 아니어서 거래내역의 잔액을 씁니다`,
  },
} satisfies Catalogue<BalanceMessages>;

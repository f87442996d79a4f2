import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { warnAboutBalance } from '../../src/cli/balance-warnings.js';
import type { CliIo } from '../../src/cli/io.js';
import type { BalanceNote } from '../../src/forecast/starting-balance.js';
import { displayWidth } from '../../src/i18n/display-width.js';
import { assumptionText } from '../../src/render/assumption-text.js';
import { balanceOrigin, balanceWarnings, staleBalanceText } from '../../src/render/balance-lines.js';
import { everydayRow, learnedLines } from '../../src/render/learned-lines.js';
import { openWindowLines, openWindowNote, recoversCell } from '../../src/render/open-window-text.js';
import type { BalanceReport, CashflowReport } from '../../src/report/cashflow-report.js';
import { d, expense, invoice, KRW, options, report } from '../support/factories.js';
import { fakeIo } from '../support/fake-io.js';

describe('the Korean lines of a window open on the last horizon day', () => {
  // As test/unit/open-window.test.ts works out: ₩500,000 on 12-01 and ₩800,000 out on 12-20 leave −300,000 to the
  // horizon's end; INV-9, issued 12-10, expected 30 days later on 2027-01-09, brings it back. 2027 is not the as-of
  // year, so the day carries its year.
  const recovering = report(
    [invoice({ id: 'INV-9', client: 'Client Nine', amount: 1_000_000, issued: d('2026-12-10') })],
    [expense({ amount: 800_000, date: d('2026-12-20') })],
    options({ asOf: d('2026-12-01'), days: 30, openingBalance: 500_000 }),
  ).windows[0]!;
  // ₩3,000,000 invoiced in October and ₩5,000,000 in November: ₩4,000,000 a month over 2 whole months.
  const history = [
    invoice({ id: 'O-1', amount: 3_000_000, issued: d('2026-10-05'), paid: d('2026-10-20') }),
    invoice({ id: 'N-1', amount: 5_000_000, issued: d('2026-11-05'), paid: d('2026-11-25') }),
  ];
  const horizon = options({ asOf: d('2026-12-15'), days: 30, openingBalance: 1_000_000 });
  // 1,500,000 out over 30 days: × 365 / 360 → ₩1,520,833 a month, below the run-rate; 5,000,000 → ₩5,069,444, above.
  const covered = report(history, [expense({ amount: 1_500_000, date: d('2026-12-20') })], horizon).windows[0]!;
  const structural = report(history, [expense({ amount: 5_000_000, date: d('2026-12-20') })], horizon).windows[0]!;
  // No invoice at all: no whole month of invoicing to weigh 800,000 × 365 / 360 = ₩811,111 a month against.
  const noHistory = report([], [expense({ amount: 800_000, date: d('2026-12-20') })], options({ asOf: d('2026-12-01'), days: 30, openingBalance: 500_000 }))
    .windows[0]!;

  it('says when it recovers after the horizon, and on which invoice', () => {
    expect(recoversCell(recovering, 'ko')).toBe('2027-01-09 (이후)');
    expect(openWindowLines(recovering, KRW, 'ko', d('2026-12-01'))).toEqual([
      '2027년 1월 9일, 예측 기간이 끝난 뒤에 회복됩니다.',
      '구조적 부족이 아니라 입금 시점의 차이입니다.',
      '그날 INV-9(Client Nine) 입금이 예상됩니다.',
    ]);
  });

  it('weighs the spending against the run-rate, amounts in 원 and days without the as-of year', () => {
    expect(recoversCell(covered, 'ko')).toBe('메워질 가능성 큼');
    expect(openWindowLines(covered, KRW, 'ko', d('2026-12-15'))).toEqual([
      '아직 청구하지 않은 일로 메워질 가능성이 큽니다.',
      '평균 월 청구액(4,000,000원, 2개월: 10월 1일~11월 30일)이',
      '예측 기간의 월 지출(1,520,833원) 이상입니다.',
      '예정된 일을 미래 날짜의 청구서로 적으면 회복되는 날을 볼 수 있습니다.',
    ]);
    expect(recoversCell(structural, 'ko')).toBe('회복 안 됨(구조적)');
    expect(openWindowNote(structural, KRW, 'ko', d('2026-12-15'))).toBe(
      '구조적 부족: 예측 기간의 월 지출(5,069,444원)이 평균 월 청구액(4,000,000원, 2개월: 10월 1일~11월 30일)보다 많습니다. 지출을 줄이거나 수입을 늘리세요.',
    );
    expect(openWindowLines(noHistory, KRW, 'ko', d('2026-12-01'))).toEqual([
      '구조적 부족: 예측 기간의 월 지출(811,111원)을',
      '메울 청구 이력이 한 달 치도 없습니다.',
      '지출을 줄이거나 수입을 늘리세요.',
    ]);
  });

  it('keeps every Korean line within 80 cells with the table indent, Hangul counted as two', () => {
    const lines = [recovering, covered, structural, noHistory].flatMap((window) => openWindowLines(window, KRW, 'ko', d('2026-12-01')));
    for (const line of lines) expect(displayWidth(`  ${line}`), line).toBeLessThanOrEqual(80);
  });

  it('says the same English as before when no language is given', () => {
    expect(openWindowLines(structural, KRW)).toEqual(openWindowLines(structural, KRW, 'en'));
    expect(openWindowLines(noHistory, KRW)).toEqual([
      'Structural: the horizon spends ₩811,111 a month and no whole month of invoices sets it off.',
      'Cut costs or raise income.',
    ]);
    expect(recoversCell(structural)).toBe('never (structural)');
  });
});

/** A balance of nh.csv:11 at the end of `day`, `ageDays` old on as-of, with two assumed movements and one actual. */
function balance(day: string, ageDays: number, notes: BalanceNote[] = []): BalanceReport {
  const assumed = { assumed: true } as const;
  return {
    amount: 1_000_000,
    day: d(day),
    source: 'nh.csv:11',
    dated: true,
    ageDays,
    maxAgeDays: 7,
    stale: ageDays > 7,
    statements: [],
    caughtUp: [assumed, assumed, { assumed: false }],
    notes,
    paidByStatement: { paid: [], partial: [] },
  } as unknown as BalanceReport;
}

describe('the Korean lines about the balance', () => {
  // The end of 11-21, as of 12-01: 12-01 − 11-21 − 1 = 9 days old, more than 7.
  const stale = balance('2026-11-21', 9);

  it('says where the balance is from and which day it closes, with the year only outside the as-of year', () => {
    expect(balanceOrigin(stale, 'ko')).toBe('nh.csv:11, 11월 21일 마감 기준');
    // The end of 2025-12-28, 7 days old: as-of is 2026-01-05.
    expect(balanceOrigin(balance('2025-12-28', 7), 'ko')).toBe('nh.csv:11, 2025년 12월 28일 마감 기준');
    expect(balanceOrigin(stale)).toBe('nh.csv:11, the end of 2026-11-21');
  });

  it('says the balance is stale and how many scheduled movements it assumes', () => {
    expect(staleBalanceText(stale, 'ko')).toBe(
      '잔액이 9일 전 것으로(nh.csv:11, 11월 21일 마감 기준) 허용 기간 7일을 넘었습니다. 그 뒤 예정된 입출금 2건이 그대로 있었다고 가정해 ' +
        '시작 잔액을 계산했습니다. 최근 거래내역을 내려받거나 더 최근 날짜로 --balance-date를 지정하세요',
    );
    expect(staleBalanceText(stale)).toBe(
      'the balance is 9 days old (nh.csv:11, the end of 2026-11-21), more than 7 days: the opening balance assumes 2 scheduled movements since; ' +
        'download a fresh statement or give a newer --balance-date',
    );
  });

  it('warns in Korean of what the statements lacked, after 경고:', () => {
    const notes: BalanceNote[] = [
      { kind: 'no-balance', file: 'n26.csv' },
      { kind: 'none-in-statements' },
      { kind: 'typed-not-newer', typed: { amount: 900_000, day: d('2026-11-20'), source: 'config' } as never, statementDay: d('2026-11-30') },
    ];
    const books = balance('2026-11-30', 0, notes);
    expect(balanceWarnings(books, { stale: true }, 'ko')).toEqual([
      'n26.csv 파일에 잔액이 없어 이 계좌는 시작 잔액에 넣지 않았습니다. 잔액 열을 포함해 다시 내보내거나, --balance와 --balance-date로 전체 잔액을 지정하세요',
      '잔액이 적힌 거래내역이 없어 시작 잔액을 0으로 가정했습니다. --balance와 --balance-date로 잔액을 지정하세요',
      '설정 파일의 "balance"로 준 11월 20일 잔액이 거래내역의 11월 30일 잔액보다 최근이 아니어서 거래내역의 잔액을 씁니다',
    ]);
    const io = fakeIo();
    warnAboutBalance({ balance: books } as CashflowReport, io as unknown as CliIo, { stale: true }, 'ko');
    expect(io.err.join('')).toBe(
      balanceWarnings(books, { stale: true }, 'ko')
        .map((line) => `경고: ${line}\n`)
        .join(''),
    );
    expect(balanceWarnings(books, { stale: true })[2]).toBe(
      'the config\'s "balance" of 2026-11-20 is not newer than the statements\' balance of 2026-11-30, so theirs is used',
    );
  });
});

describe("the Korean words of an invoice's assumption and of what was learned", () => {
  it('says which rule an expected day rests on', () => {
    expect(assumptionText({ basis: 'history', days: 41, paidCount: 7 }, 'ko')).toBe('이력: 청구서 7건의 중앙값 41일');
    expect(assumptionText({ basis: 'default', days: 30, paidCount: 0 }, 'ko')).toBe('기본값: 30일');
    expect(assumptionText({ basis: 'history', days: 41, paidCount: 7 })).toBe('history: median 41 d over 7 invoices');
  });

  it('says the everyday spending a month and the months it is the median of', () => {
    const opts = options({ asOf: d('2026-12-01') });
    const everyday = { perMonth: 450_000, months: ['2026-09', '2026-10', '2026-11'], source: 'bank' as const };
    expect(everydayRow({ everyday, options: opts } as never, 'ko')).toEqual([
      '생활비',
      '월 450,000원, 매일 나눠 반영 (거래내역 3개월의 중앙값, 2026년 9월~2026년 11월)',
    ]);
    expect(everydayRow({ everyday, options: opts } as never)).toEqual([
      'Everyday',
      '₩450,000 a month, spread over each day (median of 3 statement months, 2026-09 … 2026-11)',
    ]);
  });

  it('heads the learned expenses in Korean, their rhythm in words', () => {
    const learned = { date: d('2026-12-25'), amount: 750_000, repeat: 'monthly', description: '김영희' };
    const [title, table] = learnedLines(
      { learnedExpenses: [{ learned, replaces: undefined }], options: options({ asOf: d('2026-12-01') }) } as never,
      new Chalk({ level: 0 }),
      'ko',
    );
    expect(title).toBe('거래내역에서 찾은 반복 지출 (1건): 같은 지출의 기존 행을 대신합니다');
    // Cells padded to 11 and 13 display cells, a space between columns; 다음 날짜 takes 9 cells, 금액 4. The payee
    // column gives up the room it does not use when the preferred widths pass 80 cells (src/render/fit-columns.ts).
    expect(table!.split('\n').map((line) => line.trimEnd())).toEqual([
      ' 다음 날짜           금액  반복       받는 곳             대신하는 행',
      ' 2026-12-25      ₩750,000  매월       김영희              새 항목',
    ]);
  });
});

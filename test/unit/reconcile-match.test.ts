import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/domain/day.js';
import { addDays, parseIsoDay } from '../../src/domain/day.js';
import { minor } from '../../src/domain/money.js';
import { ratioOf } from '../../src/domain/ratio.js';
import { matchDeposits } from '../../src/reconcile/match-deposits.js';
import { clientIndex, payerKey } from '../../src/reconcile/payer-names.js';
import type { Deposit, Receivable } from '../../src/reconcile/reconciliation.js';

const d = (iso: string): Day => parseIsoDay(iso)!;
const tolerance = { fee: minor(1000), fx: ratioOf(0.03) };

function receivable(id: string, client: string, issued: string, expected: number, extra: Partial<Receivable> = {}): Receivable {
  return {
    id,
    client,
    issued: d(issued),
    due: undefined,
    expected: minor(expected),
    converted: false,
    paid: undefined,
    expectedDay: addDays(d(issued), 30),
    ...extra,
  };
}
function deposit(day: string, amount: number, payer: string, line: number): Deposit {
  return { day: d(day), amount: minor(amount), payer, memo: '', source: `bank.csv:${line}` };
}
function run(receivables: Receivable[], deposits: Deposit[], aliases: Record<string, string[]> = {}) {
  const clients = clientIndex(new Set(receivables.map((r) => r.client)), aliases);
  return matchDeposits(receivables, deposits, { tolerance, clients, from: d('2026-01-01'), to: d('2026-12-31') });
}

describe('payer names', () => {
  it('reduces company forms, spaces, case and full width to one key', () => {
    expect(payerKey('판교테크놀로지(주)')).toBe('판교테크놀로지');
    expect(payerKey('㈜판교테크놀로지')).toBe('판교테크놀로지');
    expect(payerKey('주식회사 판교 테크놀로지')).toBe('판교테크놀로지');
    expect(payerKey('(유)한빛출판')).toBe('한빛출판');
    expect(payerKey('ＡＣＭＥ Corp.')).toBe('acme');
    expect(payerKey('Acme Co., Ltd.')).toBe('acme');
  });
  it('finds a client from a cut-off name, a name with more after it, and an alias', () => {
    const index = clientIndex(['판교테크놀로지(주)', '서울디자인'], { 서울디자인: ['SEOUL DESIGN'] });
    expect(index.clientsOf('판교테크놀')).toEqual(['판교테크놀로지(주)']);
    expect(index.clientsOf('서울디자인 홍길동')).toEqual(['서울디자인']);
    expect(index.clientsOf('seoul design')).toEqual(['서울디자인']);
    expect(index.clientsOf('판')).toEqual([]);
    expect(index.clientsOf('홍길동')).toEqual([]);
  });
});

describe('matching deposits to invoices (the issue-14 scenario)', () => {
  const PT = '판교테크놀로지(주)';
  const SD = '서울디자인';
  const HB = '한빛출판';
  const AC = 'Acme Corp';
  const receivables = [
    receivable('HB-00', HB, '2026-01-10', 400_000, { paid: d('2026-02-20') }),
    receivable('PT-00', PT, '2026-01-10', 300_000, { paid: d('2026-03-10') }),
    receivable('PT-01', PT, '2026-01-05', 967_000),
    receivable('SD-01', SD, '2026-02-01', 2_000_000),
    receivable('HB-01', HB, '2026-03-01', 1_500_000),
    receivable('PT-02', PT, '2026-03-01', 1_500_000),
    receivable('SD-02', SD, '2026-04-01', 500_000),
    receivable('SD-03', SD, '2026-04-01', 700_000),
    receivable('HB-02', HB, '2026-06-01', 800_000, { due: d('2026-07-01') }),
    receivable('HB-03', HB, '2026-06-01', 800_000, { due: d('2026-07-01') }),
    receivable('PT-03', PT, '2026-09-01', 2_901_000),
    receivable('AC-01', AC, '2026-10-01', 1_390_500, { converted: true }),
    receivable('SD-04', SD, '2026-11-01', 3_000_000),
  ];
  const deposits = [
    deposit('2026-02-06', 967_000, '판교테크놀', 2),
    deposit('2026-02-10', 600_000, '서울디자인', 3),
    deposit('2026-02-21', 400_000, '한빛출판', 4),
    deposit('2026-03-15', 1_400_000, '서울디자인', 5),
    deposit('2026-04-01', 1_500_000, '한빛출판', 6),
    deposit('2026-04-02', 1_500_000, '판교테크놀', 7),
    deposit('2026-05-02', 1_200_000, '서울디자인', 8),
    deposit('2026-07-01', 800_000, '한빛출판', 9),
    deposit('2026-08-15', 50_000, '홍길동', 10),
    deposit('2026-10-01', 2_900_500, '판교테크놀', 11),
    deposit('2026-11-05', 1_371_000, 'ACME CORP', 12),
    deposit('2026-12-10', 1_000_000, '서울디자인', 13),
  ];
  const result = run(receivables, deposits);
  const matchedBy = (id: string) => result.matched.find((match) => match.invoice.id === id);

  it('matches each invoice to exactly the deposits a person would', () => {
    const summary = result.matched.map((match) => [match.invoice.id, match.paidOn, match.received, match.deposits.map((dep) => dep.source)]);
    expect(summary).toEqual([
      ['PT-01', d('2026-02-06'), 967_000, ['bank.csv:2']],
      ['HB-00', d('2026-02-21'), 400_000, ['bank.csv:4']],
      ['SD-01', d('2026-03-15'), 2_000_000, ['bank.csv:3', 'bank.csv:5']],
      ['HB-01', d('2026-04-01'), 1_500_000, ['bank.csv:6']],
      ['PT-02', d('2026-04-02'), 1_500_000, ['bank.csv:7']],
      ['SD-02', d('2026-05-02'), 500_000, ['bank.csv:8']],
      ['SD-03', d('2026-05-02'), 700_000, ['bank.csv:8']],
      ['PT-03', d('2026-10-01'), 2_900_500, ['bank.csv:11']],
      ['AC-01', d('2026-11-05'), 1_371_000, ['bank.csv:12']],
    ]);
    expect(matchedBy('HB-00')?.sheetPaid).toBe(true);
    expect(matchedBy('PT-01')?.sheetPaid).toBe(false);
  });
  it('sends the one payment of two identical invoices to review, and keeps both open and overdue', () => {
    expect(result.review).toHaveLength(1);
    expect(result.review[0]!.deposit.source).toBe('bank.csv:9');
    expect(result.review[0]!.candidates).toEqual(['HB-02', 'HB-03']);
    // Due 2026-07-01, statement to 2026-12-31: 183 days.
    expect(result.overdue.map((entry) => [entry.invoice.id, entry.daysLate])).toEqual([
      ['HB-02', 183],
      ['HB-03', 183],
    ]);
  });
  it('lists the unrelated deposit as unmatched, the incomplete payment as partial, the unbacked paid date', () => {
    expect(result.unmatchedDeposits.map((dep) => dep.source)).toEqual(['bank.csv:10']);
    expect(result.partial.map((entry) => [entry.invoice.id, entry.received, entry.remaining])).toEqual([['SD-04', 1_000_000, 2_000_000]]);
    expect(result.paidWithoutDeposit.map((entry) => entry.invoice.id)).toEqual(['PT-00']);
  });
  it('accounts for every deposit exactly once', () => {
    const seen = [
      ...new Set(result.matched.flatMap((match) => match.deposits.map((dep) => dep.source))),
      ...result.partial.flatMap((entry) => entry.deposits.map((dep) => dep.source)),
      ...result.review.map((entry) => entry.deposit.source),
      ...result.unmatchedDeposits.map((dep) => dep.source),
    ].sort();
    expect(seen).toEqual(deposits.map((dep) => dep.source).sort());
  });
});

describe('matching rules', () => {
  it('settles a late-paying retainer oldest first, not by the nearest expected date', () => {
    // Each paid ~45 days after issue, so the next period's expected date (issue + 30) is nearer each payment.
    const receivables = ['01-05', '02-05', '03-05'].map((md, at) => receivable(`RET@${at}`, '리테이너', `2026-${md}`, 1_000_000));
    const deposits = [
      deposit('2026-02-20', 1_000_000, '리테이너', 2),
      deposit('2026-03-22', 1_000_000, '리테이너', 3),
      deposit('2026-04-19', 1_000_000, '리테이너', 4),
    ];
    expect(run(receivables, deposits).matched.map((match) => [match.invoice.id, match.deposits[0]!.source])).toEqual([
      ['RET@0', 'bank.csv:2'],
      ['RET@1', 'bank.csv:3'],
      ['RET@2', 'bank.csv:4'],
    ]);
  });
  it('pays an invoice in parts on the day of its last part, whichever part is larger', () => {
    const result = run([receivable('A', '갑', '2026-05-01', 2_000_000)], [deposit('2026-05-10', 1_400_000, '갑', 2), deposit('2026-06-10', 600_000, '갑', 3)]);
    expect(result.matched.map((match) => [match.paidOn, match.deposits.map((dep) => dep.source)])).toEqual([[d('2026-06-10'), ['bank.csv:2', 'bank.csv:3']]]);
  });
  it('confirms sheet-paid invoices paid in parts, or together by one deposit, and keeps those deposits from others', () => {
    const r = [
      receivable('A', '갑', '2026-02-01', 2_000_000, { paid: d('2026-03-15') }),
      receivable('B', '갑', '2026-04-01', 500_000, { paid: d('2026-05-02') }),
      receivable('C', '갑', '2026-04-01', 700_000, { paid: d('2026-05-02') }),
      // Open, and its amount equals one of A's parts: that part must not pay it.
      receivable('D', '갑', '2026-02-01', 600_000),
    ];
    const deposits = [deposit('2026-02-10', 600_000, '갑', 2), deposit('2026-03-15', 1_400_000, '갑', 3), deposit('2026-05-02', 1_200_000, '갑', 4)];
    const result = run(r, deposits);
    expect(result.matched.map((match) => [match.invoice.id, match.sheetPaid, match.deposits.map((dep) => dep.source)])).toEqual([
      ['A', true, ['bank.csv:2', 'bank.csv:3']],
      ['B', true, ['bank.csv:4']],
      ['C', true, ['bank.csv:4']],
    ]);
    expect(result.paidWithoutDeposit).toEqual([]);
    expect(result.unmatchedDeposits).toEqual([]);
  });
  it('never takes a deposit made before the invoice was issued', () => {
    const result = run([receivable('A', '갑', '2026-05-01', 100_000)], [deposit('2026-04-30', 100_000, '갑', 2)]);
    expect(result.matched).toEqual([]);
    expect(result.unmatchedDeposits).toHaveLength(1);
  });
  it('takes a fee shortfall up to the tolerance but never an excess on a won invoice', () => {
    const r = [receivable('A', '갑', '2026-05-01', 100_000)];
    expect(run(r, [deposit('2026-05-10', 99_000, '갑', 2)]).matched).toHaveLength(1);
    // 1,001 short is more than a fee: a part payment.
    expect(run(r, [deposit('2026-05-10', 98_999, '갑', 2)]).partial).toHaveLength(1);
    expect(run(r, [deposit('2026-05-10', 100_001, '갑', 2)]).unmatchedDeposits).toHaveLength(1);
  });
  it('sends a deposit whose name fits two clients with invoices of its amount to review, however far apart their dates', () => {
    const r = [receivable('A', '한빛출판', '2026-05-01', 100_000), receivable('B', '한빛교육', '2026-05-01', 100_000)];
    const result = run(r, [deposit('2026-05-30', 100_000, '한빛', 2)]);
    expect(result.review.map((entry) => entry.candidates)).toEqual([['A', 'B']]);
    // B is expected 40 days after A: dates would pick A, but which client paid is not the dates' to say.
    const apart = [receivable('A', '한빛출판', '2026-05-01', 100_000), receivable('B', '한빛교육', '2026-06-10', 100_000)];
    expect(run(apart, [deposit('2026-06-11', 100_000, '한빛', 2)]).review.map((entry) => entry.candidates)).toEqual([['A', 'B']]);
  });
  it('matches a truncated payer through an alias the user gave', () => {
    const r = [receivable('A', '판교테크', '2026-05-01', 100_000)];
    expect(run(r, [deposit('2026-05-30', 100_000, 'PANGYO TECH', 2)]).matched).toHaveLength(0);
    expect(run(r, [deposit('2026-05-30', 100_000, 'PANGYO TECH', 2)], { 판교테크: ['PANGYO TECH'] }).matched).toHaveLength(1);
  });
});

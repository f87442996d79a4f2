import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json-report.js';
import { renderTable } from '../../src/render/table-report.js';
import { windowOddsNote } from '../../src/render/window-odds-note.js';
import { d, expense, invoice, options, report } from '../support/factories.js';

const AS_OF = d('2026-12-01');
const paid = (client: string, issued: string, days: number) => invoice({ client, amount: 100_000, issued: d(issued), paid: d(issued) + days });

/**
 * The known case: client New has no paid invoice (below --min-history 3), so the forecast applies the default
 * rule: due 10-31 has passed, overdue, expected as-of + 7 = 12-08. The simulation draws New from everyone's history
 * (Old's 62, 63 and 64 days): before, it kept only draws of at least the invoice's age (61 days) and paid it on 12-02,
 * 12-03 or 12-04, so the forecast's window 12-05 → 12-07 happened in 0 % of runs.
 */
const books = () => ({
  invoices: [
    paid('Old', '2026-01-01', 62),
    paid('Old', '2026-02-01', 63),
    paid('Old', '2026-03-01', 64),
    invoice({ id: 'NEW-1', client: 'New', amount: 400_000, issued: d('2026-10-01'), due: d('2026-10-31') }),
  ],
  expenses: [expense({ amount: 600_000, date: d('2026-12-05') })],
  opts: options({ asOf: AS_OF, days: 30, openingBalance: 500_000, overdueGraceDays: 7, minHistory: 3 }),
});

describe('the forecast and the simulation take an invoice on the same day', () => {
  it('the forecast expects NEW-1 on 12-08, and that day is the median of the runs (Old’s spread 63 ± 1 around it)', () => {
    const { invoices, expenses, opts } = books();
    const value = report(invoices, expenses, opts, { simulation: { runs: 6000, seed: 3, band: false } });
    expect(value.events.find((event) => event.kind === 'invoice')).toMatchObject({ id: 'NEW-1', date: d('2026-12-08'), overdue: true });
    expect(value.windows.map((window) => [window.start, window.end])).toEqual([[d('2026-12-05'), d('2026-12-07')]]);
    const short = (day: string) => value.simulation!.dailyShortProbability[d(day) - AS_OF]!;
    // The runs pay on 12-07, 12-08 or 12-09, a third each: short every run 12-05 and 12-06, then 2/3, 1/3, 0.
    expect(short('2026-12-04')).toBe(0);
    expect(short('2026-12-06')).toBe(1);
    expect(short('2026-12-07')).toBeCloseTo(2 / 3, 1);
    expect(short('2026-12-08')).toBeCloseTo(1 / 3, 1);
    expect(short('2026-12-09')).toBe(0);
    // P(paid on or before 12-08) = 1 − short(12-08) ≥ ½ and P(on or after) = short(12-07) ≥ ½: 12-08 is a median.
    expect(1 - short('2026-12-08')).toBeGreaterThanOrEqual(0.5);
    expect(short('2026-12-07')).toBeGreaterThanOrEqual(0.5);
    expect(value.simulation!.windowFrequency).toEqual([1]);
  });

  it('a learned client is centred on the forecast’s issue + median day: 11-20 + 40 = 12-30', () => {
    const invoices = [
      paid('Even', '2026-01-01', 30),
      paid('Even', '2026-02-01', 38),
      paid('Even', '2026-03-01', 42),
      paid('Even', '2026-04-01', 50),
      invoice({ id: 'E-1', client: 'Even', amount: 400_000, issued: d('2026-11-20') }),
    ];
    const value = report(invoices, [], options({ asOf: AS_OF, days: 60, openingBalance: -100_000, minHistory: 3 }), {
      simulation: { runs: 8000, seed: 9, band: false },
    });
    // Median 40 (the mean of 38 and 42): the forecast's day is 11-20 + 40 = 12-30; the runs pay on 12-20, 12-28,
    // 01-01 or 01-09 (offsets −10, −2, +2, +10), a quarter each.
    expect(value.events[0]).toMatchObject({ id: 'E-1', date: d('2026-12-30') });
    const short = (day: string) => value.simulation!.dailyShortProbability[d(day) - AS_OF]!;
    expect(short('2026-12-19')).toBe(1);
    expect(short('2026-12-20')).toBeCloseTo(3 / 4, 1);
    expect(short('2026-12-28')).toBeCloseTo(1 / 2, 1);
    expect(short('2026-12-31')).toBeCloseTo(1 / 2, 1);
    expect(short('2027-01-01')).toBeCloseTo(1 / 4, 1);
    expect(short('2027-01-09')).toBe(0);
  });

  it('a window in 0 % of runs says why on screen and in JSON: the runs pay the disputed invoice the forecast leaves out', () => {
    // D-1 is disputed: the forecast counts none of its 500,000, so the 300,000 rent on 12-10 takes 200,000 to
    // −100,000 from 12-10 to the horizon's end. The runs pay it on 12-08 (overdue: as-of + 7; nobody has a history)
    // in every run, since no old invoice is unpaid (non-payment 0 %): 700,000 → 400,000, never short.
    const invoices = [invoice({ id: 'D-1', client: 'A', amount: 500_000, issued: d('2026-11-01'), due: d('2026-11-25'), status: 'disputed' })];
    const value = report(
      invoices,
      [expense({ amount: 300_000, date: d('2026-12-10') })],
      options({ asOf: AS_OF, days: 30, openingBalance: 200_000, overdueGraceDays: 7 }),
      {
        simulation: { runs: 500, seed: 1, band: false },
      },
    );
    expect(value.doubtful).toMatchObject([{ id: 'D-1', amount: 500_000, daysLate: 6, reason: 'disputed' }]);
    expect(value.windows.map((window) => [window.start, window.end, window.peakGap])).toEqual([[d('2026-12-10'), d('2026-12-30'), 100_000]]);
    expect(value.simulation!.windowFrequency).toEqual([0]);
    expect(value.simulation!.windowOdds).toEqual([{ early: [], doubtful: ['D-1'] }]);
    const text = renderTable(value, { chalk: new Chalk({ level: 0 }), daily: false, columns: 80 });
    expect(text).toContain(
      ' Window 2026-12-10 → 2026-12-30 happens in 0.0 % of runs\n   why 0 %: the forecast counts no cash from doubtful D-1; the runs pay it\n   unless it never pays (learned chance 0.0 %)\n',
    );
    const json = JSON.parse(renderJson(value)) as { simulation: { windowNotes: Array<string | null> } };
    expect(json.simulation.windowNotes).toEqual([
      'why 0 %: the forecast counts no cash from doubtful D-1; the runs pay it unless it never pays (learned chance 0.0 %)',
    ]);
    // On a narrow terminal the note is broken for its width and its figure keeps its unit: at 45–47 columns a word
    // wrap would have started a line with '%)' (' (learned chance 0.0' fits, ' %)' does not).
    for (const columns of [45, 46, 47, 60]) {
      const narrow = renderTable(value, { chalk: new Chalk({ level: 0 }), daily: false, columns }).split('\n');
      const from = narrow.findIndex((line) => line.startsWith('   why 0 %'));
      const note = narrow.slice(
        from,
        narrow.findIndex((line, i) => i > from && !line.startsWith('   ')),
      );
      expect(note.join(' ').replace(/ +/g, ' ')).toBe(
        ' why 0 %: the forecast counts no cash from doubtful D-1; the runs pay it unless it never pays (learned chance 0.0 %)',
      );
      for (const line of note) expect([line.length <= columns, /^\s*%/.test(line)], line).toEqual([true, false]);
    }
  });

  it('names the invoices a run can pay sooner than the forecast when that is what makes a window rare', () => {
    // Fast pays in 1, 11 or 21 days (median 11; --delay 0): each F-k issued 11-21 is expected on 12-02, and a run pays it on
    // 12-01 (11-22 clipped to as-of), 12-02 or 12-12. The rent on 12-01 leaves the one-day window 12-01 unless one of
    // them comes on 12-01.
    const invoices = [
      paid('Fast', '2026-01-01', 1),
      paid('Fast', '2026-02-01', 11),
      paid('Fast', '2026-03-01', 21),
      ...['F-1', 'F-2', 'F-3', 'F-4'].map((id) => invoice({ id, client: 'Fast', amount: 300_000, issued: d('2026-11-21') })),
    ];
    const value = report(invoices, [expense({ amount: 300_000, date: d('2026-12-01') })], options({ asOf: AS_OF, days: 30, delayDays: 0, minHistory: 3 }), {
      simulation: { runs: 4000, seed: 2, band: false },
    });
    expect(value.windows.map((window) => [window.start, window.end])).toEqual([[d('2026-12-01'), d('2026-12-01')]]);
    expect(value.simulation!.windowOdds).toEqual([{ early: ['F-1', 'F-2', 'F-3', 'F-4'], doubtful: [] }]);
    // None of the four on 12-01: (2/3)^4 = 0.198.
    expect(value.simulation!.windowFrequency[0]).toBeCloseTo(16 / 81, 1);
    const none = { ...value.simulation!, windowFrequency: [0] };
    expect(windowOddsNote(none, 0, value.windows[0]!)).toBe(
      'why 0 %: the forecast has every invoice pay on its median day at once; the runs can pay F-1, F-2, F-3 and 1 more by 2026-12-01, and one paid early closes it',
    );
  });
});

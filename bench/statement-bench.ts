import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { addDays, dayFromParts, formatDay } from '../src/domain/day.js';
import type { Timed } from './child.js';
import { alternately } from './child.js';

const ROWS = 100_000;
const FILE = 'bench/.out/statement-100k.csv';
const CP949_FILE = 'bench/.out/statement-100k-cp949.csv';

/**
 * A 100,000-row statement in NH농협's CSV layout (title rows, its header, newest first, balances that follow), ~100 rows
 * a day over ~1,000 days ending 2026-11-30: deposits and card payments of varied amounts.
 */
function writeStatement(): void {
  const end = dayFromParts(2026, 11, 30)!;
  const lines: string[] = [];
  let balance = 50_000_000;
  const rows: string[] = [];
  for (let at = 0; at < ROWS; at += 1) {
    const day = addDays(end, -Math.floor((ROWS - 1 - at) / 100));
    const seconds = 8 * 3600 + (at % 100) * 300;
    const time = `${String(Math.floor(seconds / 3600)).padStart(2, '0')}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:00`;
    const deposit = at % 7 === 0;
    const amount = deposit ? 100_000 + ((at * 7919) % 4_000_000) : 1_000 + ((at * 104_729) % 200_000);
    balance += deposit ? amount : -amount;
    const money = (value: number) => `"${value.toLocaleString('en-US')}"`;
    rows.push(
      `${formatDay(day).replaceAll('-', '/')} ${time},${deposit ? '' : money(amount)},${deposit ? money(amount) : ''},${money(balance)},${deposit ? '거래처' : '체크카드'},${deposit ? '타행이체' : '가맹점'}`,
    );
  }
  lines.push(
    '거래내역조회',
    '계좌번호,302-****-1234-51',
    '조회기간,2024.03.07 ~ 2026.11.30',
    '',
    '거래일시,출금금액(원),입금금액(원),거래후잔액(원),거래내용,거래기록사항',
  );
  lines.push(...rows.reverse());
  const text = `${lines.join('\n')}\n`;
  writeFileSync(FILE, text);
  // As NH농협's internet banking saves it: the same text in CP949, which the reader detects and decodes.
  writeFileSync(CP949_FILE, iconv.encode(text, 'cp949'));
}

export interface StatementMeasure extends Timed {
  readonly name: string;
  readonly target: string;
  readonly met: boolean;
}

/**
 * Issue 13's and 18's target: a 100,000-row statement (CSV) read and forecast within 1 s, the whole command; once in
 * UTF-8 and once in CP949 (the Korean layout as the bank saves it), run alternately after a warm-up pair, median of 5.
 */
export function benchStatement(): StatementMeasure[] {
  mkdirSync('bench/.out', { recursive: true });
  if (!existsSync(FILE) || !existsSync(CP949_FILE)) writeStatement();
  const args = (file: string) => [
    'bin/cashflow.cjs',
    'forecast',
    'fixtures/invoices.csv',
    '--expenses',
    'fixtures/expenses.csv',
    '--bank',
    file,
    '--as-of',
    '2026-12-01',
    '--json',
  ];
  const [utf8, cp949] = alternately(
    [FILE, CP949_FILE].map((file) => ({ program: process.execPath, args: args(file) })),
    5,
    1,
  );
  const of = (name: string, timed: Timed): StatementMeasure => ({ name, ...timed, target: '< 1000 ms', met: timed.medianMs < 1000 });
  return [of('forecast with a 100,000-row statement (CSV, UTF-8)', utf8!), of('forecast with a 100,000-row statement (CSV, CP949)', cp949!)];
}

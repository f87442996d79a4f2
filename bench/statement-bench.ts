import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { addDays, dayFromParts, formatDay } from '../src/domain/day.js';

const ROWS = 100_000;
const FILE = 'bench/.out/statement-100k.csv';

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
  writeFileSync(FILE, `${lines.join('\n')}\n`);
}

/** Issue 13's target: a 100,000-row statement (CSV) read and forecast within 1 s, the whole command, median of 5. */
export function benchStatement(): { name: string; medianMs: number; samplesMs: number[]; target: string; met: boolean } {
  mkdirSync('bench/.out', { recursive: true });
  if (!existsSync(FILE)) writeStatement();
  const args = [
    'bin/cashflow.cjs',
    'forecast',
    'fixtures/invoices.csv',
    '--expenses',
    'fixtures/expenses.csv',
    '--bank',
    FILE,
    '--as-of',
    '2026-12-01',
    '--json',
  ];
  const samplesMs: number[] = [];
  for (let run = 0; run < 6; run += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(`statement bench: exit ${result.status}\n${result.stderr}`);
    if (run > 0) samplesMs.push(performance.now() - started);
  }
  const medianMs = [...samplesMs].sort((a, b) => a - b)[2]!;
  return { name: 'forecast with a 100,000-row statement (CSV)', medianMs, samplesMs, target: '< 1000 ms', met: medianMs < 1000 };
}

import { createWriteStream, writeFileSync } from 'node:fs';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * Writes a deterministic invoices CSV of `rows` rows: 200 clients with their own typical delay, about 75 % paid
 * history, the rest open or overdue, dated in the year before 2026-12-01. Returns when the file is complete.
 */
export async function writeInvoicesCsv(path: string, rows: number, seed = 1): Promise<void> {
  const rng = xoroshiro128plus(seed);
  const out = createWriteStream(path);
  const write = (text: string) =>
    new Promise<void>((resolve) => {
      if (out.write(text)) resolve();
      else out.once('drain', resolve);
    });
  await write('id,client,amount,issued,due,paid\n');
  const start = Date.UTC(2025, 11, 1) / 86_400_000;
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const typical = Array.from({ length: 200 }, () => uniformInt(rng, 10, 90));
  let chunk = '';
  for (let i = 0; i < rows; i += 1) {
    const client = uniformInt(rng, 0, 199);
    const issued = start + uniformInt(rng, 0, 364);
    const paidDay = issued + typical[client]! + uniformInt(rng, -5, 25);
    const paid = paidDay <= start + 364 && uniformInt(rng, 0, 99) < 95 ? iso(paidDay) : '';
    const amount = (uniformInt(rng, 10, 500) * 10_000).toLocaleString('en-US');
    chunk += `INV-${i},Client ${client},"${amount}",${iso(issued)},${iso(issued + 30)},${paid}\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve) => out.end(resolve));
}

/**
 * Writes a deterministic expenses CSV for a bookkeeper's office: `recurring` costs repeating monthly, weekly,
 * quarterly or yearly from the year before 2026-12-01, and `oneOff` dated costs over the two years from 2025-12-01.
 */
export function writeExpensesCsv(path: string, recurring = 40, oneOff = 2_000, seed = 2): void {
  const rng = xoroshiro128plus(seed);
  const start = Date.UTC(2025, 11, 1) / 86_400_000;
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const repeats = ['monthly', 'monthly', 'monthly', 'weekly', 'quarterly', 'yearly'];
  const lines = ['date,amount,description,category,repeat,until'];
  for (let i = 0; i < recurring; i += 1) {
    const amount = (uniformInt(rng, 1, 300) * 10_000).toLocaleString('en-US');
    lines.push(`${iso(start + uniformInt(rng, 0, 364))},"${amount}",Recurring cost ${i},office,${repeats[i % repeats.length]},`);
  }
  for (let i = 0; i < oneOff; i += 1) {
    const amount = (uniformInt(rng, 1, 500) * 1_000).toLocaleString('en-US');
    lines.push(`${iso(start + uniformInt(rng, 0, 729))},"${amount}",One-off cost ${i},misc,,`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

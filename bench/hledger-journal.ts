import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

// A row as generate-csv writes it: id, client, "amount with commas", issued, due, paid (or empty).
const ROW = /^([^,]+),([^,]+),"([\d,]+)",(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})?$/;

/**
 * The bench's invoices CSV (generate-csv) as an hledger journal of the same books, for hledger to do the work our
 * forecast's daily balance does: an opening balance on the first day, then one transaction per invoice row into
 * assets:bank from the client's income account, on its paid day when it has one, else on its due day. Streams: the
 * 1M-row file is never held. Resolves with the number of transactions written.
 */
export async function writeHledgerJournal(csvPath: string, journalPath: string, opening: string, openingDay: string): Promise<number> {
  const out = createWriteStream(journalPath);
  const write = (text: string) =>
    new Promise<void>((resolve) => {
      if (out.write(text)) resolve();
      else out.once('drain', resolve);
    });
  await write(`${openingDay} opening balance\n    assets:bank  ${opening} KRW\n    equity:opening\n\n`);
  let count = 0;
  let chunk = '';
  for await (const line of createInterface({ input: createReadStream(csvPath), crlfDelay: Number.POSITIVE_INFINITY })) {
    const row = ROW.exec(line);
    if (row === null) continue; // the header
    const [, id, client, amount, , due, paid] = row;
    chunk += `${paid ?? due} ${id}\n    assets:bank  ${amount!.replaceAll(',', '')} KRW\n    income:${client}\n\n`;
    count += 1;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve) => out.end(resolve));
  return count;
}

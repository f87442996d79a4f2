import type { FileHandle } from 'node:fs/promises';

const STEP = 1 << 20;

/**
 * The bytes of an open file up to its end, but never more than `limit` + 1 of them (one more than allowed is how
 * the caller knows the file was too large): a file can grow after its size was read, and /proc-style files say 0.
 */
export async function readAtMost(handle: FileHandle, expected: number, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  // The first read asks for one byte more than expected, so a file that did not change is read in one call and
  // its end seen in the next.
  let want = Math.min(expected + 1, limit + 1);
  while (total <= limit) {
    const chunk = Buffer.allocUnsafe(Math.max(want, 1));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    want = Math.min(STEP, limit + 1 - total);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

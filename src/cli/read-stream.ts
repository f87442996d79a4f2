/**
 * All the bytes of a stream, or its first `limit` + 1 when it holds more (the rest is left unread, so that
 * `cat /dev/zero | cashflow forecast -` stops instead of filling the memory).
 */
export async function readStream(stream: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > limit) break;
  }
  return Buffer.concat(chunks, Math.min(total, limit + 1));
}

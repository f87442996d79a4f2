import { describe, expect, it, vi } from 'vitest';
import { InputFiles } from '../../src/read/input-files.js';
import { loadText } from '../../src/read/load-text.js';

// A file of 0.5–1 GiB is under the cap yet more characters than a V8 string holds; reading one for real takes
// seconds and 600 MB, so the decoder is made to fail as V8 does.
vi.mock('../../src/read/decode-text.js', () => ({
  decodeText: () => {
    throw Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
  },
}));

describe('loadText', () => {
  it('turns text too long for a JavaScript string into an input issue', async () => {
    const read = await loadText('fixtures/invoices.csv', { inputs: new InputFiles() });
    expect(read).toEqual({ issue: expect.objectContaining({ problem: 'holds more characters than cashflow can keep as text (about 536 million)' }) });
  });
});

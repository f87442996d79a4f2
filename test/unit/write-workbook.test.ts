import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/user-errors.js';
import { WORKBOOK_MAX_EVENTS, writeWorkbook } from '../../src/cli/write-workbook.js';
import { say } from '../../src/i18n/catalogue.js';
import type { InputMessages } from '../../src/i18n/messages/input-messages.js';
import { INPUT_MESSAGES } from '../../src/i18n/messages/input-messages.js';
import { InputFiles } from '../../src/read/input-files.js';
import { d, expense, options, report } from '../support/factories.js';
import { fakeIo } from '../support/fake-io.js';

const piped = () => {
  const written: Uint8Array[] = [];
  return { written, io: { ...fakeIo({ stdoutBytes: (bytes) => void written.push(bytes) }), inputs: new InputFiles() } };
};

describe('writeWorkbook', () => {
  it('pipes the workbook bytes on when no --output is named: a zip, PK first', async () => {
    const { written, io } = piped();
    await writeWorkbook(report([], [expense({ amount: 1000, date: d('2026-12-02') })], options({ asOf: d('2026-12-01'), days: 5 })), undefined, io);
    expect(written).toHaveLength(1);
    expect([...written[0]!.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(io.out).toEqual([]);
  });

  it(`refuses more than ${WORKBOOK_MAX_EVENTS} events (tested up to there) before making the workbook, and says what to use instead`, async () => {
    const { written, io } = piped();
    const small = report([], [], options({ asOf: d('2026-12-01'), days: 5 }));
    const many = { ...small, events: new Array(WORKBOOK_MAX_EVENTS + 1).fill(small.events[0]) };
    const writing = writeWorkbook(many, undefined, io);
    await expect(writing).rejects.toThrow(UsageError);
    await expect(writing).rejects.toThrow('the forecast has 100,001 cash events, more than cashflow writes to a workbook (100,000)');
    expect(written).toEqual([]);
    // The same error's words in Korean, as the CLI prints them under --lang ko.
    const error = (await writing.catch((thrown: unknown) => thrown)) as UsageError;
    expect([say<InputMessages>(INPUT_MESSAGES, 'ko', error.words!.message), say<InputMessages>(INPUT_MESSAGES, 'ko', error.words!.hint)]).toEqual([
      '입출금이 100,001건으로, cashflow가 엑셀 파일에 쓰는 최대 100,000건보다 많습니다.',
      '--format csv --events로 쓰거나, --days로 기간을 줄이세요.',
    ]);
  });
});

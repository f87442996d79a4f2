import { describe, expect, it } from 'vitest';
import { INPUT_WORKBOOK } from '../../src/i18n/messages/input-workbook.js';
import { parseEncryptionInfo } from '../../src/read/workbook/encryption-info.js';

// Why a password-protected workbook cannot be decrypted is data (EncryptionWhy), which each language words.
describe('what cashflow cannot decrypt', () => {
  const version = (major: number, minor: number) => new Uint8Array([major, 0, minor, 0, 0, 0, 0, 0]);

  it('a version it does not know: the same data, in English and in Korean', () => {
    const parsed = parseEncryptionInfo(version(5, 1));
    expect(parsed).toEqual({ unsupported: { why: 'version', major: 5, minor: 1 } });
    const reason = (parsed as { unsupported: Parameters<typeof INPUT_WORKBOOK.en.cannotDecrypt>[0] }).unsupported;
    expect(INPUT_WORKBOOK.en.cannotDecrypt(reason)).toBe(
      'is a password-protected workbook cashflow cannot decrypt: it uses an encryption cashflow does not know (version 5.1)',
    );
    expect(INPUT_WORKBOOK.ko.cannotDecrypt(reason)).toBe(
      'cashflow가 풀 수 없는 방식으로 암호가 걸린 통합 문서입니다(cashflow가 모르는 암호화 방식, 버전 5.1).',
    );
  });

  it('a description cut short, and an agile one with another cipher', () => {
    expect(parseEncryptionInfo(new Uint8Array(4))).toEqual({ unsupported: { why: 'descriptionCutShort' } });
    const agile = new TextEncoder().encode(
      '<encryption><keyData cipherAlgorithm="DES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" keyBits="256"/>' +
        '<encryptedKey spinCount="100000" cipherAlgorithm="AES"/></encryption>',
    );
    const parsed = parseEncryptionInfo(new Uint8Array([...version(4, 4), ...agile]));
    expect(parsed).toEqual({ unsupported: { why: 'cipher', name: 'DES' } });
    const reason = (parsed as { unsupported: Parameters<typeof INPUT_WORKBOOK.ko.cannotDecrypt>[0] }).unsupported;
    expect(INPUT_WORKBOOK.en.cannotDecrypt(reason)).toBe('is a password-protected workbook cashflow cannot decrypt: it is encrypted with DES, not AES');
    expect(INPUT_WORKBOOK.ko.cannotDecrypt(reason)).toBe('cashflow가 풀 수 없는 방식으로 암호가 걸린 통합 문서입니다(AES가 아닌 DES 암호 방식).');
  });
});

import type * as NodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';
import type { EncryptionWhy } from '../../i18n/messages/input-workbook.js';
import type { AgileEncryption, EncryptionInfo, StandardEncryption } from './encryption-info.js';

export type Decrypted = { readonly bytes: Uint8Array } | { readonly wrongPassword: true } | { readonly unsupported: EncryptionWhy };

/** Office stretches with 100,000 rounds; a file asking for far more is a way to keep cashflow busy, not a statement. */
export const MAX_SPIN_COUNT = 10_000_000;
const SEGMENT = 4096;

// Only an encrypted workbook needs node:crypto; a CSV run must not load it.
let loaded: typeof NodeCrypto | undefined;
const crypto = () => (loaded ??= createRequire(import.meta.url)('node:crypto') as typeof NodeCrypto);

/**
 * The zip inside an encrypted xlsx (MS-OFFCRYPTO 2.3.4), decrypted with the password; `wrongPassword` when the
 * password's verifier does not match, so that a wrong password is told apart from a damaged file. `stream` is the
 * EncryptedPackage stream: the plain size (8 bytes), then the encrypted zip.
 */
export function decryptPackage(info: EncryptionInfo, stream: Uint8Array, password: string): Decrypted {
  if (stream.length < 8) return { unsupported: { why: 'contentsCutShort' } };
  const size = Number(new DataView(stream.buffer, stream.byteOffset, 8).getBigUint64(0, true));
  // The cipher works in 16-byte blocks: the last one is padded, and the stream may hold more after it.
  const padded = Math.ceil(size / 16) * 16;
  if (8 + padded > stream.length) return { unsupported: { why: 'contentsCutShort' } };
  const body = stream.subarray(8, 8 + padded);
  const bytes = info.kind === 'agile' ? agile(info, body, password) : standard(info, body, password);
  return 'bytes' in bytes ? { bytes: bytes.bytes.subarray(0, size) } : bytes;
}

function hash(algorithm: string, ...parts: Uint8Array[]): Buffer {
  const digest = crypto().createHash(algorithm);
  for (const part of parts) digest.update(part);
  return digest.digest();
}

const uint32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
};

/** `bytes` cut or padded with 0x36 to `length`, as the standard fits hashes to keys and IVs. */
function fitted(bytes: Uint8Array, length: number): Buffer {
  const out = Buffer.alloc(length, 0x36);
  out.set(bytes.subarray(0, length));
  return out;
}

function decipher(name: string, key: Uint8Array, iv: Uint8Array | null, data: Uint8Array): Buffer {
  const cipher = crypto().createDecipheriv(name, key, iv);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

// MS-OFFCRYPTO 2.3.4.13: the block keys that make the three keys of the password key encryptor.
const VERIFIER_INPUT = Buffer.from([0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79]);
const VERIFIER_VALUE = Buffer.from([0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e]);
const ENCRYPTED_KEY = Buffer.from([0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]);

function agile(info: AgileEncryption, body: Uint8Array, password: string): { bytes: Uint8Array } | Exclude<Decrypted, { bytes: Uint8Array }> {
  const key = info.password;
  if (!Number.isInteger(key.spinCount) || key.spinCount < 0 || key.spinCount > MAX_SPIN_COUNT)
    return { unsupported: { why: 'spinCount', count: key.spinCount, most: MAX_SPIN_COUNT } };
  // 2.3.4.11: H0 = H(salt + password), Hn = H(n + Hn-1), then one key per block key.
  let stretched = hash(key.hash, key.salt, Buffer.from(password, 'utf16le'));
  for (let round = 0; round < key.spinCount; round += 1) stretched = hash(key.hash, uint32(round), stretched);
  const keyFor = (block: Uint8Array) => fitted(hash(key.hash, stretched, block), key.keyBits / 8);
  const cipher = `aes-${key.keyBits}-cbc`;
  const iv = fitted(key.salt, key.blockSize);
  const wholeBlocks = (data: Uint8Array) => data.length > 0 && data.length % 16 === 0;
  if (!wholeBlocks(key.verifierInput) || !wholeBlocks(key.verifierHash) || !wholeBlocks(key.encryptedKey)) return { unsupported: { why: 'malformed' } };
  const input = decipher(cipher, keyFor(VERIFIER_INPUT), iv, key.verifierInput).subarray(0, key.salt.length);
  const expected = decipher(cipher, keyFor(VERIFIER_VALUE), iv, key.verifierHash);
  const actual = hash(key.hash, input);
  if (!actual.equals(expected.subarray(0, actual.length))) return { wrongPassword: true };
  const secret = decipher(cipher, keyFor(ENCRYPTED_KEY), iv, key.encryptedKey).subarray(0, info.keyData.keyBits / 8);

  // 2.3.4.15: the package in 4096-byte segments, each with its IV from the key data's salt and its index.
  const data = info.keyData;
  const parts: Buffer[] = [];
  for (let at = 0, index = 0; at < body.length; at += SEGMENT, index += 1) {
    const segmentIv = fitted(hash(data.hash, data.salt, uint32(index)), data.blockSize);
    parts.push(decipher(`aes-${data.keyBits}-cbc`, secret, segmentIv, body.subarray(at, at + SEGMENT)));
  }
  return { bytes: Buffer.concat(parts) };
}

function standard(info: StandardEncryption, body: Uint8Array, password: string): { bytes: Uint8Array } | Exclude<Decrypted, { bytes: Uint8Array }> {
  // 2.3.4.7: SHA-1 stretched 50,000 times, then the key made of X1 and X2.
  let stretched = hash('sha1', info.salt, Buffer.from(password, 'utf16le'));
  for (let round = 0; round < 50_000; round += 1) stretched = hash('sha1', uint32(round), stretched);
  const final = hash('sha1', stretched, uint32(0));
  const xored = (fill: number) => {
    const block = Buffer.alloc(64, fill);
    for (let at = 0; at < final.length; at += 1) block[at]! ^= final[at]!;
    return hash('sha1', block);
  };
  const key = Buffer.concat([xored(0x36), xored(0x5c)]).subarray(0, info.keyBits / 8);
  const cipher = `aes-${info.keyBits}-ecb`;
  // 2.3.4.9: the verifier's SHA-1 must be the decrypted verifier hash.
  const verifier = decipher(cipher, key, null, info.verifier);
  const expected = decipher(cipher, key, null, info.verifierHash).subarray(0, 20);
  if (!hash('sha1', verifier).equals(expected)) return { wrongPassword: true };
  return { bytes: decipher(cipher, key, null, body) };
}

import type { EncryptionWhy } from '../../i18n/messages/input-workbook.js';

/** How an encrypted xlsx (ECMA-376 / MS-OFFCRYPTO) was encrypted, from its EncryptionInfo stream. */
export type EncryptionInfo = AgileEncryption | StandardEncryption;

/** Agile encryption (Excel 2010 and later): the password's key, stretched `spinCount` times, unlocks a random key. */
export interface AgileEncryption {
  readonly kind: 'agile';
  /** How the package itself is encrypted. */
  readonly keyData: { readonly salt: Uint8Array; readonly hash: string; readonly blockSize: number; readonly keyBits: number };
  /** How the password unlocks the package's key. */
  readonly password: {
    readonly salt: Uint8Array;
    readonly hash: string;
    readonly blockSize: number;
    readonly keyBits: number;
    readonly spinCount: number;
    readonly verifierInput: Uint8Array;
    readonly verifierHash: Uint8Array;
    readonly encryptedKey: Uint8Array;
  };
}

/** Standard encryption (Excel 2007): AES-ECB with a key made from the password by SHA-1, 50,000 times. */
export interface StandardEncryption {
  readonly kind: 'standard';
  readonly keyBits: number;
  readonly salt: Uint8Array;
  readonly verifier: Uint8Array;
  readonly verifierHash: Uint8Array;
}

export type ParsedInfo = EncryptionInfo | { readonly unsupported: EncryptionWhy };

// Node's names for the hashes the standard allows; others (RIPEMD, SHA-1's older names) no bank uses.
const HASHES: Readonly<Record<string, string>> = { SHA1: 'sha1', 'SHA-1': 'sha1', SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512', MD5: 'md5' };

/** The encryption an EncryptionInfo stream describes, or what about it cashflow cannot decrypt. */
export function parseEncryptionInfo(stream: Uint8Array): ParsedInfo {
  if (stream.length < 8) return { unsupported: { why: 'descriptionCutShort' } };
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const major = view.getUint16(0, true);
  const minor = view.getUint16(2, true);
  if (major === 4 && minor === 4) return agileInfo(new TextDecoder().decode(stream.subarray(8)));
  if ((major === 2 || major === 3 || major === 4) && minor === 2) return standardInfo(view);
  return { unsupported: { why: 'version', major, minor } };
}

function attributesOf(xml: string, element: RegExp): Map<string, string> | undefined {
  const found = element.exec(xml);
  if (found === null) return undefined;
  return new Map([...found[1]!.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map(([, name, value]) => [name!, value!]));
}

function agileInfo(xml: string): ParsedInfo {
  const keyData = attributesOf(xml, /<(?:\w+:)?keyData\b([^>]*)>/);
  // The password's key encryptor is the one with a spin count; a certificate's has none.
  const encryptor = attributesOf(xml, /<(?:\w+:)?encryptedKey\b([^>]*\bspinCount\b[^>]*)>/);
  if (keyData === undefined || encryptor === undefined) return { unsupported: { why: 'notPassword' } };
  for (const part of [keyData, encryptor]) {
    if (part.get('cipherAlgorithm') !== 'AES') return { unsupported: { why: 'cipher', name: part.get('cipherAlgorithm') } };
    if (part.get('cipherChaining') !== 'ChainingModeCBC') return { unsupported: { why: 'chaining', name: part.get('cipherChaining') } };
    const hash = part.get('hashAlgorithm') ?? '';
    if (HASHES[hash] === undefined) return { unsupported: { why: 'hash', name: hash } };
    if (![128, 192, 256].includes(Number(part.get('keyBits')))) return { unsupported: { why: 'keyBits', bits: part.get('keyBits') } };
  }
  const base64 = (map: Map<string, string>, name: string) => Buffer.from(map.get(name) ?? '', 'base64');
  return {
    kind: 'agile',
    keyData: {
      salt: base64(keyData, 'saltValue'),
      hash: HASHES[keyData.get('hashAlgorithm')!]!,
      blockSize: Number(keyData.get('blockSize') ?? 16),
      keyBits: Number(keyData.get('keyBits')),
    },
    password: {
      salt: base64(encryptor, 'saltValue'),
      hash: HASHES[encryptor.get('hashAlgorithm')!]!,
      blockSize: Number(encryptor.get('blockSize') ?? 16),
      keyBits: Number(encryptor.get('keyBits')),
      spinCount: Number(encryptor.get('spinCount')),
      verifierInput: base64(encryptor, 'encryptedVerifierHashInput'),
      verifierHash: base64(encryptor, 'encryptedVerifierHashValue'),
      encryptedKey: base64(encryptor, 'encryptedKeyValue'),
    },
  };
}

// MS-OFFCRYPTO 2.3.2: the algorithm ids of AES-128/192/256 and of SHA-1.
const AES_IDS = new Set([0x660e, 0x660f, 0x6610]);

function standardInfo(view: DataView): ParsedInfo {
  const headerSize = view.getUint32(8, true);
  const header = 12;
  const verifier = header + headerSize;
  if (headerSize < 32 || verifier + 4 + 16 + 16 + 4 + 32 > view.byteLength) return { unsupported: { why: 'descriptionCutShort' } };
  const algorithm = view.getUint32(header + 8, true);
  const hash = view.getUint32(header + 12, true);
  const keyBits = view.getUint32(header + 16, true);
  if (!AES_IDS.has(algorithm) || (hash !== 0x8004 && hash !== 0)) return { unsupported: { why: 'rc4' } };
  const saltSize = view.getUint32(verifier, true);
  if (saltSize !== 16) return { unsupported: { why: 'malformed' } };
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const at = verifier + 4;
  return {
    kind: 'standard',
    keyBits: keyBits === 0 ? 128 : keyBits,
    salt: bytes.slice(at, at + 16),
    verifier: bytes.slice(at + 16, at + 32),
    verifierHash: bytes.slice(at + 36, at + 68),
  };
}

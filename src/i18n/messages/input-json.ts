import type { Catalogue } from '../catalogue.js';

/**
 * What a schema said of a JSON value, as data: zod's issue code and its bounds, and the message the schema (or zod)
 * gave in English. Korean words zod's own codes from the data, and our schemas' fixed messages from KO_SCHEMA; a
 * message neither knows (one with a parameter) stays English.
 */
export interface SchemaSaid {
  readonly english: string;
  readonly code: string;
  readonly expected?: string | undefined;
  readonly values?: readonly string[] | undefined;
  readonly bound?: string | undefined;
  /** zod's own message (not one a schema chose), which the code and bounds word in Korean. */
  readonly zodsOwn: boolean;
}

// The fixed messages of src/read/config-schema.ts and catalogue-schema.ts, by their English.
const KO_SCHEMA: Readonly<Record<string, string>> = {
  'is not a setting cashflow knows': 'cashflow가 모르는 설정입니다.',
  'must be a whole number': '자연수여야 합니다.',
  'must be a whole number of days': '일수는 자연수여야 합니다.',
  'must be a whole number of minor units (won, cents)': '최소 단위(원, 센트)의 정수여야 합니다.',
  'must be a three-letter currency code such as KRW': 'KRW처럼 세 글자 통화 코드여야 합니다.',
  'must be an ISO 4217 code such as KRW': 'KRW처럼 ISO 4217 코드여야 합니다.',
  'must be a day of the month, 1–31': '1–31 사이의 날짜여야 합니다.',
  'must be a number (a decimal fraction: 0.179 for 17.9 %)': '숫자여야 합니다(소수로: 17.9%는 0.179).',
  'must not be negative': '음수일 수 없습니다.',
  'must be at least 1': '1 이상이어야 합니다.',
  'must be 1': '1이어야 합니다.',
  'must be below 1': '1보다 작아야 합니다.',
  'must be below 1: a haircut of 100 % leaves no cash': '1보다 작아야 합니다. 100%를 깎으면 받을 돈이 없습니다.',
  'must be at most 1 (100 % of face)': '1(액면의 100%) 이하여야 합니다.',
  'is too large': '너무 큽니다.',
  'is above amount.max': 'amount.max보다 큽니다.',
  'is outside amount.min … amount.max': 'amount.min … amount.max 범위를 벗어납니다.',
  'must be 3–64 lower-case letters, digits or hyphens': '소문자, 숫자, 하이픈으로 3–64자여야 합니다.',
  'is above 10 (1,000 %): write rates as decimal fractions, 0.179 for 17.9 %': '10(1,000%)을 넘습니다. 율은 소수로 적으세요: 17.9%는 0.179.',
};

const KO_TYPES: Readonly<Record<string, string>> = {
  number: '숫자',
  string: '문자열',
  boolean: 'true 또는 false',
  object: '객체',
  array: '배열',
};

function schemaKo(said: SchemaSaid): string {
  const fixed = KO_SCHEMA[said.english];
  if (fixed !== undefined) return fixed;
  if (!said.zodsOwn) return said.english;
  if (said.code === 'invalid_type' && said.expected !== undefined) return `${KO_TYPES[said.expected] ?? said.expected} 값이어야 합니다.`;
  if (said.code === 'invalid_value' && said.values !== undefined) return `다음 중 하나여야 합니다: ${said.values.join(', ')}.`;
  if (said.code === 'too_small' && said.bound !== undefined) return `${said.bound} 이상이어야 합니다.`;
  if (said.code === 'too_big' && said.bound !== undefined) return `${said.bound} 이하여야 합니다.`;
  return said.english;
}

/** Messages about a JSON file (the config, a bridge catalogue): what its schema refused, and the fix. */
export interface InputJsonMessages {
  /** `value` is the JSON of a scalar the catalogue refused, quoted before the problem. */
  schema(said: SchemaSaid, value: string | undefined): string;
  configHint(): string;
  catalogueHint(): string;
  unknownField(): string;
  unknownFieldHint(): string;
}

export const INPUT_JSON = {
  en: {
    schema: (said, value) => `${value === undefined ? '' : `${value} `}${said.english}`,
    configHint: () => 'see the README, "Monthly routine", for every setting and its type',
    catalogueHint: () => 'fix the value, or run `cashflow bridges --init > bridges.json` for a valid catalogue to start from',
    unknownField: () => 'is not a field cashflow knows; it is ignored',
    unknownFieldHint: () => 'check its spelling',
  },
  ko: {
    schema: (said, value) => `${value === undefined ? '' : `${value}: `}${schemaKo(said)}`,
    configHint: () => 'README의 "Monthly routine"에서 설정마다 이름과 형식을 확인하세요.',
    catalogueHint: () => '값을 고치거나, `cashflow bridges --init > bridges.json`으로 올바른 카탈로그를 만들어 시작하세요.',
    unknownField: () => 'cashflow가 모르는 항목이라 읽지 않습니다.',
    unknownFieldHint: () => '철자를 확인하세요.',
  },
} satisfies Catalogue<InputJsonMessages>;

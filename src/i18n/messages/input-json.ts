import type { Catalogue, MessageRef } from '../catalogue.js';
import { say } from '../catalogue.js';
import type { InputSchemaMessages } from './input-schema.js';
import { INPUT_SCHEMA } from './input-schema.js';

/**
 * What a schema said of a JSON value, as data: either one of our schemas' messages (`ours`, a reference into
 * INPUT_SCHEMA) or zod's own issue, its code and details, with zod's English message, which Korean words from the
 * code and details. `missing` tells a value that is not there from one of the wrong type.
 */
export type SchemaSaid = { readonly ours: MessageRef<InputSchemaMessages> } | ZodSaid;

export interface ZodSaid {
  readonly english: string;
  readonly code: string;
  readonly expected?: string | undefined;
  /** The allowed values, each as JSON (`"a"`, `365`). */
  readonly values?: readonly string[] | undefined;
  readonly origin?: string | undefined;
  readonly bound?: string | undefined;
  readonly inclusive?: boolean | undefined;
  readonly exact?: boolean | undefined;
  readonly pattern?: string | undefined;
  readonly divisor?: string | undefined;
  /** The unknown keys, each as JSON. */
  readonly keys?: readonly string[] | undefined;
  /** For a union every alternative of which refused the type (or the value): the types (or values) it takes. */
  readonly alternatives?: { readonly types?: readonly string[] | undefined; readonly values?: readonly string[] | undefined } | undefined;
  readonly missing?: boolean | undefined;
}

const KO_TYPES: Readonly<Record<string, string>> = {
  number: '숫자',
  int: '정수',
  bigint: '정수',
  string: '문자열',
  boolean: 'true/false',
  object: '객체({ … })',
  array: '배열([ … ])',
  record: '객체({ … })',
};

const typeKo = (type: string) => KO_TYPES[type] ?? type;
const SIZED = new Set(['array', 'set', 'map']);

function sizeKo(said: ZodSaid, big: boolean): string {
  const bound = said.bound ?? '';
  if (said.origin === 'string') {
    if (!big && bound === '1' && said.inclusive !== false) return '비어 있을 수 없습니다.';
    return said.exact === true ? `${bound}자여야 합니다.` : `${bound}자 ${big ? '이하여' : '이상이어'}야 합니다.`;
  }
  if (said.origin !== undefined && SIZED.has(said.origin)) {
    if (!big && bound === '1' && said.inclusive !== false) return '항목이 하나 이상 있어야 합니다.';
    return said.exact === true ? `항목이 ${bound}개여야 합니다.` : `항목이 ${bound}개 ${big ? '이하여' : '이상이어'}야 합니다.`;
  }
  if (said.exact === true) return `${bound}이어야 합니다.`;
  if (big) return said.inclusive === false ? `${bound}보다 작아야 합니다.` : `${bound} 이하여야 합니다.`;
  return said.inclusive === false ? `${bound}보다 커야 합니다.` : `${bound} 이상이어야 합니다.`;
}

/** zod's own issue in Korean, from its code and details (its English stays zod's, as it always printed). */
function zodKo(said: ZodSaid): string {
  switch (said.code) {
    case 'invalid_type': {
      const type = typeKo(said.expected ?? '');
      return said.missing === true ? `값이 없습니다. ${type} 값을 적으세요.` : `${type} 값이어야 합니다.`;
    }
    case 'invalid_value':
      if (said.values === undefined || said.values.length === 0) break;
      return said.values.length === 1 ? `${said.values[0]}만 쓸 수 있습니다.` : `${said.values.join(', ')} 중 하나여야 합니다.`;
    case 'too_big':
      return sizeKo(said, true);
    case 'too_small':
      return sizeKo(said, false);
    case 'invalid_format':
      return said.pattern === undefined ? '형식이 맞지 않습니다.' : `형식이 맞지 않습니다(${said.pattern}).`;
    case 'not_multiple_of':
      return `${said.divisor}의 배수여야 합니다.`;
    case 'unrecognized_keys':
      return `모르는 항목입니다: ${(said.keys ?? []).join(', ')}.`;
    case 'invalid_key':
      return '항목 이름이 올바르지 않습니다.';
    case 'invalid_element':
      return '올바르지 않은 값이 들어 있습니다.';
    case 'invalid_union': {
      const types = said.alternatives?.types;
      if (types !== undefined)
        return said.missing === true
          ? `값이 없습니다. ${types.map(typeKo).join(' 또는 ')} 값을 적으세요.`
          : `${types.map(typeKo).join(' 또는 ')} 값이어야 합니다.`;
      const values = said.alternatives?.values;
      if (values !== undefined) return `${values.join(', ')} 중 하나여야 합니다.`;
      break;
    }
  }
  return said.missing === true ? '값이 없습니다.' : '올바른 값이 아닙니다.';
}

const englishOf = (said: SchemaSaid) => ('ours' in said ? say(INPUT_SCHEMA, 'en', said.ours) : said.english);
const koreanOf = (said: SchemaSaid) => ('ours' in said ? say(INPUT_SCHEMA, 'ko', said.ours) : zodKo(said));

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
    schema: (said, value) => `${value === undefined ? '' : `${value} `}${englishOf(said)}`,
    configHint: () => 'see the README, "Monthly routine", for every setting and its type',
    catalogueHint: () => 'fix the value, or run `cashflow bridges --init > bridges.json` for a valid catalogue to start from',
    unknownField: () => 'is not a field cashflow knows; it is ignored',
    unknownFieldHint: () => 'check its spelling',
  },
  ko: {
    schema: (said, value) => `${value === undefined ? '' : `${value}: `}${koreanOf(said)}`,
    configHint: () => 'README의 "Monthly routine"에서 설정마다 이름과 형식을 확인하세요.',
    catalogueHint: () => '값을 고치거나, `cashflow bridges --init > bridges.json`으로 올바른 카탈로그를 만들어 시작하세요.',
    unknownField: () => 'cashflow가 모르는 항목이라 읽지 않습니다.',
    unknownFieldHint: () => '철자를 확인하세요.',
  },
} satisfies Catalogue<InputJsonMessages>;

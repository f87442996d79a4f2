import type { Catalogue } from '../catalogue.js';

/** Who an option conflict names: an option as its flags (`--json`), or the environment variable it was set by. */
export type ConflictSide = { readonly option: string } | { readonly variable: string };

/**
 * Commander's own errors, one message per CommanderError code (src/cli/commander-errors.ts reads the parameters
 * out of commander's English). English is commander's text word for word, so that the translation can be checked
 * against it; cashflow prints commander's own English in English runs.
 */
export interface CliCommanderMessages {
  unknownOption(flag: string, similar: readonly string[]): string;
  unknownCommand(name: string, similar: readonly string[]): string;
  /** `command` is undefined for the program itself. */
  excessArguments(command: string | undefined, expected: number, got: number): string;
  missingArgument(name: string): string;
  optionMissingArgument(flags: string): string;
  missingMandatoryOptionValue(flags: string): string;
  conflictingOption(one: ConflictSide, other: ConflictSide): string;
  invalidChoice(flags: string, value: string, choices: readonly string[]): string;
}

const didYouMean = (similar: readonly string[]) =>
  similar.length === 0 ? '' : similar.length === 1 ? `\n(Did you mean ${similar[0]}?)` : `\n(Did you mean one of ${similar.join(', ')}?)`;
const sideEn = (side: ConflictSide) => ('option' in side ? `option '${side.option}'` : `environment variable '${side.variable}'`);
const sideKo = (side: ConflictSide) => ('option' in side ? `옵션 '${side.option}'` : `환경 변수 '${side.variable}'`);

export const CLI_COMMANDER = {
  en: {
    unknownOption: (flag, similar) => `error: unknown option '${flag}'${didYouMean(similar)}`,
    unknownCommand: (name, similar) => `error: unknown command '${name}'${didYouMean(similar)}`,
    excessArguments: (command, expected, got) =>
      `error: too many arguments${command === undefined ? '' : ` for '${command}'`}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
    missingArgument: (name) => `error: missing required argument '${name}'`,
    optionMissingArgument: (flags) => `error: option '${flags}' argument missing`,
    missingMandatoryOptionValue: (flags) => `error: required option '${flags}' not specified`,
    conflictingOption: (one, other) => `error: ${sideEn(one)} cannot be used with ${sideEn(other)}`,
    invalidChoice: (flags, value, choices) => `error: option '${flags}' argument '${value}' is invalid. Allowed choices are ${choices.join(', ')}.`,
  },
  ko: {
    unknownOption: (flag, similar) => `오류: 알 수 없는 옵션입니다: '${flag}'${similar.length === 0 ? '' : `\n(비슷한 옵션: ${similar.join(', ')})`}`,
    unknownCommand: (name, similar) => `오류: 알 수 없는 명령입니다: '${name}'${similar.length === 0 ? '' : `\n(비슷한 명령: ${similar.join(', ')})`}`,
    excessArguments: (command, expected, got) =>
      `오류: ${command === undefined ? '' : `'${command}' 명령의 `}인자가 너무 많습니다. ${expected === 0 ? '인자를 받지 않는데' : `인자는 ${expected}개까지인데`} ${got}개가 주어졌습니다.`,
    missingArgument: (name) => `오류: 꼭 필요한 인자가 없습니다: '${name}'`,
    optionMissingArgument: (flags) => `오류: 옵션 '${flags}'에 값이 없습니다.`,
    missingMandatoryOptionValue: (flags) => `오류: 꼭 필요한 옵션이 없습니다: '${flags}'`,
    conflictingOption: (one, other) => `오류: ${sideKo(one)}, ${sideKo(other)}: 함께 쓸 수 없습니다.`,
    invalidChoice: (flags, value, choices) => `오류: 옵션 '${flags}'에 쓸 수 없는 값입니다: '${value}'. 쓸 수 있는 값: ${choices.join(', ')}`,
  },
} satisfies Catalogue<CliCommanderMessages>;

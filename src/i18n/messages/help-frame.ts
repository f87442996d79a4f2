import type { Catalogue } from '../catalogue.js';

/** Commander's own words around every --help, and the --lang flag's. */
export interface HelpFrameMessages {
  /** A heading commander prints ('Usage:', 'Options:', …) in this language. */
  heading(english: string): string;
  /** The `(default: …)` and `(choices: …)` after an option's description. */
  defaultIs(value: string): string;
  choicesAre(values: readonly string[]): string;
  helpOption(): string;
  helpCommand(): string;
  versionOption(): string;
  langOption(): string;
  afterError(): string;
}

const KO_HEADINGS: Readonly<Record<string, string>> = {
  'Usage:': '사용법:',
  'Arguments:': '인자:',
  'Options:': '옵션:',
  'Global Options:': '공통 옵션:',
  'Commands:': '명령:',
};

export const HELP_FRAME = {
  en: {
    heading: (english) => english,
    defaultIs: (value) => `default: ${value}`,
    choicesAre: (values) => `choices: ${values.join(', ')}`,
    helpOption: () => 'display help for command',
    helpCommand: () => 'display help for command',
    versionOption: () => 'output the version number',
    langOption: () => 'language of the output and help: ko or en (default: "lang" in the config, else LC_ALL, LC_MESSAGES, LANG)',
    afterError: () => '(run with --help for usage)',
  },
  ko: {
    heading: (english) => KO_HEADINGS[english] ?? english,
    defaultIs: (value) => `기본값: ${value}`,
    choicesAre: (values) => `선택: ${values.join(', ')}`,
    helpOption: () => '이 명령의 도움말을 보여 줍니다',
    helpCommand: () => '명령의 도움말을 보여 줍니다',
    versionOption: () => '버전을 출력합니다',
    langOption: () => '출력과 도움말의 언어: ko 또는 en (기본값: 설정의 "lang", 없으면 LC_ALL, LC_MESSAGES, LANG)',
    afterError: () => '(사용법은 --help로 확인하세요)',
  },
} satisfies Catalogue<HelpFrameMessages>;

import { groupThousands } from '../../domain/money.js';
import type { Catalogue } from '../catalogue.js';
import { INPUT_FILES, KIND_KO } from './input-files.js';

/** Why a file cashflow writes (--output, --chart-svg, init's files) could not be: what the checks or the system said. */
export type OutputRefusal =
  | { readonly kind: 'danglingLink' }
  | { readonly kind: 'replaced' }
  /** `what` is the path's kind as src/read/file-kind.ts says it: "a directory", … */
  | { readonly kind: 'notRegular'; readonly what: string }
  | { readonly kind: 'noFolder' }
  /** An errno code the system gave: `EACCES`. */
  | { readonly kind: 'system'; readonly code: string };

/** Files and streams cashflow could not write, and the password prompt of an encrypted statement. */
export interface CliOutputMessages {
  outputIsInput(flag: string, path: string, input: string): string;
  outputIsInputHint(): string;
  outputRefused(flag: string, path: string, why: OutputRefusal): string;
  outputRefusedHint(why: OutputRefusal): string;
  initWouldOverwrite(files: readonly string[]): string;
  initWouldOverwriteHint(): string;
  initCouldNotWrite(file: string, code: string): string;
  stdoutFailedHint(): string;
  passwordPrompt(file: string): string;
  workbookToTerminal(): string;
  /** `example`: the command as the user would retype it, `cashflow forecast … --format xlsx`. */
  workbookToTerminalHint(example: string): string;
  workbookTooLarge(events: number, most: number): string;
  workbookTooLargeHint(): string;
}

const REFUSED_EN = {
  danglingLink: ['it is a symbolic link to a file that does not exist', 'point the link at a file, or name another one'],
  replaced: ['it was replaced while cashflow opened it', 'run again'],
  noFolder: ['its folder does not exist (ENOENT)', 'create the folder first, or name another one'],
} as const;
// Korean reasons are noun phrases after `쓸 수 없습니다: `, like the system's (input-files.ts).
const REFUSED_KO = {
  danglingLink: ['없는 파일을 가리키는 심볼릭 링크', '링크가 파일을 가리키게 하거나 다른 파일 이름을 주세요.'],
  replaced: ['cashflow가 여는 사이에 다른 파일로 바뀜', '다시 실행하세요.'],
  noFolder: ['폴더가 없음 (ENOENT)', '폴더를 먼저 만들거나 다른 경로를 주세요.'],
} as const;

const reasonEn = (why: OutputRefusal) =>
  why.kind === 'system'
    ? INPUT_FILES.en.systemReason(why.code)
    : why.kind === 'notRegular'
      ? `it is ${why.what}, and cashflow replaces only regular files`
      : REFUSED_EN[why.kind][0];
const reasonKo = (why: OutputRefusal) =>
  why.kind === 'system'
    ? INPUT_FILES.ko.systemReason(why.code)
    : why.kind === 'notRegular'
      ? `일반 파일이 아닌 ${KIND_KO[why.what] ?? why.what} (cashflow는 일반 파일만 바꿔 씁니다)`
      : REFUSED_KO[why.kind][0];

export const CLI_OUTPUT = {
  en: {
    outputIsInput: (flag, path, input) => `${flag} "${path}" is one of the input files (${input})`,
    outputIsInputHint: () => 'write the report to another file; cashflow never overwrites its inputs',
    outputRefused: (flag, path, why) => `${flag} "${path}" could not be written: ${reasonEn(why)}`,
    outputRefusedHint: (why) =>
      why.kind === 'system'
        ? INPUT_FILES.en.systemHint(why.code)
        : why.kind === 'notRegular'
          ? 'name a file to write, e.g. report.txt'
          : REFUSED_EN[why.kind][1],
    initWouldOverwrite: (files) => `init would overwrite ${files.join(', ')}`,
    initWouldOverwriteHint: () => 'run it in an empty folder, or move those files away first',
    initCouldNotWrite: (file, code) => `init could not write ${file}: ${INPUT_FILES.en.systemReason(code)}`,
    stdoutFailedHint: () => 'check where the output goes',
    passwordPrompt: (file) => `Password for ${file}: `,
    workbookToTerminal: () => 'a workbook (xlsx) is binary and is not written to a terminal',
    workbookToTerminalHint: (example) => `name a file with --output, e.g. ${example} --output forecast.xlsx`,
    workbookTooLarge: (events, most) =>
      `the forecast has ${groupThousands(String(events))} cash events, more than cashflow writes to a workbook (${groupThousands(String(most))})`,
    workbookTooLargeHint: () => 'write them with --format csv --events, or shorten the horizon with --days',
  },
  ko: {
    outputIsInput: (flag, path, input) => `${flag} "${path}": 입력 파일 중 하나입니다(${input}).`,
    outputIsInputHint: () => '보고서를 다른 파일에 쓰세요. cashflow는 입력 파일을 덮어쓰지 않습니다.',
    outputRefused: (flag, path, why) => `${flag} "${path}": 쓸 수 없습니다: ${reasonKo(why)}.`,
    outputRefusedHint: (why) =>
      why.kind === 'system'
        ? INPUT_FILES.ko.systemHint(why.code)
        : why.kind === 'notRegular'
          ? '쓸 파일 이름을 주세요. 예: report.txt'
          : REFUSED_KO[why.kind][1],
    initWouldOverwrite: (files) => `init이 기존 파일을 덮어쓰게 됩니다(${files.join(', ')}).`,
    initWouldOverwriteHint: () => '빈 폴더에서 실행하거나, 그 파일들을 먼저 다른 곳으로 옮기세요.',
    initCouldNotWrite: (file, code) => `init이 ${file} 파일을 쓰지 못했습니다: ${INPUT_FILES.ko.systemReason(code)}.`,
    stdoutFailedHint: () => '출력이 어디로 가는지 확인하세요.',
    passwordPrompt: (file) => `${file}의 비밀번호: `,
    workbookToTerminal: () => '엑셀 파일(xlsx)은 바이너리라서 터미널에 쓰지 않습니다.',
    workbookToTerminalHint: (example) => `--output으로 파일 이름을 주세요. 예: ${example} --output forecast.xlsx`,
    workbookTooLarge: (events, most) =>
      `입출금이 ${groupThousands(String(events))}건으로, cashflow가 엑셀 파일에 쓰는 최대 ${groupThousands(String(most))}건보다 많습니다.`,
    workbookTooLargeHint: () => '--format csv --events로 쓰거나, --days로 기간을 줄이세요.',
  },
} satisfies Catalogue<CliOutputMessages>;

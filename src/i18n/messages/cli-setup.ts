import type { Catalogue } from '../catalogue.js';

/** Why `bridges --setup` would not start or stopped, and what it says of an answer it cannot take. */
export interface CliSetupMessages {
  setupNeedsTerminal(): string;
  setupNeedsTerminalHint(): string;
  setupStopped(): string;
  setupStoppedHint(): string;
  setupWholeCatalogue(path: string): string;
  setupWholeCatalogueHint(): string;
  setupBackups(path: string): string;
  setupBackupsHint(path: string): string;
  /** After the answer quoted: `"-5" must not be negative`. */
  answerNegative(): string;
  /** The `$comment` at the top of the file --setup writes. */
  setupComment(): string;
}

export const CLI_SETUP = {
  en: {
    setupNeedsTerminal: () => 'bridges --setup asks questions on a terminal, and standard input or error is not one',
    setupNeedsTerminalHint: () => 'run it in a terminal, or print the catalogue with `cashflow bridges --init > bridges.json` and edit it',
    setupStopped: () => 'bridges --setup stopped: nothing was written',
    setupStoppedHint: () => 'run `cashflow bridges --setup` again when you have the figures at hand',
    setupWholeCatalogue: (path) => `${path} is a whole catalogue of its own, not an "extends": "defaults" file: --setup does not rewrite it`,
    setupWholeCatalogueHint: () => 'edit it by hand, or run --setup with --bridges NEW.json to start a file of overrides',
    setupBackups: (path) => `${path} has 100 backups already`,
    setupBackupsHint: (path) => `remove old ${path}.bak.* files`,
    answerNegative: () => 'must not be negative',
    setupComment: () =>
      'Your bridge options, from `cashflow bridges --setup`: each entry changes only the fields it gives of the built-in option of the same id ' +
      '(`"enabled": false`: you do not have it). Options not listed keep their typical figures. Run --setup again to update; the old file is kept as a .bak.',
  },
  ko: {
    setupNeedsTerminal: () => 'bridges --setup은 터미널에서 질문하는데, 표준 입력이나 표준 오류가 터미널이 아닙니다.',
    setupNeedsTerminalHint: () => '터미널에서 실행하거나, `cashflow bridges --init > bridges.json`으로 목록을 저장해 직접 고치세요.',
    setupStopped: () => 'bridges --setup을 멈췄습니다. 아무것도 저장하지 않았습니다.',
    setupStoppedHint: () => '숫자를 준비한 뒤 `cashflow bridges --setup`을 다시 실행하세요.',
    setupWholeCatalogue: (path) => `${path}에는 "extends": "defaults"가 없는 독자적인 목록이 있어, --setup이 고쳐 쓰지 않습니다.`,
    setupWholeCatalogueHint: () => '직접 고치거나, --bridges NEW.json을 붙여 --setup을 실행해 바꿀 값만 담은 파일을 새로 만드세요.',
    setupBackups: (path) => `${path}의 백업이 이미 100개입니다.`,
    setupBackupsHint: (path) => `오래된 ${path}.bak.* 파일을 지우세요.`,
    answerNegative: () => '음수일 수 없습니다.',
    setupComment: () =>
      '`cashflow bridges --setup`으로 만든 내 자금 융통 방법입니다. 항목마다 같은 id의 기본 방법에서 적힌 필드만 바꿉니다' +
      '(`"enabled": false`: 없는 상품). 적지 않은 방법은 일반 조건을 그대로 씁니다. --setup을 다시 실행해 고칠 수 있고, 이전 파일은 .bak으로 남습니다.',
  },
} satisfies Catalogue<CliSetupMessages>;

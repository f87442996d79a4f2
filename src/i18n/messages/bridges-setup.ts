import type { Catalogue } from '../catalogue.js';

/** `cashflow bridges --setup`: the questions on the terminal, option by option, and what it wrote. */
export interface BridgesSetupMessages {
  intro(currency: string, path: string): string;
  illegal(label: string): string;
  option(label: string, typical: boolean, figures: string): string;
  on(): string;
  off(): string;
  figures(limit: string, used: string, rate: string): string;
  haveIt(): string;
  haveProblem(typed: string): string;
  limit(current: string): string;
  used(current: string): string;
  usedAboveLimit(limit: string): string;
  rate(percent: string): string;
  wrote(path: string, mine: number, notHad: number, backup: string | undefined): readonly string[];
}

export const BRIDGES_SETUP = {
  en: {
    intro: (currency, path) => `Your bridge options, one by one (${currency}); Enter keeps the figure in brackets. Written to ${path} at the end.`,
    illegal: (label) => `${label}: not asked; it is illegal, and never recommended`,
    option: (label, typical, figures) => `${label} — ${typical ? 'typical' : 'yours'}: ${figures}`,
    on: () => 'on',
    off: () => 'off',
    figures: (limit, used, rate) => `limit ${limit}, used ${used}, ${rate} a year`,
    haveIt: () => '  Do you have it? y = yes, n = no, Enter = keep these figures: ',
    haveProblem: (typed) => `"${typed}": answer y (yes), n (no), or Enter to keep the typical figures`,
    limit: (current) => `  Its limit [${current}]: `,
    used: (current) => `  Used now [${current}]: `,
    usedAboveLimit: (limit) => `  used is above the limit: taken as ${limit}, nothing left to draw`,
    rate: (percent) => `  Its rate, % a year [${percent}]: `,
    wrote: (path, mine, notHad, backup) => [
      `Wrote ${path}: ${mine} option${mine === 1 ? '' : 's'} yours, ${notHad} you do not have${backup === undefined ? '' : `; the old file is ${backup}`}.`,
      `Forecasts use it with --bridges ${path}, or "bridges": "${path}" in cashflow.config.json.`,
    ],
  },
  ko: {
    intro: (currency, path) => `자금 융통 방법을 하나씩 묻습니다 (${currency}). Enter를 누르면 괄호 안 값을 그대로 씁니다. 끝나면 ${path}에 저장합니다.`,
    illegal: (label) => `${label}: 묻지 않습니다. 불법이며 어떤 경우에도 권하지 않습니다`,
    option: (label, typical, figures) => `${label} — ${typical ? '일반 조건' : '내 조건'}: ${figures}`,
    on: () => '사용',
    off: () => '사용 안 함',
    figures: (limit, used, rate) => `한도 ${limit}, 사용 중 ${used}, ${rate}`,
    haveIt: () => '  이 상품이 있나요? y = 예, n = 아니요, Enter = 지금 값 유지: ',
    haveProblem: (typed) => `"${typed}": y(예), n(아니요)로 답하거나 Enter로 지금 값을 유지하세요`,
    limit: (current) => `  한도 [${current}]: `,
    used: (current) => `  지금 사용 중인 금액 [${current}]: `,
    usedAboveLimit: (limit) => `  사용 중인 금액이 한도보다 큽니다. ${limit}으로 보고, 더 꺼낼 수 있는 돈은 없습니다`,
    rate: (percent) => `  연이율(%) [${percent}]: `,
    wrote: (path, mine, notHad, backup) => [
      `${path}에 저장했습니다: 내 조건 ${mine}개, 없는 상품 ${notHad}개${backup === undefined ? '' : `. 이전 파일은 ${backup}에 있습니다`}.`,
      `예측에서 쓰려면 --bridges ${path}를 붙이거나 cashflow.config.json에 "bridges": "${path}"를 넣으세요.`,
    ],
  },
} satisfies Catalogue<BridgesSetupMessages>;

import type { Catalogue } from '../catalogue.js';

/** `cashflow init`: what it wrote, what it refused, and what to do next. */
export interface InitMessages {
  wrote(files: readonly string[]): string;
  next(): string;
  /** The commented cashflow.config.json init writes: every setting, ready for `cashflow forecast` with no arguments. */
  starterConfig(): string;
  /** The example invoices' three clients, and the example expenses' rent, phone, card bill and one-off repair. */
  exampleClients(): readonly [string, string, string];
  exampleExpenses(): readonly [string, string, string, string];
}

export const INIT = {
  en: {
    wrote: (files) => `Wrote ${files.join(', ')}.`,
    next: () => 'Next: edit them with your own numbers, then run `cashflow forecast`.',
    exampleClients: () => ['Studio B', 'Acme Co', 'Little Brand'],
    exampleExpenses: () => ['Rent', 'Phone', 'Card bill', 'Laptop repair'],
    starterConfig: () => `{
  // cashflow reads this file from the working directory (or --config FILE).
  // Flags on the command line win over it; it wins over the built-in defaults.
  // Relative paths are read from this file's folder. Comments and trailing commas are fine.
  "invoices": "invoices.csv",
  "expenses": "expenses.csv",
  "balance": 500000,          // bank balance at the start of today; update it each month
  "buffer": 0,                // a day ending below this is a shortfall
  "currency": "KRW",
  "delay": 30,                // assume clients pay this many days after issuing (unless due later)
  "overdueGrace": 14,         // an overdue invoice is expected this many days from today
  "minHistory": 3,            // clients with this many paid invoices get their own median delay
  "days": 90,                 // horizon
  // "withholding": "3.3",    // 3.3 % withheld from every invoice without a withholding column
  // "fx": { "USD": "1390.5" },
  // "map": { "amount": "Total (KRW)" },
  // "bridges": "bridges.json",   // your own bridge options: cashflow bridges --init > bridges.json
  "format": "table"           // table, json or csv
}
`,
  },
  ko: {
    wrote: (files) => `${files.join(', ')} 파일을 만들었습니다.`,
    next: () => '다음 단계: 내 금액과 날짜로 고친 뒤 `cashflow forecast`를 실행하세요.',
    exampleClients: () => ['스튜디오 비', '에이크미(주)', '리틀브랜드'],
    exampleExpenses: () => ['월세', '휴대폰 요금', '카드 대금', '노트북 수리'],
    starterConfig: () => `{
  // cashflow는 작업 폴더의 이 파일(또는 --config FILE)을 읽습니다.
  // 명령줄 옵션이 이 파일보다, 이 파일이 기본값보다 우선합니다.
  // 상대 경로는 이 파일이 있는 폴더 기준입니다. 주석과 끝의 쉼표는 괜찮습니다.
  "invoices": "invoices.csv",
  "expenses": "expenses.csv",
  "balance": 500000,          // 오늘 시작 시점의 통장 잔액; 매달 고쳐 주세요
  "buffer": 0,                // 하루를 마친 잔액이 이보다 적으면 부족
  "currency": "KRW",
  "delay": 30,                // 거래처가 발행 후 이 일수 뒤에 입금한다고 봄 (지급기일이 더 늦으면 그날)
  "overdueGrace": 14,         // 연체된 청구서는 오늘부터 이 일수 뒤에 입금된다고 봄
  "minHistory": 3,            // 입금된 청구서가 이만큼 있는 거래처는 자기 지연일 중앙값을 씀
  "days": 90,                 // 예측 기간(일)
  // "withholding": "3.3",    // 원천징수 열이 없는 모든 청구서에서 3.3% 원천징수
  // "fx": { "USD": "1390.5" },
  // "map": { "amount": "Total (KRW)" },
  // "bridges": "bridges.json",   // 내 자금 융통 방법: cashflow bridges --init > bridges.json
  "format": "table"           // table, json, csv 중 하나
}
`,
  },
} satisfies Catalogue<InitMessages>;

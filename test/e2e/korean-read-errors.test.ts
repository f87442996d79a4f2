import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

// Each reader's input errors under --lang ko, on the small bad files of test/fixtures/bad-ko. Every line was worked
// out by hand from the fixture and the catalogues: the frame (`file:line:column: field "value": ` or, for JSON,
// `file: path: `), then the problem and the hint as Korean sentences; the user's values, headings, keys and the
// catalogue's own words (category names, charge types) stay as written.
const BAD = 'test/fixtures/bad-ko';
const run = (...args: string[]) => cli(['forecast', ...args, '--as-of', '2026-12-01', '--lang', 'ko']);
const closing = (count: number) => `cashflow: 입력 오류 ${count}건 때문에 예측하지 않았습니다.`;
const lines = (...texts: string[]) => `${texts.join('\n')}\n`;

describe('the bridge catalogue speaks Korean', () => {
  const hint = '값을 고치거나, `cashflow bridges --init > bridges.json`으로 올바른 카탈로그를 만들어 시작하세요.';
  const at = (path: string, said: string) => `${BAD}/bridges-values.json: ${path}: ${said} ${hint}`;

  it("wrong values: the schema's own words, the value quoted before them", () => {
    const result = run('fixtures/invoices.csv', '--bridges', `${BAD}/bridges-values.json`);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      lines(
        at('schemaVersion', '2: 1이어야 합니다.'),
        at('currency', '"krw": KRW처럼 ISO 4217 코드여야 합니다.'),
        at(
          'options[0].category',
          '"loan_shark": 모르는 분류입니다. revolving_line, card_cash_advance, installment_loan, single_payment_loan, receivable_finance, early_payment_discount, expense_deferral, micropayment_cashout, payday_loan, merchant_cash_advance 중 하나를 쓰세요.',
        ),
        at('options[0].amount.step', '0: 1 이상이어야 합니다.'),
        at('options[0].charges[0].annualRate', '12: 10(1,000%)을 넘습니다. 율은 소수로 적으세요: 17.9%는 0.179.'),
        at(
          'options[0].charges[0].rounding',
          '"none": 반올림 없이는 계산할 수 없습니다. 비용은 최소 단위의 정수로 냅니다. round(반올림), floor(버림), floor10(10 단위 버림) 중 하나를 쓰세요.',
        ),
        at(
          'options[0].charges[1].type',
          '"tip": 모르는 비용 종류입니다. interest, pct_fee, flat_fee, block_fee, haircut, discount, late_fee, prepayment_fee 중 하나를 쓰세요.',
        ),
        closing(7),
      ),
    );
  });

  it('the rules between fields, with the parameters they name (a status, an id)', () => {
    const result = run('fixtures/invoices.csv', '--bridges', `${BAD}/bridges-rules.json`);
    const file = `${BAD}/bridges-rules.json`;
    expect([result.code, result.stderr]).toEqual([
      2,
      lines(
        `${file}: options[0].amount.min: 500000: amount.max보다 큽니다. ${hint}`,
        `${file}: options[0].recommendable: true: legal.status가 "illegal"인 방법에는 true를 쓸 수 없습니다. cashflow는 불법인 방법을 절대 권하지 않습니다. ${hint}`,
        `${file}: options[0].amount.sharedLimitId: "card-a": sharedLimits에 없는 항목을 가리킵니다("card-a"). ${hint}`,
        `${file}: options[1].id: "cashout": 앞의 방법과 id가 같습니다("cashout"). ${hint}`,
        closing(4),
      ),
    ]);
  });

  it("zod's own issues, worded from their code: a value missing, one not among the choices, a key not known", () => {
    const file = `${BAD}/bridges-zod.json`;
    expect(run('fixtures/invoices.csv', '--bridges', file).stderr).toBe(
      lines(
        `${file}: options[0].enabled: 값이 없습니다. true/false 값을 적으세요. ${hint}`,
        `${file}: options[0].charges[0].of: "all": "principal", "face", "cash" 중 하나여야 합니다. ${hint}`,
        `${file}: options[0].charges[0]: 모르는 항목입니다: "extra". ${hint}`,
        closing(3),
      ),
    );
  });

  it('a file that is not JSON names the missing comma in Korean, not JSON.parse’s English', () => {
    const result = run('fixtures/invoices.csv', '--bridges', `${BAD}/bridges-not-json.json`);
    expect(result.stderr).toBe(
      lines(
        `${BAD}/bridges-not-json.json:1:1: 파일: 올바른 JSON이 아닙니다(쉼표(,)가 빠졌습니다). 쉼표와 따옴표를 확인하세요. JSON 검사기를 쓰면 위치가 보입니다.`,
        closing(1),
      ),
    );
  });

  it('keeps the English byte for byte without --lang', () => {
    const result = cli(['forecast', 'fixtures/invoices.csv', '--bridges', `${BAD}/bridges-rules.json`, '--as-of', '2026-12-01']);
    expect(result.stderr.split('\n')[3]).toBe(
      `${BAD}/bridges-rules.json: options[1].id: "cashout" repeats the id "cashout"; fix the value, or run \`cashflow bridges --init > bridges.json\` for a valid catalogue to start from`,
    );
  });
});

describe('the config and its tax profile speak Korean', () => {
  const hint = 'README의 "Monthly routine"에서 설정마다 이름과 형식을 확인하세요.';

  it("settings: our schema's words, and zod's own worded from its code (a union of types, an enum's values)", () => {
    const file = `${BAD}/config-settings.json`;
    const result = run('fixtures/invoices.csv', '--config', file);
    expect([result.code, result.stderr]).toEqual([
      2,
      lines(
        `${file}: balance: 문자열 또는 숫자 값이어야 합니다. ${hint}`,
        `${file}: currency: KRW처럼 세 글자 통화 코드여야 합니다. ${hint}`,
        `${file}: days: 0 이상의 정수여야 합니다. ${hint}`,
        `${file}: lang: "en", "ko" 중 하나여야 합니다. ${hint}`,
        `${file}: colour: cashflow가 모르는 설정입니다. ${hint}`,
        closing(5),
      ),
    ]);
  });

  it('the tax profile: each key, its Korean term, and the kinds it takes', () => {
    const file = `${BAD}/config-tax.json`;
    const result = run('fixtures/invoices.csv', '--config', file);
    expect([result.code, result.stderr]).toEqual([
      2,
      lines(
        // "salary" is neither a kind nor a list of kinds: the message names both forms.
        `${file}: tax.income: "business"(사업소득 3.3%), "other"(기타소득 8.8%) 또는 ["business", "other"] 같은 그 목록이어야 합니다. ${hint}`,
        `${file}: tax.vat: "none"(부가세 없음), "general"(일반과세자), "simplified"(간이과세자) 중 하나여야 합니다. ${hint}`,
        `${file}: tax.expenseRate: 1 이하여야 합니다(소수로: 64.1%는 0.641). ${hint}`,
        `${file}: tax.industryCode: 940909처럼 여섯 자리 업종코드여야 합니다. ${hint}`,
        `${file}: tax.dependents: 사람 수는 정수여야 합니다. ${hint}`,
        `${file}: tax.healthInsurance: 0 이상의 원 단위 정수여야 합니다. ${hint}`,
        `${file}: tax.override.bonus: 세금 일정의 종류가 아닙니다. income-tax, income-tax-refund, interim-prepayment, health-insurance, pension, vat-preliminary, vat-final 중 하나를 쓰세요. ${hint}`,
        `${file}: tax.pets: 세금 프로필에 없는 항목입니다. ${hint}`,
        closing(8),
      ),
    ]);
  });

  it('a config that is not JSON: where, and the missing comma (line 4 starts "balance" after "KRW" without one)', () => {
    const result = run('fixtures/invoices.csv', '--config', `${BAD}/config-not-json.json`);
    expect(result.stderr).toBe(
      lines(
        `${BAD}/config-not-json.json:4:3: 파일: 올바른 JSON이 아닙니다(쉼표(,)가 빠졌습니다). 쉼표와 따옴표를 확인하세요. \`cashflow init\`이 올바른 시작 설정을 만들어 줍니다.`,
        closing(1),
      ),
    );
  });

  it('a document that is not an object is at (최상위), and (top level) in English', () => {
    const top = run('fixtures/invoices.csv', '--bridges', `${BAD}/list.json`);
    expect(top.stderr.split('\n')[0]).toBe(
      `${BAD}/list.json: (최상위): 객체({ … }) 값이어야 합니다. 값을 고치거나, \`cashflow bridges --init > bridges.json\`으로 올바른 카탈로그를 만들어 시작하세요.`,
    );
    const english = cli(['forecast', 'fixtures/invoices.csv', '--bridges', `${BAD}/list.json`, '--as-of', '2026-12-01']);
    expect(english.stderr.split('\n')[0]).toBe(
      `${BAD}/list.json: (top level): Invalid input: expected object, received array; fix the value, or run \`cashflow bridges --init > bridges.json\` for a valid catalogue to start from`,
    );
  });
});

describe('the CSV readers speak Korean', () => {
  it('expenses: deferrable and inputVat cells, then a repeat rule that does not fit (reported last, as always)', () => {
    const file = `${BAD}/expenses.csv`;
    const result = run('fixtures/invoices.csv', '--expenses', file);
    const deferralHint = '최대 일수와 수수료를 적으세요: "30d 50000"(정액 수수료), "30d 1%"(늦게 내는 금액에 대한 비율) 또는 "negotiated"(협의).';
    const amountHint = '숫자로 적으세요. 천 단위 구분 기호는 넣어도 됩니다(예: 1,500,000).';
    expect([result.code, result.stderr]).toEqual([
      2,
      lines(
        `${file}:4:7: deferrable "later": 납부 연기 조건이 아닙니다. ${deferralHint}`,
        `${file}:5:7: deferrable "400d 10000": 연기 일수가 400일입니다. 납부 연기는 1일에서 366일까지입니다.`,
        `${file}:6:7: deferrable "30d 150%": 수수료가 100%를 넘습니다. ${deferralHint}`,
        `${file}:7:7: deferrable "30d abc": 수수료가 올바르지 않습니다: 금액이 아닙니다. ${amountHint}`,
        `${file}:3:6: until "2027-01-10": 종료일이 있지만 이 행은 반복하지 않습니다. 반복 규칙(예: monthly)을 넣거나 종료일 칸을 비우세요.`,
        // 200,000 is more than the row's 110,000.
        `${file}:8:8: inputVat "200,000": 0과 지출 금액 사이가 아닙니다. 세금계산서의 부가세를 적거나, 금액 안의 부가세 10%라면 yes로 적거나, 비워 두세요.`,
        `${file}:9:8: inputVat "maybe": 금액이 아닙니다. ${amountHint} 금액 안의 부가세 10%라면 yes로 적어도 됩니다.`,
        closing(7),
      ),
    ]);
  });

  it('expenses in English are what they always were', () => {
    const result = cli(['forecast', 'fixtures/invoices.csv', '--expenses', `${BAD}/expenses.csv`, '--as-of', '2026-12-01']);
    expect(result.stderr.split('\n').slice(0, 4)).toEqual([
      `${BAD}/expenses.csv:4:7: deferrable "later" is not a deferral; write the most days and the fee: "30d 50000" (a flat fee), "30d 1%" (a share of what is paid late), or "negotiated"`,
      `${BAD}/expenses.csv:5:7: deferrable "400d 10000" has 400 days; a deferral is 1 to 366 days late`,
      `${BAD}/expenses.csv:6:7: deferrable "30d 150%" has a fee above 100 %; write the most days and the fee: "30d 50000" (a flat fee), "30d 1%" (a share of what is paid late), or "negotiated"`,
      `${BAD}/expenses.csv:7:7: deferrable "30d abc" has a fee that is not an amount; write digits with optional thousands separators, e.g. 1,500,000`,
    ]);
    expect(result.stderr.split('\n')[6]).toBe(
      `${BAD}/expenses.csv:9:8: inputVat "maybe" is not an amount; write digits with optional thousands separators, e.g. 1,500,000; or write yes for the 10 % VAT inside the amount`,
    );
  });

  it('exchange rates: a currency that is none, and a rate of 0', () => {
    const file = `${BAD}/fx-rates.csv`;
    const result = run('fixtures/invoices.csv', '--fx-rates', file);
    expect([result.code, result.stderr]).toEqual([
      2,
      lines(
        `${file}:3:1: currency "XYZ": 통화 코드가 아닙니다. USD처럼 ISO 4217 세 글자 코드를 쓰세요.`,
        `${file}:4:2: rate "0": 0입니다. 외화 1단위가 예측 통화로 얼마인지 소수점(마침표)으로 적으세요(예: 1390.5).`,
        closing(2),
      ),
    ]);
  });

  it('invoices: two date orders in one file, and a status that is none', () => {
    const dates = run(`${BAD}/invoices-dates.csv`);
    expect(dates.stderr).toBe(
      lines(
        `${BAD}/invoices-dates.csv:3:4: issued "25/04/2026": 일/월 순서인데, 2번째 줄 issued "04/25/2026"의 순서는 월/일입니다. 한 파일의 날짜는 한 가지 순서로 적습니다. 잘못 적은 쪽을 고치거나 날짜를 YYYY-MM-DD로 적으세요.`,
        closing(1),
      ),
    );
    const status = run(`${BAD}/invoices-status.csv`);
    expect(status.stderr).toBe(
      lines(
        `${BAD}/invoices-status.csv:2:6: status "maybe": 청구서 상태가 아닙니다. disputed(분쟁) 또는 written-off(대손)로 적거나, 보통 청구서라면 비워 두세요.`,
        closing(1),
      ),
    );
  });

  it('invoices in another currency: every amount with a dollar sign is one error; conversions to nothing or too much', () => {
    const dollars = run(`${BAD}/invoices-dollars.csv`);
    expect(dollars.stderr).toBe(
      lines(
        `${BAD}/invoices-dollars.csv:2:3: amount "$1,500.00": 파일의 모든 금액(2건)처럼 USD 금액인데, 예측 통화는 KRW입니다. --currency USD로 USD 기준 예측을 하거나, 행마다 통화 열과 환율(--fx USD=RATE)을 주세요.`,
        closing(1),
      ),
    );
    // 0.01 EUR × 0.1 = 0.001 won, which rounds to nothing; 9,000,000,000,000 USD × 1,390 = 12,510,000,000,000,000 won.
    const converted = run(`${BAD}/invoices-converted.csv`, '--fx', 'USD=1390', '--fx', 'EUR=0.1');
    expect(converted.stderr).toBe(
      lines(
        `${BAD}/invoices-converted.csv:2:3: amount "0.01": EUR 환율로 환산하면 0원입니다. 환율(1 EUR당 KRW, --fx 또는 --fx-rates)을 확인하세요. 이 금액에 비해 너무 작습니다.`,
        `${BAD}/invoices-converted.csv:3:3: amount "9,000,000,000,000.00": 환산하면 12,510,000,000,000,000원으로, cashflow가 정확히 더할 수 있는 금액(9,007,199,254,740,991원)을 넘습니다. 금액과 USD 환율(1 USD당 KRW)에 잘못 적은 숫자가 없는지 확인하세요.`,
        closing(2),
      ),
    );
    const english = cli(['forecast', `${BAD}/invoices-converted.csv`, '--fx', 'USD=1390', '--fx', 'EUR=0.1', '--as-of', '2026-12-01']);
    expect(english.stderr.split('\n').slice(0, 2)).toEqual([
      `${BAD}/invoices-converted.csv:2:3: amount "0.01" converts to ₩0 at the EUR rate; check the rate (KRW per 1 EUR, from --fx or --fx-rates): it is too small for this amount`,
      `${BAD}/invoices-converted.csv:3:3: amount "9,000,000,000,000.00" converts to ₩12,510,000,000,000,000, more than cashflow can add exactly (₩9,007,199,254,740,991); check the amount and the USD rate (KRW per 1 USD) for a mistyped figure`,
    ]);
  });

  it('a bank statement: a day not on the calendar, money both ways, none at all, and an amount in words', () => {
    const file = `${BAD}/bank-cells.csv`;
    const result = run('fixtures/invoices.csv', '--bank', file);
    expect([result.code, result.stderr]).toEqual([
      2,
      lines(
        `${file}:3:1: 거래일시 "2026-11-31 10:05:11": 달력에 없는 날짜입니다. 월과 일을 확인하세요(예: 2026-02-28).`,
        `${file}:4:4: 출금액 "5000": 이 행의 입금 칸에도 금액이 있습니다. 한 행은 한쪽으로만 돈을 옮깁니다. 둘 중 하나를 비우세요.`,
        `${file}:5:3: 입금액 "": 움직인 금액이 없습니다. 거래에는 0이 아닌 금액이 있어야 합니다.`,
        `${file}:6:4: 출금액 "오천원": 금액이 아닙니다. 숫자로 적으세요. 천 단위 구분 기호는 넣어도 됩니다(예: 1,500,000).`,
        closing(4),
      ),
    ]);
  });
});

describe('workbooks speak Korean', () => {
  it('a cell of a sheet, a sheet that is not there, and one that is empty', () => {
    const book = `${BAD}/invoices.xlsx`;
    expect(run(book).stderr).toBe(
      lines(`${book}!C3: amount "이백만": 금액이 아닙니다. 숫자로 적으세요. 천 단위 구분 기호는 넣어도 됩니다(예: 1,500,000).`, closing(1)),
    );
    expect(run(book, '--sheet', '매출').stderr).toBe(
      lines(`${book}:1:1: 파일: "매출" 시트가 없습니다. 시트: "청구서", "메모". --sheet로 하나를 고르세요.`, closing(1)),
    );
    expect(run(book, '--sheet', '메모').stderr).toBe(
      lines(`${book}:1:1: 파일: "메모" 시트가 비어 있습니다. 데이터는 "청구서"에 있을 수 있습니다. --sheet로 고르세요.`, closing(1)),
    );
  });

  it('a password-protected statement without its password, and with a wrong one', () => {
    const book = 'fixtures/bank/tossbank.xlsx';
    expect(run('fixtures/invoices.csv', '--bank', book).stderr).toBe(
      lines(
        `${book}:1:1: 파일: 암호가 걸린 통합 문서입니다. CASHFLOW_BANK_PASSWORD에 암호를 넣거나(터미널에서 실행하면 암호를 묻습니다), 엑셀에서 암호 없이 저장하세요.`,
        closing(1),
      ),
    );
    const wrong = cli(['forecast', 'fixtures/invoices.csv', '--bank', book, '--as-of', '2026-12-01', '--lang', 'ko'], { CASHFLOW_BANK_PASSWORD: 'wrong' });
    expect(wrong.stderr).toBe(
      lines(
        `${book}:1:1: 파일: 암호가 걸린 통합 문서인데, 받은 암호로 열리지 않습니다. 암호를 확인하세요(CASHFLOW_BANK_PASSWORD 또는 입력한 암호).`,
        closing(1),
      ),
    );
  });
});

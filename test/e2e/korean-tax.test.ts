import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';
import { writeIn } from '../support/run-in-process.js';
import { REFUND_INVOICES, REFUND_PROFILE } from '../support/tax-books.js';

function config(tax: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-ko-tax-'));
  writeIn(dir, 'invoices.csv', REFUND_INVOICES);
  return writeIn(dir, 'cashflow.config.json', JSON.stringify({ invoices: 'invoices.csv', currency: 'KRW', tax }));
}
const OVER_MAY = ['--as-of', '2026-05-01', '--days', '92', '--balance', '1000000', '--no-color'];

describe('the tax calendar in Korean', () => {
  // The refund of test/support/tax-books.ts, worked by hand there: 554,180 on 30 June 2026.
  const refund = config(REFUND_PROFILE);

  it('names the refund as 홈택스 does, in the events and the working', () => {
    const run = cli(['forecast', '--config', refund, ...OVER_MAY, '--lang', 'ko']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(' 2026-06-30      +₩554,180     ₩1,554,180  2025년 귀속 종합소득세 환급 (추정)\n');
    expect(run.stdout).toContain(
      ' 2026-06-30 2025년 귀속 종합소득세 환급: 수입 30,000,000원(경비율 64.1%), 과세표준 7,770,000원, 세액 396,200원 + 지방소득세 39,620원, 원천징수 900,000원 + 지방소득세 90,000원, 신고기한 6월 1일. 추정치이니 홈택스 모의계산으로 확인해 보세요\n',
    );
  });

  it('keeps the JSON byte for byte in English', () => {
    const args = ['forecast', '--config', refund, ...OVER_MAY, '--json'];
    const korean = cli([...args, '--lang', 'ko']).stdout;
    expect(korean).toBe(cli(args).stdout);
    expect(korean).toContain('"description": "종합소득세 refund 2025"');
  });

  // No expenseRate: 30,000,000 − 기본공제 1,500,000 = 28,500,000 taxable; 28,500,000 × 15 % − 1,260,000 = 3,015,000,
  // less the 표준세액공제 70,000 = 2,945,000, 지방소득세 294,500; less 900,000 + 90,000 withheld: 2,249,500 due 1 June.
  it('words the warning of a profile without an expense rate', () => {
    const run = cli(['forecast', '--config', config({ income: 'business', vat: 'none', dependents: 0 }), ...OVER_MAY, '--lang', 'ko']);
    expect(run.stdout).toContain(' 2026-06-01    -₩2,249,500    -₩1,249,500  2025년 귀속 종합소득세 (추정)\n');
    expect(run.stdout).toContain(
      ' 2026-06-01 2025년 귀속 종합소득세: 수입 30,000,000원, 과세표준 28,500,000원, 세액 2,945,000원 + 지방소득세 294,500원, 원천징수 900,000원 + 지방소득세 90,000원. 추정치이니 홈택스 모의계산으로 확인해 보세요\n   경고: 세금 프로필에 경비율(expenseRate)이 없어 경비를 0원으로 계산했습니다\n',
    );
  });

  // 2025's 30,000,000 of invoices over twelve months: the 2,500,000 a month the April premiums are rated on.
  it('names the premiums by month and their unconfirmed figures in Korean', () => {
    const insured = config({ income: 'business', vat: 'none', dependents: 0, healthInsurance: 'estimate', pension: 'estimate' });
    const run = cli(['forecast', '--config', insured, '--as-of', '2026-05-01', '--days', '20', '--balance', '1000000', '--no-color', '--lang', 'ko']);
    expect(run.stdout).toContain(
      ' 2026-05-11 건강보험료 2026년 4월분: 수입 30,000,000원, 월 소득 2,500,000원 기준. 추정치이니 공단 고지서로 확인해 보세요\n' +
        '   확인되지 않은 수치: 건강보험료 납부일, 장기요양보험료율, 건강보험료 절사 단위, 보험료 산정 소득 연도(가까운 해로 대체)\n' +
        ' 2026-05-11 국민연금 2026년 4월분: 수입 30,000,000원, 월 소득 2,500,000원 기준. 추정치이니 공단 고지서로 확인해 보세요\n' +
        '   확인되지 않은 수치: 국민연금 소득 기준 연도, 국민연금 기준소득월액 절사 단위, 국민연금 기준소득월액 상·하한(2025년 7월), 보험료 산정 소득 연도(가까운 해로 대체)\n',
    );
  });

  it('says which estimate an expenses row already stands for', () => {
    const noRate = config({ income: 'business', vat: 'none', dependents: 0 });
    const rows = writeIn(dirname(noRate), 'expenses.csv', 'date,amount,description,category\n2026-05-31,"1,000,000",종합소득세,tax\n');
    const run = cli(['forecast', '--config', noRate, '--expenses', rows, ...OVER_MAY, '--lang', 'ko']);
    expect(run.stdout).toContain(` 2026-06-01 2025년 귀속 종합소득세: 추정하지 않음. ${rows}:2(2026-05-31) 항목이 이미 이 세금입니다\n`);
  });

  // test/fixtures/tax/invoices.csv: K-2 (1,100,000, issued 25 Nov) and K-3 (2,200,000, issued 1 Aug) are taxable,
  // VAT 100,000 + 200,000 of the second half of 2026, due 25 January 2027.
  it('names the VAT reserve of taxable invoices by its 기', () => {
    const run = cli([
      'forecast',
      'test/fixtures/tax/invoices.csv',
      '--as-of',
      '2026-12-01',
      '--fx',
      'USD=1390',
      '--fx',
      'EUR=1450',
      '--no-color',
      '--lang',
      'ko',
    ]);
    expect(run.stdout).toContain(' 2027-01-25      -₩300,000     ₩6,960,292  2026년 2기 부가세 (청구서 2건)\n');
  });
});

describe('the tax names in files other programs read', () => {
  const args = ['forecast', 'test/fixtures/tax/invoices.csv', '--as-of', '2026-12-01', '--fx', 'USD=1390', '--fx', 'EUR=1450', '--format', 'csv', '--events'];

  // The VAT of K-2 and K-3 (100,000 + 200,000), due 25 January 2027, as in the table above.
  it('follow --lang in the CSV, and stay English under a Korean locale alone', () => {
    expect(cli([...args, '--lang', 'ko']).stdout).toContain('\n2027-01-25,tax,,2026년 2기 부가세,,-300000,6960292,K-2 K-3\n');
    expect(cli(args, { LANG: 'ko_KR.UTF-8' }).stdout).toContain('\n2027-01-25,tax,,VAT for 2026 H2,,-300000,6960292,K-2 K-3\n');
  });
});

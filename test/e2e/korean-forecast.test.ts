import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/i18n/display-width.js';
import { cli } from '../support/run-cli.js';
import { writeIn } from '../support/run-in-process.js';

const FORECAST = ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'];
const CHECK = ['check', ...FORECAST.slice(1)];
const BRIDGES = ['bridges', '--amount', '1000000', '--days', '30', '--as-of', '2026-12-01'];

// The figures are the English forecast's (test/e2e/forecast-cli.test.ts): windows 12-25…01-03 short ₩382,000 and
// 01-12…01-21 short ₩670,000 (₩670,581 once the first plan's ₩581 is owed). Worked by hand for the Korean: labels
// pad to 18 display cells (`쓸 수 있는 돈` is 13 cells, so 5 spaces); plan amounts and days are prose (`581원`,
// `12월 25일`, the year only outside 2026, a window's end without its start's year); rates `연이율 6.50%` (two decimals below 10%), `실질 연이율(EAR) 10.4%`.
// The heading `최대 부족일` is 11 cells over 10-cell days, so the days' column is one cell wider than the English.
const KOREAN_FORECAST = `현금 흐름 예측 · KRW · 2026-12-01 → 2027-02-28 (90일)

 쓸 수 있는 돈     오늘 ₩0: 앞으로 잔액이 부족해집니다
 시작 잔액         ₩1,500,000
 최저 잔액         -₩670,000 (2027-01-20)
 첫 부족일         2026-12-25
 잔액 부족 기간    2
 마지막 날 잔액    ₩4,080,000

잔액 부족 기간
 시작        끝          일수     최대 부족액  최대 부족일  회복
 2026-12-25  2027-01-03    10        ₩382,000  2027-01-03   2027-01-04
 2027-01-12  2027-01-21    10        ₩670,000  2027-01-20   2027-01-22

12월 25일 ~ 2027년 1월 3일 자금 융통 (최대 382,000원 부족)
  가장 저렴한 합법적 방법: 총 581원
  일반적인 조건 기준입니다. 내 조건은 \`cashflow bridges --init\`으로 입력하세요
   • 마이너스통장
     12월 25일부터 필요한 만큼 최대 382,000원 인출, 2027년 1월 4일 상환
     581원 · 연이율 6.50% · 실질 연이율(EAR) 6.71%
     신청: 승인 필요(일반 조건에서는 승인된다고 가정), 당일 입금
  차선책: 비상금대출
     885원 · 연이율 9.90% · 실질 연이율(EAR) 10.4%
  권하지 않음: 소액결제현금화
     드는 비용: 96,000원 · 연이율 338% · 실질 연이율(EAR) 1,942%
     불법: 현금화 업자는 처벌 대상입니다

2027년 1월 12일 ~ 1월 21일 자금 융통 (최대 670,581원 부족, 앞선 계획 반영 후)
  가장 저렴한 합법적 방법: 총 1,088원
  일반적인 조건 기준입니다. 내 조건은 \`cashflow bridges --init\`으로 입력하세요
   • 마이너스통장
     2027년 1월 12일부터 필요한 만큼 최대 670,581원 인출, 2027년 1월 22일 상환
     1,088원 · 연이율 6.50% · 실질 연이율(EAR) 6.71%
     신청: 승인 필요(일반 조건에서는 승인된다고 가정), 당일 입금
  차선책: 비상금대출
     1,658원 · 연이율 9.90% · 실질 연이율(EAR) 10.4%
  권하지 않음: 소액결제현금화
     드는 비용: 168,000원 · 연이율 228% · 실질 연이율(EAR) 666%
     불법: 현금화 업자는 처벌 대상입니다

입출금 예정 (25건)
 날짜                 금액           잔액  내용
 2026-12-03       -₩62,000     ₩1,438,000  Adobe Creative Cloud · software
 2026-12-10      -₩198,000     ₩1,240,000  건강보험 (지역가입자) · insurance
 2026-12-12    -₩1,100,000       ₩140,000  카드대금 · card
 2026-12-14       -₩21,000       ₩119,000  Figma Professional · software
 2026-12-15      +₩660,000       ₩779,000  INV-2026-028 노을커피 · 16일 (연체)
 2026-12-20       -₩69,000       ₩710,000  통신비 · phone
 2026-12-22      -₩280,000       ₩430,000  노트북 수리 · equipment
 2026-12-25      -₩750,000      -₩320,000  월세 · rent
 2027-01-03       -₩62,000      -₩382,000  Adobe Creative Cloud · software
 2027-01-04    +₩1,100,000       ₩718,000  RET-01@2026-12-05 리틀브랜드
 2027-01-10      -₩198,000       ₩520,000  건강보험 (지역가입자) · insurance
 2027-01-12    -₩1,100,000      -₩580,000  카드대금 · card
 2027-01-14       -₩21,000      -₩601,000  Figma Professional · software
 2027-01-20       -₩69,000      -₩670,000  통신비 · phone
 2027-01-22    +₩3,300,000     ₩2,630,000  INV-2026-033 판교테크 · 67일
 2027-01-25      -₩750,000     ₩1,880,000  월세 · rent
 2027-01-31    +₩1,800,000     ₩3,680,000  INV-2026-035 한빛출판 · 61일
 2027-02-03       -₩62,000     ₩3,618,000  Adobe Creative Cloud · software
 2027-02-04    +₩1,100,000     ₩4,718,000  RET-01@2027-01-05 리틀브랜드
 2027-02-10      -₩198,000     ₩4,520,000  건강보험 (지역가입자) · insurance
 2027-02-11    +₩1,500,000     ₩6,020,000  INV-2027-001 스튜디오 봄 · 34일
 2027-02-12    -₩1,100,000     ₩4,920,000  카드대금 · card
 2027-02-14       -₩21,000     ₩4,899,000  Figma Professional · software
 2027-02-20       -₩69,000     ₩4,830,000  통신비 · phone
 2027-02-25      -₩750,000     ₩4,080,000  월세 · rent
`;

// The same two windows as one line each for cron mail: the start day in prose, the gap in 원, the cheapest plan.
const KOREAN_CHECK = `12월 25일부터 10일간 최대 382,000원 부족. 일반 조건 기준 최저 비용: 마이너스통장, 581원
2027년 1월 12일부터 10일간 최대 670,000원 부족. 일반 조건 기준 최저 비용: 마이너스통장, 1,088원
`;

// The English calculator's rows (test/e2e/bridges-cli.test.ts) with Korean names alone, rates `8.03%`, held `30일`;
// the note column wraps at spaces to the width the 80 columns leave it. A limit is prose, `800,000원까지` (13 cells,
// one more than `₩800,000까지`): the note column takes one cell from the name column.
const KOREAN_BRIDGES = `1,000,000원을 30일 쓰면 실제로 드는 비용 (12월 1일 기준)
 방법                       비용     상환일(기간)  연이율    EAR  비고
 국세 납부 지연           ₩6,600  2026-12-31 30일   8.03%  8.33%  비교용으로만
                                                                  표시
 비상금대출               ₩8,137  2026-12-31 30일   9.90%  10.4%
 카드론                  ₩10,709  2026-12-31 30일   13.0%  13.8%
 신용카드 현금서비스     ₩14,712  2026-12-31 30일   17.9%  19.4%
 매출채권 팩토링·선정산  ₩18,750  2027-01-02 30일   22.8%  25.4%  카탈로그에서
                                                                  꺼 둠
 온라인 단기대출(등록    ₩19,726  2027-01-31 60일   12.0%  12.6%
 대부업)
 4대보험료 납부 지연     ₩20,000  2026-12-31 30일   24.3%  27.2%  비교용으로만
                                                                  표시
 조기지급 할인 제안      ₩20,408  2027-01-03 30일   24.8%  27.9%
 마이너스통장                  —                                  한도 초과:
                                                                  최대
                                                                  800,000원까지
                                                                  인출 가능
 소액결제현금화                —                                  한도 초과:
                                                                  최대
                                                                  800,000원까지
                                                                  받을 수 있음
 비용은 상환일까지 갚는 돈 전부에서 실제로 받은 돈을 뺀 금액이고, 기간은 돈을
 쓰는 일수입니다. 연이율과 실질 연이율(EAR)은 실제로 받은 돈 기준입니다.
 비고에 표시된 방법은 어떤 경우에도 권하지 않습니다.
`;

/** The display cells at which each cell of a table row starts and ends (cells are apart by two spaces or more). */
function cellSpans(line: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of line.matchAll(/\S+(?: \S+)*/g)) {
    const start = displayWidth(line.slice(0, match.index));
    spans.push({ start, end: start + displayWidth(match[0]) });
  }
  return spans;
}

/** The lines of the table under `title`, heading row included, up to the blank line. */
function tableUnder(text: string, title: string): string[] {
  const lines = text.split('\n');
  const from = lines.indexOf(title) + 1;
  const to = lines.indexOf('', from);
  return lines.slice(from, to === -1 ? undefined : to);
}

describe('forecast, check and bridges in Korean', () => {
  it('forecast --lang ko prints the summary, windows, plans and events in Korean', () => {
    const run = cli([...FORECAST, '--lang', 'ko']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(KOREAN_FORECAST);
    expect(cli(FORECAST, { LANG: 'ko_KR.UTF-8' }).stdout).toBe(KOREAN_FORECAST);
    expect(cli([...FORECAST, '--lang', 'en'], { LANG: 'ko_KR.UTF-8' }).stdout).toMatch(/^Cash-flow forecast · KRW · 2026-12-01 → 2027-02-28 \(90 days\)\n/);
  });

  it('aligns the Korean tables in 80 columns, measured in display cells', () => {
    const text = cli([...FORECAST, '--lang', 'ko']).stdout;
    for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    // Left-aligned columns start, right-aligned ones end, at the same cell on every row, heading included: a day is
    // 10 cells and the gap between columns 2, so 끝 starts at 13; 일수 ends at 29 (a 5-cell column after 23 + 1),
    // 최대 부족액 at 45 (15 cells), 최대 부족일 (11 cells) starts at 47 and 회복 at 47 + 11 + 2 = 60.
    const windows = tableUnder(text, '잔액 부족 기간').map(cellSpans);
    expect(windows).toHaveLength(3);
    for (const row of windows) {
      expect(row.map((span, index) => ([2, 3].includes(index) ? span.end : span.start))).toEqual([1, 13, 29, 45, 47, 60]);
    }
    // Events: amount ends at 1 + 11 + 14 = 26, balance at 26 + 1 + 14 = 41, the description starts at 43.
    const events = tableUnder(text, '입출금 예정 (25건)').map(cellSpans);
    expect(events).toHaveLength(26);
    for (const row of events) expect([row[0]!.start, row[1]!.end, row[2]!.end, row[3]!.start]).toEqual([1, 26, 41, 43]);
  });

  it('check --lang ko prints a line per window starting soon, in Korean', () => {
    const run = cli([...CHECK, '--lang', 'ko']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(KOREAN_CHECK);
  });

  it('bridges --amount --lang ko prints the calculator in Korean', () => {
    const run = cli([...BRIDGES, '--lang', 'ko']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(KOREAN_BRIDGES);
    for (const line of run.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it.each([
    ['forecast', [...FORECAST, '--json']],
    ['check', [...CHECK, '--json']],
    ['bridges', [...BRIDGES, '--json']],
  ])('%s --json is the same bytes in both languages', (_name, args) => {
    const english = cli([...args, '--lang', 'en']);
    expect(english.stdout.length).toBeGreaterThan(100);
    expect(cli([...args, '--lang', 'ko']).stdout).toBe(english.stdout);
    expect(cli(args, { LANG: 'ko_KR.UTF-8' }).stdout).toBe(english.stdout);
  });

  it('keeps --format csv headings English unless --lang is given', () => {
    const csv = [...FORECAST, '--format', 'csv'];
    expect(cli(csv, { LANG: 'ko_KR.UTF-8' }).stdout.split('\n')[0]).toBe('date,inflow,outflow,balance,shortfall');
    expect(cli([...csv, '--lang', 'ko']).stdout.split('\n')[0]).toBe('날짜,입금,출금,잔액,부족액');
    expect(cli([...csv, '--events', '--lang', 'ko']).stdout.split('\n')[0]).toBe('날짜,종류,번호,거래처/내용,분류,금액,잔액,출처');
  });

  it('warns in Korean of a typed flag that does nothing', () => {
    const run = cli([...FORECAST, '--events', '--lang', 'ko']);
    expect(run.stderr).toBe('경고: --events는 --format table에서는 효과가 없습니다. --format csv에서 씁니다\n');
  });

  it('draws the chart legend in Korean', () => {
    const chart = cli([...FORECAST, '--chart', '--lang', 'ko'])
      .stdout.trimEnd()
      .split('\n');
    expect(chart.at(-1)!.trim()).toBe('── 잔액  ── 버퍼 ₩0  ▸ 0원  ^ 부족');
  });

  it('prints the stress scenarios and the simulation in Korean, the figures at one cell', () => {
    const text = cli([...FORECAST, '--scenarios', '0,30', '--simulate', '500', '--seed', '1', '--lang', 'ko']).stdout;
    const lines = text.split('\n');
    const from = lines.indexOf('거래처 입금이 예상보다 늦어지면');
    // Scenario rows as the English ones (forecast-cli.test.ts) with 일, 없음 and 아니요; the odds of the seed-1 run.
    expect(lines.slice(from, from + 4)).toEqual([
      '거래처 입금이 예상보다 늦어지면',
      ' 지연    첫 부족일       최저 잔액  날짜        부족 기간  융통 비용  구조적',
      ' +0일    2026-12-25      -₩670,000  2027-01-20          2     ₩1,669  아니요',
      ' +30일   2026-12-22    -₩2,870,000  2027-02-20          2    ₩24,306  아니요',
    ]);
    const odds = lines.indexOf('모의 실행 500회로 본 가능성 (시드 1)');
    // The figures start at cell 32, as the English rows' do (a 31-cell label after a space); Hangul counts two.
    const figures = ['92.2%', '-₩1,770,000', '₩2,170', '0.0%'];
    expect(figures.map((figure, index) => displayWidth(lines[odds + 1 + index]!.split(figure)[0]!))).toEqual([32, 32, 32, 32]);
    expect(lines.slice(odds + 1, odds + 8)).toEqual([
      ' 잔액이 부족해질 확률           92.2%',
      ' 최저 잔액 p10 / p50 / p90      -₩1,770,000 / -₩670,000 / -₩320,000',
      ' 예상 융통 비용                 ₩2,170 (마이너스통장 등 한도 대출로)',
      ' 청구서 미입금 확률             0.0% (입금되지 않은 옛 청구서에서 학습)',
      ' 부족 기간 2026-12-25 → 2027-01-03: 실행의 71.6%에서 발생',
      ' 부족 기간 2027-01-12 → 2027-01-21: 실행의 73.2%에서 발생',
      ' 가장 자주 부족한 날: 2027-01-12 (73.2%), 2026-12-25 (71.6%)',
    ]);
  });

  it("writes the tax calendar's working in Korean prose", () => {
    // The refund of tax-calendar-cli.test.ts: 30,000,000 of income at 64.1 % expenses, 554,180 back on 30 June.
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-tax-ko-'));
    writeIn(
      dir,
      'invoices.csv',
      'id,client,amount,issued,due,paid,withholding\nA-1,Studio,"10,000,000",2025-03-10,2025-04-10,2025-04-10,3.3\n' +
        'A-2,Studio,"10,000,000",2025-07-10,2025-08-10,2025-08-10,3.3\nA-3,Studio,"10,000,000",2025-11-10,2025-12-10,2025-12-10,3.3\n',
    );
    const tax = { income: 'business', vat: 'none', expenseMethod: 'simple', expenseRate: 0.641, dependents: 1 };
    const config = writeIn(dir, 'cashflow.config.json', JSON.stringify({ invoices: 'invoices.csv', currency: 'KRW', tax }));
    const run = cli(['forecast', '--config', config, '--as-of', '2026-05-01', '--days', '92', '--balance', '1000000', '--lang', 'ko']);
    expect(run.stdout).toContain(
      '\n세금 추정\n 2026-06-30 2025년 귀속 종합소득세 환급: 수입 30,000,000원(경비율 64.1%), 과세표준 7,770,000원, ' +
        '세액 396,200원 + 지방소득세 39,620원, 원천징수 900,000원 + 지방소득세 90,000원, 신고기한 6월 1일. ' +
        '추정치이니 홈택스 모의계산으로 확인해 보세요\n',
    );
  });

  it('says the early-payment offer and the late tax payment in Korean', () => {
    // ask-early.test.ts's books: 12,000,000 of 종합소득세 on 2027-01-10 with no cash; 한빛출판's 30,000,000 due
    // 2027-01-25 paid 15 days early for 2 % (600,000, so 29,400,000 in cash); the tax paid on 01-25 instead costs
    // 납부지연가산세 of 0.022 % a day: 12,000,000 × 0.00022 × 15 = 39,600.
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-early-ko-'));
    const invoices = writeIn(dir, 'inv.csv', 'id,client,amount,issued,due\nINV-2026-090,한빛출판,"30,000,000",2026-12-01,2027-01-25\n');
    const expenses = writeIn(dir, 'exp.csv', 'date,amount,description,category\n2027-01-10,"12,000,000",종합소득세,tax\n');
    const run = cli(['forecast', invoices, '--expenses', expenses, '--as-of', '2026-12-01', '--days', '90', '--balance', '0', '--lang', 'ko']);
    expect(run.stdout).toContain(
      [
        '2027년 1월 10일 ~ 1월 24일 자금 융통 (최대 12,000,000원 부족)',
        '  가장 저렴한 합법적 방법: 총 600,000원',
        '  일반적인 조건 기준입니다. 내 조건은 `cashflow bridges --init`으로 입력하세요',
        '   • 조기지급 할인 제안, 청구서 INV-2026-090',
        '     2027년 1월 10일에 29,400,000원 조기 입금, 원래 입금일 2027년 1월 25일',
        '     600,000원 · 연이율 49.7% · 실질 연이율(EAR) 63.5%',
        '     신청: 승인 필요, 신청 후 3일 뒤 입금',
        // Lines past 80 cells break at a space (a date kept whole), continued two cells further in.
        '     한빛출판에 2% 할인(600,000원)을 제안해 INV-2026-090 지금 받기 (원래',
        '       1월 25일경)',
        '  또는 늦게 내기: 국세 납부 지연, 종합소득세 (납부기한 2027년 1월 10일)',
        '     12,000,000원을 2027년 1월 25일에 납부: 비용 39,600원 · 15일',
        '     비교용으로만 표시. 계획에 쓰려면 "extends": "defaults" 카탈로그에',
        '     {"id": "kr-tax-late-payment", "enabled": true}를 추가하세요',
        '     먼저 세무서에 납부기한 연장(국세징수법 제13조)을 신청하세요. 승인되면',
        '       가산세가 없습니다',
        '',
      ].join('\n'),
    );
  });
});

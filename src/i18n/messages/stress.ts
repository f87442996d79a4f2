import type { Day } from '../../domain/day.js';
import type { Catalogue } from '../catalogue.js';
import { tableDay } from '../day-text.js';
import { displayWidth } from '../display-width.js';

/** The stress scenarios (`--stress`) and the simulation (`--simulate`) sections of the forecast table. */
export interface StressMessages {
  headings(): readonly [later: string, firstShort: string, lowest: string, on: string, windows: string, bridging: string, structural: string];
  later(days: number): string;
  none(): string;
  yes(): string;
  no(): string;
  noLoan(): string;
  scenariosTitle(): string;
  noLoanNote(): readonly string[];
  percent(probability: number): string;
  oddsTitle(runs: string, seed: number): string;
  /** The simulation's rows: a label padded to one column, then the figure. */
  chanceShort(pct: string): string;
  lowestBands(bands: string): string;
  expectedCost(amount: string): string;
  beyondLines(pct: string): string;
  neverPays(pct: string): string;
  windowOdds(start: Day, end: Day, pct: string): string;
  mostOftenShort(days: ReadonlyArray<readonly [day: Day, pct: string]>): string;
  /** Why a window is in none of the runs. */
  whyDoubtful(invoices: readonly string[], pct: string): string;
  whyEarly(invoices: readonly string[], end: Day): string;
  whyUnseen(runs: number): string;
}

// The simulation's rows put their figures at one cell, as the English rows do (a label of 31 cells after a space).
const koRow = (label: string, value: string) => ` ${label}${' '.repeat(Math.max(1, 31 - displayWidth(label)))}${value}`;
const listedEn = (ids: readonly string[]) => (ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`);
const listedKo = (ids: readonly string[]) => (ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} 외 ${ids.length - 3}건`);

export const STRESS = {
  en: {
    headings: () => ['Later', 'First short', 'Lowest', 'on', 'Windows', 'Bridging', 'Structural'],
    later: (days) => `+${days} d`,
    none: () => 'none',
    yes: () => 'yes',
    no: () => 'no',
    noLoan: () => 'no loan',
    scenariosTitle: () => 'If clients pay later than expected',
    noLoanNote: () => [
      ' no loan: a window no loan is proposed for (structural, or likely covered by work not yet',
      " invoiced); + : the other windows' bridging only",
    ],
    percent: (probability) => `${(probability * 100).toFixed(1)} %`,
    oddsTitle: (runs, seed) => `The odds, over ${runs} simulated runs (seed ${seed})`,
    chanceShort: (pct) => ` Chance of running short        ${pct}`,
    lowestBands: (bands) => ` Lowest balance p10 / p50 / p90 ${bands}`,
    expectedCost: (amount) => ` Expected cost of bridging      ${amount} (with your revolving lines)`,
    beyondLines: (pct) => ` Short beyond the lines         ${pct} of runs (or never recovering)`,
    neverPays: (pct) => ` An invoice never pays          ${pct} (learned from old unpaid invoices)`,
    windowOdds: (start, end, pct) => ` Window ${tableDay(start)} → ${tableDay(end)} happens in ${pct} of runs`,
    mostOftenShort: (days) => ` Most often short: ${days.map(([day, pct]) => `${tableDay(day)} (${pct})`).join(', ')}`,
    whyDoubtful: (ids, pct) =>
      `why 0 %: the forecast counts no cash from doubtful ${listedEn(ids)}; the runs pay it unless it never pays (learned chance ${pct})`,
    whyEarly: (ids, end) =>
      `why 0 %: the forecast has every invoice pay on its median day at once; the runs can pay ${listedEn(ids)} by ${tableDay(end)}, and one paid early closes it`,
    whyUnseen: (runs) => `why 0 %: none of the ${runs} runs fell short on these days; more runs (--simulate) may find it`,
  },
  ko: {
    headings: () => ['지연', '첫 부족일', '최저 잔액', '날짜', '부족 기간', '융통 비용', '구조적'],
    later: (days) => `+${days}일`,
    none: () => '없음',
    yes: () => '예',
    no: () => '아니요',
    noLoan: () => '대출 없음',
    scenariosTitle: () => '거래처 입금이 예상보다 늦어지면',
    noLoanNote: () => [
      ' 대출 없음: 대출을 제안하지 않는 기간이 있음(구조적 적자, 또는 아직 청구하지 않은 일로',
      ' 메워질 가능성이 큼). + : 나머지 기간의 융통 비용만 더한 금액',
    ],
    percent: (probability) => `${(probability * 100).toFixed(1)}%`,
    oddsTitle: (runs, seed) => `모의 실행 ${runs}회로 본 가능성 (시드 ${seed})`,
    chanceShort: (pct) => koRow('잔액이 부족해질 확률', pct),
    lowestBands: (bands) => koRow('최저 잔액 p10 / p50 / p90', bands),
    expectedCost: (amount) => koRow('예상 융통 비용', `${amount} (마이너스통장 등 한도 대출로)`),
    beyondLines: (pct) => koRow('한도를 넘는 부족', `실행의 ${pct} (또는 회복하지 못함)`),
    neverPays: (pct) => koRow('청구서 미입금 확률', `${pct} (입금되지 않은 옛 청구서에서 학습)`),
    windowOdds: (start, end, pct) => ` 부족 기간 ${tableDay(start)} → ${tableDay(end)}: 실행의 ${pct}에서 발생`,
    mostOftenShort: (days) => ` 가장 자주 부족한 날: ${days.map(([day, pct]) => `${tableDay(day)} (${pct})`).join(', ')}`,
    whyDoubtful: (ids, pct) =>
      `0%인 이유: 예측은 회수가 불확실한 ${listedKo(ids)}의 입금을 현금으로 보지 않지만, 모의 실행에서는 끝내 입금되지 않는 경우(학습한 확률 ${pct})가 아니면 입금됩니다`,
    whyEarly: (ids, end) =>
      `0%인 이유: 예측은 모든 청구서가 중앙값 날짜에 한꺼번에 입금된다고 보지만, 모의 실행에서는 ${listedKo(ids)}이(가) ${tableDay(end)}까지 입금될 수 있고 하나만 일찍 들어와도 이 기간이 사라집니다`,
    whyUnseen: (runs) => `0%인 이유: 모의 실행 ${runs}회 모두 이 기간에 부족하지 않았습니다. 실행 횟수(--simulate)를 늘리면 나타날 수 있습니다`,
  },
} satisfies Catalogue<StressMessages>;

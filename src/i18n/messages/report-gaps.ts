import type { Catalogue } from '../catalogue.js';

/** What a forecast cannot see and says so (CashflowReport.gaps): the summary's row, and the JSON's English. */
export interface ReportGapMessages {
  /** No expenses file at all. */
  noExpenses(): string;
  /** An expenses file none of whose rows falls in the horizon. */
  noExpenseInHorizon(): string;
}

export const REPORT_GAPS = {
  en: {
    noExpenses: () => 'no expenses: the forecast counts only money coming in; give --expenses FILE (or "expenses" in cashflow.config.json)',
    noExpenseInHorizon: () => 'no expense falls in the horizon: the forecast counts only money coming in; check the expense dates and repeats',
  },
  ko: {
    noExpenses: () => '지출 없음: 들어오는 돈만 계산했습니다. --expenses 파일로(또는 cashflow.config.json의 "expenses"에) 지출을 넣으세요',
    noExpenseInHorizon: () => '예측 기간에 드는 지출이 없어 들어오는 돈만 계산했습니다. 지출의 날짜와 반복 주기를 확인하세요',
  },
} satisfies Catalogue<ReportGapMessages>;

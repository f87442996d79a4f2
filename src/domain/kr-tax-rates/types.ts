/**
 * One figure of the Korean tax tables with where it comes from. `confirmed` is true only when the figure was read
 * from the official text (the statute on law.go.kr, or the agency's own page); a figure known from memory or only
 * reported by news is false, and every estimate that uses it lists its `id` as unconfirmed.
 */
export interface Sourced<T> {
  readonly id: string;
  readonly value: T;
  readonly source: string;
  readonly confirmed: boolean;
}

/** A bracket of 소득세법 제55조①: taxable up to `upTo` (undefined: no upper end) at `ratePercent`, less 누진공제. */
export interface Bracket {
  readonly upTo: number | undefined;
  readonly ratePercent: number;
  /** 누진공제: the amount that makes `taxable × rate − deduction` equal the statute's "base + rate × excess". */
  readonly progressiveDeduction: number;
}

/** A day of the year a return or payment is due, before business-day rolling. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** The income-tax figures of one tax year (the year the income was earned; its return is filed the year after). */
export interface KrIncomeTaxRates {
  readonly year: number;
  readonly brackets: Sourced<readonly Bracket[]>;
  /** 기본공제 per person (the taxpayer and each dependent). */
  readonly basicDeduction: Sourced<number>;
  /** 표준세액공제 for a taxpayer without wage income who claims no other credit (not a 성실사업자). */
  readonly standardTaxCredit: Sourced<number>;
  /** 지방소득세 as a percentage of the national income tax. */
  readonly localTaxPercent: Sourced<number>;
  /** 중간예납 is not collected below this (소액부징수). */
  readonly interimMinimum: Sourced<number>;
  /** 분납: national tax due above this may be split. */
  readonly instalmentThreshold: Sourced<number>;
  /** 분납: at most this much tax due defers only the part above the threshold; above it, up to half. */
  readonly instalmentHalfAbove: Sourced<number>;
  /** How many months after the deadline the deferred part is due. */
  readonly instalmentMonths: Sourced<number>;
  /** 단순경비율 is for revenue below this (인적용역, 직전 과세기간 수입금액); above it the method is a warning. */
  readonly simpleRateRevenueLimit: Sourced<number>;
  /** Revenue above which 단순경비율 gives way to the lower 초과율 (인적용역). */
  readonly simpleRateExcessAbove: Sourced<number>;
  /** 기타소득 of 인적용역 (제21조①19호): the share of its revenue deemed 필요경비, in percent. */
  readonly otherIncomeExpensePercent: Sourced<number>;
  /** 기타소득금액 up to this may be taxed apart (분리과세: the withholding is final) instead of on the return. */
  readonly otherIncomeSeparateUpTo: Sourced<number>;
  /** 종합소득세 확정신고·납부, in the year after the tax year. */
  readonly settlementDue: Sourced<MonthDay>;
  /** When a refund of the May return is expected, in the year after the tax year (an assumption, not a law). */
  readonly refundExpected: Sourced<MonthDay>;
  /** 중간예납, in the tax year. */
  readonly interimDue: Sourced<MonthDay>;
}

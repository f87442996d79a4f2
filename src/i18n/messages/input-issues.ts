import type { Catalogue } from '../catalogue.js';

/** The frame around input problems: the words cashflow adds to each reader's message, and the closing count. */
export interface InputIssueMessages {
  /** The path of a JSON problem with the whole document. */
  topLevel(): string;
  /** Put before a warning's line. */
  warningPrefix(): string;
  /** The subject of a problem with a whole file, with a column, or with one cell's value. */
  wholeFile(): string;
  column(heading: string): string;
  cell(field: string, value: string): string;
  /**
   * How a translated problem follows its subject, and its hint the problem: English runs `amount "abc" is not an
   * amount; write…`, Korean puts whole sentences after a colon. An issue in English only keeps the English joins.
   */
  afterSubject(subject: string, problem: string): string;
  withHint(problem: string, hint: string): string;
  /** Added to a row's error that --skip-invalid turned into a warning. */
  rowSkipped(problem: string): string;
  /** What follows the kept lines when there were more than the limit. */
  more(count: number, severity: 'warning' | 'error'): string;
  /** The last line of a run the input stopped. */
  nothingForecast(errors: number): string;
}

export const INPUT_ISSUES = {
  en: {
    topLevel: () => '(top level)',
    warningPrefix: () => 'warning: ',
    wholeFile: () => 'file',
    column: (heading) => `column "${heading}"`,
    cell: (field, value) => `${field} "${value}"`,
    afterSubject: (subject, problem) => `${subject} ${problem}`,
    withHint: (problem, hint) => `${problem}; ${hint}`,
    rowSkipped: (problem) => `${problem} (row skipped)`,
    more: (count, severity) => `… and ${count} more ${severity}s`,
    nothingForecast: (errors) => `${errors} input error${errors === 1 ? '' : 's'}; nothing was forecast.`,
  },
  ko: {
    topLevel: () => '(최상위)',
    warningPrefix: () => '경고: ',
    wholeFile: () => '파일',
    column: (heading) => `열 "${heading}"`,
    cell: (field, value) => `${field} "${value}"`,
    afterSubject: (subject, problem) => `${subject}: ${problem}`,
    withHint: (problem, hint) => `${problem} ${hint}`,
    rowSkipped: (problem) => `${problem} 이 행은 건너뛰었습니다.`,
    more: (count, severity) => `… 외 ${severity === 'warning' ? '경고' : '오류'} ${count}건`,
    nothingForecast: (errors) => `입력 오류 ${errors}건 때문에 예측하지 않았습니다.`,
  },
} satisfies Catalogue<InputIssueMessages>;

import type { Catalogue } from '../catalogue.js';

/** The words of a bug report (src/cli/bug-report.ts): what happened, and the line naming the command run. */
export interface CliBugReportMessages {
  internalError(): string;
  command(commandLine: string): string;
}

export const CLI_BUG_REPORT = {
  en: {
    internalError: () => 'cashflow: internal error — this is a bug in cashflow. Please report it with the command you ran and this text:',
    command: (commandLine) => `  command: ${commandLine}`,
  },
  ko: {
    internalError: () => 'cashflow: 내부 오류 — cashflow의 버그입니다. 실행한 명령과 아래 내용을 함께 알려 주세요:',
    command: (commandLine) => `  명령: ${commandLine}`,
  },
} satisfies Catalogue<CliBugReportMessages>;

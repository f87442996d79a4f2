import type { Day } from '../../domain/day.js';
import { formatDay } from '../../domain/day.js';
import { RATE_WORDS } from '../../domain/decimal-rate.js';
import { AMOUNT_WORDS } from '../../domain/money.js';
import { DAY_WORDS } from '../../domain/parse-day.js';
import type { Catalogue } from '../catalogue.js';

// Korean problems and hints are whole sentences: the Korean frame puts `: ` after the cell and a space between the
// two (src/render/input-issues.ts), where the English runs `amount "abc" is not an amount; write digits…`.

/** The domain's refusals (their English is the domain's own words) and the cell schemas' messages. */
export interface InputCellMessages {
  amountOtherCurrency(written: string, forecast: string): string;
  amountOtherCurrencyHint(written: string, forecast: string): string;
  amountTwoWays(): string;
  amountTwoWaysHint(thousands: string, plain: string): string;
  notAnAmount(): string;
  notAnAmountHint(example: string): string;
  amountDecimals(count: number, code: string, decimals: number): string;
  amountDecimalsHint(decimals: number, example: string): string;
  amountTooLarge(): string;
  amountTooLargeHint(): string;
  notADay(): string;
  notADayHint(): string;
  notADate(): string;
  notADateHint(): string;
  dayOrMonth(): string;
  dayOrMonthHint(): string;
  rateTwoWays(): string;
  rateTwoWaysHint(plain: string, pointed: string): string;
  notARate(): string;
  rateZero(): string;
  rateDecimalComma(): string;
  rateDecimalCommaHint(pointed: string): string;
  rateDigits(digits: number): string;
  withholdingAbove(): string;
  withholdingAboveHint(): string;
  withholdingHint(): string;
  exchangeRateHint(): string;
  yearlyRateAbove(): string;
  yearlyRateHint(): string;
  notACurrency(): string;
  notACurrencyHint(): string;
  currencyFlagHint(): string;
  everyAmountWrittenIn(written: string, count: number, forecast: string): string;
  everyAmountWrittenInHint(written: string): string;
  untilWithoutRepeat(): string;
  untilWithoutRepeatHint(): string;
  untilBeforeStart(start: Day): string;
  untilBeforeStartHint(): string;
  amountZero(): string;
  amountNegative(): string;
  positiveAmountHint(): string;
  notARepeat(): string;
  notARepeatHint(repeats: readonly string[]): string;
  notAVatType(): string;
  notAVatTypeHint(): string;
  textTooLong(): string;
  cellEmpty(): string;
  cellNeeded(field: string | undefined): string;
  correctCell(): string;
  unreadableCharacters(count: number): string;
  unreadableCharactersHint(): string;
  /** A date read day first (`dayFirst`) in a file whose other date, `heading "text"` on `line`, is month first, or the reverse. */
  datesTwoOrders(dayFirst: boolean, heading: string, text: string, line: number): string;
  datesTwoOrdersHint(): string;
}

const ORDER_EN = (dayFirst: boolean) => (dayFirst ? 'day/month' : 'month/day');
const ORDER_KO = (dayFirst: boolean) => (dayFirst ? '일/월' : '월/일');

export const INPUT_CELLS = {
  en: {
    ...AMOUNT_WORDS,
    ...DAY_WORDS,
    ...RATE_WORDS,
    notACurrency: () => 'is not a currency code',
    notACurrencyHint: () => 'use a three-letter ISO 4217 code such as USD',
    currencyFlagHint: () => 'use a three-letter ISO 4217 code such as KRW, USD or EUR',
    everyAmountWrittenIn: (written, count, forecast) =>
      `is written in ${written}, like every amount of the file (${count}), but the forecast is in ${forecast}`,
    everyAmountWrittenInHint: (written) =>
      `forecast in ${written} with --currency ${written}, or give the rows a currency column and a rate (--fx ${written}=RATE)`,
    untilWithoutRepeat: () => 'is set but the row does not repeat',
    untilWithoutRepeatHint: () => 'add a repeat rule (e.g. monthly) or clear the until cell',
    untilBeforeStart: (start) => `is before the first date ${formatDay(start)}`,
    untilBeforeStartHint: () => 'the last date must be on or after the first one',
    amountZero: () => 'is zero',
    amountNegative: () => 'is negative',
    positiveAmountHint: () => 'write the amount as a positive number: the file says whether money comes in or goes out (credit notes are not supported)',
    notARepeat: () => 'is not a repeat rule',
    notARepeatHint: (repeats) => `use one of ${repeats.join(', ')}`,
    notAVatType: () => 'is not a VAT type',
    notAVatTypeHint: () => 'write taxable (the amount includes 10 % VAT) or exempt',
    textTooLong: () => 'is longer than 500 characters',
    cellEmpty: () => 'is empty',
    cellNeeded: (field) => `every row needs a ${field ?? 'value'}`,
    correctCell: () => 'correct this cell',
    unreadableCharacters: (count) =>
      `has ${count === 1 ? 'a character' : `${count} characters`} that could not be read (shown as \uFFFD): the file has bytes that are not valid in its encoding`,
    unreadableCharactersHint: () =>
      'retype the cell in the spreadsheet and save the file again as "CSV UTF-8"; if it is in another encoding, name it with --encoding',
    datesTwoOrders: (dayFirst, heading, text, line) => `is ${ORDER_EN(dayFirst)}, but ${heading} "${text}" on line ${line} is ${ORDER_EN(!dayFirst)}`,
    datesTwoOrdersHint: () => 'a file writes its dates one way: correct the one that is wrong, or write dates as YYYY-MM-DD',
  },
  ko: {
    amountOtherCurrency: (written, forecast) => `${written} 금액인데, 예측 통화는 ${forecast}입니다.`,
    amountOtherCurrencyHint: (written, forecast) =>
      `${forecast}로 적거나, 그 행에 통화와 환율(--fx ${written}=…)을 주거나, --currency ${written}로 실행하세요.`,
    amountTwoWays: () => '소수점을 쉼표로 쓰는 열이라 두 가지로 읽힐 수 있습니다.',
    amountTwoWaysHint: (thousands, plain) =>
      `천 단위라면 ${thousands} 또는 구분 기호 없이 ${plain}로 적으세요. 이 열이 소수점을 마침표로 쓴다면 --decimal-comma를 빼세요.`,
    notAnAmount: () => '금액이 아닙니다.',
    notAnAmountHint: (example) => `숫자로 적으세요. 천 단위 구분 기호는 넣어도 됩니다(예: ${example}).`,
    amountDecimals: (count, code, decimals) =>
      decimals === 0
        ? `소수점 아래 ${count}자리가 있지만, ${code}에는 소수 단위가 없습니다.`
        : `소수점 아래 ${count}자리가 있지만, ${code}는 ${decimals}자리까지입니다.`,
    amountDecimalsHint: (decimals, example) =>
      decimals === 0 ? `정수로 반올림하세요(예: ${example}).` : `소수점 아래 ${decimals}자리로 반올림하세요(예: ${example}).`,
    amountTooLarge: () => '금액이 너무 큽니다.',
    amountTooLargeHint: () => '금액은 최소 단위로 9,007,199,254,740,991보다 작아야 합니다.',
    notADay: () => '달력에 없는 날짜입니다.',
    notADayHint: () => '월과 일을 확인하세요(예: 2026-02-28).',
    notADate: () => '날짜가 아닙니다.',
    notADateHint: () => '날짜는 YYYY-MM-DD로 적으세요(예: 2026-12-01). 2026.12.01, 2026년 12월 1일, Dec 1, 2026도 읽습니다.',
    dayOrMonth: () => '일/월인지 월/일인지 알 수 없습니다.',
    dayOrMonthHint: () => 'YYYY-MM-DD로 적거나, --date-format DD/MM/YYYY 또는 --date-format MM/DD/YYYY로 순서를 알려 주세요.',
    rateTwoWays: () => '두 가지로 읽힐 수 있습니다.',
    rateTwoWaysHint: (plain, pointed) => `천 단위라면 ${plain}, 쉼표가 소수점이라면 ${pointed}로 적으세요.`,
    notARate: () => '비율이 아닙니다.',
    rateZero: () => '0입니다.',
    rateDecimalComma: () => '소수점을 쉼표로 썼습니다.',
    rateDecimalCommaHint: (pointed) => `소수점은 마침표로 적으세요: ${pointed}`,
    rateDigits: (digits) => `숫자가 ${digits}자리를 넘습니다.`,
    withholdingAbove: () => '50%를 넘습니다.',
    withholdingAboveHint: () => '프리랜서 원천징수율은 3.3%입니다. 3.3으로 적으세요.',
    withholdingHint: () => '3.3%, 3.3 또는 0.033으로 적으세요.',
    exchangeRateHint: () => '외화 1단위가 예측 통화로 얼마인지 소수점(마침표)으로 적으세요(예: 1390.5).',
    yearlyRateAbove: () => '연 1,000%를 넘습니다',
    yearlyRateHint: () => '연이율을 퍼센트로 적으세요(예: 6.5).',
    notACurrency: () => '통화 코드가 아닙니다.',
    notACurrencyHint: () => 'USD처럼 ISO 4217 세 글자 코드를 쓰세요.',
    currencyFlagHint: () => 'KRW, USD, EUR처럼 ISO 4217 세 글자 코드를 쓰세요.',
    everyAmountWrittenIn: (written, count, forecast) => `파일의 모든 금액(${count}건)처럼 ${written} 금액인데, 예측 통화는 ${forecast}입니다.`,
    everyAmountWrittenInHint: (written) => `--currency ${written}로 ${written} 기준 예측을 하거나, 행마다 통화 열과 환율(--fx ${written}=RATE)을 주세요.`,
    untilWithoutRepeat: () => '종료일이 있지만 이 행은 반복하지 않습니다.',
    untilWithoutRepeatHint: () => '반복 규칙(예: monthly)을 넣거나 종료일 칸을 비우세요.',
    untilBeforeStart: (start) => `첫 날짜(${formatDay(start)})보다 앞섭니다.`,
    untilBeforeStartHint: () => '종료일은 첫 날짜와 같거나 그 뒤여야 합니다.',
    amountZero: () => '금액이 0입니다.',
    amountNegative: () => '금액이 음수입니다.',
    positiveAmountHint: () => '금액은 양수로 적으세요. 들어오는 돈인지 나가는 돈인지는 파일이 정합니다(마이너스 청구서는 지원하지 않습니다).',
    notARepeat: () => '반복 규칙이 아닙니다.',
    notARepeatHint: (repeats) => `${repeats.join(', ')} 중 하나를 쓰세요(매월, 매주 같은 한국어도 됩니다).`,
    notAVatType: () => '부가세 구분이 아닙니다.',
    notAVatTypeHint: () => 'taxable(과세, 금액에 부가세 10% 포함) 또는 exempt(면세)로 적으세요.',
    textTooLong: () => '500자를 넘습니다.',
    cellEmpty: () => '비어 있습니다.',
    cellNeeded: (field) => (field === undefined ? '모든 행에 값이 있어야 합니다.' : `모든 행에 ${field} 값이 있어야 합니다.`),
    correctCell: () => '이 칸을 고치세요.',
    unreadableCharacters: (count) => `읽을 수 없는 문자가 ${count}개 있습니다(\uFFFD로 표시). 파일의 인코딩에 맞지 않는 바이트가 있습니다.`,
    unreadableCharactersHint: () => '스프레드시트에서 그 칸을 다시 입력하고 "CSV UTF-8"로 다시 저장하세요. 다른 인코딩이라면 --encoding으로 알려 주세요.',
    datesTwoOrders: (dayFirst, heading, text, line) =>
      `${ORDER_KO(dayFirst)} 순서인데, ${line}번째 줄 ${heading} "${text}"의 순서는 ${ORDER_KO(!dayFirst)}입니다.`,
    datesTwoOrdersHint: () => '한 파일의 날짜는 한 가지 순서로 적습니다. 잘못 적은 쪽을 고치거나 날짜를 YYYY-MM-DD로 적으세요.',
  },
} satisfies Catalogue<InputCellMessages>;

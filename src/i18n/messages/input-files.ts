import type { Catalogue } from '../catalogue.js';

/** Why a file system refused, by errno code, in English: what src/read/file-error.ts has always said. */
const SYSTEM_EN: Readonly<Record<string, readonly [reason: string, hint: string]>> = {
  ENOENT: ['no such file or folder (ENOENT)', 'check the path; it is read relative to the current directory'],
  EACCES: ['permission denied (EACCES)', 'check the permissions of the file and of its folders'],
  EPERM: ['operation not permitted (EPERM)', 'check the permissions of the file and of its folders'],
  ELOOP: ['a loop of symbolic links (ELOOP)', 'point the link at the file itself'],
  ENOTDIR: ['part of its path is a file, not a folder (ENOTDIR)', 'check the path'],
  ENAMETOOLONG: ['its name is too long for the file system (ENAMETOOLONG)', 'use a shorter name'],
  EISDIR: ['it is a directory (EISDIR)', 'name a file inside it'],
  EEXIST: ['another file appeared there meanwhile (EEXIST)', 'another program is writing there; try again'],
  ENOSPC: ['no space left on the device (ENOSPC)', 'free some space, or write elsewhere'],
  EDQUOT: ['disk quota exceeded (EDQUOT)', 'free some space, or write elsewhere'],
  EFBIG: ['the file is too large for the file system (EFBIG)', 'free some space, or write elsewhere'],
  EROFS: ['the file system is read-only (EROFS)', 'choose a place you can write to'],
  ENXIO: ['nothing is attached to the device or socket (ENXIO)', 'name a regular file'],
  EIO: ['input/output error (EIO)', 'check the disk or the network share'],
};

// Korean reasons are noun phrases (`권한 없음 (EACCES)`): they follow `읽을 수 없습니다: ` and `쓸 수 없습니다: `.
const SYSTEM_KO: Readonly<Record<string, readonly [reason: string, hint: string]>> = {
  ENOENT: ['그런 파일이나 폴더 없음 (ENOENT)', '경로를 확인하세요. 경로는 현재 폴더를 기준으로 읽습니다.'],
  EACCES: ['권한 없음 (EACCES)', '파일과 그 폴더들의 권한을 확인하세요.'],
  EPERM: ['허용되지 않는 작업 (EPERM)', '파일과 그 폴더들의 권한을 확인하세요.'],
  ELOOP: ['심볼릭 링크가 돌고 돎 (ELOOP)', '링크가 파일 자체를 가리키게 하세요.'],
  ENOTDIR: ['경로 중간에 폴더가 아닌 파일이 있음 (ENOTDIR)', '경로를 확인하세요.'],
  ENAMETOOLONG: ['파일 시스템에 비해 이름이 너무 김 (ENAMETOOLONG)', '더 짧은 이름을 쓰세요.'],
  EISDIR: ['폴더임 (EISDIR)', '그 안의 파일 이름을 주세요.'],
  EEXIST: ['그사이 다른 파일이 생김 (EEXIST)', '다른 프로그램이 그곳에 쓰고 있습니다. 다시 시도하세요.'],
  ENOSPC: ['저장 공간 부족 (ENOSPC)', '공간을 비우거나 다른 곳에 쓰세요.'],
  EDQUOT: ['디스크 할당량 초과 (EDQUOT)', '공간을 비우거나 다른 곳에 쓰세요.'],
  EFBIG: ['파일 시스템에 비해 파일이 너무 큼 (EFBIG)', '공간을 비우거나 다른 곳에 쓰세요.'],
  EROFS: ['읽기 전용 파일 시스템 (EROFS)', '쓸 수 있는 곳을 고르세요.'],
  ENXIO: ['장치나 소켓에 연결된 것이 없음 (ENXIO)', '일반 파일 이름을 주세요.'],
  EIO: ['입출력 오류 (EIO)', '디스크나 네트워크 공유 폴더를 확인하세요.'],
};

function systemReasonEn(code: string): string {
  return SYSTEM_EN[code]?.[0] ?? `the system said ${code}`;
}

function systemReasonKo(code: string): string {
  return SYSTEM_KO[code]?.[0] ?? `시스템 오류 ${code}`;
}

export const KIND_KO: Readonly<Record<string, string>> = {
  'a directory': '폴더',
  'a named pipe (FIFO)': '이름 있는 파이프(FIFO)',
  'a character device': '문자 장치',
  'a block device': '블록 장치',
  'a socket': '소켓',
};

// csv-parse's error codes that its options here can raise, in Korean.
const CSV_ERRORS_KO: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: '따옴표로 연 칸이 파일 끝까지 닫히지 않았습니다',
  CSV_INVALID_CLOSING_QUOTE: '닫는 따옴표 뒤에 구분 기호가 아닌 문자가 있습니다',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '닫는 따옴표 뒤에 구분 기호가 아닌 문자가 있습니다',
  INVALID_OPENING_QUOTE: '칸 중간에 여는 따옴표가 있습니다',
  CSV_MAX_RECORD_SIZE: '한 행이 너무 깁니다',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: '행마다 칸 수가 다릅니다',
  CSV_RECORD_INCONSISTENT_COLUMNS: '행마다 칸 수가 다릅니다',
};

// jsonc-parser's ParseErrorCode names (printParseErrorCode), in Korean.
const JSON_ERRORS_KO: Readonly<Record<string, string>> = {
  InvalidSymbol: 'JSON에 쓸 수 없는 기호가 있습니다',
  InvalidNumberFormat: '숫자 형식이 잘못되었습니다',
  PropertyNameExpected: '큰따옴표로 감싼 항목 이름이 있어야 합니다',
  ValueExpected: '값이 있어야 합니다',
  ColonExpected: '콜론(:)이 빠졌습니다',
  CommaExpected: '쉼표(,)가 빠졌습니다',
  CloseBraceExpected: '닫는 중괄호(})가 빠졌습니다',
  CloseBracketExpected: '닫는 대괄호(])가 빠졌습니다',
  EndOfFileExpected: '끝난 뒤에 내용이 더 있습니다',
  InvalidCommentToken: '주석이 잘못되었습니다',
  UnexpectedEndOfComment: '주석이 닫히지 않았습니다',
  UnexpectedEndOfString: '문자열이 닫히지 않았습니다',
  UnexpectedEndOfNumber: '숫자가 중간에 끝났습니다',
  InvalidUnicode: '유니코드 이스케이프가 잘못되었습니다',
  InvalidEscapeCharacter: '이스케이프 문자가 잘못되었습니다',
  InvalidCharacter: '문자열에 쓸 수 없는 문자가 있습니다',
};

/** Messages about a whole file: reading it, its bytes, its CSV, its header and its JSON. */
export interface InputFileMessages {
  systemReason(code: string): string;
  systemHint(code: string): string;
  cannotRead(code: string): string;
  doesNotExist(): string;
  brokenLink(): string;
  brokenLinkHint(): string;
  stdinHere(): string;
  stdinHereHint(): string;
  isDirectory(): string;
  isDirectoryHint(): string;
  notRegular(kind: string): string;
  notRegularHint(): string;
  tooLarge(size: string): string;
  tooManyCharacters(): string;
  splitHint(): string;
  isPdf(): string;
  isPdfHint(): string;
  isZip(): string;
  isOldExcel(): string;
  saveAsCsvHint(): string;
  notText(forced: string | undefined): string;
  notTextHint(encodings: readonly string[]): string;
  /** `detail`: csv-parse's English; `code`: its error code, which Korean words. */
  notCsv(detail: string, code: string | undefined): string;
  notCsvHint(): string;
  fileEmpty(): string;
  fileEmptyHint(): string;
  headerOnly(): string;
  headerOnlyHint(): string;
  unknownColumn(): string;
  unknownColumnHint(known: readonly string[], heading: string): string;
  twoColumns(earlier: number, earlierHeading: string, field: string): string;
  twoColumnsHint(field: string, earlierHeading: string): string;
  noColumn(field: string): string;
  noColumnHint(field: string, header: string): string;
  /** `detail`: the parser's English; `code`: jsonc-parser's name of the error, which Korean words. */
  notJson(detail: string, code: string | undefined): string;
  notJsonHint(): string;
  configNotJsonHint(): string;
  tooDeep(levels: number): string;
  tooDeepHint(): string;
}

export const INPUT_FILES = {
  en: {
    systemReason: (code) => systemReasonEn(code),
    systemHint: (code) => SYSTEM_EN[code]?.[1] ?? 'check the path and the file',
    cannotRead: (code) => `cannot be read: ${systemReasonEn(code)}`,
    doesNotExist: () => 'does not exist',
    brokenLink: () => 'is a symbolic link to a file that does not exist',
    brokenLinkHint: () => 'point the link at the file, or name the file itself',
    stdinHere: () => 'cannot be read here',
    stdinHereHint: () => 'name a file instead of -',
    isDirectory: () => 'is a directory, not a CSV file',
    isDirectoryHint: () => 'name the CSV file inside it',
    notRegular: (kind) => `is ${kind}, not a regular file`,
    notRegularHint: () => 'save it as a file, or pass - and send it on standard input',
    tooLarge: (size) => `is larger than ${size}, the most cashflow reads from one file`,
    tooManyCharacters: () => 'holds more characters than cashflow can keep as text (about 536 million)',
    splitHint: () => 'split it, e.g. into one file per year',
    isPdf: () => 'is a PDF, not a CSV file',
    isPdfHint: () => 'export the data behind it as CSV instead',
    isZip: () => 'is a zip archive such as an Excel workbook (.xlsx), not a CSV file',
    isOldExcel: () => 'is an old Excel workbook (.xls), not a CSV file',
    saveAsCsvHint: () => 'open it in Excel or Google Sheets and save it as "CSV UTF-8 (comma delimited)"',
    notText: (forced) =>
      `is not a text file (${forced === undefined ? 'its bytes are not text in any encoding cashflow reads' : `it does not read as ${forced}`})`,
    notTextHint: (encodings) => `save it as CSV; if it is CSV in another encoding, name it with --encoding (${encodings.join(', ')})`,
    notCsv: (detail) => `is not valid CSV (${detail})`,
    notCsvHint: () => 'check that every quoted field has its closing quote, or re-export the sheet as CSV',
    fileEmpty: () => 'is empty',
    fileEmptyHint: () => 'the file needs a header row (and rows of data under it)',
    headerOnly: () => 'has a header row but no data rows; it is read as an empty list',
    headerOnlyHint: () => 'add rows under the header, or check that this is the right file',
    unknownColumn: () => 'is not a column cashflow knows; its cells are ignored',
    unknownColumnHint: (known, heading) =>
      `known columns: ${known.join(', ')}; map it with --map FIELD="${heading}", or silence it with --ignore-column "${heading}"`,
    twoColumns: (earlier, earlierHeading, field) => `and column ${earlier} ("${earlierHeading}") both look like the ${field} column`,
    twoColumnsHint: (field, earlierHeading) => `choose one with --map ${field}="${earlierHeading}" (or the other), or rename a column`,
    noColumn: (field) => `has no "${field}" column`,
    noColumnHint: (field, header) => `add a column headed "${field}", or name yours with --map ${field}="…"; the header is: ${header}`,
    notJson: (detail) => `is not valid JSON (${detail})`,
    notJsonHint: () => 'check commas and quotes; a JSON linter shows where',
    configNotJsonHint: () => 'check commas and quotes; `cashflow init` writes a valid starter',
    tooDeep: (levels) => `nests more than ${levels} levels deep`,
    tooDeepHint: () => 'no setting needs that: check what wrote the file',
  },
  ko: {
    systemReason: (code) => systemReasonKo(code),
    systemHint: (code) => SYSTEM_KO[code]?.[1] ?? '경로와 파일을 확인하세요.',
    cannotRead: (code) => `읽을 수 없습니다: ${systemReasonKo(code)}.`,
    doesNotExist: () => '없는 파일입니다.',
    brokenLink: () => '없는 파일을 가리키는 심볼릭 링크입니다.',
    brokenLinkHint: () => '링크가 파일을 가리키게 하거나 파일 이름을 직접 주세요.',
    stdinHere: () => '여기서는 표준 입력을 읽을 수 없습니다.',
    stdinHereHint: () => '- 대신 파일 이름을 주세요.',
    isDirectory: () => 'CSV 파일이 아니라 폴더입니다.',
    isDirectoryHint: () => '그 안의 CSV 파일 이름을 주세요.',
    notRegular: (kind) => `일반 파일이 아니라 ${KIND_KO[kind] ?? kind}입니다.`,
    notRegularHint: () => '파일로 저장하거나, -를 주고 표준 입력으로 보내세요.',
    tooLarge: (size) => `cashflow가 한 파일에서 읽는 최대 크기인 ${size}보다 큽니다.`,
    tooManyCharacters: () => 'cashflow가 텍스트로 담을 수 있는 글자 수(약 5억 3,600만 자)보다 많습니다.',
    splitHint: () => '파일을 나누세요(예: 연도별로 한 파일씩).',
    isPdf: () => 'CSV 파일이 아니라 PDF입니다.',
    isPdfHint: () => '그 안의 데이터를 CSV로 내보내세요.',
    isZip: () => 'CSV 파일이 아니라 엑셀 통합 문서(.xlsx) 같은 zip 압축 파일입니다.',
    isOldExcel: () => 'CSV 파일이 아니라 예전 엑셀 통합 문서(.xls)입니다.',
    saveAsCsvHint: () => '엑셀이나 구글 스프레드시트에서 열어 "CSV UTF-8(쉼표로 분리)"로 저장하세요.',
    notText: (forced) =>
      forced === undefined
        ? '텍스트 파일이 아닙니다(cashflow가 읽는 어떤 인코딩으로도 텍스트가 아닙니다).'
        : `텍스트 파일이 아닙니다(${forced}로 읽히지 않습니다).`,
    notTextHint: (encodings) => `CSV로 저장하세요. 다른 인코딩의 CSV라면 --encoding으로 알려 주세요(${encodings.join(', ')}).`,
    notCsv: (_detail, code) => `올바른 CSV가 아닙니다(${CSV_ERRORS_KO[code ?? ''] ?? '형식 오류'}).`,
    notCsvHint: () => '따옴표로 연 칸마다 닫는 따옴표가 있는지 확인하거나, 시트를 CSV로 다시 내보내세요.',
    fileEmpty: () => '비어 있습니다.',
    fileEmptyHint: () => '머리글 행(과 그 아래 데이터 행)이 있어야 합니다.',
    headerOnly: () => '머리글 행만 있고 데이터 행이 없어 빈 목록으로 읽습니다.',
    headerOnlyHint: () => '머리글 아래에 행을 넣거나, 맞는 파일인지 확인하세요.',
    unknownColumn: () => 'cashflow가 모르는 열이라 그 칸들은 읽지 않습니다.',
    unknownColumnHint: (known, heading) =>
      `아는 열: ${known.join(', ')}. --map FIELD="${heading}"로 연결하거나 --ignore-column "${heading}"로 이 경고를 끄세요.`,
    twoColumns: (earlier, earlierHeading, field) => `${earlier}번째 열("${earlierHeading}")과 함께 둘 다 ${field} 열로 보입니다.`,
    twoColumnsHint: (field, earlierHeading) => `--map ${field}="${earlierHeading}"(또는 다른 쪽)로 하나를 고르거나 열 이름을 바꾸세요.`,
    noColumn: (field) => `"${field}" 열이 없습니다.`,
    noColumnHint: (field, header) => `"${field}" 열을 추가하거나 --map ${field}="…"로 내 열을 알려 주세요. 머리글: ${header}`,
    notJson: (_detail, code) => `올바른 JSON이 아닙니다(${JSON_ERRORS_KO[code ?? ''] ?? '문법 오류'}).`,
    notJsonHint: () => '쉼표와 따옴표를 확인하세요. JSON 검사기를 쓰면 위치가 보입니다.',
    configNotJsonHint: () => '쉼표와 따옴표를 확인하세요. `cashflow init`이 올바른 시작 설정을 만들어 줍니다.',
    tooDeep: (levels) => `${levels}단계보다 깊게 중첩되어 있습니다.`,
    tooDeepHint: () => '그런 설정은 없습니다. 이 파일을 만든 프로그램을 확인하세요.',
  },
} satisfies Catalogue<InputFileMessages>;

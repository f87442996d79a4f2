import { groupThousands } from '../../domain/money.js';
import type { Catalogue } from '../catalogue.js';

/** What about a password-protected workbook's encryption cashflow cannot decrypt, as data the catalogue words. */
export type EncryptionWhy =
  | { readonly why: 'descriptionCutShort' | 'contentsCutShort' | 'malformed' | 'notPassword' | 'rc4' }
  | { readonly why: 'version'; readonly major: number; readonly minor: number }
  | { readonly why: 'cipher' | 'chaining' | 'hash'; readonly name: string | undefined }
  | { readonly why: 'keyBits'; readonly bits: string | undefined }
  | { readonly why: 'spinCount'; readonly count: number; readonly most: number };

function encryptionEn(reason: EncryptionWhy): string {
  switch (reason.why) {
    case 'descriptionCutShort':
      return 'its encryption description is cut short';
    case 'contentsCutShort':
      return 'its encrypted contents are cut short';
    case 'malformed':
      return 'its encryption description is malformed';
    case 'notPassword':
      return 'it is not encrypted with a password';
    case 'rc4':
      return 'it uses RC4 or another cipher than AES';
    case 'version':
      return `it uses an encryption cashflow does not know (version ${reason.major}.${reason.minor})`;
    case 'cipher':
      return `it is encrypted with ${reason.name ?? 'an unnamed cipher'}, not AES`;
    case 'chaining':
      return `it chains its cipher by ${reason.name ?? 'an unnamed mode'}`;
    case 'hash':
      return `it hashes with ${reason.name || 'an unnamed algorithm'}`;
    case 'keyBits':
      return `its key is ${reason.bits} bits long`;
    case 'spinCount':
      return `it asks for ${reason.count} rounds of key stretching, more than cashflow does (${reason.most})`;
  }
}

// Noun phrases: they sit in the parentheses of cannotDecrypt.
function encryptionKo(reason: EncryptionWhy): string {
  switch (reason.why) {
    case 'descriptionCutShort':
      return '암호화 정보가 중간에 잘림';
    case 'contentsCutShort':
      return '암호화된 내용이 중간에 잘림';
    case 'malformed':
      return '암호화 정보의 형식이 잘못됨';
    case 'notPassword':
      return '암호로 잠근 파일이 아님';
    case 'rc4':
      return 'AES가 아닌 RC4 등의 암호 방식';
    case 'version':
      return `cashflow가 모르는 암호화 방식, 버전 ${reason.major}.${reason.minor}`;
    case 'cipher':
      return reason.name === undefined ? 'AES가 아닌 이름 없는 암호 방식' : `AES가 아닌 ${reason.name} 암호 방식`;
    case 'chaining':
      return reason.name === undefined ? '이름 없는 블록 연결 방식' : `지원하지 않는 블록 연결 방식 ${reason.name}`;
    case 'hash':
      return reason.name ? `지원하지 않는 해시 ${reason.name}` : '이름 없는 해시';
    case 'keyBits':
      return `키 길이 ${reason.bits}비트`;
    case 'spinCount':
      return `키 늘이기 ${groupThousands(String(reason.count))}회, cashflow가 하는 ${groupThousands(String(reason.most))}회보다 많음`;
  }
}

/** Messages about a workbook (xlsx, xls, a bank's HTML table): its container, its password, its sheets. */
export interface InputWorkbookMessages {
  htmlWithoutTable(): string;
  htmlWithoutTableHint(): string;
  htmlTooIntricate(): string;
  saveAsXlsxOrCsvHint(): string;
  damagedXls(): string;
  againHint(): string;
  cannotDecrypt(reason: EncryptionWhy): string;
  saveUnprotectedHint(): string;
  wrongPassword(): string;
  wrongPasswordHint(): string;
  protectedXls(): string;
  zipNotWorkbook(): string;
  zipNotWorkbookHint(): string;
  officeNotWorkbook(): string;
  officeNotWorkbookHint(): string;
  damagedWorkbook(detail: string): string;
  pastColumnXfd(): string;
  pastColumnXfdHint(): string;
  damagedZip(): string;
  damagedZipHint(): string;
  zipTooManyParts(count: number): string;
  zipTooManyPartsHint(): string;
  encryptedZip(): string;
  encryptedZipHint(): string;
  zipMethod(method: number): string;
  zipMethodHint(): string;
  unpacksTooLarge(mebibytes: number): string;
  unpacksTooLargeHint(): string;
  noSuchSheet(wanted: string): string;
  noSuchSheetHint(sheets: string): string;
  emptySheet(name: string | undefined): string;
  emptySheetHint(others: string | undefined): string;
  emptyWorkbook(): string;
  emptyWorkbookHint(): string;
  needsPassword(): string;
  needsPasswordHint(): string;
}

export const INPUT_WORKBOOK = {
  en: {
    htmlWithoutTable: () => 'is an HTML page without a table',
    htmlWithoutTableHint: () => 'save the statement from the bank’s site as Excel or CSV',
    htmlTooIntricate: () => 'has tables spanned in more ways than cashflow lays out',
    saveAsXlsxOrCsvHint: () => 'open it in Excel and save it as .xlsx or CSV',
    damagedXls: () => 'is a damaged .xls workbook (cut short, or not a workbook at all)',
    againHint: () => 'download or export the file again; if it still fails, open it in Excel and save it as .xlsx or CSV',
    cannotDecrypt: (reason) => `is a password-protected workbook cashflow cannot decrypt: ${encryptionEn(reason)}`,
    saveUnprotectedHint: () => 'open it in Excel, remove the password (File > Info > Protect Workbook) and save it, or save it as CSV',
    wrongPassword: () => 'is a password-protected workbook, and the password given does not open it',
    wrongPasswordHint: () => 'check the password (CASHFLOW_BANK_PASSWORD, or the one typed at the prompt)',
    protectedXls: () => 'is a password-protected .xls workbook, which cashflow cannot open',
    zipNotWorkbook: () => 'is a zip archive but not an Excel workbook',
    zipNotWorkbookHint: () => 'name the .xlsx file itself; if it is an archive holding one, unpack it first',
    officeNotWorkbook: () => 'is an Office file but not an Excel workbook',
    officeNotWorkbookHint: () => 'export the data as .xlsx or CSV',
    damagedWorkbook: (detail) => `is a damaged workbook (the reader stopped at: ${detail})`,
    pastColumnXfd: () => 'has a cell past column XFD, the last column Excel has',
    pastColumnXfdHint: () => 'the file is damaged or was not made by a spreadsheet; export it again',
    damagedZip: () => 'is a damaged zip archive (a workbook cut short, or not a zip at all)',
    damagedZipHint: () => 'download or export the file again',
    zipTooManyParts: (count) => `is a zip archive of ${count} parts, more than a workbook has`,
    zipTooManyPartsHint: () => 'check that this is the workbook the bank gave',
    encryptedZip: () => 'is an encrypted zip archive',
    encryptedZipHint: () => 'remove the password from the archive, or export the workbook again',
    zipMethod: (method) => `is a zip archive packed in a way cashflow cannot unpack (method ${method})`,
    zipMethodHint: () => 'open it in Excel and save it again as .xlsx',
    unpacksTooLarge: (mebibytes) => `unpacks to more than ${mebibytes} MiB, more than cashflow reads from one workbook`,
    unpacksTooLargeHint: () => 'export a shorter period, or save the sheet as CSV',
    noSuchSheet: (wanted) => `has no sheet named "${wanted}"`,
    noSuchSheetHint: (sheets) => `its sheets are ${sheets}; name one with --sheet`,
    emptySheet: (name) => (name === undefined ? 'has nothing in its table' : `has nothing in its sheet "${name}"`),
    emptySheetHint: (others) =>
      others === undefined ? 'the sheet needs a header row and at least one row of data' : `the data may be in ${others}; name it with --sheet`,
    emptyWorkbook: () => 'has nothing in any of its sheets',
    emptyWorkbookHint: () => 'export the statement again',
    needsPassword: () => 'is a password-protected workbook',
    needsPasswordHint: () =>
      'set CASHFLOW_BANK_PASSWORD to its password (or run cashflow on a terminal to be asked for it); or save it from Excel without the password',
  },
  ko: {
    htmlWithoutTable: () => '표가 없는 HTML 페이지입니다.',
    htmlWithoutTableHint: () => '은행 사이트에서 거래내역을 엑셀이나 CSV로 저장하세요.',
    htmlTooIntricate: () => '표의 셀 병합이 cashflow가 펼칠 수 있는 것보다 복잡합니다.',
    saveAsXlsxOrCsvHint: () => '엑셀에서 열어 .xlsx나 CSV로 저장하세요.',
    damagedXls: () => '손상된 .xls 통합 문서입니다(중간에 잘렸거나 통합 문서가 아닙니다).',
    againHint: () => '파일을 다시 내려받거나 내보내세요. 그래도 안 되면 엑셀에서 열어 .xlsx나 CSV로 저장하세요.',
    cannotDecrypt: (reason) => `cashflow가 풀 수 없는 방식으로 암호가 걸린 통합 문서입니다(${encryptionKo(reason)}).`,
    saveUnprotectedHint: () => '엑셀에서 열어 암호를 없애고(파일 > 정보 > 통합 문서 보호) 저장하거나, CSV로 저장하세요.',
    wrongPassword: () => '암호가 걸린 통합 문서인데, 받은 암호로 열리지 않습니다.',
    wrongPasswordHint: () => '암호를 확인하세요(CASHFLOW_BANK_PASSWORD 또는 입력한 암호).',
    protectedXls: () => '암호가 걸린 .xls 통합 문서라 cashflow가 열 수 없습니다.',
    zipNotWorkbook: () => 'zip 압축 파일이지만 엑셀 통합 문서가 아닙니다.',
    zipNotWorkbookHint: () => '.xlsx 파일 자체를 주세요. 그 파일이 든 압축 파일이라면 먼저 압축을 푸세요.',
    officeNotWorkbook: () => '오피스 파일이지만 엑셀 통합 문서가 아닙니다.',
    officeNotWorkbookHint: () => '데이터를 .xlsx나 CSV로 내보내세요.',
    // SheetJS says where it stopped in English only, about its internals: --lang en shows it for a bug report.
    damagedWorkbook: () => '손상된 통합 문서입니다(읽다가 멈췄습니다).',
    pastColumnXfd: () => '엑셀의 마지막 열인 XFD보다 뒤에 칸이 있습니다.',
    pastColumnXfdHint: () => '파일이 손상되었거나 스프레드시트로 만든 파일이 아닙니다. 다시 내보내세요.',
    damagedZip: () => '손상된 zip 압축 파일입니다(통합 문서가 중간에 잘렸거나 zip이 아닙니다).',
    damagedZipHint: () => '파일을 다시 내려받거나 내보내세요.',
    zipTooManyParts: (count) => `zip 압축 파일의 항목이 ${count}개로, 통합 문서치고 너무 많습니다.`,
    zipTooManyPartsHint: () => '은행에서 받은 그 통합 문서가 맞는지 확인하세요.',
    encryptedZip: () => '암호가 걸린 zip 압축 파일입니다.',
    encryptedZipHint: () => '압축 파일의 암호를 없애거나 통합 문서를 다시 내보내세요.',
    zipMethod: (method) => `cashflow가 풀 수 없는 방식(method ${method})으로 압축된 zip 파일입니다.`,
    zipMethodHint: () => '엑셀에서 열어 .xlsx로 다시 저장하세요.',
    unpacksTooLarge: (mebibytes) => `압축을 풀면 ${mebibytes} MiB를 넘어, cashflow가 한 통합 문서에서 읽는 양보다 큽니다.`,
    unpacksTooLargeHint: () => '더 짧은 기간을 내보내거나 시트를 CSV로 저장하세요.',
    noSuchSheet: (wanted) => `"${wanted}" 시트가 없습니다.`,
    noSuchSheetHint: (sheets) => `시트: ${sheets}. --sheet로 하나를 고르세요.`,
    emptySheet: (name) => (name === undefined ? '표가 비어 있습니다.' : `"${name}" 시트가 비어 있습니다.`),
    emptySheetHint: (others) =>
      others === undefined ? '시트에 머리글 행과 데이터 행이 하나 이상 있어야 합니다.' : `데이터는 ${others}에 있을 수 있습니다. --sheet로 고르세요.`,
    emptyWorkbook: () => '모든 시트가 비어 있습니다.',
    emptyWorkbookHint: () => '거래내역을 다시 내보내세요.',
    needsPassword: () => '암호가 걸린 통합 문서입니다.',
    needsPasswordHint: () => 'CASHFLOW_BANK_PASSWORD에 암호를 넣거나(터미널에서 실행하면 암호를 묻습니다), 엑셀에서 암호 없이 저장하세요.',
  },
} satisfies Catalogue<InputWorkbookMessages>;

// Headings people give each field, in English and Korean (matched after headingKey: case, spaces,
// underscores and punctuation do not matter). Anything else is mapped with --map.

export const INVOICE_ALIASES = {
  id: ['invoice', 'invoice id', 'invoice no', 'invoice number', 'invoice #', '#', 'no', 'number', '청구번호', '송장번호', '인보이스번호', '번호'],
  client: ['customer', 'company', 'client name', 'customer name', 'payer', '거래처', '고객', '클라이언트', '거래처명', '고객사'],
  amount: ['total', 'gross', 'invoice amount', 'amount due', '금액', '공급가액', '합계', '청구금액', '합계금액'],
  issued: ['date', 'invoice date', 'issue date', 'issued on', 'date issued', '발행일', '청구일', '작성일', '발행일자'],
  due: ['due date', 'payment due', 'due on', '지급기한', '만기일', '입금예정일', '지급예정일', '결제예정일'],
  paid: ['paid on', 'payment date', 'paid date', 'date paid', '입금일', '지급일', '결제일', '입금일자'],
  currency: ['ccy', 'cur', '통화'],
  repeat: ['recurrence', 'frequency', '반복', '주기'],
  until: ['end', 'end date', 'repeat until', '종료일', '반복종료일'],
  withholding: ['withholding tax', 'wht', 'tax withheld', '원천징수', '원천세', '원천징수세율'],
  vat: ['vat type', 'tax type', '부가세', '과세구분', '과세여부'],
} as const;

export const EXPENSE_ALIASES = {
  date: ['day', 'payment date', 'due', 'due date', '날짜', '일자', '지출일', '결제일', '납부일'],
  amount: ['total', 'cost', 'price', '금액', '지출금액', '합계'],
  description: ['memo', 'item', 'name', 'details', 'payee', '내용', '적요', '항목', '메모', '내역'],
  category: ['type', 'kind', 'group', '분류', '카테고리', '구분'],
  repeat: ['recurrence', 'frequency', '반복', '주기'],
  until: ['end', 'end date', 'repeat until', '종료일', '반복종료일'],
  deferrable: ['deferral', 'pay late', '납부유예', '유예'],
  // The VAT of a purchase an 일반과세자 deducts (부가가치세 매입세액): src/read/input-vat-cell.ts.
  inputVat: ['input vat', 'vat paid', 'deductible vat', '매입세액', '매입부가세', '공제세액'],
} as const;

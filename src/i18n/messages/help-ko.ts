/**
 * The Korean of every --help text, keyed by its English as written at the command's definition (commander's
 * descriptions and the paragraphs after the options). Keyed by the English rather than by an id so that the flag
 * hunks in the command files stay as they are, and so that an English text that changes loses its translation
 * visibly: test/unit/help-catalogue.test.ts fails for every English help text without Korean here, and for every
 * Korean entry no command uses any more.
 */
export const KO_HELP: Readonly<Record<string, string>> = {
  // The program and its commands
  'Cash-flow forecaster for freelancers: when will the money run short, and what does bridging it really cost?':
    '프리랜서를 위한 현금흐름 예측: 언제 돈이 모자라는지, 그 기간을 메우는 데 실제로 얼마가 드는지 알려 줍니다.',
  'project the bank balance day by day, find every shortfall window and the cheapest legal way through':
    '통장 잔액을 날짜별로 예측하고, 잔액이 모자라는 기간마다 가장 싸고 합법적인 대처 방법을 찾습니다',
  'what bridging an amount for some days really costs, option by option; or print the catalogue':
    '일정 금액을 며칠 동안 융통하는 데 실제로 드는 비용을 방법별로 비교하거나, 방법 목록을 출력합니다',
  'how late each client pays: days to pay and lateness per client, from the paid invoices':
    '거래처마다 얼마나 늦게 입금하는지: 입금된 청구서로 본 거래처별 입금 소요일과 지연일',
  'for scripts and cron: exit 1 with one line per window when a shortfall starts soon (or the balance is stale), else stay silent':
    '스크립트·cron용: 곧 잔액 부족이 시작되면(또는 잔액이 오래되었으면) 부족 기간마다 한 줄을 출력하고 종료 코드 1로 끝나며, 아니면 아무것도 출력하지 않습니다',
  'match the bank statement to the invoices: what was paid, part paid, to review, unexplained, past due':
    '통장 거래내역을 청구서와 맞춰 봅니다: 입금 완료, 일부 입금, 확인 필요, 출처 불명, 지급기일 경과',
  'write the forecast as an hledger/ledger journal, or an xlsx workbook': '예측을 hledger/ledger 장부나 xlsx 통합 문서로 내보냅니다',
  'write a commented cashflow.config.json and example invoices.csv and expenses.csv here':
    '설명이 달린 cashflow.config.json과 예시 invoices.csv, expenses.csv를 이 폴더에 만듭니다',
  'learn the recurring expenses from bank statements: an expenses CSV cashflow reads, or --json':
    '통장 거래내역에서 정기 지출을 찾아냅니다: cashflow가 읽는 지출 CSV로, 또는 --json으로',

  // Arguments
  'invoices CSV (- for standard input; default: "invoices" in the config file)': '청구서 CSV (-는 표준 입력; 기본값: 설정 파일의 "invoices")',
  'invoices CSV (default: "invoices" in the config file)': '청구서 CSV (기본값: 설정 파일의 "invoices")',
  'invoices CSV or workbook (default: "invoices" in the config file)': '청구서 CSV 또는 통합 문서 (기본값: 설정 파일의 "invoices")',

  // Options every forecasting command shares
  'expenses CSV: date, amount, description[, category, repeat, until]': '지출 CSV: date, amount, description[, category, repeat, until]',
  'bank balance at the start of the as-of day (default: 0, and the report says so)': '기준일을 시작할 때의 통장 잔액 (기본값: 0, 보고서에 그렇게 밝힙니다)',
  'first day of the forecast, YYYY-MM-DD (default: today)': '예측 첫날, YYYY-MM-DD (기본값: 오늘)',
  'number of days to forecast': '예측할 일수',
  'a day ending below this balance is a shortfall day': '하루를 마친 잔액이 이 금액보다 적으면 부족한 날로 봅니다',
  'assume clients pay this many days after issuing, unless the due date is later':
    '지급기일이 더 늦지 않으면, 거래처가 발행일로부터 이 일수 뒤에 입금한다고 봅니다',
  'expect an overdue invoice this many days after the as-of date': '연체된 청구서는 기준일로부터 이 일수 뒤에 입금된다고 봅니다',
  'clients with this many paid invoices are expected to pay after their median days-to-pay':
    '입금된 청구서가 이만큼 있는 거래처는 그 거래처의 입금 소요일 중앙값에 입금된다고 봅니다',
  'currency of the balance and every amount': '잔액과 모든 금액의 통화',
  'bridge-options catalogue (JSON); replaces the defaults unless it says "extends": "defaults"':
    '자금 융통 방법 목록(JSON). "extends": "defaults"가 없으면 기본 목록 대신 씁니다',
  'settings file (default: ./cashflow.config.json when it exists); flags win over it':
    '설정 파일 (기본값: ./cashflow.config.json이 있으면 그 파일). 명령줄 옵션이 설정보다 우선합니다',
  'settings file (default: ./cashflow.config.json when it exists)': '설정 파일 (기본값: ./cashflow.config.json이 있으면 그 파일)',
  'never colour the output (also NO_COLOR=1)': '출력에 색을 쓰지 않습니다 (NO_COLOR=1과 같음)',
  'tax the client withholds from every invoice without a withholding cell, e.g. 3.3': '원천징수 칸이 비어 있는 모든 청구서에 적용할 원천징수 세율, 예: 3.3',
  'exchange rate into the forecast currency, e.g. USD=1390.5 (repeatable)': '예측 통화로 환산하는 환율, 예: USD=1390.5 (여러 번 지정 가능)',
  'exchange rates as CSV: currency,rate': '환율 CSV: currency,rate',
  'read a column under another heading, e.g. amount="Total (KRW)" (repeatable; prefix invoices., expenses. or bank. for one file)':
    '다른 제목의 열을 읽습니다, 예: amount="Total (KRW)" (여러 번 지정 가능; 한 파일에만 적용하려면 앞에 invoices., expenses., bank.)',
  'read the files as utf-8, utf-16le, utf-16be or cp949 (default: detected)': '파일 인코딩: utf-8, utf-16le, utf-16be, cp949 (기본값: 자동 감지)',
  'amounts use a decimal comma: 1.234,56 (default: detected per column)': '금액의 소수점이 쉼표입니다: 1.234,56 (기본값: 열마다 자동 감지)',
  'how to read 01/12/2026: DD/MM/YYYY or MM/DD/YYYY': '01/12/2026 같은 날짜를 읽는 순서: DD/MM/YYYY 또는 MM/DD/YYYY',
  'leave out rows with problems (each reported on stderr) instead of stopping': '문제가 있는 행에서 멈추지 않고 그 행만 빼고 진행합니다 (행마다 stderr에 알림)',
  'read past this column without a warning (repeatable; also "ignore" in the config)':
    '이 열은 경고 없이 건너뜁니다 (여러 번 지정 가능; 설정의 "ignore"와 같음)',
  'print no warnings (errors still print)': '경고를 출력하지 않습니다 (오류는 출력합니다)',
  'the sheet to read of an invoices or expenses workbook (default: the first)': '청구서·지출 통합 문서에서 읽을 시트 (기본값: 첫 번째 시트)',
  "a bank statement, one account's (CSV, xlsx, xls): the balance and its date come from it (repeatable)":
    '계좌 하나의 통장 거래내역 (CSV, xlsx, xls): 잔액과 그 날짜를 여기서 읽습니다 (여러 번 지정 가능)',
  'how much less than an invoice a deposit may be and still pay it (a bank fee; default 1,000 won, 15 in other currencies)':
    '입금액이 청구 금액보다 이만큼까지 적어도 그 청구서의 입금으로 봅니다 (송금 수수료; 기본값 1,000원, 다른 통화는 15)',
  'for invoices in another currency, how far the deposit may be from the converted amount, in per cent':
    '외화 청구서의 입금액이 환산 금액과 달라도 되는 범위(퍼센트)',
  'use the recurring expenses the --bank statements show; one the expenses file lists too is replaced, not doubled':
    '--bank 거래내역에 나타난 정기 지출을 씁니다. 지출 파일에도 있는 항목은 두 번 세지 않고 대신합니다',
  "everyday spending a month, spread over each day: auto (the statements' typical month) or an amount":
    '한 달 생활비를 날마다 나눠 반영합니다: auto(거래내역의 보통 한 달) 또는 금액',
  'the day --balance is the balance at the end of, YYYY-MM-DD (default: the day before --as-of)':
    '--balance가 마감 잔액인 날, YYYY-MM-DD (기본값: --as-of 전날)',
  'warn (and make check fail) when the balance is older than this many days': '잔액이 이 일수보다 오래되면 경고합니다 (check는 실패로 끝남)',

  // forecast
  'list every day instead of the cash events': '입출금이 있는 날만이 아니라 모든 날을 나열합니다',
  'table, json, csv or xlsx (a workbook: with --output, or piped)': 'table, json, csv, xlsx 중 하나 (xlsx는 --output과 함께 쓰거나 파이프로)',
  'shorthand for --format json (see README, "JSON output")': '--format json의 줄임 (README의 "JSON output" 참고)',
  'with --format csv: one row per cash event instead of per day': '--format csv와 함께: 날마다 한 행 대신 입출금마다 한 행',
  'with --format csv: start with a UTF-8 byte-order mark, for Excel': '--format csv와 함께: Excel이 읽도록 UTF-8 BOM을 앞에 붙입니다',
  'write the report to this file (atomically) instead of standard output': '보고서를 표준 출력 대신 이 파일에 씁니다 (중간에 끊겨도 파일이 깨지지 않게)',
  'draw the daily balance in the terminal': '날짜별 잔액을 터미널에 그래프로 그립니다',
  'write the balance chart as a standalone SVG file': '잔액 그래프를 SVG 파일로 씁니다',
  'stress: the forecast again with every open invoice paid this many days later, e.g. 0,30,60,90':
    '스트레스 테스트: 미수 청구서가 모두 이 일수만큼 늦게 입금되면 어떻게 되는지 다시 예측합니다, 예: 0,30,60,90',
  'the odds of running short over this many simulated runs of client payments, e.g. 10000':
    '거래처 입금을 이 횟수만큼 모의 실행해 잔액이 모자랄 확률을 구합니다, 예: 10000',
  'seed of the simulation: the same seed gives the same odds': '모의 실행의 시드: 시드가 같으면 확률도 같습니다',
  'exit with code 1 when any shortfall window exists': '잔액 부족 기간이 하나라도 있으면 종료 코드 1로 끝납니다',
  'Examples:\n  $ cashflow forecast invoices.csv --expenses expenses.csv --balance 1500000\n  $ cashflow forecast invoices.csv --expenses expenses.csv --balance 1500000 --as-of 2026-12-01 --json\n  $ cashflow forecast --format csv --output balance.csv        # inputs from cashflow.config.json\n  $ cashflow forecast --format xlsx --output forecast.xlsx      # Days, Events and Windows sheets\n  $ cashflow forecast invoices.csv --expenses expenses.csv --scenarios 0,30,60 --simulate 10000 --chart':
    '예시:\n  $ cashflow forecast invoices.csv --expenses expenses.csv --balance 1500000\n  $ cashflow forecast invoices.csv --expenses expenses.csv --balance 1500000 --as-of 2026-12-01 --json\n  $ cashflow forecast --format csv --output balance.csv        # 입력은 cashflow.config.json에서\n  $ cashflow forecast --format xlsx --output forecast.xlsx      # Days, Events, Windows 시트\n  $ cashflow forecast invoices.csv --expenses expenses.csv --scenarios 0,30,60 --simulate 10000 --chart',

  // bridges
  'print the default bridge catalogue as JSON, to save and edit': '기본 자금 융통 방법 목록을 JSON으로 출력합니다 (저장해서 고쳐 쓰세요)',
  'cash needed': '필요한 금액',
  'for how many days': '쓸 일수',
  'the day you decide, YYYY-MM-DD (default: today)': '결정하는 날, YYYY-MM-DD (기본값: 오늘)',
  'bridge-options catalogue (JSON); replaces the defaults unless it says "extends": "defaults" (default: "bridges" in the config)':
    '자금 융통 방법 목록(JSON). "extends": "defaults"가 없으면 기본 목록 대신 씁니다 (기본값: 설정의 "bridges")',
  'currency of the amount and the catalogue': '금액과 방법 목록의 통화',
  'print { "options": [...] } as JSON': '{ "options": [...] }를 JSON으로 출력합니다',
  'Each option is priced as if drawn as soon as it can be (as-of + its lead time) and held --days days.':
    '방법마다 가장 빨리 받을 수 있는 날(기준일 + 소요 기간)에 받아 --days일 동안 쓴다고 보고 비용을 계산합니다.',
  'Examples:\n  $ cashflow bridges --amount 1000000 --days 30\n  $ cashflow bridges --amount 2500.00 --days 14 --currency USD --json\n  $ cashflow bridges --setup                  # answer, then: cashflow forecast … --bridges bridges.json\n  $ cashflow bridges --init > bridges.json    # edit, then: cashflow forecast … --bridges bridges.json':
    '예시:\n  $ cashflow bridges --amount 1000000 --days 30\n  $ cashflow bridges --amount 2500.00 --days 14 --currency USD --json\n  $ cashflow bridges --setup                  # 답한 뒤: cashflow forecast … --bridges bridges.json\n  $ cashflow bridges --init > bridges.json    # 고친 뒤: cashflow forecast … --bridges bridges.json',
  'on a terminal: asks which options you have, their limit, used amount and rate, and writes your catalogue (--bridges, else bridges.json)':
    '터미널에서 실행: 가진 자금 수단과 한도·사용액·금리를 하나씩 묻고, 내 카탈로그 파일을 씁니다(--bridges, 없으면 bridges.json)',

  // clients
  'the day open invoices are judged overdue on, YYYY-MM-DD (default: today)': '미수 청구서의 연체 여부를 판단하는 날, YYYY-MM-DD (기본값: 오늘)',
  'the default delay of the forecast, for the overdue count': '예측의 기본 입금 지연일 (연체 건수를 셀 때 씀)',
  'as in forecast': 'forecast와 같습니다',
  'paid invoices a client needs before the forecast uses its own median': '예측에 거래처 자신의 중앙값을 쓰는 데 필요한 입금된 청구서 수',
  'currency of the amounts': '금액의 통화',
  'print the table as JSON': '표를 JSON으로 출력합니다',
  "Examples:\n  $ cashflow clients invoices.csv\n  $ cashflow clients invoices.csv --as-of 2026-12-01 --json | jq '.clients[] | {client, learnedDelayDays}'":
    "예시:\n  $ cashflow clients invoices.csv\n  $ cashflow clients invoices.csv --as-of 2026-12-01 --json | jq '.clients[] | {client, learnedDelayDays}'",

  // check
  'only windows that start within this many days count (default: the whole horizon)': '이 일수 안에 시작하는 부족 기간만 셉니다 (기본값: 예측 기간 전체)',
  'Examples:\n  $ cashflow check invoices.csv --expenses expenses.csv --balance 1500000 --within 30\n  $ cashflow check || notify-send "cash runs short soon"      # inputs from cashflow.config.json\n  0 8 * * 1  cd ~/books && cashflow check --within 30 | mail -E -s "cashflow" me@example.com\n  $ cashflow check --json | jq \'.attention[] | .message\'\n  $ cashflow check --quiet; echo $?       # 0 all well, 1 look at it, 2 bad input (errors still print)':
    '예시:\n  $ cashflow check invoices.csv --expenses expenses.csv --balance 1500000 --within 30\n  $ cashflow check || notify-send "곧 잔액이 모자랍니다"      # 입력은 cashflow.config.json에서\n  0 8 * * 1  cd ~/books && cashflow check --within 30 | mail -E -s "cashflow" me@example.com\n  $ cashflow check --json | jq \'.attention[] | .message\'\n  $ cashflow check --quiet; echo $?       # 0 이상 없음, 1 확인 필요, 2 입력 오류(오류는 그대로 출력)',
  'print { "version": 1, "summary": {...}, "attention": [...] }, also when all is well':
    '{ "version": 1, "summary": {...}, "attention": [...] }를 출력합니다. 이상이 없을 때도 출력합니다',
  'an open invoice this many days past due is doubtful: listed, not counted as cash (default 90)':
    '지급기일이 이 일수 넘게 지난 미수 청구서는 회수 불확실로 보고, 목록에만 올리고 입금으로 세지 않습니다(기본 90)',

  // reconcile
  'today, for which invoices are past due (default: today)': '지급기일 경과를 판단하는 오늘 날짜 (기본값: 오늘)',
  'the default delay of the forecast: when an invoice without a history is expected': '예측의 기본 입금 지연일: 이력이 없는 청구서의 입금 예상일',
  'paid invoices a client needs before its own median delay counts': '거래처 자신의 지연일 중앙값을 쓰는 데 필요한 입금된 청구서 수',
  'print the result as JSON': '결과를 JSON으로 출력합니다',
  'fill the empty paid cells of the invoices CSV with the matched dates (a backup is kept)':
    '청구서 CSV의 빈 입금일(paid) 칸을 맞춘 날짜로 채웁니다 (백업을 남깁니다)',
  "A deposit is matched when exactly one reading fits: the payer's name (cut-off names, (주)/주식회사 and the config's\n\"aliases\" count), the amount (the invoice's net, short by at most --fee-tolerance; converted invoices within\n--fx-tolerance), a day on or after the invoice. Anything with two readings is listed to review, never guessed.":
    '입금 한 건은 들어맞는 해석이 딱 하나일 때만 청구서와 맞춥니다: 입금자명(잘린 이름, (주)/주식회사, 설정의 "aliases"\n포함), 금액(청구서의 실수령액에서 --fee-tolerance 이내로 모자라는 금액; 외화 청구서는 --fx-tolerance 이내), 청구서\n발행일 이후의 날짜. 해석이 둘 이상이면 추측하지 않고 확인 필요 목록에 올립니다.',
  "Examples:\n  $ cashflow reconcile invoices.csv --bank kb.xls\n  $ cashflow reconcile --bank nh.csv --json | jq '.review'\n  $ cashflow reconcile invoices.csv --bank nh.csv --write":
    "예시:\n  $ cashflow reconcile invoices.csv --bank kb.xls\n  $ cashflow reconcile --bank nh.csv --json | jq '.review'\n  $ cashflow reconcile invoices.csv --bank nh.csv --write",

  // export
  'ledger (a journal read by hledger and ledger) or xlsx (a workbook: with --output, or piped)':
    'ledger(hledger와 ledger가 읽는 장부) 또는 xlsx(통합 문서: --output과 함께 쓰거나 파이프로)',
  'write the journal or workbook to this file (atomically) instead of standard output':
    '장부나 통합 문서를 표준 출력 대신 이 파일에 씁니다 (중간에 끊겨도 파일이 깨지지 않게)',
  'start the journal with a UTF-8 byte-order mark, for tools on Windows that need one': 'BOM이 있어야 읽는 Windows 도구를 위해 장부 앞에 UTF-8 BOM을 붙입니다',
  'Examples:\n  $ cashflow export --to ledger invoices.csv --expenses expenses.csv --balance 1500000 > forecast.journal\n  $ cashflow export --to ledger --as-of 2026-12-01 | hledger -f - balance assets:bank -D -H \\\n      --forecast=2026-12-01..2027-03-01 -b 2026-12-01 -e 2027-03-01\n  $ cashflow export --to xlsx --output forecast.xlsx':
    '예시:\n  $ cashflow export --to ledger invoices.csv --expenses expenses.csv --balance 1500000 > forecast.journal\n  $ cashflow export --to ledger --as-of 2026-12-01 | hledger -f - balance assets:bank -D -H \\\n      --forecast=2026-12-01..2027-03-01 -b 2026-12-01 -e 2027-03-01\n  $ cashflow export --to xlsx --output forecast.xlsx',

  // init
  'Examples:\n  $ mkdir books && cd books && cashflow init && cashflow forecast\n  $ cashflow init     # refuses when any of the three files exists':
    '예시:\n  $ mkdir books && cd books && cashflow init && cashflow forecast\n  $ cashflow init     # 세 파일 중 하나라도 있으면 아무것도 쓰지 않습니다',

  // expenses
  'bank statements to learn from (CSV, xlsx, xls; default: "bank" in the config)': '정기 지출을 찾을 통장 거래내역 (CSV, xlsx, xls; 기본값: 설정의 "bank")',
  'each expense is dated on its next payment on or after this day, YYYY-MM-DD (default: today)':
    '지출마다 이날 또는 그 뒤의 첫 결제일로 날짜를 매깁니다, YYYY-MM-DD (기본값: 오늘)',
  'currency of the amounts (a statement in another is converted with --fx)': '금액의 통화 (다른 통화의 거래내역은 --fx로 환산)',
  'print the recurring expenses and the everyday spending as JSON': '정기 지출과 생활비를 JSON으로 출력합니다',
  'write the CSV (or JSON) to this file (atomically) instead of standard output':
    'CSV(또는 JSON)를 표준 출력 대신 이 파일에 씁니다 (중간에 끊겨도 파일이 깨지지 않게)',
  'A series is three or more debits to one payee (체크카드, CMS, 자동이체, card digits and branches left out) on a\nweekly, fortnightly, monthly, quarterly or yearly rhythm; its amount is the middle of the last three payments.':
    '같은 받는 곳(체크카드, CMS, 자동이체, 카드 번호와 지점명은 빼고 비교)으로 매주, 격주, 매월, 분기, 매년 간격으로\n세 번 이상 나간 출금을 정기 지출로 봅니다. 금액은 최근 세 번 결제액의 가운데 값입니다.',
  "Examples:\n  $ cashflow expenses --from-bank nh-2026.csv --as-of 2027-01-05 --output learned.csv\n  $ cashflow forecast invoices.csv --expenses learned.csv --bank nh-2026.csv\n  $ cashflow expenses --from-bank nh.csv kb.xls --json | jq '.recurring[] | {description, amount, date}'":
    "예시:\n  $ cashflow expenses --from-bank nh-2026.csv --as-of 2027-01-05 --output learned.csv\n  $ cashflow forecast invoices.csv --expenses learned.csv --bank nh-2026.csv\n  $ cashflow expenses --from-bank nh.csv kb.xls --json | jq '.recurring[] | {description, amount, date}'",
};

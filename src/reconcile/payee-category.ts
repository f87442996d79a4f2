// Categories named as the sample expenses file names them (fixtures/expenses.csv: rent, phone, insurance, card), so a
// learned row sorts beside a typed one. First match wins: 삼성카드 보험료 is a card bill's line before it is insurance.
const RULES: ReadonlyArray<readonly [category: string, pattern: RegExp]> = [
  ['card', /카드\s*(?:대금|결제|값)|card\s*(?:bill|payment)|credit\s*card/],
  ['rent', /월세|임대료|임차료|(?:^|[^a-z])rent(?:[^a-z]|$)/],
  ['phone', /(?:^|[^a-z])(?:skt|kt(?!&g)|lg\s*u\+)(?:[^a-z]|$)|sk텔레콤|케이티|유플러스|알뜰폰|통신(?:비|요금)/],
  ['insurance', /보험|생명|화재|해상|insurance/],
  [
    'subscription',
    /netflix|넷플릭스|spotify|스포티파이|youtube|유튜브|adobe|어도비|(?:^|[^a-z])aws(?:[^a-z]|$)|amazon\s*web|google\s*(?:one|workspace)|icloud|apple\.com|notion|github|figma|chatgpt|openai|microsoft|멜론|왓챠|티빙|웨이브|디즈니/,
  ],
];

/**
 * A category for a payee when its text makes it plain (월세 → rent, SKT → phone, Netflix → subscription), else
 * undefined: a wrong guess is worse than none in a file the user edits.
 * @example guessCategory('SK텔레콤 자동납부') // 'phone'
 */
export function guessCategory(...texts: readonly string[]): string | undefined {
  const text = texts.join(' ').normalize('NFKC').toLowerCase();
  return RULES.find(([, pattern]) => pattern.test(text))?.[0];
}

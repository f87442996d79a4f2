// What marks a day's share of the everyday spending, which each language names for itself. Its own small module,
// not everyday-outflow.ts: that one is in the lazy chunk (dist/bank.cjs), and the table asks this of every expense
// event, so importing it from there loaded the chunk on every forecast (test/e2e/korean-cli-errors.test.ts).
export const EVERYDAY_DESCRIPTION = 'everyday spending';
export const EVERYDAY_CATEGORY = 'everyday';

/** Whether an expense is a day's share of the everyday spending. */
export function isEverydayShare(expense: { readonly description: string; readonly category: string | undefined }): boolean {
  return expense.description === EVERYDAY_DESCRIPTION && expense.category === EVERYDAY_CATEGORY;
}

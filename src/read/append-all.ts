/**
 * Adds the items to the end of `target`, one at a time. `target.push(...items)` passes every item as an argument,
 * and past about 120,000 of them (a file of bad rows, each an issue) the call overflows the stack.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** `amount` cut down to a multiple of `unit` (10 won: 국고금 끝수; 1,000 won: 기준소득월액). Non-negative amounts. */
export function floorTo(amount: bigint, unit: number): bigint {
  return (amount / BigInt(unit)) * BigInt(unit);
}

export function bigMin(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

export function bigMax(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

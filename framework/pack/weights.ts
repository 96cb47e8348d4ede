/**
 * The weighting model, in one place: the tender's overall social value
 * weighting (per cent of the total score), each question's share of it (the
 * shares add up to 100%), scores 0–5, and
 * weighted score = score ÷ 5 × the question's weight (its share of the
 * overall weighting, in points of the total tender score).
 */
export const MAX_SCORE = 5;
/** PPN 002: central government's minimum social value weighting; councils often follow it. */
export const PPN_002_MINIMUM = 10;

/** Shares are entered to two decimal places at most; their sum is compared with that tolerance. */
const TOLERANCE = 0.005;

export function sharesTotal(shares: readonly number[]): number {
  return Math.round(shares.reduce((sum, share) => sum + share, 0) * 100) / 100;
}

export function sharesAddUp(shares: readonly number[]): boolean {
  return shares.length > 0 && Math.abs(sharesTotal(shares) - 100) < TOLERANCE;
}

/** 100% split into n whole-number shares, the first ones one point larger when it does not divide evenly. */
export function evenShares(count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(100 / count);
  const extra = 100 - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < extra ? 1 : 0));
}

/** A question's weight in points of the total score: its share of the overall weighting. */
export function questionWeight(overallWeighting: number, share: number): number {
  return Math.round(overallWeighting * share) / 100;
}

/** Weighted score = score ÷ 5 × the question's weight: the framework's one rule. */
export { weightedScore } from '../render-wording';

/** "12.5" not "12.50"; "10" not "10.00". */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

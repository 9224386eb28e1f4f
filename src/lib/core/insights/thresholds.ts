/** When an insight fires. */

/** A column is mostly empty when at least this share of its values is null. */
export const MOSTLY_EMPTY_SHARE = 0.8;
/** A dataset is unused after this many days without a query. */
export const UNUSED_DAYS = 30;
/** Storage is close to the quota from this share used. */
export const QUOTA_WARNING_SHARE = 0.8;
/** The same SQL run this many times is worth saving. */
export const REPEATED_RUNS = 3;
/** Runs with the same shape (differing only in literals) that make a pattern. */
export const PATTERN_RUNS = 2;

export const DAY_MS = 24 * 60 * 60 * 1000;

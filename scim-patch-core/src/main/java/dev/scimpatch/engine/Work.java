package dev.scimpatch.engine;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;

/**
 * The work one request costs, in units ({@link dev.scimpatch.Limits#maxWork()}): a value looked
 * at, a filter comparison, a value copied, an index entry made. What an index answers costs one
 * unit per value it returns, so a request that the indexes serve costs about what it reads and
 * writes; what cannot be indexed (a filter with {@code co} on n values, k times) is charged in
 * full, and refused with {@code 400 tooMany} once it passes the budget.
 */
final class Work {

  private final long budget;
  private long spent;

  Work(long budget) {
    this.budget = budget;
  }

  /** Charges {@code units}; past the budget, the operation at hand is refused. */
  void spend(long units) {
    spent += units;
    if (spent > budget) {
      throw ScimPatchException.of(ScimType.TOO_MANY, "the request needs more than " + budget
          + " units of work (values looked at, comparisons, copies); this server does no more per request");
    }
  }

  /** The cost of comparing a string of {@code length} characters: one unit, and one per 64 characters. */
  static long ofString(int length) {
    return 1L + (length >> 6);
  }

  long spent() {
    return spent;
  }
}

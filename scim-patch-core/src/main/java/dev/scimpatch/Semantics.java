package dev.scimpatch;


/**
 * The semantics switches of a {@link Profile} (S1–S9): how a server answers where RFC 7644 is
 * silent or vendors disagree. S1, S8 and S9 act where requests are read; the others are the engine's.
 * An enum's first constant is its default, the strict answer.
 *
 * @since 0.1
 */
public sealed interface Semantics extends Profile.Switch {

  /**
   * S1: a {@code remove} that carries a {@code value}.
   *
   * @since 0.1
   */
  public enum RemoveWithValue implements Semantics {
    /** {@code 400 invalidValue} (R-ENV-8): ignoring it would remove every member. Default. */
    REJECT,
    /**
     * Each element of the value selects what to remove, as an {@code eq}/{@code and} filter on its
     * sub-attributes: Entra, JumpCloud, authentik, Salesforce.
     */
    SELECT_MATCHING,
    /** As {@code SELECT_MATCHING}, and an empty value removes everything: AWS. */
    SELECT_MATCHING_EMPTY_MEANS_ALL,
    /** The literal reading: the value is ignored and the path is removed whole (emulation only). */
    IGNORE_VALUE
  }

  /**
   * S2: an {@code add} whose value filter matches nothing. Creating a value takes the filter's
   * {@code eq} terms (joined by {@code and}) and the operation's value; a filter of any other
   * shape stays {@code noTarget} (erratum 8097).
   *
   * @since 0.1
   */
  public enum UnmatchedAdd implements Semantics {
    /** {@code 400 noTarget} (R-ADD-11). Default. */
    NO_TARGET,
    /** Create a value that the filter matches: Entra. */
    CREATE_FROM_FILTER,
    /** Success, nothing changed. */
    NO_CHANGE
  }

  /**
   * S3: a {@code replace} whose value filter matches nothing; the answers are S2's.
   *
   * @since 0.1
   */
  public enum UnmatchedReplace implements Semantics {
    /** {@code 400 noTarget} (R-REP-8). Default. */
    NO_TARGET,
    /** Create a value that the filter matches: Entra. */
    CREATE_FROM_FILTER,
    /** Success, nothing changed. */
    NO_CHANGE
  }

  /**
   * S4: a {@code remove} whose value filter matches nothing.
   *
   * @since 0.1
   */
  public enum UnmatchedRemove implements Semantics {
    /** Success, nothing changed (R-REM-8). Default. */
    NO_CHANGE,
    /** {@code 400 noTarget}: emulates strict servers. */
    NO_TARGET
  }

  /**
   * S5: {@code replace} of a single-valued complex attribute.
   *
   * @since 0.1
   */
  public enum ComplexReplace implements Semantics {
    /** Given sub-attributes replace, the others stay (R-REP-5). Default. */
    MERGE,
    /** The value replaces the whole attribute: the interop-profile draft. */
    OVERWRITE
  }

  /**
   * S6: one operation that sets {@code primary: true} on several values.
   *
   * @since 0.1
   */
  public enum MultiplePrimary implements Semantics {
    /** {@code 400 invalidValue} (U-7). Default. */
    REJECT,
    /** The last one stays primary. */
    LAST_WINS
  }

  /**
   * S7: an {@code add} of a value equal to one already there.
   *
   * @since 0.1
   */
  public enum DuplicateOnAdd implements Semantics {
    /** Skipped: no change (R-ADD-6). Default. */
    SKIP_EQUAL,
    /** Appended again: emulates old UnboundID SDKs. */
    APPEND
  }

  /**
   * S8: {@code null} values.
   *
   * @since 0.1
   */
  public enum NullValue implements Semantics {
    /** Unassign (RFC 7643 §2.5); Entra's {@code "$ref": null}. Default. */
    UNASSIGN,
    /** {@code 400 invalidValue}. */
    REJECT
  }

  /**
   * S9: {@code canonicalValues} (RFC 7643 §2.2 calls them suggested).
   *
   * @since 0.1
   */
  public enum CanonicalValues implements Semantics {
    /** Suggestions: any string goes. Default. */
    SUGGESTED,
    /**
     * The only values: another string is {@code 400 invalidValue} (compared ignoring case unless
     * the attribute is caseExact).
     */
    REQUIRED
  }
}

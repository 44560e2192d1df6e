package dev.scimpatch;

/**
 * The dialect switches of a {@link Profile} (D1–D3): how a client writes requests for the server
 * the profile stands for, where RFC 7644 allows one form and the server's documentation or its
 * usual client shows another. They change nothing in how a profile reads requests; they steer
 * {@link dev.scimpatch.profile.PatchMessages#write(java.util.List, Profile)} and the requests
 * {@code dev.scimpatch.client.PatchDiff} computes. Each enum's first constant is its default, the
 * RFC's form.
 *
 * <p>A preset that sets a dialect switch also tolerates what it writes, so that a request written
 * for a profile reads back under it.
 *
 * @since 0.1
 */
public sealed interface Dialect extends Profile.Switch {

  /**
   * D1: how {@code op} values are spelled.
   *
   * @since 0.1
   */
  public enum OpSpelling implements Dialect {
    /** {@code add}, {@code remove}, {@code replace}, as RFC 7644 §3.5.2 writes them. Default. */
    LOWER_CASE,
    /** {@code Add}, {@code Remove}, {@code Replace}: what Entra ID sends and Adra's API describes. */
    CAPITALIZED
  }

  /**
   * D2: the name of the message's operations member.
   *
   * @since 0.1
   */
  public enum OperationsMember implements Dialect {
    /** {@code Operations}, as RFC 7644 §3.5.2 writes it. Default. */
    RFC,
    /** {@code operations}: Adra's API description. */
    LOWER_CASE
  }

  /**
   * D3: how a request removes some values of {@code members}.
   *
   * @since 0.1
   */
  public enum MemberRemoval implements Dialect {
    /** One {@code remove} per value, with a value filter: {@code members[value eq "…"]}. Default. */
    FILTERED_PATH,
    /**
     * One {@code remove} of {@code members} whose {@code value} lists the values to remove, as
     * Entra ID sends it: a run of removes {@code members[value eq "…"]} is written as one. The
     * server needs S1 {@link Semantics.RemoveWithValue#SELECT_MATCHING}.
     */
    VALUE_ARRAY
  }
}

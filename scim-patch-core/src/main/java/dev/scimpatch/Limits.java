package dev.scimpatch;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Size limits that keep hostile input cheap to reject. Each limit is checked before the work it
 * protects (a path's length before it is parsed, a filter's nesting depth as it is parsed, never by
 * catching a {@link StackOverflowError}).
 *
 * <p>Every limit has a safe default and a hard ceiling that a configuration cannot exceed; the
 * ceilings keep the recursive-descent filter parser far from the stack limit even on a 256 KiB
 * thread stack.
 *
 * <table>
 *   <caption>Limits, defaults and ceilings</caption>
 *   <tr><th>limit</th><th>default</th><th>ceiling</th><th>error when exceeded</th></tr>
 *   <tr><td>{@link #maxPathLength()}</td><td>1,024 characters</td><td>1,048,576</td>
 *       <td>400 {@code invalidPath}; {@code invalidFilter} for a filter</td></tr>
 *   <tr><td>{@link #maxAttributeNameLength()}</td><td>256 characters</td><td>65,536</td>
 *       <td>400 {@code invalidPath}; {@code invalidFilter} for a name inside a filter</td></tr>
 *   <tr><td>{@link #maxFilterDepth()}</td><td>16 nested groups</td><td>100</td>
 *       <td>400 {@code invalidFilter}</td></tr>
 *   <tr><td>{@link #maxFilterTerms()}</td><td>64 comparisons</td><td>100,000</td>
 *       <td>400 {@code invalidFilter}</td></tr>
 * </table>
 *
 * <p>Immutable; equal when every limit is.
 *
 * @since 0.1
 */
public final class Limits {

  /** The hard ceiling of {@link #maxPathLength()}. */
  public static final int PATH_LENGTH_CEILING = 1 << 20;
  /** The hard ceiling of {@link #maxAttributeNameLength()}. */
  public static final int ATTRIBUTE_NAME_LENGTH_CEILING = 1 << 16;
  /** The hard ceiling of {@link #maxFilterDepth()}. */
  public static final int FILTER_DEPTH_CEILING = 100;
  /** The hard ceiling of {@link #maxFilterTerms()}. */
  public static final int FILTER_TERMS_CEILING = 100_000;

  private static final Limits DEFAULTS = new Builder().build();

  private final int maxPathLength;
  private final int maxAttributeNameLength;
  private final int maxFilterDepth;
  private final int maxFilterTerms;

  private Limits(Builder b) {
    this.maxPathLength = b.maxPathLength;
    this.maxAttributeNameLength = b.maxAttributeNameLength;
    this.maxFilterDepth = b.maxFilterDepth;
    this.maxFilterTerms = b.maxFilterTerms;
  }

  /** {@return the default limits, those of the table above} */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** {@return a builder that starts from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts from these limits} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxPathLength = maxPathLength;
    b.maxAttributeNameLength = maxAttributeNameLength;
    b.maxFilterDepth = maxFilterDepth;
    b.maxFilterTerms = maxFilterTerms;
    return b;
  }

  /** {@return the longest path or filter text accepted, in UTF-16 characters} Default 1,024. */
  public int maxPathLength() {
    return maxPathLength;
  }

  /** {@return the longest attribute or sub-attribute name accepted, in UTF-16 characters} Default 256. */
  public int maxAttributeNameLength() {
    return maxAttributeNameLength;
  }

  /**
   * {@return the deepest nesting of groups in a filter} Each {@code (}, {@code not (} and value path
   * {@code [} counts one level. Default 16.
   */
  public int maxFilterDepth() {
    return maxFilterDepth;
  }

  /**
   * {@return the most comparisons ({@code attr op value} or {@code attr pr}) in one filter}
   * Default 64.
   */
  public int maxFilterTerms() {
    return maxFilterTerms;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Limits l
        && l.maxPathLength == maxPathLength
        && l.maxAttributeNameLength == maxAttributeNameLength
        && l.maxFilterDepth == maxFilterDepth
        && l.maxFilterTerms == maxFilterTerms;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxPathLength, maxAttributeNameLength, maxFilterDepth, maxFilterTerms);
  }

  @Override
  public String toString() {
    return "Limits{maxPathLength=" + maxPathLength
        + ", maxAttributeNameLength=" + maxAttributeNameLength
        + ", maxFilterDepth=" + maxFilterDepth
        + ", maxFilterTerms=" + maxFilterTerms + '}';
  }

  /**
   * Builds {@link Limits}. Each setter rejects values below 1 or above the limit's ceiling.
   *
   * @since 0.1
   */
  public static final class Builder {
    private int maxPathLength = 1024;
    private int maxAttributeNameLength = 256;
    private int maxFilterDepth = 16;
    private int maxFilterTerms = 64;

    private Builder() {}

    /**
     * Sets {@link Limits#maxPathLength()}.
     *
     * @param value the limit, 1 to {@link #PATH_LENGTH_CEILING}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxPathLength(int value) {
      this.maxPathLength = check("maxPathLength", value, PATH_LENGTH_CEILING);
      return this;
    }

    /**
     * Sets {@link Limits#maxAttributeNameLength()}.
     *
     * @param value the limit, 1 to {@link #ATTRIBUTE_NAME_LENGTH_CEILING}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxAttributeNameLength(int value) {
      this.maxAttributeNameLength =
          check("maxAttributeNameLength", value, ATTRIBUTE_NAME_LENGTH_CEILING);
      return this;
    }

    /**
     * Sets {@link Limits#maxFilterDepth()}.
     *
     * @param value the limit, 1 to {@link #FILTER_DEPTH_CEILING}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxFilterDepth(int value) {
      this.maxFilterDepth = check("maxFilterDepth", value, FILTER_DEPTH_CEILING);
      return this;
    }

    /**
     * Sets {@link Limits#maxFilterTerms()}.
     *
     * @param value the limit, 1 to {@link #FILTER_TERMS_CEILING}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxFilterTerms(int value) {
      this.maxFilterTerms = check("maxFilterTerms", value, FILTER_TERMS_CEILING);
      return this;
    }

    /** {@return the limits set so far, the defaults for those not set} */
    public Limits build() {
      return new Limits(this);
    }

    private static int check(String name, int value, int ceiling) {
      if (value < 1 || value > ceiling) {
        throw new IllegalArgumentException(
            name + " must be between 1 and " + ceiling + ": " + value);
      }
      return value;
    }
  }
}

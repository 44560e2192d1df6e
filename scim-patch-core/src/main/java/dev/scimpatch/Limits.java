package dev.scimpatch;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Size and work limits that keep hostile input cheap to refuse. Each limit is checked before the
 * work it protects (a path's length before it is parsed, a filter's nesting depth as it is parsed,
 * the work of a request as it is done, never by catching a {@link StackOverflowError}).
 *
 * <p>A server reads two kinds of JSON, and has two sets of limits: {@link #defaults()} for
 * requests from the network, and {@link #resourceDefaults()} for the resources it stores, sized for
 * groups of 100,000 members and more. A value a request puts into a resource must fit the
 * resource limits, or the request is {@code 400 invalidValue}: what a server stores, it can read
 * back.
 *
 * <p>Every limit has a default and a hard ceiling that a configuration cannot exceed; the
 * ceilings keep the recursive-descent filter parser far from the stack limit even on a 256 KiB
 * thread stack.
 *
 * <table>
 *   <caption>Limits, their defaults for requests and for stored resources, and ceilings</caption>
 *   <tr><th>limit</th><th>requests</th><th>resources</th><th>ceiling</th><th>when exceeded</th></tr>
 *   <tr><td>{@link #maxPathLength()}</td><td>8,192 characters</td><td>—</td><td>1,048,576</td>
 *       <td>400 {@code invalidPath}; {@code invalidFilter} for a filter</td></tr>
 *   <tr><td>{@link #maxAttributeNameLength()}</td><td>256 characters</td><td>—</td><td>65,536</td>
 *       <td>400 {@code invalidPath}; {@code invalidFilter} for a name inside a filter</td></tr>
 *   <tr><td>{@link #maxFilterDepth()}</td><td>16 nested groups</td><td>—</td><td>100</td>
 *       <td>400 {@code invalidFilter}</td></tr>
 *   <tr><td>{@link #maxFilterTerms()}</td><td>128 comparisons</td><td>—</td><td>100,000</td>
 *       <td>400 {@code invalidFilter}</td></tr>
 *   <tr><td>{@link #maxWork()}</td><td>5,000,000 units</td><td>—</td><td>2<sup>62</sup></td>
 *       <td>400 {@code tooMany}, naming the operation</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>1 MiB</td><td>64 MiB</td><td>2<sup>62</sup></td>
 *       <td>400 {@code invalidSyntax} (a stored resource: 500); a result: 400 {@code invalidValue}</td></tr>
 *   <tr><td>{@link #maxJsonDepth()}</td><td>32</td><td>32</td><td>1,000</td><td>the same</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>512 KiB</td><td>512 KiB</td><td>2<sup>30</sup></td>
 *       <td>the same</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>1,024</td><td>1,024</td><td>2<sup>20</sup></td>
 *       <td>the same</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>1,000 characters</td><td>1,000</td><td>100,000</td>
 *       <td>the same</td></tr>
 * </table>
 *
 * <p>A unit of {@linkplain #maxWork() work} is one value of a multi-valued attribute looked at, or
 * one filter comparison, or one value copied; an index lookup is one unit. Within the size limits,
 * the default keeps a request well under a second of CPU.
 *
 * <p>Immutable; equal when every limit is.
 *
 * @since 0.1
 */
// The values are a long[] indexed by Limit.ordinal(): one array, no boxing; Limit is private and
// its order is the array's, so the ordinal is this class's own index, not an external encoding.
@SuppressWarnings("EnumOrdinal")
public final class Limits {

  /** The hard ceiling of {@link #maxPathLength()}. */
  public static final int PATH_LENGTH_CEILING = 1 << 20;
  /** The hard ceiling of {@link #maxAttributeNameLength()}. */
  public static final int ATTRIBUTE_NAME_LENGTH_CEILING = 1 << 16;
  /** The hard ceiling of {@link #maxFilterDepth()}. */
  public static final int FILTER_DEPTH_CEILING = 100;
  /** The hard ceiling of {@link #maxFilterTerms()}. */
  public static final int FILTER_TERMS_CEILING = 100_000;

  /** The limits: each with its name, its default for requests and for resources, and its ceiling. */
  private enum Limit {
    PATH_LENGTH("maxPathLength", 8_192, 8_192, PATH_LENGTH_CEILING),
    ATTRIBUTE_NAME_LENGTH("maxAttributeNameLength", 256, 256, ATTRIBUTE_NAME_LENGTH_CEILING),
    FILTER_DEPTH("maxFilterDepth", 16, 16, FILTER_DEPTH_CEILING),
    FILTER_TERMS("maxFilterTerms", 128, 128, FILTER_TERMS_CEILING),
    WORK("maxWork", 5_000_000, 5_000_000, 1L << 62),
    DOCUMENT_LENGTH("maxDocumentLength", 1 << 20, 64 << 20, 1L << 62),
    JSON_DEPTH("maxJsonDepth", 32, 32, 1_000),
    STRING_LENGTH("maxStringLength", 512 << 10, 512 << 10, 1 << 30),
    NAME_LENGTH("maxNameLength", 1_024, 1_024, 1 << 20),
    NUMBER_LENGTH("maxNumberLength", 1_000, 1_000, 100_000);

    final String label;
    final long request;
    final long resource;
    final long ceiling;

    Limit(String label, long request, long resource, long ceiling) {
      this.label = label;
      this.request = request;
      this.resource = resource;
      this.ceiling = ceiling;
    }
  }

  private static final Limits DEFAULTS = new Limits(defaults(false));
  private static final Limits RESOURCE_DEFAULTS = new Limits(defaults(true));

  private final long[] values;

  private Limits(long[] values) {
    this.values = values;
  }

  private static long[] defaults(boolean resource) {
    long[] v = new long[Limit.values().length];
    for (Limit l : Limit.values()) {
      v[l.ordinal()] = resource ? l.resource : l.request;
    }
    return v;
  }

  /** {@return the default limits for requests from the network, those of the table above} */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** {@return the default limits for the resources a server stores, those of the table above} */
  public static Limits resourceDefaults() {
    return RESOURCE_DEFAULTS;
  }

  /** {@return a builder that starts from the request defaults} */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /** {@return a builder that starts from these limits} */
  public Builder toBuilder() {
    return new Builder(values.clone());
  }

  private int intValue(Limit l) {
    return (int) Math.min(Integer.MAX_VALUE, values[l.ordinal()]);
  }

  /** {@return the longest path or filter text accepted, in UTF-16 characters} */
  public int maxPathLength() {
    return intValue(Limit.PATH_LENGTH);
  }

  /** {@return the longest attribute or sub-attribute name in a path or filter, in UTF-16 characters} */
  public int maxAttributeNameLength() {
    return intValue(Limit.ATTRIBUTE_NAME_LENGTH);
  }

  /**
   * {@return the deepest nesting of groups in a filter} Each {@code (}, {@code not (} and value path
   * {@code [} counts one level.
   */
  public int maxFilterDepth() {
    return intValue(Limit.FILTER_DEPTH);
  }

  /** {@return the most comparisons ({@code attr op value} or {@code attr pr}) in one filter} */
  public int maxFilterTerms() {
    return intValue(Limit.FILTER_TERMS);
  }

  /** {@return the most units of work one request may cost (values looked at, comparisons, copies)} */
  public long maxWork() {
    return values[Limit.WORK.ordinal()];
  }

  /** {@return the longest JSON document read, in bytes (or characters, when read from text)} */
  public long maxDocumentLength() {
    return values[Limit.DOCUMENT_LENGTH.ordinal()];
  }

  /** {@return the deepest nesting of JSON arrays and objects read} */
  public int maxJsonDepth() {
    return intValue(Limit.JSON_DEPTH);
  }

  /** {@return the longest JSON string value read, in UTF-16 characters} */
  public int maxStringLength() {
    return intValue(Limit.STRING_LENGTH);
  }

  /** {@return the longest JSON member name read, in UTF-16 characters} */
  public int maxNameLength() {
    return intValue(Limit.NAME_LENGTH);
  }

  /** {@return the longest JSON number read, in characters} */
  public int maxNumberLength() {
    return intValue(Limit.NUMBER_LENGTH);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Limits l && Arrays.equals(l.values, values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /** {@return every limit by name, for example {@code Limits{maxPathLength=8192, ...}}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Limits{");
    for (Limit l : Limit.values()) {
      sb.append(l.ordinal() == 0 ? "" : ", ").append(l.label).append('=').append(values[l.ordinal()]);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Limits}. Each setter rejects values below 1 or above the limit's ceiling.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final long[] values;

    private Builder(long[] values) {
      this.values = values;
    }

    private Builder set(Limit l, long value) {
      if (value < 1 || value > l.ceiling) {
        throw new IllegalArgumentException(l.label + " must be between 1 and " + l.ceiling + ": " + value);
      }
      values[l.ordinal()] = value;
      return this;
    }

    /**
     * Sets {@link Limits#maxPathLength()}.
     *
     * @param value the limit, 1 to {@link #PATH_LENGTH_CEILING}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxPathLength(int value) {
      return set(Limit.PATH_LENGTH, value);
    }

    /**
     * Sets {@link Limits#maxAttributeNameLength()}.
     *
     * @param value the limit, 1 to {@link #ATTRIBUTE_NAME_LENGTH_CEILING}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxAttributeNameLength(int value) {
      return set(Limit.ATTRIBUTE_NAME_LENGTH, value);
    }

    /**
     * Sets {@link Limits#maxFilterDepth()}.
     *
     * @param value the limit, 1 to {@link #FILTER_DEPTH_CEILING}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxFilterDepth(int value) {
      return set(Limit.FILTER_DEPTH, value);
    }

    /**
     * Sets {@link Limits#maxFilterTerms()}.
     *
     * @param value the limit, 1 to {@link #FILTER_TERMS_CEILING}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxFilterTerms(int value) {
      return set(Limit.FILTER_TERMS, value);
    }

    /**
     * Sets {@link Limits#maxWork()}.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of range
     */
    public Builder maxWork(long value) {
      return set(Limit.WORK, value);
    }

    /**
     * Sets {@link Limits#maxDocumentLength()}.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of range
     */
    public Builder maxDocumentLength(long value) {
      return set(Limit.DOCUMENT_LENGTH, value);
    }

    /**
     * Sets {@link Limits#maxJsonDepth()}.
     *
     * @param value the limit, 1 to 1,000
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxJsonDepth(int value) {
      return set(Limit.JSON_DEPTH, value);
    }

    /**
     * Sets {@link Limits#maxStringLength()}.
     *
     * @param value the limit, 1 to 2<sup>30</sup>
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxStringLength(int value) {
      return set(Limit.STRING_LENGTH, value);
    }

    /**
     * Sets {@link Limits#maxNameLength()}.
     *
     * @param value the limit, 1 to 2<sup>20</sup>
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxNameLength(int value) {
      return set(Limit.NAME_LENGTH, value);
    }

    /**
     * Sets {@link Limits#maxNumberLength()}.
     *
     * @param value the limit, 1 to 100,000
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of that range
     */
    public Builder maxNumberLength(int value) {
      return set(Limit.NUMBER_LENGTH, value);
    }

    /** {@return the limits set so far, the others as the builder started} */
    public Limits build() {
      return new Limits(values.clone());
    }
  }
}

package dev.scimpatch.path;

import dev.scimpatch.Limits;
import dev.scimpatch.internal.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Parses paths and filters with a given set of known schema URNs and {@link Limits}. Immutable and
 * thread-safe; build one and reuse it.
 *
 * <p>With known schema URNs, a path's schema prefix is the longest known URN that the path starts
 * with, compared ignoring ASCII case, and is returned in its known spelling (R-PATH-8); a path that
 * is nothing but a known URN is an error, as the grammar wants an attribute name after it
 * (R-PATH-9). A prefix that is no known URN is split at the last {@code ':'} before the attribute
 * name, as it is when no URNs are known: an attribute name never contains {@code ':'}, while a URN
 * may contain {@code '.'} ({@code ...:2.0:User}), so the dot is never taken for a sub-attribute.
 *
 * <pre>{@code
 * PathParser parser = PathParser.builder()
 *     .schemaUrns(List.of("urn:ietf:params:scim:schemas:core:2.0:User",
 *                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
 *     .build();
 * Path p = parser.parse("URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:manager.value");
 * p.schema();     // urn:ietf:params:scim:schemas:extension:enterprise:2.0:User
 * p.attribute();  // manager
 * }</pre>
 *
 * @since 0.1
 */
public final class PathParser {

  private static final PathParser DEFAULTS = new PathParser(List.of(), Limits.defaults());

  private final List<String> schemaUrns;
  private final Limits limits;

  private PathParser(List<String> schemaUrns, Limits limits) {
    this.schemaUrns = schemaUrns;
    this.limits = limits;
  }

  /** {@return the parser with no known schema URNs and the default limits} */
  public static PathParser defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from no known schema URNs and the default limits} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses a PATCH path.
   *
   * @param path the path's text (RFC 7644 §3.5.2 {@code PATH}), for example
   *     {@code "members[value eq \"2819c223\"].display"}
   * @return the path
   * @throws dev.scimpatch.ScimPatchException {@code 400 invalidPath} for a syntax error outside the
   *     brackets or a path longer than {@link Limits#maxPathLength()}, {@code 400 invalidFilter}
   *     for an error inside them; each carries the input and the zero-based index of the error
   * @throws NullPointerException if {@code path} is null
   */
  public Path parse(String path) {
    Objects.requireNonNull(path, "path");
    return new Parser(path, this).path();
  }

  /**
   * Parses a filter (RFC 7644 §3.4.2.2 {@code FILTER}; value paths allowed, not nested).
   *
   * @param filter the filter's text, for example {@code "userName eq \"bjensen\""}
   * @return the filter
   * @throws dev.scimpatch.ScimPatchException {@code 400 invalidFilter}, with the input and index
   * @throws NullPointerException if {@code filter} is null
   */
  public Filter parseFilter(String filter) {
    Objects.requireNonNull(filter, "filter");
    return new Parser(filter, this).topLevelFilter();
  }

  /** {@return the known schema URNs, longest first: an unmodifiable list} */
  public List<String> schemaUrns() {
    return schemaUrns;
  }

  /** {@return the limits this parser enforces} */
  public Limits limits() {
    return limits;
  }

  /**
   * Builds a {@link PathParser}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<String> schemaUrns = new ArrayList<>();
    private Limits limits = Limits.defaults();

    private Builder() {}

    /**
     * Adds known schema URNs, to those added before.
     *
     * @param urns the schema URNs ({@code urn:NID:NSS}), each in the spelling that parsed paths
     *     are to carry, for example {@code urn:ietf:params:scim:schemas:core:2.0:User}
     * @return this builder
     * @throws IllegalArgumentException if one is not a URN; those before it stay added
     */
    public Builder schemaUrns(Collection<String> urns) {
      for (String urn : urns) {
        Objects.requireNonNull(urn, "urn");
        if (!Names.isUrn(urn)) {
          throw new IllegalArgumentException("not a schema URN: " + urn);
        }
        schemaUrns.add(urn);
      }
      return this;
    }

    /**
     * Sets the limits. Default {@link Limits#defaults()}.
     *
     * @param limits the limits the parser enforces
     * @return this builder
     */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** {@return the parser, with the URNs added so far and the limits set} */
    public PathParser build() {
      List<String> sorted = new ArrayList<>(schemaUrns);
      sorted.sort(Comparator.comparingInt(String::length).reversed());
      return new PathParser(List.copyOf(sorted), limits);
    }
  }
}

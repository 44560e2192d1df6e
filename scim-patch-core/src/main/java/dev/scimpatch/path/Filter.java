package dev.scimpatch.path;

import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SCIM filter (RFC 7644 §3.4.2.2): a comparison, a presence test, a logical combination, or a
 * value path.
 *
 * <p>Filters are immutable records. {@code toString()} prints canonical syntax: lower-case
 * keywords, single spaces, JSON literals, and parentheses only where precedence needs them
 * ({@code not} binds tighter than {@code and}, which binds tighter than {@code or}). Nested
 * {@code and}s (and nested {@code or}s) are flattened when built, so {@code a and (b and c)} and
 * {@code (a and b) and c} are the same value, and {@code Filter.parse(f.toString()).equals(f)} for
 * every filter within the default {@link dev.scimpatch.Limits}.
 *
 * <pre>{@code
 * Filter f = Filter.parse("type EQ \"work\" and (value co \"@example.com\" or primary pr)");
 * f.toString(); // type eq "work" and (value co "@example.com" or primary pr)
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Filter
    permits Filter.Comparison, Filter.Present, Filter.And, Filter.Or, Filter.Not, Filter.ValuePath {

  /**
   * Which record a filter is: one constant per record. A switch expression over {@link #kind()}
   * must name every constant, so a new kind of filter fails to compile where it is not handled.
   *
   * @since 0.1
   */
  enum Kind {
    /** A {@link Comparison}. */
    COMPARISON,
    /** A {@link Present}. */
    PRESENT,
    /** An {@link And}. */
    AND,
    /** An {@link Or}. */
    OR,
    /** A {@link Not}. */
    NOT,
    /** A {@link ValuePath}. */
    VALUE_PATH
  }

  /**
   * Returns which record this filter is.
   *
   * @return the constant of this filter's record
   * @since 0.1
   */
  Kind kind();

  /**
   * Parses a filter with the default {@link dev.scimpatch.Limits} and no known schema URNs. Every
   * error is a {@code 400 invalidFilter} {@link dev.scimpatch.ScimPatchException} that carries the
   * input and the index of the offending character.
   *
   * @param filter the filter's text (RFC 7644 §3.4.2.2 {@code FILTER}), for example
   *     {@code "userName eq \"bjensen\""}; value paths are allowed, not nested
   * @return the filter
   */
  static Filter parse(String filter) {
    return PathParser.defaults().parseFilter(filter);
  }

  /**
   * Returns {@code attribute eq "value"}, a comparison with a string.
   *
   * @param attribute the attribute name: an ATTRNAME, or {@code $ref}; no schema prefix, no
   *     sub-attribute
   * @param value the string compared with
   * @return the comparison
   * @throws IllegalArgumentException if {@code attribute} is not such a name
   */
  static Filter eq(String attribute, String value) {
    return new Comparison(AttributePath.of(attribute), ComparisonOperator.EQ, ScimString.of(value));
  }

  /**
   * Returns the conjunction of two or more filters; operands that are conjunctions are flattened.
   *
   * @param first the first operand
   * @param second the second operand
   * @param more further operands, in order; none may be null
   * @return the conjunction
   */
  static Filter and(Filter first, Filter second, Filter... more) {
    return new And(list(first, second, more));
  }

  /**
   * Returns the disjunction of two or more filters; operands that are disjunctions are flattened.
   *
   * @param first the first operand
   * @param second the second operand
   * @param more further operands, in order; none may be null
   * @return the disjunction
   */
  static Filter or(Filter first, Filter second, Filter... more) {
    return new Or(list(first, second, more));
  }

  /**
   * Returns the negation of a filter.
   *
   * @param operand the negated filter
   * @return {@code not (operand)}
   */
  static Filter not(Filter operand) {
    return new Not(operand);
  }

  private static List<Filter> list(Filter first, Filter second, Filter... more) {
    List<Filter> list = new ArrayList<>(2 + more.length);
    list.add(first);
    list.add(second);
    list.addAll(List.of(more));
    return list;
  }

  /**
   * {@code attribute operator value}: a comparison with a JSON literal.
   *
   * @param attribute the compared attribute
   * @param operator the operator
   * @param value a string, number, boolean or null; ordering operators take no boolean or null,
   *     and {@code co}, {@code sw}, {@code ew} take strings only
   * @since 0.1
   */
  record Comparison(AttributePath attribute, ComparisonOperator operator, ScimNode value)
      implements Filter {
    /**
     * Creates a comparison.
     *
     * @param attribute the compared attribute
     * @param operator the operator
     * @param value a string, number, boolean or {@link dev.scimpatch.tree.ScimNull}; {@code gt},
     *     {@code ge}, {@code lt} and {@code le} take a string or number, {@code co}, {@code sw} and
     *     {@code ew} a string
     * @throws IllegalArgumentException if the value is an object or array, or does not suit the
     *     operator
     */
    public Comparison {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
      String problem = problem(operator, value);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }

    static @Nullable String problem(ComparisonOperator operator, ScimNode value) {
      if (!value.isScalar() && !value.isNull()) {
        return "a comparison value is a string, number, true, false or null, not " + value.jsonType();
      }
      if (operator.isOrdering() && !(value.isScalar() && !(value instanceof ScimBoolean))) {
        return "'" + operator.keyword() + "' does not order " + value.jsonType() + " values (R-FLT-6)";
      }
      if (operator.isSubstring() && !(value instanceof ScimString)) {
        return "'" + operator.keyword() + "' compares strings only, not " + value.jsonType() + " values";
      }
      return null;
    }

    @Override
    public Kind kind() {
      return Kind.COMPARISON;
    }

    @Override
    public String toString() {
      return attribute + " " + operator.keyword() + " " + value;
    }
  }

  /**
   * {@code attribute pr}: the attribute has a non-empty value.
   *
   * @param attribute the tested attribute
   * @since 0.1
   */
  record Present(AttributePath attribute) implements Filter {
    /**
     * Creates a presence test.
     *
     * @param attribute the tested attribute
     */
    public Present {
      Objects.requireNonNull(attribute, "attribute");
    }

    @Override
    public Kind kind() {
      return Kind.PRESENT;
    }

    @Override
    public String toString() {
      return attribute + " pr";
    }
  }

  /**
   * {@code a and b and ...}: every operand matches. Nested {@code And}s are flattened.
   *
   * @param operands two or more filters, none of them an {@code And}
   * @since 0.1
   */
  record And(List<Filter> operands) implements Filter {
    /**
     * Creates a conjunction, flattening operands that are themselves conjunctions. The list is
     * copied.
     *
     * @param operands the operands, in order; none may be null, and two or more must remain once
     *     each {@code And} among them is replaced by its own operands
     * @throws IllegalArgumentException if fewer than two operands remain
     */
    public And {
      operands = flatten(operands, And.class);
    }

    @Override
    public Kind kind() {
      return Kind.AND;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof And other && operands.equals(other.operands);
    }

    @Override
    public int hashCode() {
      return operands.hashCode() + 11;
    }

    @Override
    public String toString() {
      return join(operands, " and ");
    }
  }

  /**
   * {@code a or b or ...}: some operand matches. Nested {@code Or}s are flattened.
   *
   * @param operands two or more filters, none of them an {@code Or}
   * @since 0.1
   */
  record Or(List<Filter> operands) implements Filter {
    /**
     * Creates a disjunction, flattening operands that are themselves disjunctions. The list is
     * copied.
     *
     * @param operands the operands, in order; none may be null, and two or more must remain once
     *     each {@code Or} among them is replaced by its own operands
     * @throws IllegalArgumentException if fewer than two operands remain
     */
    public Or {
      operands = flatten(operands, Or.class);
    }

    @Override
    public Kind kind() {
      return Kind.OR;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Or other && operands.equals(other.operands);
    }

    @Override
    public int hashCode() {
      return operands.hashCode() + 13;
    }

    @Override
    public String toString() {
      return join(operands, " or ");
    }
  }

  /**
   * {@code not (operand)}: the operand does not match.
   *
   * @param operand the negated filter
   * @since 0.1
   */
  record Not(Filter operand) implements Filter {
    /**
     * Creates a negation.
     *
     * @param operand the negated filter
     */
    public Not {
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public Kind kind() {
      return Kind.NOT;
    }

    // Written out: the generated record methods use far more stack per level of nesting.
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Not n && operand.equals(n.operand);
    }

    @Override
    public int hashCode() {
      return 31 * operand.hashCode() + 7;
    }

    @Override
    public String toString() {
      return "not (" + operand + ")";
    }
  }

  /**
   * {@code attribute[filter]}: some value of a multi-valued attribute matches {@code filter}, whose
   * names are relative to the attribute. Allowed in a top-level filter, not inside another value
   * filter (RFC 7644 {@code valFilter}; R-PATH-14).
   *
   * @param attribute the multi-valued attribute, without a sub-attribute
   * @param filter the filter on its values; contains no {@code ValuePath}
   * @since 0.1
   */
  record ValuePath(AttributePath attribute, Filter filter) implements Filter {
    /**
     * Creates a value path.
     *
     * @param attribute the multi-valued attribute, with or without a schema prefix; no sub-attribute
     * @param filter the filter on its values, whose names are relative to {@code attribute}; no
     *     {@code ValuePath} anywhere inside it
     * @throws IllegalArgumentException if the attribute has a sub-attribute or the filter nests a
     *     value path
     */
    public ValuePath {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(filter, "filter");
      if (attribute.subAttribute() != null) {
        throw new IllegalArgumentException(
            "a value filter follows an attribute name, not a sub-attribute: " + attribute);
      }
      if (containsValuePath(filter)) {
        throw new IllegalArgumentException("value filters do not nest (R-PATH-14): " + filter);
      }
    }

    @Override
    public Kind kind() {
      return Kind.VALUE_PATH;
    }

    @Override
    public String toString() {
      return attribute + "[" + filter + "]";
    }
  }

  private static List<Filter> flatten(List<Filter> operands, Class<? extends Filter> kind) {
    List<Filter> flat = new ArrayList<>(operands.size());
    for (Filter f : operands) {
      Objects.requireNonNull(f, "operand");
      if (kind.isInstance(f)) {
        flat.addAll(f instanceof And a ? a.operands() : ((Or) f).operands());
      } else {
        flat.add(f);
      }
    }
    if (flat.size() < 2) {
      throw new IllegalArgumentException(
          kind.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " needs at least two operands");
    }
    return List.copyOf(flat);
  }

  /**
   * Prints operands joined by a keyword; an {@code Or} operand of an {@code And} is parenthesised
   * (the only place precedence needs it, as operands are flattened).
   */
  private static String join(List<Filter> operands, String keyword) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        sb.append(keyword);
      }
      Filter f = operands.get(i);
      if (f instanceof Or) {
        sb.append('(').append(f).append(')');
      } else {
        sb.append(f);
      }
    }
    return sb.toString();
  }

  /**
   * {@return whether {@code filter} is or contains a {@link ValuePath}, at any depth}
   *
   * @param filter the filter to search
   */
  static boolean containsValuePath(Filter filter) {
    return switch (filter.kind()) {
      case VALUE_PATH -> true;
      case AND -> ((And) filter).operands().stream().anyMatch(Filter::containsValuePath);
      case OR -> ((Or) filter).operands().stream().anyMatch(Filter::containsValuePath);
      case NOT -> containsValuePath(((Not) filter).operand());
      case COMPARISON, PRESENT -> false;
    };
  }
}

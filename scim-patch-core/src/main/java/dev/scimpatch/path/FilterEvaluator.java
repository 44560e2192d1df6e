package dev.scimpatch.path;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.DateTimes;
import dev.scimpatch.internal.Text;
import dev.scimpatch.schema.AttributeType;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates {@link Filter}s against tree nodes, as RFC 7644 §3.4.2.2 defines the operators.
 *
 * <ul>
 *   <li>Strings compare ignoring case unless the attribute is {@code caseExact}
 *       ({@link AttributeTraits}; R-FLT-5). Case folding is Unicode NFC followed by
 *       {@code toLowerCase(Locale.ROOT)} (ASCII-only strings: ASCII folding), so it never depends
 *       on the default locale.</li>
 *   <li>Numbers compare by value; xsd:dateTime strings compare chronologically, offsets
 *       included (when the attribute's type is {@code dateTime}, or unknown and both sides read
 *       as one); other strings compare lexicographically by UTF-16 code unit after folding.</li>
 *   <li>{@code gt ge lt le} on a boolean or binary attribute fail with {@code 400 invalidFilter}
 *       (R-FLT-6). A value of another type than the literal's never matches {@code eq}, and
 *       always matches {@code ne}.</li>
 *   <li>A multi-valued attribute matches when any of its values matches (R-FLT-7); a complex
 *       value compared with a literal is compared through its {@code value} sub-attribute
 *       (R-FLT-8, the RFC's own {@code emails co "example.com"}).</li>
 *   <li>{@code pr} matches a value that is not null, not an empty string, not an empty array and
 *       not a complex value without any present sub-attribute. {@code eq null} matches an
 *       unassigned attribute, {@code ne null} an assigned one (R-FLT-11).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FilterEvaluator {

  private static final FilterEvaluator SCHEMALESS = new FilterEvaluator(AttributeTraits.schemaless());

  private final AttributeTraits traits;

  private FilterEvaluator(AttributeTraits traits) {
    this.traits = traits;
  }

  /** {@return the evaluator for schema-less resources: strings case-insensitive, types inferred} */
  public static FilterEvaluator schemaless() {
    return SCHEMALESS;
  }

  /**
   * Returns an evaluator that asks {@code traits} about case-exactness and types.
   *
   * @param traits what the attributes' schema says, usually derived from it;
   *     {@link AttributeTraits#schemaless()} for none
   * @return the evaluator
   */
  public static FilterEvaluator of(AttributeTraits traits) {
    return new FilterEvaluator(Objects.requireNonNull(traits, "traits"));
  }

  /**
   * Tests a top-level filter against a resource, whose attributes the filter's names denote.
   *
   * @param filter the filter, as in a {@code filter} query parameter; value paths allowed
   * @param resource the resource, normally an object; a name whose schema prefix is the name of an
   *     object member (an extension) is looked up in that member, any other name in the resource
   * @return whether the resource matches
   * @throws ScimPatchException {@code 400 invalidFilter} for a comparison the attribute's type
   *     does not support
   */
  public boolean matches(Filter filter, ScimNode resource) {
    return test(filter, resource, null, FilterEvaluator::noCost);
  }

  /**
   * Tests a value filter against one value of the multi-valued attribute {@code scope}, as in
   * {@code emails[type eq "work"]}: the filter's names are sub-attributes of {@code scope}. For a
   * value of a multi-valued simple attribute, the name {@code value} denotes the value itself.
   *
   * @param filter the value filter, the part between the brackets; its names are relative to
   *     {@code scope}
   * @param value one value of the attribute: an object for a complex attribute, else a simple value
   * @param scope the multi-valued attribute the value belongs to, for example {@code emails}; the
   *     traits are asked about its schema and name with the filter's names as sub-attributes
   * @return whether the value matches
   * @throws ScimPatchException {@code 400 invalidFilter} for a comparison the attribute's type
   *     does not support
   */
  public boolean matches(Filter filter, ScimNode value, AttributePath scope) {
    return test(filter, value, Objects.requireNonNull(scope, "scope"), FilterEvaluator::noCost);
  }

  /**
   * As {@link #matches(Filter, ScimNode, AttributePath)}, reporting the work done: one unit per
   * value looked at and per comparison, and one more per 64 characters compared. The cost of a
   * match is linear in the sizes of the value and the filter, {@code co} included.
   *
   * @param filter the value filter
   * @param value one value of the attribute
   * @param scope the multi-valued attribute the value belongs to
   * @param cost told each unit of work as it is done; it may throw to stop the evaluation
   * @return whether the value matches
   * @throws ScimPatchException {@code 400 invalidFilter} for a comparison the attribute's type
   *     does not support
   */
  public boolean matches(Filter filter, ScimNode value, AttributePath scope, LongConsumer cost) {
    return test(filter, value, Objects.requireNonNull(scope, "scope"), Objects.requireNonNull(cost, "cost"));
  }

  /** Work that nobody counts: the evaluations outside the engine. */
  private static void noCost(long units) {
    // nothing to count
  }

  private boolean test(Filter filter, ScimNode context, @Nullable AttributePath scope, LongConsumer cost) {
    cost.accept(1);
    return switch (filter.kind()) {
      case COMPARISON -> compare((Filter.Comparison) filter, context, scope, cost);
      case PRESENT -> {
        for (ScimNode v : values(context, ((Filter.Present) filter).attribute(), scope)) {
          cost.accept(1);
          if (isPresent(v)) {
            yield true;
          }
        }
        yield false;
      }
      case AND -> {
        for (Filter f : ((Filter.And) filter).operands()) {
          if (!test(f, context, scope, cost)) {
            yield false;
          }
        }
        yield true;
      }
      case OR -> {
        for (Filter f : ((Filter.Or) filter).operands()) {
          if (test(f, context, scope, cost)) {
            yield true;
          }
        }
        yield false;
      }
      case NOT -> !test(((Filter.Not) filter).operand(), context, scope, cost);
      case VALUE_PATH -> {
        Filter.ValuePath vp = (Filter.ValuePath) filter;
        AttributePath inner = absolute(vp.attribute(), scope);
        for (ScimNode element : values(context, vp.attribute(), scope)) {
          cost.accept(1);
          if (test(vp.filter(), element, inner, cost)) {
            yield true;
          }
        }
        yield false;
      }
    };
  }

  /** The path the traits are asked about: relative names are resolved against the scope. */
  private static AttributePath absolute(AttributePath attribute, @Nullable AttributePath scope) {
    if (scope == null || attribute.subAttribute() != null) {
      return attribute;
    }
    return new AttributePath(scope.schema(), scope.name(), attribute.name());
  }

  /**
   * The values {@code attribute} has in {@code context}: arrays are flattened one level, and
   * nulls left out, so an empty list means unassigned.
   */
  private static List<ScimNode> values(ScimNode context, AttributePath attribute, @Nullable AttributePath scope) {
    List<ScimNode> out = new ArrayList<>(2);
    ScimNode node = null;
    if (context instanceof ScimObject object) {
      ScimObject base = object;
      if (scope == null && attribute.schema() != null
          && object.get(attribute.schema()) instanceof ScimObject extension) {
        base = extension;
      }
      node = base.get(attribute.name());
    } else if (scope != null && attribute.subAttribute() == null
        && Ascii.equalsIgnoreCase(attribute.name(), "value")) {
      node = context;
    }
    if (node == null) {
      return out;
    }
    String sub = attribute.subAttribute();
    if (sub == null) {
      addFlat(out, node);
    } else if (node instanceof ScimArray array) {
      for (ScimNode element : array) {
        if (element instanceof ScimObject o) {
          addFlat(out, o.get(sub));
        }
      }
    } else if (node instanceof ScimObject o) {
      addFlat(out, o.get(sub));
    }
    return out;
  }

  private static void addFlat(List<ScimNode> out, @Nullable ScimNode node) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node instanceof ScimArray array) {
      for (ScimNode element : array) {
        if (!element.isNull()) {
          out.add(element);
        }
      }
    } else {
      out.add(node);
    }
  }

  private static int length(ScimNode node) {
    return node instanceof ScimString s ? s.value().length() : 0;
  }

  private static boolean isPresent(ScimNode node) {
    return switch (node.kind()) {
      case STRING -> !((ScimString) node).value().isEmpty();
      case ARRAY -> {
        for (ScimNode e : (ScimArray) node) {
          if (isPresent(e)) {
            yield true;
          }
        }
        yield false;
      }
      case OBJECT -> {
        for (ScimObject.Member m : ((ScimObject) node).members()) {
          if (isPresent(m.value())) {
            yield true;
          }
        }
        yield false;
      }
      case NUMBER, BOOLEAN -> true;
      case NULL -> false;
    };
  }

  private boolean compare(Filter.Comparison c, ScimNode context, @Nullable AttributePath scope, LongConsumer cost) {
    ComparisonOperator op = c.operator();
    ScimNode literal = c.value();
    List<ScimNode> candidates = values(context, c.attribute(), scope);
    if (literal.isNull()) {
      return op == ComparisonOperator.EQ ? candidates.isEmpty() : !candidates.isEmpty();
    }
    AttributePath attribute = absolute(c.attribute(), scope);
    Optional<AttributeType> type = traits.type(attribute);
    if (op.isOrdering() && type.isPresent()
        && (type.get() == AttributeType.BOOLEAN || type.get() == AttributeType.BINARY)) {
      throw unsupported(c, "'" + op.keyword() + "' does not order " + type.get().keyword() + " values (R-FLT-6)");
    }
    Boolean caseExact = null;
    boolean anyValue = false;
    for (ScimNode candidate : candidates) {
      ScimNode value = candidate instanceof ScimObject o ? o.get("value") : candidate;
      if (value == null || value.isNull()) {
        continue;
      }
      anyValue = true;
      if (op.isOrdering() && value instanceof ScimBoolean) {
        throw unsupported(c, "'" + op.keyword() + "' does not order boolean values (R-FLT-6)");
      }
      if (caseExact == null && value instanceof ScimString) {
        caseExact = traits.caseExact(attribute);
      }
      cost.accept(1 + ((length(value) + length(literal)) >> 6));
      if (test(c, value, literal, type.orElse(null), Boolean.TRUE.equals(caseExact))) {
        return true;
      }
    }
    return !anyValue && op == ComparisonOperator.NE;
  }

  private static boolean test(
      Filter.Comparison c, ScimNode value, ScimNode literal, @Nullable AttributeType type, boolean caseExact) {
    ComparisonOperator op = c.operator();
    if (op.isSubstring()) {
      if (!(value instanceof ScimString s)) {
        return false;
      }
      String v = s.value();
      String l = ((ScimString) literal).value();
      return switch (op) {
        case CO -> caseExact ? Text.contains(v, l) : Text.contains(Text.foldCase(v), Text.foldCase(l));
        case SW -> caseExact ? v.startsWith(l) : Text.startsWithFolded(v, l);
        case EW -> caseExact ? v.endsWith(l) : Text.endsWithFolded(v, l);
        case EQ, NE, GT, GE, LT, LE -> throw new AssertionError(op + " is not a substring operator");
      };
    }
    Integer order = order(c, value, literal, type, caseExact);
    return switch (op) {
      case EQ -> order != null && order == 0;
      case NE -> order == null || order != 0;
      case GT -> order != null && order > 0;
      case GE -> order != null && order >= 0;
      case LT -> order != null && order < 0;
      case LE -> order != null && order <= 0;
      case CO, SW, EW -> throw new AssertionError(op + " is a substring operator");
    };
  }

  /** Compares a value with a literal; {@code null} when they do not compare (different kinds). */
  private static @Nullable Integer order(
      Filter.Comparison c, ScimNode value, ScimNode literal, @Nullable AttributeType type, boolean caseExact) {
    if (value.kind() != literal.kind()) {
      return null;
    }
    return switch (literal.kind()) {
      case NUMBER -> Integer.signum(((ScimNumber) value).compareTo((ScimNumber) literal));
      case BOOLEAN -> Boolean.compare(((ScimBoolean) value).value(), ((ScimBoolean) literal).value());
      case STRING -> orderStrings(c, ((ScimString) value).value(), ((ScimString) literal).value(), type, caseExact);
      case OBJECT, ARRAY, NULL -> null;
    };
  }

  /** Compares two strings: as xsd:dateTime instants where the type says so or both read as one. */
  private static @Nullable Integer orderStrings(
      Filter.Comparison c, String value, String literal, @Nullable AttributeType type, boolean caseExact) {
    if (type == AttributeType.DATE_TIME) {
      Instant l = DateTimes.parse(literal);
      if (l == null) {
        throw unsupported(c, "the value compared with a dateTime attribute is not an xsd:dateTime");
      }
      Instant v = DateTimes.parse(value);
      return v == null ? null : Integer.signum(v.compareTo(l));
    }
    if (type == null) {
      Instant l = DateTimes.parse(literal);
      Instant v = l == null ? null : DateTimes.parse(value);
      if (v != null) {
        return Integer.signum(v.compareTo(l));
      }
    }
    return caseExact
        ? Integer.signum(value.compareTo(literal))
        : Text.compareFolded(value, literal);
  }

  private static ScimPatchException unsupported(Filter.Comparison c, String reason) {
    return ScimPatchException.atIndex(ScimType.INVALID_FILTER, reason, c.toString(), -1);
  }
}

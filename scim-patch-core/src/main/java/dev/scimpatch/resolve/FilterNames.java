package dev.scimpatch.resolve;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Text;
import dev.scimpatch.path.AttributePath;
import dev.scimpatch.path.Filter;
import dev.scimpatch.schema.Attribute;

/** The names a path's value filter uses, checked against its attribute's definition (R-PATH-12). */
final class FilterNames {
  private FilterNames() {}

  /** Checks a filter on {@code def}: a multi-valued attribute whose sub-attributes it names. */
  static void check(AttributeRef ref, Attribute def, Filter filter) {
    if (!def.multiValued()) {
      throw new Unresolvable(ScimPatchException.of(ScimType.INVALID_PATH,
          "a value filter selects values of a multi-valued attribute; " + Text.quote(ref.name()) + " is single-valued"));
    }
    checkNames(ref, def, filter);
  }

  private static void checkNames(AttributeRef ref, Attribute def, Filter filter) {
    switch (filter.kind()) {
      case AND -> ((Filter.And) filter).operands().forEach(f -> checkNames(ref, def, f));
      case OR -> ((Filter.Or) filter).operands().forEach(f -> checkNames(ref, def, f));
      case NOT -> checkNames(ref, def, ((Filter.Not) filter).operand());
      case COMPARISON -> checkName(ref, def, ((Filter.Comparison) filter).attribute(), filter);
      case PRESENT -> checkName(ref, def, ((Filter.Present) filter).attribute(), filter);
      // A path's filter holds no value path: Path refuses one when it is built (R-PATH-14).
      case VALUE_PATH -> throw new IllegalStateException("a value path inside a path's filter: " + filter);
    }
  }

  private static void checkName(AttributeRef ref, Attribute def, AttributePath a, Filter term) {
    boolean known = a.schema() == null && a.subAttribute() == null
        && (def.isComplex() ? def.subAttribute(a.name()).isPresent() : Ascii.equalsIgnoreCase(a.name(), "value"));
    if (!known) {
      throw new Unresolvable(ScimPatchException.atIndex(ScimType.INVALID_FILTER,
          Text.quote(a.toString()) + " is not a sub-attribute of " + Text.quote(ref.name()) + " (R-PATH-12)",
          term.toString(), -1));
    }
  }
}

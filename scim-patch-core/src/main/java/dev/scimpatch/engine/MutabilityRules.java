package dev.scimpatch.engine;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.internal.Text;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import org.jspecify.annotations.Nullable;

/**
 * The mutability rules (R-GEN-3..5, R-REM-7, R-REM-9): readOnly attributes never change, immutable
 * ones only from unassigned, required ones never become unassigned. Sending back the value an
 * attribute already has is no change (U-5). All of these are {@code 400 mutability}.
 */
final class MutabilityRules {
  private MutabilityRules() {}

  /** A change of a whole attribute's value, {@code after} {@code null} for unassigning it. */
  static void checkChange(@Nullable Attribute def, String name, @Nullable ScimNode before, @Nullable ScimNode after) {
    if (def == null || sameState(before, after)) {
      return;
    }
    if (def.mutability() == Mutability.READ_ONLY) {
      throw mutability(Text.quote(name) + " is readOnly (R-GEN-4)");
    }
    if (def.mutability() == Mutability.IMMUTABLE && isAssigned(before)) {
      throw mutability(Text.quote(name) + " is immutable and already has a value (R-GEN-5)");
    }
  }

  /** A change of a sub-attribute; removing a required one is refused too. */
  static void checkSubChange(Target t, @Nullable Attribute subDef, String sub, @Nullable ScimNode before,
      @Nullable ScimNode after) {
    if (sameState(before, after)) {
      return;
    }
    checkChange(subDef, t.name() + "." + sub, before, after);
    if (after == null && subDef != null && subDef.required()) {
      throw mutability(Text.quote(t.name() + "." + sub) + " is required and cannot be removed (R-REM-7)");
    }
  }

  /** A change to values already there: not allowed for a readOnly or immutable attribute. */
  static void checkElementChange(Target t) {
    Attribute def = t.def();
    if (def != null && t.isReadOnlyOrImmutable()) {
      throw mutability(Text.quote(t.name()) + " is " + def.mutability() + " (R-GEN-4, R-GEN-5)");
    }
  }

  /** A value appended to a multi-valued attribute that {@code hadValues} or not. */
  static void checkAppend(Target t, boolean hadValues) {
    Attribute def = t.def();
    if (def != null && def.mutability() == Mutability.READ_ONLY) {
      throw mutability(Text.quote(t.name()) + " is readOnly (R-GEN-4)");
    }
    if (def != null && def.mutability() == Mutability.IMMUTABLE && hadValues) {
      throw mutability(Text.quote(t.name()) + " is immutable and already has values (R-GEN-5)");
    }
  }

  /** Unassigning an attribute: its own mutability, then whether it is required (R-REM-7). */
  static void checkUnassign(Target t, ScimNode current) {
    checkChange(t.def(), t.name(), current, null);
    Attribute def = t.def();
    if (def != null && def.required()) {
      throw mutability(Text.quote(t.name()) + " is required and cannot be removed (R-REM-7)");
    }
  }

  /** Removing the last value of a required multi-valued attribute (R-REM-9). */
  static void checkLastValue(Target t, boolean emptied) {
    Attribute def = t.def();
    if (emptied && def != null && def.required()) {
      throw mutability(Text.quote(t.name()) + " is required: its last value cannot be removed (R-REM-9)");
    }
  }

  /** Whether a value is assigned: not absent, not null, not an empty array (RFC 7643 §2.5). */
  static boolean isAssigned(@Nullable ScimNode value) {
    return value != null && !value.isNull() && !(value instanceof ScimArray a && a.isEmpty());
  }

  private static boolean sameState(@Nullable ScimNode a, @Nullable ScimNode b) {
    return (a != null && isAssigned(a)) ? a.equals(b) : !isAssigned(b);
  }

  private static ScimPatchException mutability(String reason) {
    return ScimPatchException.of(ScimType.MUTABILITY, reason);
  }
}

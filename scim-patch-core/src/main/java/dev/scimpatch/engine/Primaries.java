package dev.scimpatch.engine;

import dev.scimpatch.Semantics.MultiplePrimary;
import dev.scimpatch.internal.Text;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * At most one value of a multi-valued attribute is {@code primary} (R-GEN-6): setting it on one
 * value sets it false on the others; one operation that sets it on several is
 * {@code 400 invalidValue} (U-7), or under S6 {@code LAST_WINS} the last one keeps it.
 */
final class Primaries {

  private final Run run;

  Primaries(Run run) {
    this.run = run;
  }

  /** Whether a value is an object with {@code primary: true}. */
  static boolean isPrimary(@Nullable ScimNode element) {
    return element instanceof ScimObject o && ScimBoolean.TRUE.equals(o.get("primary"));
  }

  /** The values of one operation with at most one primary: all but the last made non-primary (S6), or refused (U-7). */
  List<ScimNode> keepLast(Target t, List<ScimNode> elements) {
    int last = -1;
    int count = 0;
    for (int i = 0; i < elements.size(); i++) {
      if (isPrimary(elements.get(i))) {
        count++;
        last = i;
      }
    }
    requireOne(t, count);
    if (count <= 1) {
      return elements;
    }
    List<ScimNode> out = new ArrayList<>(elements);
    for (int i = 0; i < out.size(); i++) {
      if (i != last && out.get(i) instanceof ScimObject o && isPrimary(o)) {
        out.set(i, demoted(o));
      }
    }
    return out;
  }

  /** Refuses an operation that sets primary on {@code count} values, unless S6 lets the last win. */
  void requireOne(Target t, int count) {
    if (count > 1 && run.profile().has(MultiplePrimary.REJECT)) {
      throw Run.invalidValue("one operation sets primary on " + count + " values of " + Text.quote(t.name())
          + "; at most one value is primary (R-GEN-6, U-7)");
    }
  }

  /** Makes every value but the one at {@code keep} non-primary. */
  void demoteOthers(Target t, WorkingArray values, int keep) {
    for (int i : values.primaries()) {
      if (i != keep && values.get(i) instanceof ScimObject o && isPrimary(o)) {
        values.set(i, demoted(o));
        run.touch(t);
      }
    }
  }

  private static ScimObject demoted(ScimObject o) {
    return o.with(Run.spellingIn(o, "primary"), ScimBoolean.FALSE);
  }
}

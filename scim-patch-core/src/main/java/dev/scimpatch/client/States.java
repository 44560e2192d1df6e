package dev.scimpatch.client;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When two states of a resource are the same to a diff: unassigned values (absent, {@code null},
 * {@code []}, {@code {}}) are no value (R-CHR-14), {@code meta} is the server's, and so are the
 * order and case of the URNs in {@code schemas}.
 */
final class States {
  private States() {}

  /**
   * Equal but for {@code meta}, for the order of {@code schemas}, which the server keeps, and for
   * unassigned members: absent, {@code null} and {@code []} are one state (R-CHR-14).
   */
  static boolean sameResource(ScimObject a, ScimObject b) {
    ScimObject x = assignedOnly(a.without("meta"));
    ScimObject y = assignedOnly(b.without("meta"));
    if (x.equals(y)) {
      return true;
    }
    return urns(x.get("schemas")).equals(urns(y.get("schemas")))
        && x.without("schemas").equals(y.without("schemas"));
  }

  /** Whether two values are the same state: equal once unassigned members are dropped (R-CHR-14). */
  static boolean same(@Nullable ScimNode a, @Nullable ScimNode b) {
    if (!assigned(a) || !assigned(b)) {
      return !assigned(a) && !assigned(b);
    }
    ScimNode x = Objects.requireNonNull(a);
    ScimNode y = Objects.requireNonNull(b);
    return x.equals(y) || state(x).equals(state(y));
  }

  private static ScimNode state(ScimNode n) {
    if (n instanceof ScimObject o) {
      return assignedOnly(o);
    }
    if (n instanceof ScimArray a) {
      ScimArray.Builder out = ScimArray.builder();
      for (ScimNode e : a) {
        if (assigned(e)) {
          out.add(e instanceof ScimObject o ? assignedOnly(o) : e);
        }
      }
      return out.build();
    }
    return n;
  }

  /**
   * The object without its unassigned members, and its complex members' and values' likewise; a
   * multi-valued attribute loses its unassigned values ({@code null}, {@code {}}).
   */
  private static ScimObject assignedOnly(ScimObject o) {
    ScimObject.Builder out = ScimObject.builder();
    for (ScimObject.Member m : o.members()) {
      if (assigned(m.value())) {
        out.put(m.name(), state(m.value()));
      }
    }
    return out.build();
  }

  private static Set<String> urns(@Nullable ScimNode schemas) {
    Set<String> out = new HashSet<>();
    if (schemas instanceof ScimArray a) {
      for (ScimNode n : a) {
        out.add(n instanceof ScimString s ? Ascii.toLowerCase(s.value()) : n.toString());
      }
    } else if (schemas != null) {
      out.add(schemas.toString());
    }
    return out;
  }

  /**
   * Whether a value is assigned: not absent or {@code null}, nor an object or array with nothing
   * assigned in it, such as {@code {}} and {@code []} (R-CHR-14).
   */
  static boolean assigned(@Nullable ScimNode n) {
    if (n instanceof ScimObject o) {
      for (ScimNode v : o.values()) {
        if (assigned(v)) {
          return true;
        }
      }
      return false;
    }
    if (n instanceof ScimArray a) {
      for (ScimNode e : a) {
        if (assigned(e)) {
          return true;
        }
      }
      return false;
    }
    return n != null && !n.isNull();
  }
}

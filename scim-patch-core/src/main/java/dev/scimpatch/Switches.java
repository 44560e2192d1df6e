package dev.scimpatch;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.schema.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** What the {@link Profile.Switch} types share: their defaults and the rules of their values. */
final class Switches {
  private Switches() {}

  /**
   * Every switch type with its default, in declaration order: an enum's first constant, or the
   * record value given here. A switch type without a default fails class initialisation, so no
   * test passes until it has one.
   */
  static final Map<Class<? extends Profile.Switch>, Profile.Switch> DEFAULTS = defaults(
      new Emulation.AllowedOps(EnumSet.allOf(Op.class)),
      new Emulation.PathFilterAttributes(Set.of()),
      new Emulation.MaxOperations(0),
      new Emulation.MaxMembershipChanges(0),
      new Emulation.SingleValueAttributes(Set.of()),
      new Emulation.DeniedOperations(List.of()),
      new Emulation.OnceOnlyAttributes(Set.of()),
      new Emulation.Extensions(List.of()),
      new Tolerance.IgnoredReadOnly(Set.of()));

  private static Map<Class<? extends Profile.Switch>, Profile.Switch> defaults(Profile.Switch... recordDefaults) {
    Map<Class<? extends Profile.Switch>, Profile.Switch> out = new LinkedHashMap<>();
    for (Class<?> type : types(Profile.Switch.class, new ArrayList<>())) {
      Profile.Switch value = null;
      if (type.isEnum()) {
        value = (Profile.Switch) type.getEnumConstants()[0];
      }
      for (Profile.Switch d : recordDefaults) {
        if (d.getClass() == type) {
          value = d;
        }
      }
      if (value == null) {
        throw new IllegalStateException("the switch " + type.getSimpleName() + " has no default");
      }
      out.put(value.getClass(), value);
    }
    return Collections.unmodifiableMap(out);
  }

  /** The enums and records a sealed interface permits, through the interfaces it permits, in order. */
  static List<Class<?>> types(Class<?> sealed, List<Class<?>> out) {
    for (Class<?> type : sealed.getPermittedSubclasses()) {
      if (type.isInterface()) {
        types(type, out);
      } else {
        out.add(type);
      }
    }
    return out;
  }

  /** Names folded to ASCII lower case once, sorted so that {@code toString()} is stable. */
  static Set<String> fold(Collection<String> names) {
    SortedSet<String> folded = new TreeSet<>();
    for (String n : names) {
      folded.add(Ascii.toLowerCase(Objects.requireNonNull(n, "name")));
    }
    return Collections.unmodifiableSortedSet(folded);
  }

  /** The schemas, none of whose ids appears twice (ignoring case). */
  static List<Schema> distinct(List<Schema> schemas) {
    List<Schema> copy = List.copyOf(schemas);
    for (int i = 0; i < copy.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (copy.get(i).hasId(copy.get(j).id())) {
          throw new IllegalArgumentException("extension " + copy.get(i).id() + " appears twice");
        }
      }
    }
    return copy;
  }

  static void nonNegative(String what, int v) {
    if (v < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + v);
    }
  }

  /** A switch value as {@code toString()} of a profile shows it: {@code OpCase.EXACT}, or the record. */
  static String describe(Profile.Switch s) {
    return s instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() + "." + e.name() : s.toString();
  }
}

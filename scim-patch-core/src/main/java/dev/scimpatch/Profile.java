package dev.scimpatch;

import dev.scimpatch.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A dialect of SCIM PATCH as one immutable value: which departures from RFC 7644 a server accepts
 * from its clients (tolerance, T1–T20), how it answers where the RFC is silent (semantics,
 * S1–S9), which restrictions of a vendor it emulates (emulation, E1–E11), and how a client
 * writes requests for that server (dialect, D1–D3). Profiles are passed
 * explicitly; nothing in scim-patch reads global, thread-local or system-property state.
 *
 * <p>Each decision is a {@link Switch}: a small enum or record, whose Javadoc gives the RFC's
 * behaviour, the vendors it serves and its default (for an enum, its first constant). A profile
 * holds one value of every switch. Start from a preset ({@link #strict()}, {@link #named(String)})
 * and change switches with {@link #with(Switch...)}, or set them back with {@link #without}:
 * <pre>{@code
 * Profile p = Profile.named("entra").with(Tolerance.UnknownAttributes.IGNORE);
 * Profile narrower = Profile.named("aws").with(new Emulation.SingleValueAttributes(Set.of("emails")));
 * }</pre>
 *
 * <p>How a profile acts: the request reader rewrites tolerant input into canonical operations
 * before anything else, and checks the emulated restrictions on those; the value tolerances act
 * while each value is checked against the schema; the engine takes the semantics switches and
 * two restrictions that need the resource (E6, E11). Leniency never bypasses mutability, limits or
 * the error contract: a rewritten operation is checked like any other. The switch numbers are
 * those of the README's switch table.
 *
 * <p>Two profiles are equal when they have the same name, the same value of every switch and the
 * same extensions. {@link #toString()} lists the switches that differ from {@link #strict()}.
 *
 * @since 0.1
 */
public final class Profile {

  /**
   * One decision of a profile: a small enum or record nested in {@link Tolerance},
   * {@link Semantics}, {@link Emulation} or {@link Dialect}. Each type is its own key, so a profile holds one value
   * of each.
   *
   * @since 0.1
   */
  public sealed interface Switch permits Tolerance, Semantics, Emulation, Dialect {}

  // ------------------------------------------------------------------ the value

  private static final Profile STRICT = new Profile("strict", Switches.DEFAULTS);

  private final String name;
  private final Map<Class<? extends Switch>, Switch> switches;
  private int hash;

  private Profile(String name, Map<Class<? extends Switch>, Switch> switches) {
    this.name = name;
    this.switches = switches;
  }

  /**
   * Returns the strict profile: RFC 7644 as written, with the strict answers where it is silent;
   * every switch at its default.
   *
   * @return the strict profile, named {@code strict}
   */
  public static Profile strict() {
    return STRICT;
  }

  /**
   * Returns a profile with every switch at its default but those given.
   *
   * @param name the profile's name, shown in messages and by the CLI
   * @param switches the switches that differ from strict; of two of one type, the last wins
   * @return the profile
   */
  public static Profile of(String name, Switch... switches) {
    return STRICT.withName(name).with(switches);
  }

  /**
   * Looks up a preset by name, ignoring ASCII case: {@code strict}, {@code lenient},
   * {@code entra}, {@code okta}, {@code seismic}, {@code github}, {@code adra}, {@code omni},
   * {@code aws}, {@code google}, {@code salesforce}, {@code interop-draft}. The README's preset
   * table says what each is for; {@code toString()} lists its switches.
   *
   * @param name the preset's name, in any ASCII case
   * @return the preset
   * @throws IllegalArgumentException if there is no preset of that name; the message lists them
   */
  public static Profile named(String name) {
    return Presets.named(name);
  }

  /** {@return the presets, in the order {@link #named(String)} lists them; an unmodifiable list} */
  public static List<Profile> presets() {
    return Presets.ALL;
  }

  /** {@return the profile's name: a preset's name, or what {@link #withName} or {@link #of} set} */
  public String name() {
    return name;
  }

  /**
   * Returns this profile's value of a switch.
   *
   * @param <S> the switch's type
   * @param type the switch's type, for example {@code Tolerance.OpCase.class}
   * @return its value
   * @throws NullPointerException if {@code type} is not a switch type, such as {@code Switch.class}
   */
  public <S extends Switch> S get(Class<S> type) {
    return type.cast(Objects.requireNonNull(switches.get(type), "not a switch type"));
  }

  /**
   * {@return whether this profile's value of {@code value}'s switch is {@code value}}
   *
   * @param value a switch value, for example {@code Tolerance.OpCase.CASE_INSENSITIVE}
   */
  public boolean has(Switch value) {
    return value.equals(switches.get(value.getClass()));
  }

  /** {@return the schema extensions the profile knows: its {@link Emulation.Extensions} switch's schemas} */
  public List<Schema> extensions() {
    return get(Emulation.Extensions.class).schemas();
  }

  /**
   * Returns a profile with these switch values and every other as in this one; the name stays.
   *
   * @param values the values; of two of one type, the last wins
   * @return the profile; this one when it already has those values
   */
  public Profile with(Switch... values) {
    Map<Class<? extends Switch>, Switch> copy = new LinkedHashMap<>(switches);
    for (Switch s : values) {
      copy.put(Objects.requireNonNull(s, "switch").getClass(), s);
    }
    return copy.equals(switches) ? this : new Profile(name, copy);
  }

  /**
   * Returns a profile that knows these schema extensions too, after those it knows already (the
   * way to give a preset a server's own extension: {@code Profile.named("omni").withExtensions(mine)}).
   * An extension whose id it knows already (ignoring ASCII case) replaces that one.
   *
   * @param more the extensions, for example read with {@link dev.scimpatch.schema.SchemaJson}
   * @return the profile; this one when nothing changes
   */
  public Profile withExtensions(Schema... more) {
    List<Schema> all = new ArrayList<>(extensions());
    for (Schema s : more) {
      Objects.requireNonNull(s, "extension");
      all.removeIf(known -> known.hasId(s.id()));
      all.add(s);
    }
    return with(new Emulation.Extensions(all));
  }

  /**
   * Returns a profile whose given switches are back at their defaults, the strict ones: the way to
   * narrow a preset.
   *
   * @param types the switch types to set back, for example {@code Tolerance.OpCase.class}
   * @return the profile; this one when those switches are at their defaults already
   */
  @SafeVarargs
  public final Profile without(Class<? extends Switch>... types) {
    List<Switch> defaults = new ArrayList<>();
    for (Class<? extends Switch> type : types) {
      defaults.add(STRICT.get(type));
    }
    return with(defaults.toArray(new Switch[0]));
  }

  /**
   * Returns a profile with the same switches and another name.
   *
   * @param name the new name, shown in messages and by the CLI
   * @return the profile; this one when it has that name already
   */
  public Profile withName(String name) {
    Objects.requireNonNull(name, "name");
    return name.equals(this.name) ? this : new Profile(name, switches);
  }

  /** {@return every switch value, in the order of their declaration} */
  public List<Switch> switches() {
    return List.copyOf(switches.values());
  }

  /** {@return the switch values that differ from {@link #strict()}'s, in declaration order} */
  public List<Switch> differences() {
    List<Switch> out = new ArrayList<>();
    for (Switch s : switches.values()) {
      if (!STRICT.has(s)) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Profile p && p.name.equals(name) && p.switches.equals(switches);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 31 * name.hashCode() + switches.hashCode();
      hash = h;
    }
    return h;
  }

  /**
   * Returns the name and the switches that differ from strict, for example
   * {@code Profile[seismic: AllowedOps[ops=[replace]], OperationPaths.REQUIRED]}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Profile[").append(name);
    String separator = ": ";
    for (Switch s : differences()) {
      sb.append(separator).append(Switches.describe(s));
      separator = ", ";
    }
    return sb.append(']').toString();
  }
}

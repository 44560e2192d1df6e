package dev.scimpatch;

import dev.scimpatch.internal.Ascii;
import java.util.List;
import java.util.Objects;

/**
 * A dialect of SCIM PATCH: which departures from RFC 7644 a server accepts from its clients, or
 * which restrictions of a vendor it emulates. A profile is an immutable value, passed explicitly;
 * nothing in scim-patch reads global or thread-local state.
 *
 * <p>{@link #strict()} is RFC 7644 to the letter, with the strict answers to the questions the
 * RFC leaves open. Named presets are looked up with {@link #named(String)}.
 */
public final class Profile {

  private static final Profile STRICT = new Profile("strict");

  private final String name;

  private Profile(String name) {
    this.name = name;
  }

  /** Returns the strict profile: RFC 7644 as written. */
  public static Profile strict() {
    return STRICT;
  }

  /**
   * Looks up a preset by name, ignoring ASCII case.
   *
   * @throws IllegalArgumentException if there is no preset of that name; the message lists the
   *     names there are
   */
  public static Profile named(String name) {
    Objects.requireNonNull(name, "name");
    for (Profile p : presets()) {
      if (Ascii.equalsIgnoreCase(p.name, name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no profile named '" + name + "'; the presets are "
        + presets().stream().map(Profile::name).toList());
  }

  /** Returns the presets, in the order the documentation lists them. */
  public static List<Profile> presets() {
    return List.of(STRICT);
  }

  /** Returns the profile's name. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "Profile[" + name + "]";
  }
}

package dev.scimpatch;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A dialect of SCIM PATCH as one immutable value: which departures from RFC 7644 a server accepts
 * from its clients (tolerance, T1–T16), how it answers where the RFC is silent (semantics,
 * S1–S8), and which restrictions of a vendor it emulates (emulation, E1–E11). Profiles are passed
 * explicitly; nothing in scim-patch reads global, thread-local or system-property state.
 *
 * <p>Each decision is a {@link Switch}: a small enum or record, whose Javadoc gives the RFC's
 * behaviour, the vendors it serves and its default (for an enum, its first constant). A profile
 * holds one value of every switch. Start from a preset ({@link #strict()}, {@link #named(String)})
 * and change switches with {@link #with(Switch...)}, or set them back with {@link #without}:
 * <pre>{@code
 * Profile p = Profile.named("entra").with(UnknownAttributes.IGNORE);
 * Profile narrower = Profile.named("aws").with(new SingleValueAttributes(Set.of("emails")));
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
   * One decision of a profile. The permitted types are the enums and records nested in
   * {@link Profile}; each is its own key, so a profile holds one value of each.
   *
   * @since 0.1
   */
  public sealed interface Switch {}

  // ------------------------------------------------------------------ tolerance (T1-T16)

  /**
   * T1: how {@code op} values match.
   *
   * @since 0.1
   */
  public enum OpCase implements Switch {
    /** RFC 7644 spells them {@code add}, {@code remove}, {@code replace}; nothing else. Default. */
    EXACT,
    /** {@code Add}, {@code REPLACE}, ...: Entra ID (default job), Adra, Miro. */
    CASE_INSENSITIVE
  }

  /**
   * T2: how message member names ({@code Operations}, {@code op}, {@code path}, {@code value},
   * {@code schemas}) match.
   *
   * @since 0.1
   */
  public enum MemberNames implements Switch {
    /** Exactly as RFC 7644 spells them. Default. */
    EXACT,
    /** Ignoring ASCII case: Adra's OpenAPI ({@code operations}), Zuora. */
    CASE_INSENSITIVE
  }

  /**
   * T3: whether {@code schemas} must list the PatchOp URN (R-ENV-1).
   *
   * @since 0.1
   */
  public enum PatchOpSchema implements Switch {
    /** It must. Default. */
    REQUIRED,
    /** It may be missing: GitHub's examples omit it. */
    OPTIONAL
  }

  /**
   * T4: what an empty {@code Operations} array means.
   *
   * @since 0.1
   */
  public enum EmptyOperations implements Switch {
    /** {@code 400 invalidSyntax} (R-ENV-2). Default. */
    REJECT,
    /** Success, nothing changed: Microsoft's SCIM Validator sends one and expects success. */
    NO_CHANGE
  }

  /**
   * T5: strings where the schema wants another type.
   *
   * @since 0.1
   */
  public enum ScalarCoercion implements Switch {
    /** {@code "False"} is a string, so {@code 400 invalidValue} for a boolean (R-CHR-9). Default. */
    NONE,
    /** {@code "true"} and {@code "false"} in any case become booleans where a boolean is due: Entra, Adra, Miro. */
    BOOLEAN_STRINGS,
    /** Also integer and decimal strings for integer and decimal attributes. */
    SCHEMA_TYPED_STRINGS
  }

  /**
   * T6: keys of a value without a path.
   *
   * @since 0.1
   */
  public enum NoPathKeys implements Switch {
    /** Attribute names and schema URNs only (R-NOPATH-2; U-4). Default. */
    ATTRIBUTE_NAMES,
    /**
     * Also paths: {@code name.givenName} and URN-qualified attributes become operations on that
     * path; keys with filters stay errors (Entra with aadOptscim062020).
     */
    ATTRIBUTE_PATHS
  }

  /**
   * T7: a string or number where a single-valued complex attribute is due.
   *
   * @since 0.1
   */
  public enum ScalarForComplex implements Switch {
    /** {@code 400 invalidValue} (R-ADD-4). Default. */
    REJECT,
    /** Read {@code "271"} as {@code {"value": "271"}}: Entra's {@code manager}. */
    WRAP_AS_VALUE
  }

  /**
   * T8: a one-element array where a single-valued attribute is due.
   *
   * @since 0.1
   */
  public enum SingletonArrays implements Switch {
    /** {@code 400 invalidValue}. Default. */
    REJECT,
    /** Unwrap it; for a simple attribute {@code [{"value": x}]} becomes {@code x}: Adra, older Entra. */
    UNWRAP
  }

  /**
   * T9: a single value where a multi-valued attribute is due. RFC 7644 §3.5.2.1 says the value is
   * "normally" an array, which does not forbid one value; so the strict default accepts it as a
   * one-element array.
   *
   * @since 0.1
   */
  public enum SingleValueForMultiValued implements Switch {
    /** Read it as a one-element array. Default. */
    WRAP_IN_ARRAY,
    /** {@code 400 invalidValue}: emulates servers that insist on arrays. */
    REJECT
  }

  /**
   * T10: {@code path: "members", value: {"members": [...]}}.
   *
   * @since 0.1
   */
  public enum SelfNamedEnvelope implements Switch {
    /** The value is taken as it is (and fails the type check). Default. */
    REJECT,
    /** Use the inner value: Salesforce. */
    UNWRAP
  }

  /**
   * T11: an element whose {@code value} is a JSON object serialised into a string.
   *
   * @since 0.1
   */
  public enum JsonInStrings implements Switch {
    /** The string is a string. Default. */
    LITERAL,
    /** Parse it into the element: Entra's app-role {@code roles}. */
    PARSE_OBJECT
  }

  /**
   * T12: the separator between an extension URN and its attribute in a path.
   *
   * @since 0.1
   */
  public enum ExtensionSeparator implements Switch {
    /** {@code ':'} (RFC 7644 §3.10). Default. */
    COLON,
    /** Also {@code '.'} after a known extension URN: Webex, Entra {@code customappsso} jobs. */
    COLON_OR_DOT
  }

  /**
   * T13: a path that is an extension URN alone.
   *
   * @since 0.1
   */
  public enum BareExtensionUrn implements Switch {
    /** {@code 400 invalidPath} (R-PATH-9). Default. */
    INVALID_PATH,
    /** The extension's container: {@code add} / {@code replace} its attributes, {@code remove} all of them. */
    EXTENSION_CONTAINER
  }

  /**
   * T14: a path that is an attribute expression, {@code tags eq "blue"}, meaning
   * {@code tags[value eq "blue"]} on a multi-valued simple attribute (erratum 7122, held). Value
   * filters on multi-valued simple attributes, {@code tags[value eq "x"]}, are grammatical and
   * always accepted.
   *
   * @since 0.1
   */
  public enum AttrExpPaths implements Switch {
    /** {@code 400 invalidPath}: the RFC's grammar has no such path. Default. */
    REJECT,
    /** Read it as a value filter on the attribute's values. */
    AS_VALUE_FILTER
  }

  /**
   * T15: readOnly attributes inside values ({@code id}, {@code meta}, {@code schemas}, ...).
   *
   * @since 0.1
   */
  public enum ReadOnlyEcho implements Switch {
    /** Accepted when equal to the current value, else {@code 400 mutability} (U-5). Default. */
    IGNORE_IF_UNCHANGED,
    /** {@code 400 mutability} even when unchanged. */
    REJECT,
    /** Dropped, whatever they hold: Webex. */
    IGNORE
  }

  /**
   * T16: operations on attributes the schema does not define.
   *
   * @since 0.1
   */
  public enum UnknownAttributes implements Switch {
    /** {@code 400 invalidPath} (R-PATH-11, U-6). Default. */
    INVALID_PATH,
    /** Dropped: no change. */
    IGNORE
  }

  // ------------------------------------------------------------------ semantics (S1-S8)

  /**
   * S1: a {@code remove} that carries a {@code value}.
   *
   * @since 0.1
   */
  public enum RemoveWithValue implements Switch {
    /** {@code 400 invalidValue} (R-ENV-8): ignoring it would remove every member. Default. */
    REJECT,
    /**
     * Each element of the value selects what to remove, as an {@code eq}/{@code and} filter on its
     * sub-attributes: Entra, JumpCloud, authentik, Salesforce.
     */
    SELECT_MATCHING,
    /** As {@code SELECT_MATCHING}, and an empty value removes everything: AWS. */
    SELECT_MATCHING_EMPTY_MEANS_ALL,
    /** The literal reading: the value is ignored and the path is removed whole (emulation only). */
    IGNORE_VALUE
  }

  /**
   * S2: an {@code add} whose value filter matches nothing. Creating a value takes the filter's
   * {@code eq} terms (joined by {@code and}) and the operation's value; a filter of any other
   * shape stays {@code noTarget} (erratum 8097).
   *
   * @since 0.1
   */
  public enum UnmatchedAdd implements Switch {
    /** {@code 400 noTarget} (R-ADD-11). Default. */
    NO_TARGET,
    /** Create a value that the filter matches: Entra. */
    CREATE_FROM_FILTER,
    /** Success, nothing changed. */
    NO_CHANGE
  }

  /**
   * S3: a {@code replace} whose value filter matches nothing; the answers are S2's.
   *
   * @since 0.1
   */
  public enum UnmatchedReplace implements Switch {
    /** {@code 400 noTarget} (R-REP-8). Default. */
    NO_TARGET,
    /** Create a value that the filter matches: Entra. */
    CREATE_FROM_FILTER,
    /** Success, nothing changed. */
    NO_CHANGE
  }

  /**
   * S4: a {@code remove} whose value filter matches nothing.
   *
   * @since 0.1
   */
  public enum UnmatchedRemove implements Switch {
    /** Success, nothing changed (R-REM-8). Default. */
    NO_CHANGE,
    /** {@code 400 noTarget}: emulates strict servers. */
    NO_TARGET
  }

  /**
   * S5: {@code replace} of a single-valued complex attribute.
   *
   * @since 0.1
   */
  public enum ComplexReplace implements Switch {
    /** Given sub-attributes replace, the others stay (R-REP-5). Default. */
    MERGE,
    /** The value replaces the whole attribute: the interop-profile draft. */
    OVERWRITE
  }

  /**
   * S6: one operation that sets {@code primary: true} on several values.
   *
   * @since 0.1
   */
  public enum MultiplePrimary implements Switch {
    /** {@code 400 invalidValue} (U-7). Default. */
    REJECT,
    /** The last one stays primary. */
    LAST_WINS
  }

  /**
   * S7: an {@code add} of a value equal to one already there.
   *
   * @since 0.1
   */
  public enum DuplicateOnAdd implements Switch {
    /** Skipped: no change (R-ADD-6). Default. */
    SKIP_EQUAL,
    /** Appended again: emulates old UnboundID SDKs. */
    APPEND
  }

  /**
   * S8: {@code null} values.
   *
   * @since 0.1
   */
  public enum NullValue implements Switch {
    /** Unassign (RFC 7643 §2.5); Entra's {@code "$ref": null}. Default. */
    UNASSIGN,
    /** {@code 400 invalidValue}. */
    REJECT
  }

  // ------------------------------------------------------------------ emulation (E1-E11)

  /**
   * E1: the operations the emulated server implements; others fail with {@link Unsupported}'s
   * status. Default all three.
   *
   * @param ops the operations, at least one
   * @since 0.1
   */
  public record AllowedOps(Set<Op> ops) implements Switch {
    /**
     * Creates the switch.
     *
     * @param ops the operations the server implements, at least one; copied
     * @throws IllegalArgumentException if {@code ops} is empty
     */
    public AllowedOps {
      if (ops.isEmpty()) {
        throw new IllegalArgumentException("a server implements at least one operation");
      }
      ops = Collections.unmodifiableSet(EnumSet.copyOf(ops));
    }
  }

  /**
   * E2: whether every operation needs a path; without one, {@code 400 invalidSyntax}.
   *
   * @since 0.1
   */
  public enum OperationPaths implements Switch {
    /** Optional for add and replace, as RFC 7644 says. Default. */
    OPTIONAL,
    /** Required on every operation: Seismic, Adra, the interop draft. */
    REQUIRED
  }

  /**
   * E3: what value filters in paths may contain; violations are {@code 400 invalidFilter}.
   *
   * @since 0.1
   */
  public enum PathFilters implements Switch {
    /** The whole filter grammar. Default. */
    FULL,
    /** {@code eq} terms joined by {@code and}: AWS IAM Identity Center. */
    EQ_AND_ONLY,
    /** One {@code value eq "..."} term: Google Cloud Identity groups. */
    EQ_ON_VALUE_ONLY,
    /** No filters at all: GitHub. */
    NONE
  }

  /**
   * E3's scope: the attributes (top-level names, ASCII case ignored) whose filters {@link PathFilters}
   * restricts; empty, the default, for all.
   *
   * @param names the names, folded to lower case once
   * @since 0.1
   */
  public record PathFilterAttributes(Set<String> names) implements Switch {
    /**
     * Creates the switch.
     *
     * @param names top-level attribute names, in any ASCII case; empty for all attributes
     */
    public PathFilterAttributes {
      names = Switches.fold(names);
    }

    /**
     * {@return whether the restriction covers filters on {@code attribute}} It covers every
     * attribute when {@link #names()} is empty.
     *
     * @param attribute a top-level attribute name, ASCII case ignored
     */
    public boolean covers(String attribute) {
      return names.isEmpty() || names.contains(Ascii.toLowerCase(attribute));
    }
  }

  /**
   * E4: the most operations in one request, 0 (the default) for no limit; more is
   * {@code 400 tooMany}.
   *
   * @param max the limit, not negative
   * @since 0.1
   */
  public record MaxOperations(int max) implements Switch {
    /**
     * Creates the switch.
     *
     * @param max the most operations in one request; 0 for no limit
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public MaxOperations {
      Switches.nonNegative("max", max);
    }
  }

  /**
   * E5: the most {@code members} values added or removed by one request, 0 (the default) for no
   * limit; more is {@code 400 tooMany}.
   *
   * @param max the limit, not negative
   * @since 0.1
   */
  public record MaxMembershipChanges(int max) implements Switch {
    /**
     * Creates the switch.
     *
     * @param max the most {@code members} values one request adds or removes; 0 for no limit
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public MaxMembershipChanges {
      Switches.nonNegative("max", max);
    }
  }

  /**
   * E6: multi-valued attributes (names, ASCII case ignored) that hold at most one value on the
   * emulated server; a second is {@code 400 invalidValue}. Default none.
   *
   * @param names the names, folded to lower case once
   * @since 0.1
   */
  public record SingleValueAttributes(Set<String> names) implements Switch {
    /**
     * Creates the switch.
     *
     * @param names names of multi-valued attributes, in any ASCII case; empty for none
     */
    public SingleValueAttributes {
      names = Switches.fold(names);
    }

    /**
     * {@return whether {@code attribute} holds at most one value on the emulated server}
     *
     * @param attribute an attribute name, ASCII case ignored
     */
    public boolean contains(String attribute) {
      return names.contains(Ascii.toLowerCase(attribute));
    }
  }

  /**
   * E7: operations the emulated server refuses, with {@link Unsupported}'s status. Default none.
   *
   * @param rules the rules, in order
   * @since 0.1
   */
  public record DeniedOperations(List<DeniedOperation> rules) implements Switch {
    /**
     * Creates the switch.
     *
     * @param rules the rules, in order; copied; empty for none
     */
    public DeniedOperations {
      rules = List.copyOf(rules);
    }
  }

  /**
   * E8: the status of an operation the emulated server does not implement (E1, E7).
   *
   * @since 0.1
   */
  public enum Unsupported implements Switch {
    /** {@code 400}. Default. */
    BAD_REQUEST,
    /** {@code 501 Not Implemented}: Adra. */
    NOT_IMPLEMENTED
  }

  /**
   * E9: attributes (ASCII case ignored) that at most one operation of a request may touch; more is
   * {@code 400 invalidSyntax}. Default none.
   *
   * @param names the names, folded to lower case once
   * @since 0.1
   */
  public record OnceOnlyAttributes(Set<String> names) implements Switch {
    /**
     * Creates the switch.
     *
     * @param names attribute names, in any ASCII case; empty for none
     */
    public OnceOnlyAttributes {
      names = Switches.fold(names);
    }

    /**
     * {@return whether {@code attribute} may be touched by one operation per request only}
     *
     * @param attribute an attribute name, ASCII case ignored
     */
    public boolean contains(String attribute) {
      return names.contains(Ascii.toLowerCase(attribute));
    }
  }

  /**
   * E10: what a filtered path may address.
   *
   * @since 0.1
   */
  public enum FilteredPathTarget implements Switch {
    /** The selected values, or a sub-attribute of them. Default. */
    ELEMENT_OR_SUB_ATTRIBUTE,
    /** A sub-attribute only ({@code emails[type eq "work"].value}): the interop draft. */
    SUB_ATTRIBUTE_ONLY
  }

  /**
   * E11: how many values a filter may select.
   *
   * @since 0.1
   */
  public enum FilterMatches implements Switch {
    /** Any number. Default. */
    ANY,
    /** At most one; more is {@code 400 invalidFilter}: the interop draft. */
    AT_MOST_ONE
  }

  /**
   * Schema extensions the emulated server knows besides the resource type's own, such as Omni's
   * {@code urn:omni:params:1.0:UserAttribute}. Default none.
   *
   * @param schemas the extensions, without two of the same id
   * @since 0.1
   */
  public record Extensions(List<Schema> schemas) implements Switch {
    /**
     * Creates the switch.
     *
     * @param schemas the extensions; copied; empty for none
     * @throws IllegalArgumentException if two have ids that are equal ignoring ASCII case
     */
    public Extensions {
      schemas = Switches.distinct(schemas);
    }
  }

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
   * @param type the switch's type, for example {@code OpCase.class}
   * @return its value
   * @throws NullPointerException if {@code type} is not a switch type, such as {@code Switch.class}
   */
  public <S extends Switch> S get(Class<S> type) {
    return type.cast(Objects.requireNonNull(switches.get(type), "not a switch type"));
  }

  /**
   * {@return whether this profile's value of {@code value}'s switch is {@code value}}
   *
   * @param value a switch value, for example {@code OpCase.CASE_INSENSITIVE}
   */
  public boolean has(Switch value) {
    return value.equals(switches.get(value.getClass()));
  }

  /** {@return the schema extensions the profile knows: its {@link Extensions} switch's schemas} */
  public List<Schema> extensions() {
    return get(Extensions.class).schemas();
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
   * Returns a profile whose given switches are back at their defaults, the strict ones: the way to
   * narrow a preset.
   *
   * @param types the switch types to set back, for example {@code OpCase.class}
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
  public boolean equals(Object o) {
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

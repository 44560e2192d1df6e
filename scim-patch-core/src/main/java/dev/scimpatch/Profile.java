package dev.scimpatch;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.schema.Schema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A dialect of SCIM PATCH as one immutable value: which departures from RFC 7644 a server accepts
 * from its clients (tolerance), how it answers where the RFC is silent (semantics), and which
 * restrictions of a vendor it emulates (emulation). Profiles are passed explicitly; nothing in
 * scim-patch reads global, thread-local or system-property state.
 *
 * <p>Start from a preset ({@link #strict()}, {@link #named(String)}) and change switches with
 * {@link #toBuilder()}:
 * <pre>{@code
 * Profile p = Profile.named("entra").toBuilder().unknownAttributes(UnknownAttributes.IGNORE).build();
 * }</pre>
 *
 * <p>How a profile acts: tolerant input is rewritten into canonical operations in one pass
 * before the strict engine runs ({@link ProfileReader}); emulation checks then run on the
 * canonical operations; the semantics switches are options of the engine. Leniency never
 * bypasses mutability, limits or the error contract: a rewritten operation is checked like any
 * other. The switch numbers (T1–T16, S1–S8, E1–E11) are those of the vendor-quirk catalogue.
 */
public final class Profile {

  // ------------------------------------------------------------------ switch types

  /** T1: how {@code op} values match. */
  public enum OpCase {
    /** RFC 7644 spells them {@code add}, {@code remove}, {@code replace}; nothing else. Default. */
    EXACT,
    /** {@code Add}, {@code REPLACE}, ...: Entra ID (default job), Adra, Miro. */
    CASE_INSENSITIVE
  }

  /** T2: how message member names ({@code Operations}, {@code op}, {@code path}, {@code value}, {@code schemas}) match. */
  public enum MemberNames {
    /** Exactly as RFC 7644 spells them. Default. */
    EXACT,
    /** Ignoring ASCII case: Adra's OpenAPI ({@code operations}), Zuora. */
    CASE_INSENSITIVE
  }

  /** T4: what an empty {@code Operations} array means. */
  public enum EmptyOperations {
    /** {@code 400 invalidSyntax} (R-ENV-2). Default. */
    REJECT,
    /** Success, nothing changed: Microsoft's SCIM Validator sends one and expects success. */
    NO_CHANGE
  }

  /** T5: strings where the schema wants another type. */
  public enum ScalarCoercion {
    /** {@code "False"} is a string, so {@code 400 invalidValue} for a boolean (R-CHR-9). Default. */
    NONE,
    /** {@code "true"} and {@code "false"} in any case become booleans where a boolean is due: Entra, Adra, Miro. */
    BOOLEAN_STRINGS,
    /** Also integer and decimal strings for integer and decimal attributes. */
    SCHEMA_TYPED_STRINGS
  }

  /** T6: keys of a value without a path. */
  public enum NoPathKeys {
    /** Attribute names and schema URNs only (R-NOPATH-2; U-4). Default. */
    ATTRIBUTE_NAMES,
    /** Also paths: {@code name.givenName} and URN-qualified attributes become operations on that path; keys with filters stay errors (Entra with aadOptscim062020). */
    ATTRIBUTE_PATHS
  }

  /** T7: a string or number where a single-valued complex attribute is due. */
  public enum ScalarForComplex {
    /** {@code 400 invalidValue} (R-ADD-4). Default. */
    REJECT,
    /** Read {@code "271"} as {@code {"value": "271"}}: Entra's {@code manager}. */
    WRAP_AS_VALUE
  }

  /** T8: a one-element array where a single-valued attribute is due. */
  public enum SingletonArrays {
    /** {@code 400 invalidValue}. Default. */
    REJECT,
    /** Unwrap it; for a simple attribute {@code [{"value": x}]} becomes {@code x}: Adra, older Entra. */
    UNWRAP
  }

  /**
   * T9: a single value where a multi-valued attribute is due. RFC 7644 §3.5.2.1 says the value is
   * "normally" an array, which does not forbid one value; so, unlike the catalogue's proposal, the
   * strict default accepts it as a one-element array.
   */
  public enum SingleValueForMultiValued {
    /** Read it as a one-element array. Default. */
    WRAP_IN_ARRAY,
    /** {@code 400 invalidValue}: emulates servers that insist on arrays. */
    REJECT
  }

  /** T10: {@code path: "members", value: {"members": [...]}}. */
  public enum SelfNamedEnvelope {
    /** The value is taken as it is (and fails the type check). Default. */
    REJECT,
    /** Use the inner value: Salesforce. */
    UNWRAP
  }

  /** T11: an element whose {@code value} is a JSON object serialised into a string. */
  public enum JsonInStrings {
    /** The string is a string. Default. */
    LITERAL,
    /** Parse it into the element: Entra's app-role {@code roles}. */
    PARSE_OBJECT
  }

  /** T12: the separator between an extension URN and its attribute in a path. */
  public enum ExtensionSeparator {
    /** {@code ':'} (RFC 7644 §3.10). Default. */
    COLON,
    /** Also {@code '.'} after a known extension URN: Webex, Entra {@code customappsso} jobs. */
    COLON_OR_DOT
  }

  /** T13: a path that is an extension URN alone. */
  public enum BareExtensionUrn {
    /** {@code 400 invalidPath} (R-PATH-9). Default. */
    INVALID_PATH,
    /** The extension's container: {@code add} / {@code replace} its attributes, {@code remove} all of them. */
    EXTENSION_CONTAINER
  }

  /** T15: readOnly attributes inside values ({@code id}, {@code meta}, {@code schemas}, ...). */
  public enum ReadOnlyEcho {
    /** {@code 400 mutability} even when unchanged. */
    REJECT,
    /** Accepted when equal to the current value, else {@code 400 mutability} (U-5). Default. */
    IGNORE_IF_UNCHANGED,
    /** Dropped, whatever they hold: Webex. */
    IGNORE
  }

  /** T16: operations on attributes the schema does not define. */
  public enum UnknownAttributes {
    /** {@code 400 invalidPath} (R-PATH-11, U-6). Default. */
    INVALID_PATH,
    /** Dropped: no change. */
    IGNORE
  }

  /** S1: a {@code remove} that carries a {@code value}. */
  public enum RemoveWithValue {
    /** {@code 400 invalidValue} (R-ENV-8): ignoring it would remove every member. Default. */
    REJECT,
    /** Each element of the value selects what to remove, as an {@code eq}/{@code and} filter on its sub-attributes: Entra, JumpCloud, authentik, Salesforce. */
    SELECT_MATCHING,
    /** As {@code SELECT_MATCHING}, and an empty value removes everything: AWS. */
    SELECT_MATCHING_EMPTY_MEANS_ALL,
    /** The literal reading: the value is ignored and the path is removed whole (emulation only). */
    IGNORE_VALUE
  }

  /** S2, S3: an {@code add} or {@code replace} whose value filter matches nothing. */
  public enum UnmatchedFilter {
    /** {@code 400 noTarget} (R-ADD-11, R-REP-8). Default. */
    NO_TARGET,
    /**
     * Create a value from the filter's {@code eq} terms (joined by {@code and}) and the operation's
     * value; a filter of any other shape stays {@code noTarget}: Entra, erratum 8097.
     */
    CREATE_FROM_FILTER,
    /** Success, nothing changed. */
    NO_CHANGE
  }

  /** S4: a {@code remove} whose value filter matches nothing. */
  public enum UnmatchedRemove {
    /** Success, nothing changed (R-REM-8). Default. */
    NO_CHANGE,
    /** {@code 400 noTarget}: emulates strict servers. */
    NO_TARGET
  }

  /** S5: {@code replace} of a single-valued complex attribute. */
  public enum ComplexReplace {
    /** Given sub-attributes replace, the others stay (R-REP-5). Default. */
    MERGE,
    /** The value replaces the whole attribute: the interop-profile draft. */
    OVERWRITE
  }

  /** S6: one operation that sets {@code primary: true} on several values. */
  public enum MultiplePrimary {
    /** {@code 400 invalidValue} (U-7). Default. */
    REJECT,
    /** The last one stays primary. */
    LAST_WINS
  }

  /** S7: an {@code add} of a value equal to one already there. */
  public enum DuplicateOnAdd {
    /** Skipped: no change (R-ADD-6). Default. */
    SKIP_EQUAL,
    /** Appended again: emulates old UnboundID SDKs. */
    APPEND
  }

  /** S8: {@code null} values. */
  public enum NullValue {
    /** Unassign (RFC 7643 §2.5); Entra's {@code "$ref": null}. Default. */
    UNASSIGN,
    /** {@code 400 invalidValue}. */
    REJECT
  }

  /** The three operations. */
  public enum Op {
    /** {@code add}. */
    ADD,
    /** {@code remove}. */
    REMOVE,
    /** {@code replace}. */
    REPLACE;

    /** The keyword as RFC 7644 spells it. */
    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** E3: what value filters in paths may contain. */
  public enum PathFilters {
    /** The whole filter grammar. Default. */
    FULL,
    /** {@code eq} terms joined by {@code and}: AWS IAM Identity Center. */
    EQ_AND_ONLY,
    /** One {@code value eq "..."} term: Google Cloud Identity groups. */
    EQ_ON_VALUE_ONLY,
    /** No filters at all: GitHub. */
    NONE
  }

  /** E8: the status of an operation the emulated server does not implement (E1, E7). */
  public enum Unsupported {
    /** {@code 400}. Default. */
    BAD_REQUEST,
    /** {@code 501 Not Implemented}: Adra. */
    NOT_IMPLEMENTED
  }

  /** E10: what a filtered path may address. */
  public enum FilteredPathTarget {
    /** The selected values, or a sub-attribute of them. Default. */
    ELEMENT_OR_SUB_ATTRIBUTE,
    /** A sub-attribute only ({@code emails[type eq "work"].value}): the interop draft. */
    SUB_ATTRIBUTE_ONLY
  }

  /** E11: how many values a filter may select. */
  public enum FilterMatches {
    /** Any number. Default. */
    ANY,
    /** At most one; more is {@code 400 invalidFilter}: the interop draft. */
    AT_MOST_ONE
  }

  /**
   * E7: an operation the emulated server refuses: an op on an attribute (top-level name, ASCII
   * case ignored), with or without a value filter, on one resource type or on all.
   *
   * @param op the operation
   * @param attribute the attribute's name
   * @param filtered which paths it covers
   * @param resourceType the resource type's name ({@code Group}), or {@code null} for all; with
   *     schema-less resources, where the type is unknown, every rule applies
   */
  public record Deny(Op op, String attribute, Filtered filtered, @Nullable String resourceType) {
    /** Creates a rule. */
    public Deny {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(filtered, "filtered");
    }

    /** Creates a rule for every resource type. */
    public Deny(Op op, String attribute, Filtered filtered) {
      this(op, attribute, filtered, null);
    }

    /**
     * Whether the rule covers an operation on {@code attribute}, with or without a filter, of a
     * resource of the given type ({@code null}: unknown).
     */
    public boolean covers(Op op, String attribute, boolean hasFilter, @Nullable String type) {
      return this.op == op && Ascii.equalsIgnoreCase(this.attribute, attribute)
          && (filtered == Filtered.ANY || (filtered == Filtered.WITH_FILTER) == hasFilter)
          && (resourceType == null || type == null || Ascii.equalsIgnoreCase(resourceType, type));
    }

    @Override
    public String toString() {
      return op.keyword() + " " + attribute + (filtered == Filtered.ANY ? "" : filtered == Filtered.WITH_FILTER ? "[...]" : " (no filter)")
          + (resourceType == null ? "" : " on " + resourceType);
    }
  }

  /** Which paths a {@link Deny} rule covers. */
  public enum Filtered {
    /** With or without a value filter. */
    ANY,
    /** Only with one. */
    WITH_FILTER,
    /** Only without one. */
    WITHOUT_FILTER
  }

  // ------------------------------------------------------------------ state

  private final String name;
  private final OpCase opCase;
  private final MemberNames memberNames;
  private final boolean patchOpSchemaRequired;
  private final EmptyOperations emptyOperations;
  private final ScalarCoercion scalarCoercion;
  private final NoPathKeys noPathKeys;
  private final ScalarForComplex scalarForComplex;
  private final SingletonArrays singletonArrays;
  private final SingleValueForMultiValued singleValueForMultiValued;
  private final SelfNamedEnvelope selfNamedEnvelope;
  private final JsonInStrings jsonInStrings;
  private final ExtensionSeparator extensionSeparator;
  private final BareExtensionUrn bareExtensionUrn;
  private final boolean attrExpPaths;
  private final ReadOnlyEcho readOnlyEcho;
  private final UnknownAttributes unknownAttributes;
  private final RemoveWithValue removeWithValue;
  private final UnmatchedFilter unmatchedFilterOnAdd;
  private final UnmatchedFilter unmatchedFilterOnReplace;
  private final UnmatchedRemove unmatchedFilterOnRemove;
  private final ComplexReplace complexReplace;
  private final MultiplePrimary multiplePrimary;
  private final DuplicateOnAdd duplicateOnAdd;
  private final NullValue nullValue;
  private final Set<Op> allowedOps;
  private final boolean pathRequired;
  private final PathFilters pathFilters;
  private final Set<String> pathFilterAttributes;
  private final int maxOperations;
  private final int maxMembershipChanges;
  private final Set<String> singleValueAttributes;
  private final List<Deny> denied;
  private final Unsupported unsupported;
  private final Set<String> onceOnlyAttributes;
  private final FilteredPathTarget filteredPathTarget;
  private final FilterMatches filterMatches;
  private final List<Schema> extensions;

  private Profile(Builder b) {
    name = b.name;
    opCase = b.opCase;
    memberNames = b.memberNames;
    patchOpSchemaRequired = b.patchOpSchemaRequired;
    emptyOperations = b.emptyOperations;
    scalarCoercion = b.scalarCoercion;
    noPathKeys = b.noPathKeys;
    scalarForComplex = b.scalarForComplex;
    singletonArrays = b.singletonArrays;
    singleValueForMultiValued = b.singleValueForMultiValued;
    selfNamedEnvelope = b.selfNamedEnvelope;
    jsonInStrings = b.jsonInStrings;
    extensionSeparator = b.extensionSeparator;
    bareExtensionUrn = b.bareExtensionUrn;
    attrExpPaths = b.attrExpPaths;
    readOnlyEcho = b.readOnlyEcho;
    unknownAttributes = b.unknownAttributes;
    removeWithValue = b.removeWithValue;
    unmatchedFilterOnAdd = b.unmatchedFilterOnAdd;
    unmatchedFilterOnReplace = b.unmatchedFilterOnReplace;
    unmatchedFilterOnRemove = b.unmatchedFilterOnRemove;
    complexReplace = b.complexReplace;
    multiplePrimary = b.multiplePrimary;
    duplicateOnAdd = b.duplicateOnAdd;
    nullValue = b.nullValue;
    allowedOps = Set.copyOf(b.allowedOps);
    pathRequired = b.pathRequired;
    pathFilters = b.pathFilters;
    pathFilterAttributes = Set.copyOf(b.pathFilterAttributes);
    maxOperations = b.maxOperations;
    maxMembershipChanges = b.maxMembershipChanges;
    singleValueAttributes = Set.copyOf(b.singleValueAttributes);
    denied = List.copyOf(b.denied);
    unsupported = b.unsupported;
    onceOnlyAttributes = Set.copyOf(b.onceOnlyAttributes);
    filteredPathTarget = b.filteredPathTarget;
    filterMatches = b.filterMatches;
    extensions = List.copyOf(b.extensions);
  }

  // ------------------------------------------------------------------ presets

  /** The Omni user-attribute extension: open, its attributes are tenant-defined IDs. */
  static final Schema OMNI_USER_ATTRIBUTES = Schema.open("urn:omni:params:1.0:UserAttribute", "UserAttribute");

  private static final Profile STRICT = new Builder("strict").build();

  private static final Profile ENTRA = new Builder("entra")
      .opCase(OpCase.CASE_INSENSITIVE)
      .emptyOperations(EmptyOperations.NO_CHANGE)
      .scalarCoercion(ScalarCoercion.BOOLEAN_STRINGS)
      .noPathKeys(NoPathKeys.ATTRIBUTE_PATHS)
      .scalarForComplex(ScalarForComplex.WRAP_AS_VALUE)
      .singletonArrays(SingletonArrays.UNWRAP)
      .jsonInStrings(JsonInStrings.PARSE_OBJECT)
      .removeWithValue(RemoveWithValue.SELECT_MATCHING)
      .unmatchedFilterOnAdd(UnmatchedFilter.CREATE_FROM_FILTER)
      .unmatchedFilterOnReplace(UnmatchedFilter.CREATE_FROM_FILTER)
      .build();

  private static final List<Profile> PRESETS = List.of(
      STRICT,
      ENTRA.toBuilder().name("lenient")
          .memberNames(MemberNames.CASE_INSENSITIVE)
          .patchOpSchemaRequired(false)
          .selfNamedEnvelope(SelfNamedEnvelope.UNWRAP)
          .extensionSeparator(ExtensionSeparator.COLON_OR_DOT)
          .bareExtensionUrn(BareExtensionUrn.EXTENSION_CONTAINER)
          .attrExpPaths(true)
          .build(),
      ENTRA,
      new Builder("okta").build(),
      new Builder("seismic").allowedOps(Op.REPLACE).pathRequired(true).build(),
      new Builder("github").pathFilters(PathFilters.NONE).patchOpSchemaRequired(false).build(),
      new Builder("adra")
          .opCase(OpCase.CASE_INSENSITIVE)
          .memberNames(MemberNames.CASE_INSENSITIVE)
          .scalarCoercion(ScalarCoercion.BOOLEAN_STRINGS)
          .singletonArrays(SingletonArrays.UNWRAP)
          .pathRequired(true)
          .unsupported(Unsupported.NOT_IMPLEMENTED)
          .singleValueAttributes("emails")
          .build(),
      new Builder("omni")
          .deny(new Deny(Op.REMOVE, "members", Filtered.WITHOUT_FILTER))
          .extension(OMNI_USER_ATTRIBUTES)
          .build(),
      new Builder("aws")
          .pathFilters(PathFilters.EQ_AND_ONLY)
          .maxMembershipChanges(100)
          .singleValueAttributes("emails", "addresses", "phoneNumbers")
          .deny(new Deny(Op.REMOVE, "userName", Filtered.ANY))
          .deny(new Deny(Op.REMOVE, "active", Filtered.ANY))
          .deny(new Deny(Op.REPLACE, "members", Filtered.ANY))
          .deny(new Deny(Op.REMOVE, "members", Filtered.WITHOUT_FILTER))
          .onceOnlyAttributes("userName", "active")
          .removeWithValue(RemoveWithValue.SELECT_MATCHING)
          .build(),
      new Builder("google")
          .pathFilters(PathFilters.EQ_ON_VALUE_ONLY)
          .pathFilterAttributes("members")
          .maxOperations(20)
          .maxMembershipChanges(1)
          .deny(new Deny(Op.REPLACE, "members", Filtered.ANY, "Group"))
          .deny(new Deny(Op.REPLACE, "externalId", Filtered.ANY, "Group"))
          .deny(new Deny(Op.REMOVE, "externalId", Filtered.ANY, "Group"))
          .deny(new Deny(Op.REMOVE, "displayName", Filtered.ANY, "Group"))
          .deny(new Deny(Op.REMOVE, "members", Filtered.WITHOUT_FILTER, "Group"))
          .build(),
      new Builder("salesforce")
          .selfNamedEnvelope(SelfNamedEnvelope.UNWRAP)
          .removeWithValue(RemoveWithValue.SELECT_MATCHING)
          .build(),
      new Builder("interop-draft")
          .pathRequired(true)
          .complexReplace(ComplexReplace.OVERWRITE)
          .filteredPathTarget(FilteredPathTarget.SUB_ATTRIBUTE_ONLY)
          .filterMatches(FilterMatches.AT_MOST_ONE)
          .build());

  /** Returns the strict profile: RFC 7644 as written, with the strict answers where it is silent. */
  public static Profile strict() {
    return STRICT;
  }

  /**
   * Looks up a preset by name, ignoring ASCII case.
   *
   * <table>
   *   <caption>Presets (switches that differ from strict)</caption>
   *   <tr><th>name</th><th>for</th><th>switches</th></tr>
   *   <tr><td>strict</td><td>RFC 7644 to the letter</td><td>none</td></tr>
   *   <tr><td>lenient</td><td>a server that accepts every known client</td><td>entra's, and T2
   *       case-insensitive members, T3 schemas optional, T10 unwrap, T12 dot separator, T13
   *       extension container, T14 attrExp paths</td></tr>
   *   <tr><td>entra</td><td>a server facing Microsoft Entra ID, both dialects (on-demand
   *       provisioning ignores {@code aadOptscim062020})</td><td>T1, T4, T5 booleans, T6, T7,
   *       T8, T11, S1 select matching, S2 and S3 create from filter</td></tr>
   *   <tr><td>okta</td><td>a server facing Okta</td><td>none: Okta is RFC-conformant but for
   *       echoing an unchanged {@code id}, which strict accepts (T15)</td></tr>
   *   <tr><td>seismic</td><td>emulates Seismic</td><td>E1 replace only, E2 path required</td></tr>
   *   <tr><td>github</td><td>emulates GitHub</td><td>E3 no filters, T3 schemas optional</td></tr>
   *   <tr><td>adra</td><td>emulates Adra</td><td>T1, T2, T5 booleans, T8 unwrap, E2 path
   *       required, E6 one email, E8 501 for what it does not implement</td></tr>
   *   <tr><td>omni</td><td>emulates Omni</td><td>its extension
   *       {@code urn:omni:params:1.0:UserAttribute} known; E7 no unfiltered member removal</td></tr>
   *   <tr><td>aws</td><td>emulates AWS IAM Identity Center</td><td>E3 eq/and, E5 100, E6 one
   *       email/address/phone, E7, E9 userName/active once, S1</td></tr>
   *   <tr><td>google</td><td>emulates Google Cloud Identity</td><td>E3 value eq on members,
   *       E4 20 (its user limit; groups take 2, which one profile cannot say), E5 1, E7 on
   *       Groups</td></tr>
   *   <tr><td>salesforce</td><td>emulates Salesforce</td><td>T10 unwrap, S1</td></tr>
   *   <tr><td>interop-draft</td><td>draft-zollner-scim-interop-profile</td><td>E2, S5
   *       overwrite, E10, E11</td></tr>
   * </table>
   *
   * @throws IllegalArgumentException if there is no preset of that name; the message lists them
   */
  public static Profile named(String name) {
    Objects.requireNonNull(name, "name");
    for (Profile p : PRESETS) {
      if (Ascii.equalsIgnoreCase(p.name, name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no profile named '" + name + "'; the presets are "
        + PRESETS.stream().map(Profile::name).toList());
  }

  /** Returns the presets, in the order {@link #named(String)} lists them. */
  public static List<Profile> presets() {
    return PRESETS;
  }

  /** Returns a builder holding this profile's switches. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the profile's name (a preset's name, or what {@link Builder#name} set). */
  public String name() {
    return name;
  }

  /** T1. */
  public OpCase opCase() {
    return opCase;
  }

  /** T2. */
  public MemberNames memberNames() {
    return memberNames;
  }

  /** T3: whether {@code schemas} must list the PatchOp URN (R-ENV-1). Default {@code true}; GitHub's examples omit it. */
  public boolean patchOpSchemaRequired() {
    return patchOpSchemaRequired;
  }

  /** T4. */
  public EmptyOperations emptyOperations() {
    return emptyOperations;
  }

  /** T5. */
  public ScalarCoercion scalarCoercion() {
    return scalarCoercion;
  }

  /** T6. */
  public NoPathKeys noPathKeys() {
    return noPathKeys;
  }

  /** T7. */
  public ScalarForComplex scalarForComplex() {
    return scalarForComplex;
  }

  /** T8. */
  public SingletonArrays singletonArrays() {
    return singletonArrays;
  }

  /** T9. */
  public SingleValueForMultiValued singleValueForMultiValued() {
    return singleValueForMultiValued;
  }

  /** T10. */
  public SelfNamedEnvelope selfNamedEnvelope() {
    return selfNamedEnvelope;
  }

  /** T11. */
  public JsonInStrings jsonInStrings() {
    return jsonInStrings;
  }

  /** T12. */
  public ExtensionSeparator extensionSeparator() {
    return extensionSeparator;
  }

  /** T13. */
  public BareExtensionUrn bareExtensionUrn() {
    return bareExtensionUrn;
  }

  /**
   * T14: whether a path may be an attribute expression, {@code tags eq "blue"}, meaning
   * {@code tags[value eq "blue"]} on a multi-valued simple attribute (erratum 7122, held, whose
   * example is {@code schemas}, which the engine keeps readOnly). Default {@code false}: the RFC's
   * grammar has no such path. (Value filters on multi-valued simple attributes,
   * {@code tags[value eq "x"]}, are grammatical and always accepted.)
   */
  public boolean attrExpPaths() {
    return attrExpPaths;
  }

  /** T15. */
  public ReadOnlyEcho readOnlyEcho() {
    return readOnlyEcho;
  }

  /** T16. */
  public UnknownAttributes unknownAttributes() {
    return unknownAttributes;
  }

  /** S1. */
  public RemoveWithValue removeWithValue() {
    return removeWithValue;
  }

  /** S2. */
  public UnmatchedFilter unmatchedFilterOnAdd() {
    return unmatchedFilterOnAdd;
  }

  /** S3. */
  public UnmatchedFilter unmatchedFilterOnReplace() {
    return unmatchedFilterOnReplace;
  }

  /** S4. */
  public UnmatchedRemove unmatchedFilterOnRemove() {
    return unmatchedFilterOnRemove;
  }

  /** S5. */
  public ComplexReplace complexReplace() {
    return complexReplace;
  }

  /** S6. */
  public MultiplePrimary multiplePrimary() {
    return multiplePrimary;
  }

  /** S7. */
  public DuplicateOnAdd duplicateOnAdd() {
    return duplicateOnAdd;
  }

  /** S8. */
  public NullValue nullValue() {
    return nullValue;
  }

  /** E1: the operations the emulated server implements; others fail with {@link #unsupported()}. Default all three. */
  public Set<Op> allowedOps() {
    return allowedOps;
  }

  /** E2: whether every operation needs a path; without one, {@code 400 invalidSyntax}. Default {@code false}: the RFC makes it optional for add and replace. */
  public boolean pathRequired() {
    return pathRequired;
  }

  /** E3: violations are {@code 400 invalidFilter}. */
  public PathFilters pathFilters() {
    return pathFilters;
  }

  /** E3's scope: the attributes whose filters it restricts; empty (the default) for all. */
  public Set<String> pathFilterAttributes() {
    return pathFilterAttributes;
  }

  /** E4: the most operations in one request, 0 for no limit (the default); more is {@code 400 tooMany}. */
  public int maxOperations() {
    return maxOperations;
  }

  /** E5: the most {@code members} values added or removed by one request, 0 for no limit (the default); more is {@code 400 tooMany}. */
  public int maxMembershipChanges() {
    return maxMembershipChanges;
  }

  /** E6: multi-valued attributes that hold at most one value on the emulated server; a second is {@code 400 invalidValue}. Default none. */
  public Set<String> singleValueAttributes() {
    return singleValueAttributes;
  }

  /** E7: operations the emulated server refuses, with {@link #unsupported()}'s status. Default none. */
  public List<Deny> denied() {
    return denied;
  }

  /** E8. */
  public Unsupported unsupported() {
    return unsupported;
  }

  /** E9: attributes that at most one operation of a request may touch; more is {@code 400 invalidSyntax}. Default none. */
  public Set<String> onceOnlyAttributes() {
    return onceOnlyAttributes;
  }

  /** E10. */
  public FilteredPathTarget filteredPathTarget() {
    return filteredPathTarget;
  }

  /** E11. */
  public FilterMatches filterMatches() {
    return filterMatches;
  }

  /**
   * Schema extensions the emulated server knows besides the resource type's own, such as Omni's
   * {@code urn:omni:params:1.0:UserAttribute}. Default none.
   */
  public List<Schema> extensions() {
    return extensions;
  }

  @Override
  public String toString() {
    return "Profile[" + name + "]";
  }

  // ------------------------------------------------------------------ builder

  /** Builds a {@link Profile}; every setter's default is the strict one. */
  public static final class Builder {
    private String name;
    private OpCase opCase = OpCase.EXACT;
    private MemberNames memberNames = MemberNames.EXACT;
    private boolean patchOpSchemaRequired = true;
    private EmptyOperations emptyOperations = EmptyOperations.REJECT;
    private ScalarCoercion scalarCoercion = ScalarCoercion.NONE;
    private NoPathKeys noPathKeys = NoPathKeys.ATTRIBUTE_NAMES;
    private ScalarForComplex scalarForComplex = ScalarForComplex.REJECT;
    private SingletonArrays singletonArrays = SingletonArrays.REJECT;
    private SingleValueForMultiValued singleValueForMultiValued = SingleValueForMultiValued.WRAP_IN_ARRAY;
    private SelfNamedEnvelope selfNamedEnvelope = SelfNamedEnvelope.REJECT;
    private JsonInStrings jsonInStrings = JsonInStrings.LITERAL;
    private ExtensionSeparator extensionSeparator = ExtensionSeparator.COLON;
    private BareExtensionUrn bareExtensionUrn = BareExtensionUrn.INVALID_PATH;
    private boolean attrExpPaths;
    private ReadOnlyEcho readOnlyEcho = ReadOnlyEcho.IGNORE_IF_UNCHANGED;
    private UnknownAttributes unknownAttributes = UnknownAttributes.INVALID_PATH;
    private RemoveWithValue removeWithValue = RemoveWithValue.REJECT;
    private UnmatchedFilter unmatchedFilterOnAdd = UnmatchedFilter.NO_TARGET;
    private UnmatchedFilter unmatchedFilterOnReplace = UnmatchedFilter.NO_TARGET;
    private UnmatchedRemove unmatchedFilterOnRemove = UnmatchedRemove.NO_CHANGE;
    private ComplexReplace complexReplace = ComplexReplace.MERGE;
    private MultiplePrimary multiplePrimary = MultiplePrimary.REJECT;
    private DuplicateOnAdd duplicateOnAdd = DuplicateOnAdd.SKIP_EQUAL;
    private NullValue nullValue = NullValue.UNASSIGN;
    private final Set<Op> allowedOps = EnumSet.allOf(Op.class);
    private boolean pathRequired;
    private PathFilters pathFilters = PathFilters.FULL;
    private final Set<String> pathFilterAttributes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private int maxOperations;
    private int maxMembershipChanges;
    private final Set<String> singleValueAttributes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Deny> denied = new ArrayList<>();
    private Unsupported unsupported = Unsupported.BAD_REQUEST;
    private final Set<String> onceOnlyAttributes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private FilteredPathTarget filteredPathTarget = FilteredPathTarget.ELEMENT_OR_SUB_ATTRIBUTE;
    private FilterMatches filterMatches = FilterMatches.ANY;
    private final Set<Schema> extensions = new LinkedHashSet<>();

    private Builder(String name) {
      this.name = name;
    }

    private Builder(Profile p) {
      name = p.name;
      opCase = p.opCase;
      memberNames = p.memberNames;
      patchOpSchemaRequired = p.patchOpSchemaRequired;
      emptyOperations = p.emptyOperations;
      scalarCoercion = p.scalarCoercion;
      noPathKeys = p.noPathKeys;
      scalarForComplex = p.scalarForComplex;
      singletonArrays = p.singletonArrays;
      singleValueForMultiValued = p.singleValueForMultiValued;
      selfNamedEnvelope = p.selfNamedEnvelope;
      jsonInStrings = p.jsonInStrings;
      extensionSeparator = p.extensionSeparator;
      bareExtensionUrn = p.bareExtensionUrn;
      attrExpPaths = p.attrExpPaths;
      readOnlyEcho = p.readOnlyEcho;
      unknownAttributes = p.unknownAttributes;
      removeWithValue = p.removeWithValue;
      unmatchedFilterOnAdd = p.unmatchedFilterOnAdd;
      unmatchedFilterOnReplace = p.unmatchedFilterOnReplace;
      unmatchedFilterOnRemove = p.unmatchedFilterOnRemove;
      complexReplace = p.complexReplace;
      multiplePrimary = p.multiplePrimary;
      duplicateOnAdd = p.duplicateOnAdd;
      nullValue = p.nullValue;
      allowedOps.clear();
      allowedOps.addAll(p.allowedOps);
      pathRequired = p.pathRequired;
      pathFilters = p.pathFilters;
      pathFilterAttributes.addAll(p.pathFilterAttributes);
      maxOperations = p.maxOperations;
      maxMembershipChanges = p.maxMembershipChanges;
      singleValueAttributes.addAll(p.singleValueAttributes);
      denied.addAll(p.denied);
      unsupported = p.unsupported;
      onceOnlyAttributes.addAll(p.onceOnlyAttributes);
      filteredPathTarget = p.filteredPathTarget;
      filterMatches = p.filterMatches;
      extensions.addAll(p.extensions);
    }

    /** Names the profile (shown in messages and by the CLI). */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets T1. */
    public Builder opCase(OpCase v) {
      opCase = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T2. */
    public Builder memberNames(MemberNames v) {
      memberNames = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T3. */
    public Builder patchOpSchemaRequired(boolean v) {
      patchOpSchemaRequired = v;
      return this;
    }

    /** Sets T4. */
    public Builder emptyOperations(EmptyOperations v) {
      emptyOperations = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T5. */
    public Builder scalarCoercion(ScalarCoercion v) {
      scalarCoercion = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T6. */
    public Builder noPathKeys(NoPathKeys v) {
      noPathKeys = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T7. */
    public Builder scalarForComplex(ScalarForComplex v) {
      scalarForComplex = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T8. */
    public Builder singletonArrays(SingletonArrays v) {
      singletonArrays = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T9. */
    public Builder singleValueForMultiValued(SingleValueForMultiValued v) {
      singleValueForMultiValued = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T10. */
    public Builder selfNamedEnvelope(SelfNamedEnvelope v) {
      selfNamedEnvelope = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T11. */
    public Builder jsonInStrings(JsonInStrings v) {
      jsonInStrings = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T12. */
    public Builder extensionSeparator(ExtensionSeparator v) {
      extensionSeparator = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T13. */
    public Builder bareExtensionUrn(BareExtensionUrn v) {
      bareExtensionUrn = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T14. */
    public Builder attrExpPaths(boolean v) {
      attrExpPaths = v;
      return this;
    }

    /** Sets T15. */
    public Builder readOnlyEcho(ReadOnlyEcho v) {
      readOnlyEcho = Objects.requireNonNull(v);
      return this;
    }

    /** Sets T16. */
    public Builder unknownAttributes(UnknownAttributes v) {
      unknownAttributes = Objects.requireNonNull(v);
      return this;
    }

    /** Sets S1. */
    public Builder removeWithValue(RemoveWithValue v) {
      removeWithValue = Objects.requireNonNull(v);
      return this;
    }

    /** Sets S2. */
    public Builder unmatchedFilterOnAdd(UnmatchedFilter v) {
      unmatchedFilterOnAdd = Objects.requireNonNull(v);
      return this;
    }

    /** Sets S3. */
    public Builder unmatchedFilterOnReplace(UnmatchedFilter v) {
      unmatchedFilterOnReplace = Objects.requireNonNull(v);
      return this;
    }

    /** Sets S4. */
    public Builder unmatchedFilterOnRemove(UnmatchedRemove v) {
      unmatchedFilterOnRemove = Objects.requireNonNull(v);
      return this;
    }

    /** Sets S5. */
    public Builder complexReplace(ComplexReplace v) {
      complexReplace = Objects.requireNonNull(v);
      return this;
    }

    /** Sets S6. */
    public Builder multiplePrimary(MultiplePrimary v) {
      multiplePrimary = Objects.requireNonNull(v);
      return this;
    }

    /** Sets S7. */
    public Builder duplicateOnAdd(DuplicateOnAdd v) {
      duplicateOnAdd = Objects.requireNonNull(v);
      return this;
    }

    /** Sets S8. */
    public Builder nullValue(NullValue v) {
      nullValue = Objects.requireNonNull(v);
      return this;
    }

    /**
     * Sets E1: the operations the emulated server implements.
     *
     * @throws IllegalArgumentException if none is given
     */
    public Builder allowedOps(Op first, Op... more) {
      allowedOps.clear();
      allowedOps.add(Objects.requireNonNull(first));
      allowedOps.addAll(List.of(more));
      return this;
    }

    /** Sets E2. */
    public Builder pathRequired(boolean v) {
      pathRequired = v;
      return this;
    }

    /** Sets E3. */
    public Builder pathFilters(PathFilters v) {
      pathFilters = Objects.requireNonNull(v);
      return this;
    }

    /** Limits E3 to filters on these attributes (none given: all attributes). */
    public Builder pathFilterAttributes(String... names) {
      pathFilterAttributes.addAll(List.of(names));
      return this;
    }

    /** Sets E4 (0 for no limit). */
    public Builder maxOperations(int v) {
      maxOperations = nonNegative("maxOperations", v);
      return this;
    }

    /** Sets E5 (0 for no limit). */
    public Builder maxMembershipChanges(int v) {
      maxMembershipChanges = nonNegative("maxMembershipChanges", v);
      return this;
    }

    /** Adds to E6. */
    public Builder singleValueAttributes(String... names) {
      singleValueAttributes.addAll(List.of(names));
      return this;
    }

    /** Adds an E7 rule. */
    public Builder deny(Deny rule) {
      denied.add(Objects.requireNonNull(rule));
      return this;
    }

    /** Sets E8. */
    public Builder unsupported(Unsupported v) {
      unsupported = Objects.requireNonNull(v);
      return this;
    }

    /** Adds to E9. */
    public Builder onceOnlyAttributes(String... names) {
      onceOnlyAttributes.addAll(List.of(names));
      return this;
    }

    /** Sets E10. */
    public Builder filteredPathTarget(FilteredPathTarget v) {
      filteredPathTarget = Objects.requireNonNull(v);
      return this;
    }

    /** Sets E11. */
    public Builder filterMatches(FilterMatches v) {
      filterMatches = Objects.requireNonNull(v);
      return this;
    }

    /** Adds a schema extension the emulated server knows. */
    public Builder extension(Schema schema) {
      extensions.add(Objects.requireNonNull(schema));
      return this;
    }

    private static int nonNegative(String what, int v) {
      if (v < 0) {
        throw new IllegalArgumentException(what + " must not be negative: " + v);
      }
      return v;
    }

    /** Returns the profile. */
    public Profile build() {
      return new Profile(this);
    }
  }
}

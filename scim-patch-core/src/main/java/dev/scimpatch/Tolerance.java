package dev.scimpatch;


/**
 * The tolerance switches of a {@link Profile} (T1–T20): which departures from RFC 7644 a server
 * accepts from its clients. The request reader rewrites what they tolerate into canonical
 * operations before anything else acts on it; the value shapes (T5, T7–T11, T15, T16) act while
 * each value is checked against its attribute's definition. An enum's first constant is its
 * default, the RFC's behaviour.
 *
 * @since 0.1
 */
public sealed interface Tolerance extends Profile.Switch {

  /**
   * T1: how {@code op} values match.
   *
   * @since 0.1
   */
  public enum OpCase implements Tolerance {
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
  public enum MemberNames implements Tolerance {
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
  public enum PatchOpSchema implements Tolerance {
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
  public enum EmptyOperations implements Tolerance {
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
  public enum ScalarCoercion implements Tolerance {
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
  public enum NoPathKeys implements Tolerance {
    /** Attribute names and schema URNs only (R-NOPATH-2; U-4). Default. */
    ATTRIBUTE_NAMES,
    /**
     * Also paths: {@code name.givenName} and URN-qualified attributes become operations on that
     * path; keys with filters stay errors (Entra with aadOptscim062020).
     */
    ATTRIBUTE_PATHS
  }

  /**
   * T7: a string or number where a single-valued complex attribute, or an element of a
   * multi-valued one with a {@code value} sub-attribute, is due.
   *
   * @since 0.1
   */
  public enum ScalarForComplex implements Tolerance {
    /** {@code 400 invalidValue} (R-ADD-4). Default. */
    REJECT,
    /**
     * Read {@code "271"} as {@code {"value": "271"}}: Entra's {@code manager}, and the UnboundID
     * SDK's {@code addStringValues("members", ...)}.
     */
    WRAP_AS_VALUE
  }

  /**
   * T8: a one-element array where a single-valued attribute is due, or where an operation without
   * a path needs its object of attributes.
   *
   * @since 0.1
   */
  public enum SingletonArrays implements Tolerance {
    /** {@code 400 invalidValue}. Default. */
    REJECT,
    /**
     * Unwrap it; for a simple attribute {@code [{"value": x}]} becomes {@code x}: Adra, older Entra,
     * and SCIM-SDK's client, which sends every value in an array.
     */
    UNWRAP
  }

  /**
   * T9: a single value where a multi-valued attribute is due. RFC 7644 §3.5.2.1 says the value is
   * "normally" an array, which does not forbid one value; so the strict default accepts it as a
   * one-element array.
   *
   * @since 0.1
   */
  public enum SingleValueForMultiValued implements Tolerance {
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
  public enum SelfNamedEnvelope implements Tolerance {
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
  public enum JsonInStrings implements Tolerance {
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
  public enum ExtensionSeparator implements Tolerance {
    /** {@code ':'} (RFC 7644 §3.10). Default. */
    COLON,
    /** Also {@code '.'} after a known extension URN: Webex, Entra {@code customappsso} jobs. */
    COLON_OR_DOT
  }

  /**
   * T13: a path that is an extension URN alone (or followed by a colon and nothing).
   *
   * @since 0.1
   */
  public enum BareExtensionUrn implements Tolerance {
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
  public enum AttrExpPaths implements Tolerance {
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
  public enum ReadOnlyEcho implements Tolerance {
    /** Accepted when equal to the current value, else {@code 400 mutability} (U-5). Default. */
    IGNORE_IF_UNCHANGED,
    /** {@code 400 mutability} even when unchanged. */
    REJECT,
    /** Dropped, whatever they hold: Webex. */
    IGNORE
  }

  /**
   * T20: a {@code schemas} member in the value of an operation without a path. RFC 7643 §3 says
   * {@code schemas} names the schemas that define the attributes "present in the current JSON
   * structure"; some clients send it that way in a path-less value, naming only the schemas of the
   * attributes they send, where the RFC 7644 reading takes it as the resource's {@code schemas}.
   *
   * @since 0.1
   */
  public enum NoPathSchemas implements Tolerance {
    /**
     * It is the resource's {@code schemas} attribute, readOnly: accepted when unchanged, as T15
     * says. Default.
     */
    AS_ATTRIBUTE,
    /**
     * Dropped when it is an array of URNs each of which is the resource type's (its core schema or
     * an extension; without a schema, any URN); otherwise as {@link #AS_ATTRIBUTE}: SCIM-SDK's
     * client.
     */
    DESCRIBES_VALUE
  }

  /**
   * T16: operations on attributes the schema does not define.
   *
   * @since 0.1
   */
  public enum UnknownAttributes implements Tolerance {
    /** {@code 400 invalidPath} (R-PATH-11, U-6). Default. */
    INVALID_PATH,
    /** Dropped: no change. */
    IGNORE
  }

  /**
   * T17: the types of attributes where no schema is known, for T5's coercion.
   *
   * @since 0.1
   */
  public enum SchemalessTypes implements Tolerance {
    /** Without a schema nothing is typed, so {@code "false"} stays a string. Default. */
    NONE,
    /**
     * Attributes named as in RFC 7643's User, Group and enterprise User schemas take those types
     * (so {@code active}, {@code primary} are boolean): Adra, which sends {@code "false"}.
     */
    RFC_NAMES
  }

  /**
   * T18: string literals in filters compared with a boolean, integer or decimal attribute.
   *
   * @since 0.1
   */
  public enum FilterLiterals implements Tolerance {
    /** {@code primary eq "True"} compares a string with a boolean: {@code 400 invalidFilter}. Default. */
    AS_WRITTEN,
    /**
     * Coerced as T5 coerces values ({@code "True"} and {@code "false"} in any case; numbers):
     * Entra ID's {@code emails[primary eq "True"]}.
     */
    COERCED
  }

  /**
   * T19: readOnly attributes whose writes are dropped, by name, where T15's {@code IGNORE} would
   * drop every one: Entra ID writes {@code manager.displayName} of the enterprise extension.
   * Default none. It never drops {@code id}, {@code meta}, {@code schemas} or a User's
   * {@code groups}, whatever it names: a change to them stays {@code 400 mutability}. No switch
   * ever writes them.
   *
   * @param names attribute paths ({@code manager.displayName}, {@code title}), folded to lower
   *     case once; a name matches an attribute of any schema
   * @since 0.1
   */
  public record IgnoredReadOnly(java.util.Set<String> names) implements Tolerance {
    /**
     * Creates the switch.
     *
     * @param names attribute paths, in any ASCII case; empty for none
     */
    public IgnoredReadOnly {
      names = Switches.fold(names);
    }

    /**
     * {@return whether writes of the attribute at {@code path} are dropped}
     *
     * @param path {@code name} or {@code name.subName}, in any ASCII case
     */
    public boolean contains(String path) {
      return names.contains(dev.scimpatch.internal.Ascii.toLowerCase(path));
    }
  }
}

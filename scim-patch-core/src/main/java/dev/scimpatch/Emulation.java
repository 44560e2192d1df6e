package dev.scimpatch;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.schema.Schema;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The emulation switches of a {@link Profile} (E1–E11), and the schema extensions it knows: the
 * restrictions of a vendor's server that a profile emulates, so that a client can be tested
 * against them. The request reader checks them on canonical operations; E6 and E11 need the
 * resource and are the engine's. An enum's first constant is its default, and so is a record's
 * empty or zero value: no restriction.
 *
 * @since 0.1
 */
public sealed interface Emulation extends Profile.Switch {

  /**
   * E1: the operations the emulated server implements; others fail with {@link Unsupported}'s
   * status. Default all three.
   *
   * @param ops the operations, at least one
   * @since 0.1
   */
  public record AllowedOps(Set<Op> ops) implements Emulation {
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
  public enum OperationPaths implements Emulation {
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
  public enum PathFilters implements Emulation {
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
  public record PathFilterAttributes(Set<String> names) implements Emulation, AttributeNames {
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
      return names.isEmpty() || contains(attribute);
    }
  }

  /**
   * E4: the most operations in one request, 0 (the default) for no limit; more is
   * {@code 400 tooMany}.
   *
   * @param max the limit, not negative
   * @since 0.1
   */
  public record MaxOperations(int max) implements Emulation {
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
  public record MaxMembershipChanges(int max) implements Emulation {
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
  public record SingleValueAttributes(Set<String> names) implements Emulation, AttributeNames {
    /**
     * Creates the switch.
     *
     * @param names names of multi-valued attributes, in any ASCII case; empty for none
     */
    public SingleValueAttributes {
      names = Switches.fold(names);
    }
  }

  /**
   * E7: operations the emulated server refuses, with {@link Unsupported}'s status. Default none.
   *
   * @param rules the rules, in order
   * @since 0.1
   */
  public record DeniedOperations(List<DeniedOperation> rules) implements Emulation {
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
  public enum Unsupported implements Emulation {
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
  public record OnceOnlyAttributes(Set<String> names) implements Emulation, AttributeNames {
    /**
     * Creates the switch.
     *
     * @param names attribute names, in any ASCII case; empty for none
     */
    public OnceOnlyAttributes {
      names = Switches.fold(names);
    }
  }

  /**
   * E10: what a filtered path may address.
   *
   * @since 0.1
   */
  public enum FilteredPathTarget implements Emulation {
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
  public enum FilterMatches implements Emulation {
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
  public record Extensions(List<Schema> schemas) implements Emulation {
    /**
     * Creates the switch.
     *
     * @param schemas the extensions; copied; empty for none
     * @throws IllegalArgumentException if two have ids that are equal ignoring ASCII case
     */
    public Extensions {
      schemas = Switches.distinct(schemas);
    }

    /** {@return the switch with the extensions' ids, as a profile's {@code toString} lists it} */
    @Override
    public String toString() {
      return "Extensions" + schemas.stream().map(Schema::id).toList();
    }
  }

  /**
   * A switch whose value is a set of attribute names, which match ignoring ASCII case: they are
   * folded once, when the switch is made, so every spelling of a name matches.
   *
   * @since 0.1
   */
  interface AttributeNames {
    /** {@return the names, folded to ASCII lower case} */
    Set<String> names();

    /**
     * {@return whether {@code attribute} is one of the names}
     *
     * @param attribute an attribute name, in any ASCII case
     */
    default boolean contains(String attribute) {
      return names().contains(Ascii.toLowerCase(attribute));
    }
  }
}

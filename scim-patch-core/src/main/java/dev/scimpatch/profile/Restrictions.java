package dev.scimpatch.profile;

import dev.scimpatch.DeniedOperation;
import dev.scimpatch.Emulation.FilteredPathTarget;
import dev.scimpatch.Emulation.PathFilterAttributes;
import dev.scimpatch.Emulation.PathFilters;
import dev.scimpatch.Emulation.Unsupported;
import dev.scimpatch.Emulation;
import dev.scimpatch.Op;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import dev.scimpatch.internal.Text;
import dev.scimpatch.path.ComparisonOperator;
import dev.scimpatch.path.Filter;
import dev.scimpatch.path.Path;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The restrictions of an emulated server, checked on the canonical operations of one request:
 * E3 and E10 (filters), E7 (denied operations), E9 (attributes touched once) and the counts of
 * E4 and E5. E1, E2 and E8 act while an operation is read; E6 and E11 need the resource and are
 * the engine's. One instance per request: it counts.
 */
final class Restrictions {

  private final Profile profile;
  private final @Nullable String resourceType;
  private final Map<String, Integer> touched = new HashMap<>();
  private int membershipChanges;

  Restrictions(Profile profile, @Nullable String resourceType) {
    this.profile = profile;
    this.resourceType = resourceType;
  }

  /** E4: the number of operations the client sent. */
  void checkOperationCount(int count) {
    int max = profile.get(Emulation.MaxOperations.class).max();
    if (max > 0 && count > max) {
      throw ScimPatchException.of(ScimType.TOO_MANY, "the request has " + count
          + " operations; this server takes at most " + max + " (" + profile.name() + ", E4)");
    }
  }

  /** E3, E7, E9, E10 on one canonical operation, and its share of E5. */
  void check(PatchOperation op) {
    Path path = op.path();
    List<String> attributes = new ArrayList<>();
    if (path != null) {
      attributes.add(path.attribute());
      checkFilter(path);
    } else {
      keys(op.value(), attributes);
    }
    List<DeniedOperation> denied = profile.get(Emulation.DeniedOperations.class).rules();
    Emulation.OnceOnlyAttributes once = profile.get(Emulation.OnceOnlyAttributes.class);
    for (String attribute : attributes) {
      for (DeniedOperation rule : denied) {
        if (rule.covers(op.op(), attribute, path != null && path.hasFilter(), resourceType)) {
          throw unsupported(profile, "this server refuses " + rule + " (" + profile.name() + ", E7)", ScimType.MUTABILITY);
        }
      }
      if (once.contains(attribute) && touched.merge(Ascii.toLowerCase(attribute), 1, Integer::sum) > 1) {
        throw ScimPatchException.of(ScimType.INVALID_SYNTAX, "this server takes one operation on "
            + Text.quote(attribute) + " per request (" + profile.name() + ", E9)");
      }
    }
    membershipChanges += membershipChanges(op);
  }

  /** E5, once the operations of one message operation are checked. */
  void checkMembershipChanges() {
    int max = profile.get(Emulation.MaxMembershipChanges.class).max();
    if (max > 0 && membershipChanges > max) {
      throw ScimPatchException.of(ScimType.TOO_MANY, "the request changes " + membershipChanges
          + " members; this server takes at most " + max + " (" + profile.name() + ", E5)");
    }
  }

  /** The attribute names a value without a path sets, those under a schema URN key included. */
  private static void keys(@Nullable ScimNode value, List<String> out) {
    if (value instanceof ScimObject o) {
      for (ScimObject.Member m : o.members()) {
        if (!Names.isAttrName(m.name()) && m.value() instanceof ScimObject inner) {
          out.addAll(inner.names());
        } else {
          out.add(m.name());
        }
      }
    }
  }

  /** E3 and E10 on a canonical path. */
  private void checkFilter(Path path) {
    Filter f = path.filter();
    if (f == null) {
      return;
    }
    PathFilters allowed = profile.get(PathFilters.class);
    boolean ok = !profile.get(PathFilterAttributes.class).covers(path.attribute()) || switch (allowed) {
      case FULL -> true;
      case NONE -> false;
      case EQ_AND_ONLY -> (f instanceof Filter.And and ? and.operands() : List.of(f)).stream()
          .allMatch(t -> t instanceof Filter.Comparison c && c.operator() == ComparisonOperator.EQ);
      case EQ_ON_VALUE_ONLY -> f instanceof Filter.Comparison c && c.operator() == ComparisonOperator.EQ
          && Ascii.equalsIgnoreCase(c.attribute().name(), "value") && c.attribute().subAttribute() == null;
    };
    if (!ok) {
      throw ScimPatchException.atIndex(ScimType.INVALID_FILTER, "this server does not support "
          + (allowed == PathFilters.NONE ? "value filters in paths" : "this value filter")
          + " (" + profile.name() + ", E3)", path.toString(), -1);
    }
    if (path.subAttribute() == null && profile.has(FilteredPathTarget.SUB_ATTRIBUTE_ONLY)) {
      throw ScimPatchException.of(ScimType.INVALID_PATH,
          "this server takes a filtered path only with a sub-attribute (" + profile.name() + ", E10)");
    }
  }

  /** E5: members a canonical operation adds or removes (an unfiltered remove counts as one). */
  private static int membershipChanges(PatchOperation op) {
    Path path = op.path();
    ScimNode value = op.value();
    if (path == null) {
      int n = 0;
      if (value instanceof ScimObject o) {
        for (ScimObject.Member m : o.members()) {
          if (Ascii.equalsIgnoreCase(m.name(), "members")) {
            n += count(m.value());
          } else if (!Names.isAttrName(m.name()) && m.value() instanceof ScimObject inner) {
            ScimNode members = inner.get("members");
            n += members == null ? 0 : count(members);
          }
        }
      }
      return n;
    }
    if (!Ascii.equalsIgnoreCase(path.attribute(), "members")) {
      return 0;
    }
    return value == null ? 1 : count(value);
  }

  private static int count(ScimNode value) {
    return value instanceof ScimArray a ? a.size() : value.isNull() ? 0 : 1;
  }

  /** E8: what the emulated server answers for what it does not implement (E1, E7). */
  static ScimPatchException unsupported(Profile profile, String reason, ScimType type) {
    return profile.has(Unsupported.NOT_IMPLEMENTED)
        ? ScimPatchException.ofStatus(501, reason)
        : ScimPatchException.of(type, reason);
  }

  /** Whether E1 lets the server take {@code op}. */
  static boolean allows(Profile profile, Op op) {
    return profile.get(Emulation.AllowedOps.class).ops().contains(op);
  }
}

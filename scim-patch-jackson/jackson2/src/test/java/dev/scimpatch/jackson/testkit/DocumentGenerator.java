package dev.scimpatch.jackson.testkit;

import dev.scimpatch.testkit.ScimNames;
import dev.scimpatch.testkit.ScimValues;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates JSON documents as scim-patch trees: objects, arrays, strings, exact numbers, booleans
 * and null, nested at most {@link #maxDepth()} arrays and objects deep.
 *
 * <p>Member names are mostly SCIM-like (attribute names in varying ASCII case, schema URNs), now
 * and then random ATTRNAMEs, and now and then any string at all: quotes, backslashes, control
 * characters, non-ASCII letters and emoji (but no unpaired surrogate, which the reader refuses in a
 * name; string values may hold them). Strings
 * come from {@link ScimValues#string}, so they are SCIM-like or hostile. Numbers are built from
 * JSON number text ({@link ScimValues#number}), so they keep their scale ({@code 1.50}) and reach
 * the exponents {@link ScimNumber#MAX_SCALE} allows; a few are {@code long} and huge integers.
 *
 * <p>Sizes stay small (a few dozen nodes), but one document in about twelve has a spine that
 * reaches the full depth, so that readers with a depth limit are exercised at it.
 *
 * <p>Immutable and thread-safe; all randomness comes from the {@link RandomGenerator} passed in.
 */
public final class DocumentGenerator {

  /** Attribute-like names, including the members a PatchOp message and a SCIM error use. */
  private static final List<String> NAMES = List.of(
      "schemas", "id", "externalId", "userName", "displayName", "name", "givenName", "familyName",
      "emails", "value", "type", "primary", "display", "active", "meta", "version", "members",
      "groups", "$ref", "Operations", "op", "path", "detail", "status", "scimType", "title",
      "employeeNumber", "manager", "phoneNumbers", "roles");

  private final int maxDepth;

  /** A generator of documents within {@code ScimJson}'s default depth, 32. */
  public DocumentGenerator() {
    this(32);
  }

  /**
   * A generator of documents nested at most {@code maxDepth} arrays and objects deep.
   *
   * @throws IllegalArgumentException if {@code maxDepth} is less than 1
   */
  public DocumentGenerator(int maxDepth) {
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be at least 1: " + maxDepth);
    }
    this.maxDepth = maxDepth;
  }

  /** The deepest nesting of arrays and objects this generator produces. */
  public int maxDepth() {
    return maxDepth;
  }

  /** Returns a document: mostly an object, sometimes an array or a scalar. */
  public ScimNode document(RandomGenerator rng) {
    int r = rng.nextInt(20);
    if (r == 0) {
      return scalar(rng);
    } else if (r < 3) {
      return array(rng, maxDepth, budget(rng));
    }
    return object(rng);
  }

  /** Returns an object document. */
  public ScimObject object(RandomGenerator rng) {
    ScimObject o = object(rng, maxDepth, budget(rng));
    if (rng.nextInt(12) == 0) {
      return o.with(name(rng), spine(rng, maxDepth - 1));
    }
    return o;
  }

  /**
   * Returns a value for a PATCH operation or a resource attribute: a scalar, or an object or
   * array nested at most {@code depth} deep.
   */
  public ScimNode value(RandomGenerator rng, int depth) {
    if (depth <= 0 || rng.nextInt(3) == 0) {
      return scalar(rng);
    }
    return rng.nextBoolean() ? object(rng, depth, 1 + rng.nextInt(8)) : array(rng, depth, 1 + rng.nextInt(8));
  }

  /**
   * Returns arrays and objects nested exactly {@code depth} deep (a scalar for 0), with a few
   * siblings along the way.
   */
  public ScimNode spine(RandomGenerator rng, int depth) {
    if (depth <= 0) {
      return scalar(rng);
    }
    ScimNode inner = depth > 1 ? spine(rng, depth - 1) : rng.nextBoolean() ? scalar(rng) : null;
    ScimNode sibling = rng.nextInt(4) == 0 ? scalar(rng) : null;
    if (rng.nextBoolean()) {
      ScimArray.Builder b = ScimArray.builder();
      if (sibling != null) {
        b.add(sibling);
      }
      if (inner != null) {
        b.add(inner);
      }
      return b.build();
    }
    ScimObject o = sibling == null ? ScimObject.empty() : ScimObject.of(name(rng), sibling);
    if (inner == null) {
      return o;
    }
    String name;
    do {
      name = name(rng);
    } while (o.has(name));
    return o.with(name, inner);
  }

  /**
   * Returns a member name: usually SCIM-like, sometimes a random ATTRNAME or URN, and about one
   * in forty any string at all (see {@link ScimValues#hostileString}).
   */
  public String name(RandomGenerator rng) {
    int r = rng.nextInt(40);
    if (r < 24) {
      return ScimNames.respell(rng, NAMES.get(rng.nextInt(NAMES.size())));
    } else if (r < 32) {
      return ScimNames.randomAttributeName(rng, 20);
    } else if (r < 35) {
      return ScimNames.knownUrn(rng);
    } else if (r < 37) {
      return ScimNames.randomUrn(rng);
    } else if (r < 39) {
      return validUnicode(ScimValues.string(rng));
    }
    return validUnicode(ScimValues.hostileString(rng));
  }

  /**
   * {@code s} with each unpaired surrogate replaced by U+FFFD: the reader refuses member names that
   * are not valid Unicode, so a generated document that must round-trip has none.
   */
  static String validUnicode(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else {
        sb.append(Character.isSurrogate(c) ? '\ufffd' : c);
      }
    }
    return sb.toString();
  }

  /** Returns a scalar: string, number, boolean or null. */
  public ScimNode scalar(RandomGenerator rng) {
    int r = rng.nextInt(100);
    if (r < 50) {
      return ScimString.of(ScimValues.string(rng));
    } else if (r < 70) {
      return ScimValues.number(rng);
    } else if (r < 74) {
      return rng.nextBoolean() ? ScimNumber.of(rng.nextLong()) : ScimNumber.of(new BigDecimal(bigInteger(rng)));
    } else if (r < 90) {
      return ScimBoolean.of(rng.nextBoolean());
    }
    return ScimNull.INSTANCE;
  }

  /** The digits of an integer beyond {@code long}: 20 to 60 of them, maybe negative. */
  private static String bigInteger(RandomGenerator rng) {
    StringBuilder sb = new StringBuilder(rng.nextBoolean() ? "-" : "");
    sb.append((char) ('1' + rng.nextInt(9)));
    int n = 19 + rng.nextInt(41);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rng.nextInt(10)));
    }
    return sb.toString();
  }

  private static int budget(RandomGenerator rng) {
    return 1 + rng.nextInt(rng.nextInt(6) == 0 ? 60 : 15);
  }

  /** An object at most {@code depth} deep, with about {@code budget} nodes. */
  private ScimObject object(RandomGenerator rng, int depth, int budget) {
    ScimObject.Builder b = ScimObject.builder();
    int n = Math.min(budget, rng.nextInt(rng.nextInt(5) == 0 ? 12 : 6));
    int left = budget - n;
    for (int i = 0; i < n; i++) {
      int share = left <= 0 ? 0 : rng.nextInt(left + 1);
      left -= share;
      b.put(name(rng), child(rng, depth - 1, share));
    }
    return b.build();
  }

  private ScimArray array(RandomGenerator rng, int depth, int budget) {
    ScimArray.Builder b = ScimArray.builder();
    int n = Math.min(budget, rng.nextInt(rng.nextInt(5) == 0 ? 12 : 5));
    int left = budget - n;
    for (int i = 0; i < n; i++) {
      int share = left <= 0 ? 0 : rng.nextInt(left + 1);
      left -= share;
      b.add(child(rng, depth - 1, share));
    }
    return b.build();
  }

  /** A member or element value: a container only if there is depth and budget left for one. */
  private ScimNode child(RandomGenerator rng, int depth, int budget) {
    if (depth <= 0 || budget <= 0 || rng.nextInt(3) == 0) {
      if (depth > 0 && rng.nextInt(25) == 0) {
        return rng.nextBoolean() ? ScimArray.empty() : ScimObject.empty();
      }
      return scalar(rng);
    }
    return rng.nextBoolean() ? object(rng, depth, budget) : array(rng, depth, budget);
  }
}

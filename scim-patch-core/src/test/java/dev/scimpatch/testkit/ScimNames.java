package dev.scimpatch.testkit;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The vocabulary the generators of this package share: known schema URNs, SCIM-like attribute
 * names and string values, plus random ATTRNAMEs and URNs.
 *
 * <p>{@link FilterGenerator} and {@link ResourceGenerator} draw from the same names and values, so
 * that generated filters often address attributes that generated resources have, and sometimes
 * match them.
 */
public final class ScimNames {

  private ScimNames() {}

  /** The core User schema. */
  public static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";

  /** The enterprise User extension schema. */
  public static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** The core Group schema. */
  public static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

  /** A vendor extension schema of the kind some providers send. */
  public static final String OMNI_USER_ATTRIBUTE = "urn:omni:params:1.0:UserAttribute";

  private static final List<String> KNOWN_URNS =
      List.of(CORE_USER, ENTERPRISE_USER, CORE_GROUP, OMNI_USER_ATTRIBUTE);

  /** The NIDs of {@link #knownUrns()}; random URNs never use them, so they never clash. */
  private static final List<String> KNOWN_NIDS = List.of("ietf", "omni");

  /** Single-valued attributes of a User whose values are strings. */
  static final List<String> STRING_ATTRIBUTES = List.of(
      "userName", "displayName", "nickName", "title", "userType", "id", "externalId", "locale",
      "preferredLanguage", "timezone", "profileUrl", "password");

  /** Single-valued boolean attributes. */
  static final List<String> BOOLEAN_ATTRIBUTES = List.of("active", "verified");

  /** Single-valued number attributes (not in RFC 7643, but typical of extensions). */
  static final List<String> NUMBER_ATTRIBUTES = List.of("loginCount", "score", "age");

  /** Single-valued dateTime attributes. */
  static final List<String> DATE_TIME_ATTRIBUTES = List.of("lastLogin", "birthDate");

  /** Complex single-valued attributes and their sub-attributes. */
  static final List<String> NAME_SUBS = List.of("givenName", "familyName", "formatted", "middleName");

  static final List<String> META_SUBS = List.of("created", "lastModified", "resourceType", "version", "location");

  /** Sub-attributes of multi-valued attributes such as {@code emails}. */
  static final List<String> MULTI_SUBS = List.of("value", "type", "primary", "display", "$ref");

  /** Multi-valued attributes whose values are complex. */
  static final List<String> MULTI_ATTRIBUTES = List.of("emails", "phoneNumbers", "ims", "members", "groups", "roles");

  /** Attributes of the enterprise extension. */
  static final List<String> ENTERPRISE_ATTRIBUTES = List.of("employeeNumber", "costCenter", "organization", "department");

  /** Sub-attributes of the enterprise {@code manager}. */
  static final List<String> MANAGER_SUBS = List.of("value", "$ref", "displayName");

  /** Attributes of the vendor extension. */
  static final List<String> OMNI_ATTRIBUTES = List.of("badgeId", "floor", "isContractor", "tags");

  /** Values for {@code type} sub-attributes. */
  static final List<String> TYPES = List.of("work", "home", "other", "mobile", "Work", "WORK", "İş", "ıd");

  /**
   * String values shared by literals and resources, several with the letters that break
   * locale-sensitive case folding ({@code I i İ ı}).
   */
  static final List<String> STRINGS = List.of(
      "bjensen", "BJensen", "Babs", "Barbara", "Jensen", "Ms. Barbara J Jensen, III",
      "bjensen@example.com", "BJENSEN@EXAMPLE.COM", "babs@jensen.org", "example.com", "@example.com",
      "2819c223-7f76-453a-919d-413861904646", "2819C223", "701984", "4130", "Engineering",
      "Tour Operations", "ID", "id", "Id", "I", "i", "İ", "ı", "İstanbul", "istanbul", "ISTANBUL",
      "DİYARBAKIR", "ıslak", "Iİıi", "PRIMARY", "primary", "Straße", "STRASSE", "ǅemal",
      "Kelvin \u212a", "caf\u00e9", "cafe\u0301", "Σίσυφος", "σίσυφοσ", "😀", "a😀b", "", " ",
      "Employee", "Contractor", "tr-TR", "en-US", "true", "null", "42", "[x]", "a and b", "not (x)");

  /** {@return the known schema URNs, in their canonical spelling} */
  public static List<String> knownUrns() {
    return KNOWN_URNS;
  }

  /**
   * {@return one of the known schema URNs, in its canonical spelling}
   *
   * @param rng the source of randomness
   */
  public static String knownUrn(RandomGenerator rng) {
    return pick(rng, KNOWN_URNS);
  }

  /**
   * {@return a random ATTRNAME, {@code ALPHA *(ALPHA / DIGIT / "-" / "_")}, of 1 to
   * {@code maxLength} characters in mixed case}
   *
   * @param rng the source of randomness
   * @param maxLength the longest name wanted, at least 1
   */
  public static String randomAttributeName(RandomGenerator rng, int maxLength) {
    int length = 1 + (rng.nextInt(4) == 0 ? rng.nextInt(maxLength) : rng.nextInt(Math.min(8, maxLength)));
    StringBuilder sb = new StringBuilder(length);
    sb.append(alpha(rng));
    for (int i = 1; i < length; i++) {
      int r = rng.nextInt(20);
      if (r < 14) {
        sb.append(alpha(rng));
      } else if (r < 18) {
        sb.append((char) ('0' + rng.nextInt(10)));
      } else {
        sb.append(r == 18 ? '-' : '_');
      }
    }
    return sb.toString();
  }

  /**
   * {@return a random schema URN, {@code "urn:" NID ":" NSS}, made of URN characters other than the
   * ones the path grammar treats specially} Its NID is never that of a
   * {@link #knownUrns() known URN}, so it never begins with one.
   *
   * @param rng the source of randomness
   */
  public static String randomUrn(RandomGenerator rng) {
    StringBuilder sb = new StringBuilder();
    sb.append(rng.nextInt(4) == 0 ? randomCase(rng, "urn") : "urn").append(':');
    String nid;
    do {
      nid = urnChars(rng, 1 + rng.nextInt(8), false);
    } while (isKnownNid(nid));
    sb.append(nid).append(':');
    int segments = 1 + rng.nextInt(4);
    for (int i = 0; i < segments; i++) {
      if (i > 0) {
        sb.append(':');
      }
      sb.append(urnChars(rng, 1 + rng.nextInt(10), true));
    }
    return sb.toString();
  }

  private static boolean isKnownNid(String nid) {
    for (String known : KNOWN_NIDS) {
      if (known.equalsIgnoreCase(nid)) {
        return true;
      }
    }
    return false;
  }

  /** URN characters (RFC 8141 less brackets), weighted toward letters, digits and '.'. */
  private static final String URN_PUNCTUATION = "-._~!$&'*+,;=@/%?#";

  private static String urnChars(RandomGenerator rng, int length, boolean allowColon) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int r = rng.nextInt(20);
      if (r < 10) {
        sb.append(alpha(rng));
      } else if (r < 14) {
        sb.append((char) ('0' + rng.nextInt(10)));
      } else if (r < 16) {
        sb.append('.');
      } else if (r == 16 && allowColon && i > 0 && i < length - 1) {
        sb.append(':');
      } else {
        sb.append(URN_PUNCTUATION.charAt(rng.nextInt(URN_PUNCTUATION.length())));
      }
    }
    return sb.toString();
  }

  /**
   * {@return {@code s} with each ASCII letter upper- or lower-cased at random}
   *
   * @param rng the source of randomness
   * @param s the string
   */
  public static String randomCase(RandomGenerator rng, String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        sb.append(rng.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * {@return {@code s} as written (mostly), or in another ASCII spelling: upper case, lower case or
   * mixed}
   *
   * @param rng the source of randomness
   * @param s the string
   */
  public static String respell(RandomGenerator rng, String s) {
    int r = rng.nextInt(10);
    if (r < 6) {
      return s;
    } else if (r < 7) {
      return s.toUpperCase(Locale.ROOT);
    } else if (r < 8) {
      return s.toLowerCase(Locale.ROOT);
    }
    return randomCase(rng, s);
  }

  static char alpha(RandomGenerator rng) {
    int i = rng.nextInt(52);
    return (char) (i < 26 ? 'a' + i : 'A' + i - 26);
  }

  static <T> T pick(RandomGenerator rng, List<T> list) {
    return list.get(rng.nextInt(list.size()));
  }
}

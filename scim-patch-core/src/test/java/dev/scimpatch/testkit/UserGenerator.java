package dev.scimpatch.testkit;

import static dev.scimpatch.testkit.ScimVocabulary.pick;

import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generates User resources that are valid for {@code ResourceSchemas.user()} (RFC 7643 §4.1,
 * §4.3): every value has its attribute's type, names have the schema's spelling, and:
 *
 * <ul>
 *   <li>{@code schemas} lists the core User URN, and the enterprise extension URN exactly when the
 *       enterprise extension object is present and non-empty (R-EXT-3);</li>
 *   <li>{@code id} is a UUID; {@code meta} holds {@code resourceType}, valid xsd:dateTime
 *       {@code created} and {@code lastModified}, {@code location} and {@code version};</li>
 *   <li>{@code userName} is always there; {@code name}, {@code displayName}, {@code nickName},
 *       {@code title}, {@code userType}, {@code active} and a few more now and then;</li>
 *   <li>{@code emails}, {@code phoneNumbers} and {@code addresses} hold one to four values, with
 *       values distinct ignoring case, and at most one {@code primary: true} per attribute
 *       (RFC 7643 §2.4);</li>
 *   <li>the enterprise extension, when present, holds some of {@code employeeNumber},
 *       {@code costCenter}, {@code organization}, {@code division}, {@code department} and
 *       {@code manager} with {@code value} (and now and then {@code $ref}, {@code displayName}).</li>
 * </ul>
 *
 * <p>Values come from {@link ScimVocabulary}'s pools, so operations from an
 * {@link OperationGenerator} often name them. Immutable and thread-safe; all randomness comes from
 * the {@link RandomGenerator} passed in.
 */
public final class UserGenerator {

  /** A generator of valid User resources. */
  public UserGenerator() {}

  /**
   * {@return a valid User resource}
   *
   * @param rng the source of randomness
   */
  public ScimObject user(RandomGenerator rng) {
    ScimObject.Builder b = ScimObject.builder();
    String id = ScimVocabulary.uuid(rng);
    ScimObject enterprise = rng.nextInt(5) < 3 ? enterprise(rng) : ScimObject.empty();
    ScimArray.Builder schemas = ScimArray.builder().add(ScimString.of(ScimVocabulary.CORE_USER));
    if (!enterprise.isEmpty()) {
      schemas.add(ScimString.of(ScimVocabulary.ENTERPRISE));
    }
    b.put("schemas", schemas.build());
    b.put("id", ScimString.of(id));
    if (rng.nextInt(3) == 0) {
      b.put("externalId", ScimString.of(ScimVocabulary.uuid(rng)));
    }
    if (rng.nextInt(6) != 0) {
      b.put("meta", meta(rng, "User", id));
    }
    b.put("userName", ScimString.of(pick(rng, ScimVocabulary.USER_NAMES)));
    if (rng.nextInt(4) != 0) {
      b.put("name", name(rng));
    }
    maybe(rng, b, "displayName", ScimVocabulary.DISPLAY_NAMES);
    maybe(rng, b, "nickName", ScimVocabulary.NICK_NAMES);
    maybe(rng, b, "title", ScimVocabulary.TITLES);
    maybe(rng, b, "userType", ScimVocabulary.USER_TYPES);
    maybe(rng, b, "preferredLanguage", ScimVocabulary.LANGUAGES);
    maybe(rng, b, "locale", ScimVocabulary.LOCALES);
    maybe(rng, b, "timezone", ScimVocabulary.TIMEZONES);
    if (rng.nextInt(4) == 0) {
      b.put("profileUrl", ScimString.of("https://login.example.com/" + pick(rng, ScimVocabulary.NICK_NAMES)));
    }
    if (rng.nextInt(3) != 0) {
      b.put("active", ScimBoolean.of(rng.nextInt(4) != 0));
    }
    if (rng.nextInt(4) != 0) {
      b.put("emails", emails(rng, 1 + rng.nextInt(4)));
    }
    if (rng.nextInt(3) == 0) {
      b.put("phoneNumbers", phoneNumbers(rng, 1 + rng.nextInt(3)));
    }
    if (rng.nextInt(3) == 0) {
      b.put("addresses", addresses(rng, 1 + rng.nextInt(3)));
    }
    if (!enterprise.isEmpty()) {
      b.put(ScimVocabulary.ENTERPRISE, enterprise);
    }
    return b.build();
  }

  private static void maybe(RandomGenerator rng, ScimObject.Builder b, String name, List<String> pool) {
    if (rng.nextBoolean()) {
      b.put(name, ScimString.of(pick(rng, pool)));
    }
  }

  /** Returns a valid {@code meta} object of a resource type, readOnly sub-attributes only. */
  static ScimObject meta(RandomGenerator rng, String resourceType, String id) {
    ScimObject.Builder meta = ScimObject.builder().put("resourceType", ScimString.of(resourceType));
    String created = ScimVocabulary.dateTime(rng);
    meta.put("created", ScimString.of(created));
    meta.put("lastModified", ScimString.of(rng.nextBoolean() ? created : ScimVocabulary.dateTime(rng)));
    meta.put("location", ScimString.of("https://example.com/v2/" + resourceType + "s/" + id));
    if (rng.nextBoolean()) {
      meta.put("version", ScimString.of("W/\"" + Integer.toHexString(rng.nextInt(1 << 20)) + "\""));
    }
    return meta.build();
  }

  /**
   * {@return a {@code name} with one or more of its sub-attributes}
   *
   * @param rng the source of randomness
   */
  public ScimObject name(RandomGenerator rng) {
    ScimObject.Builder n = ScimObject.builder();
    String given = pick(rng, ScimVocabulary.GIVEN_NAMES);
    String family = pick(rng, ScimVocabulary.FAMILY_NAMES);
    if (rng.nextInt(4) != 0) {
      n.put("givenName", ScimString.of(given));
    }
    if (rng.nextInt(4) != 0) {
      n.put("familyName", ScimString.of(family));
    }
    if (rng.nextInt(3) == 0) {
      n.put("middleName", ScimString.of(pick(rng, ScimVocabulary.MIDDLE_NAMES)));
    }
    if (rng.nextInt(4) == 0) {
      n.put("honorificPrefix", ScimString.of(pick(rng, ScimVocabulary.PREFIXES)));
    }
    if (rng.nextInt(5) == 0) {
      n.put("honorificSuffix", ScimString.of(pick(rng, ScimVocabulary.SUFFIXES)));
    }
    if (n.size() == 0 || rng.nextInt(3) == 0) {
      n.put("formatted", ScimString.of(given + " " + family));
    }
    return n.build();
  }

  /**
   * {@return {@code count} e-mail values with distinct values and at most one primary}
   *
   * @param rng the source of randomness
   * @param count how many to return
   */
  public ScimArray emails(RandomGenerator rng, int count) {
    return multi(rng, count, ScimVocabulary.EMAILS, ScimVocabulary.EMAIL_TYPES);
  }

  /**
   * {@return {@code count} phone number values with distinct values and at most one primary}
   *
   * @param rng the source of randomness
   * @param count how many to return
   */
  public ScimArray phoneNumbers(RandomGenerator rng, int count) {
    return multi(rng, count, ScimVocabulary.PHONES, ScimVocabulary.PHONE_TYPES);
  }

  private static ScimArray multi(RandomGenerator rng, int count, List<String> values, List<String> types) {
    List<String> chosen = distinct(rng, values, count);
    int primary = rng.nextInt(3) == 0 ? -1 : rng.nextInt(chosen.size());
    ScimArray.Builder a = ScimArray.builder();
    for (int i = 0; i < chosen.size(); i++) {
      a.add(element(rng, chosen.get(i), types, i == primary ? Boolean.TRUE : null));
    }
    return a.build();
  }

  /**
   * Returns one value of a multi-valued attribute such as {@code emails}: {@code value}, mostly a
   * {@code type}, now and then a {@code display}, and {@code primary} as given ({@code null}: now
   * and then {@code false}, else absent).
   */
  static ScimObject element(RandomGenerator rng, String value, List<String> types, Boolean primary) {
    ScimObject.Builder e = ScimObject.builder().put("value", ScimString.of(value));
    if (rng.nextInt(5) != 0) {
      e.put("type", ScimString.of(typeSpelling(rng, pick(rng, types))));
    }
    if (rng.nextInt(5) == 0) {
      e.put("display", ScimString.of(pick(rng, ScimVocabulary.DISPLAYS)));
    }
    if (primary != null) {
      e.put("primary", ScimBoolean.of(primary));
    } else if (rng.nextInt(4) == 0) {
      e.put("primary", ScimBoolean.FALSE);
    }
    return e.build();
  }

  /** A type as written: mostly lower case, now and then capitalised or upper case. */
  static String typeSpelling(RandomGenerator rng, String type) {
    int r = rng.nextInt(12);
    if (r == 0) {
      return type.toUpperCase(java.util.Locale.ROOT);
    } else if (r == 1) {
      return Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }
    return type;
  }

  /**
   * {@return {@code count} addresses with at most one primary}
   *
   * @param rng the source of randomness
   * @param count how many to return
   */
  public ScimArray addresses(RandomGenerator rng, int count) {
    int primary = rng.nextInt(3) == 0 ? -1 : rng.nextInt(count);
    ScimArray.Builder a = ScimArray.builder();
    for (int i = 0; i < count; i++) {
      a.add(address(rng, i == primary ? Boolean.TRUE : rng.nextInt(4) == 0 ? Boolean.FALSE : null));
    }
    return a.build();
  }

  /** Returns one address; {@code primary} is written when not {@code null}. */
  static ScimObject address(RandomGenerator rng, Boolean primary) {
    ScimObject.Builder a = ScimObject.builder();
    String street = pick(rng, ScimVocabulary.STREETS);
    String locality = pick(rng, ScimVocabulary.LOCALITIES);
    a.put("streetAddress", ScimString.of(street));
    a.put("locality", ScimString.of(locality));
    if (rng.nextBoolean()) {
      a.put("region", ScimString.of(pick(rng, ScimVocabulary.REGIONS)));
    }
    if (rng.nextBoolean()) {
      a.put("postalCode", ScimString.of(pick(rng, ScimVocabulary.POSTAL_CODES)));
    }
    a.put("country", ScimString.of(pick(rng, ScimVocabulary.COUNTRIES)));
    if (rng.nextInt(3) == 0) {
      a.put("formatted", ScimString.of(street + "\n" + locality));
    }
    if (rng.nextInt(5) != 0) {
      a.put("type", ScimString.of(typeSpelling(rng, pick(rng, ScimVocabulary.EMAIL_TYPES))));
    }
    if (primary != null) {
      a.put("primary", ScimBoolean.of(primary));
    }
    return a.build();
  }

  /**
   * {@return an enterprise extension object: mostly non-empty, now and then empty}
   *
   * @param rng the source of randomness
   */
  public ScimObject enterprise(RandomGenerator rng) {
    ScimObject.Builder e = ScimObject.builder();
    if (rng.nextInt(3) != 0) {
      e.put("employeeNumber", ScimString.of(pick(rng, ScimVocabulary.EMPLOYEE_NUMBERS)));
    }
    if (rng.nextInt(3) == 0) {
      e.put("costCenter", ScimString.of(pick(rng, ScimVocabulary.COST_CENTERS)));
    }
    if (rng.nextInt(3) == 0) {
      e.put("organization", ScimString.of(pick(rng, ScimVocabulary.ORGANIZATIONS)));
    }
    if (rng.nextInt(4) == 0) {
      e.put("division", ScimString.of(pick(rng, ScimVocabulary.DIVISIONS)));
    }
    if (rng.nextBoolean()) {
      e.put("department", ScimString.of(pick(rng, ScimVocabulary.DEPARTMENTS)));
    }
    if (rng.nextBoolean()) {
      e.put("manager", manager(rng));
    }
    return e.build();
  }

  /** Returns an enterprise {@code manager}: {@code value}, now and then {@code $ref} and {@code displayName}. */
  static ScimObject manager(RandomGenerator rng) {
    String id = pick(rng, ScimVocabulary.IDS);
    ScimObject.Builder m = ScimObject.builder().put("value", ScimString.of(id));
    if (rng.nextBoolean()) {
      m.put("$ref", ScimString.of("../Users/" + id));
    }
    if (rng.nextInt(3) == 0) {
      m.put("displayName", ScimString.of(pick(rng, ScimVocabulary.DISPLAY_NAMES)));
    }
    return m.build();
  }

  /** Up to {@code count} values of {@code pool}, distinct once {@linkplain ScimVocabulary#fold folded}. */
  static List<String> distinct(RandomGenerator rng, List<String> pool, int count) {
    List<String> out = new ArrayList<>(count);
    Set<String> seen = new HashSet<>();
    for (int tries = 0; out.size() < count && tries < count * 4; tries++) {
      String v = pick(rng, pool);
      if (seen.add(ScimVocabulary.fold(v))) {
        out.add(v);
      }
    }
    return out;
  }

  /** Returns the values of a multi-valued attribute as a list, or an empty list. */
  static List<ScimNode> values(ScimObject resource, String name) {
    ScimNode v = resource.get(name);
    return v instanceof ScimArray a ? a.elements() : List.of();
  }
}

package dev.scimpatch.testkit;

import static dev.scimpatch.testkit.ScimVocabulary.pick;
import static dev.scimpatch.testkit.ScimVocabulary.quote;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.path.Path;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Generates PATCH operations (RFC 7644 §3.5.2) that are plausible against a given User or Group
 * resource, as a client would send them: add, replace and remove of simple attributes,
 * sub-attributes ({@code name.givenName}), multi-valued attributes (with arrays of values),
 * value-filtered paths ({@code emails[type eq "work"]}, {@code emails[value eq "..."].primary},
 * {@code members[value eq "..."]}) whose literals are, most of the time, values the resource has,
 * add and replace without a path, and enterprise extension paths
 * ({@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber},
 * {@code ...:manager.value}). Attribute names and URNs are now and then re-spelled in another
 * ASCII case, and core attributes now and then qualified with the core schema URN (R-PATH-5,
 * R-PATH-7).
 *
 * <p>Kinds of operation, each with its own method:
 * <ul>
 *   <li>{@link #plausible}: meant to succeed, though some fail on some resources (a filter that
 *       matches nothing on replace, a change to an immutable member sub-attribute);</li>
 *   <li>{@link #failing}: fails on the given resource and on every resource that
 *       {@link #plausible} operations lead to from it: a changed {@code id} or {@code meta}, a
 *       removed {@code userName} or group {@code displayName}, a value of the wrong type
 *       ({@code active: "yes"}), an unknown attribute or schema, a filter that matches nothing on
 *       replace, two {@code primary: true} values in one operation, a dotted key without a
 *       path. With {@link #withoutSchema()} only failures that hold without a schema are drawn;</li>
 *   <li>{@link #unchanging}: changes nothing on the given resource: adds a value it has (an
 *       existing member or e-mail, {@code title} with its current value), replaces a value with
 *       itself, removes what is not there;</li>
 *   <li>{@link #primaryWrite}: sets {@code primary: true} on one value or two, at any attribute;</li>
 *   <li>{@link #unfilteredAdd}: an add without a value filter and without a sub-attribute of a
 *       multi-valued attribute, the kind of request that is idempotent;</li>
 *   <li>{@link #malformed}: anything at all: random and mutated paths, values of any shape and
 *       type, keys that are not attribute names;</li>
 *   <li>{@link #operation}: a mix of the above, mostly plausible.</li>
 * </ul>
 *
 * <p>Operations are built with {@link Path#parse(String)} and the {@link PatchOperation} records.
 * Immutable and thread-safe; all randomness comes from the {@link RandomGenerator} passed in.
 */
public final class OperationGenerator {

  /** The resource type operations are meant for. */
  public enum ResourceKind {
    /** {@code ResourceSchemas.user()}: users as {@link UserGenerator} makes them. */
    USER,
    /** {@code ResourceSchemas.group()}: groups as {@link GroupGenerator} makes them. */
    GROUP
  }

  private static final int ADD = 0;
  private static final int REPLACE = 1;
  private static final int REMOVE = 2;

  private static final String ENT = ScimVocabulary.ENTERPRISE;

  private static final List<String> USER_STRINGS = List.of(
      "displayName", "nickName", "title", "userType", "preferredLanguage", "locale", "timezone",
      "externalId", "profileUrl", "userName");

  private static final List<String> NAME_SUBS = List.of(
      "givenName", "familyName", "middleName", "honorificPrefix", "honorificSuffix", "formatted");

  private static final List<String> ENTERPRISE_STRINGS = List.of(
      "employeeNumber", "costCenter", "organization", "division", "department");

  private static final List<String> ADDRESS_SUBS = List.of(
      "streetAddress", "locality", "region", "postalCode", "country", "formatted", "type");

  /** Names that neither the User nor the Group schema defines, at the top level. */
  private static final List<String> UNKNOWN_ATTRIBUTES = List.of("favoriteColor", "shoeSize", "emailAddress",
      "givenName");

  private final ResourceKind kind;
  private final boolean schema;
  private final UserGenerator users = new UserGenerator();
  private final PathGenerator paths = new PathGenerator();

  private OperationGenerator(ResourceKind kind, boolean schema) {
    this.kind = kind;
    this.schema = schema;
  }

  /**
   * {@return a generator of operations on users, for an engine with {@code ResourceSchemas.user()}}
   */
  public static OperationGenerator users() {
    return new OperationGenerator(ResourceKind.USER, true);
  }

  /**
   * {@return a generator of operations on groups, for an engine with
   * {@code ResourceSchemas.group()}}
   */
  public static OperationGenerator groups() {
    return new OperationGenerator(ResourceKind.GROUP, true);
  }

  /**
   * {@return a generator of operations on resources of the given kind, for an engine with its
   * schema}
   *
   * @param kind the resource type the operations are for
   */
  public static OperationGenerator of(ResourceKind kind) {
    return new OperationGenerator(Objects.requireNonNull(kind, "kind"), true);
  }

  /**
   * {@return a generator like this one for a schema-less engine: {@link #failing} draws only
   * failures that hold without a schema (readOnly common attributes, a filter that matches nothing
   * on replace, two primaries, a dotted key without a path)}
   */
  public OperationGenerator withoutSchema() {
    return new OperationGenerator(kind, false);
  }

  /** {@return the resource type the operations are meant for} */
  public ResourceKind kind() {
    return kind;
  }

  /** {@return whether {@link #failing} may rely on a schema} */
  public boolean assumesSchema() {
    return schema;
  }

  /**
   * {@return an operation: mostly {@linkplain #plausible plausible}, sometimes
   * {@linkplain #unchanging unchanging}, {@linkplain #failing failing} or
   * {@linkplain #malformed malformed}}
   *
   * @param rng the source of randomness
   * @param resource the resource the operation is drawn against, as {@link UserGenerator} or
   *     {@link GroupGenerator} makes it
   */
  public PatchOperation operation(RandomGenerator rng, ScimObject resource) {
    int r = rng.nextInt(100);
    if (r < 72) {
      return plausible(rng, resource);
    } else if (r < 80) {
      return unchanging(rng, resource);
    } else if (r < 92) {
      return failing(rng, resource);
    }
    return malformed(rng, resource);
  }

  /**
   * {@return {@code count} operations from {@link #operation}, each drawn against {@code resource}}
   *
   * @param rng the source of randomness
   * @param resource the resource the operation is drawn against, as {@link UserGenerator} or
   *     {@link GroupGenerator} makes it
   * @param count how many operations to return
   */
  public List<PatchOperation> operations(RandomGenerator rng, ScimObject resource, int count) {
    List<PatchOperation> ops = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ops.add(operation(rng, resource));
    }
    return ops;
  }

  // ------------------------------------------------------------------ plausible

  /**
   * {@return an operation meant to succeed on {@code resource}}
   *
   * @param rng the source of randomness
   * @param resource the resource the operation is drawn against, as {@link UserGenerator} or
   *     {@link GroupGenerator} makes it
   */
  public PatchOperation plausible(RandomGenerator rng, ScimObject resource) {
    return kind == ResourceKind.USER ? plausibleUser(rng, resource) : plausibleGroup(rng, resource);
  }

  private PatchOperation plausibleUser(RandomGenerator rng, ScimObject user) {
    int r = rng.nextInt(100);
    if (r < 16) {
      return userString(rng, user);
    } else if (r < 22) {
      int op = rng.nextInt(3);
      return make(op, corePath(rng, "active"), ScimBoolean.of(rng.nextBoolean()));
    } else if (r < 32) {
      return name(rng, user);
    } else if (r < 52) {
      return multi(rng, user, "emails");
    } else if (r < 60) {
      return multi(rng, user, "phoneNumbers");
    } else if (r < 66) {
      return multi(rng, user, "addresses");
    } else if (r < 82) {
      return enterprise(rng, user);
    } else if (r < 94) {
      return userWithoutPath(rng, user);
    } else if (r < 96) {
      // A client echoing the schemas it sees: accepted when unchanged (U-5).
      ScimNode schemas = user.get("schemas");
      return make(REPLACE, respell(rng, "schemas"), schemas == null ? ScimArray.empty() : schemas);
    }
    return unchanging(rng, user);
  }

  private PatchOperation userString(RandomGenerator rng, ScimObject user) {
    String attr = pick(rng, USER_STRINGS);
    int op = rng.nextInt(5) == 0 ? REMOVE : rng.nextBoolean() ? ADD : REPLACE;
    if (op == REMOVE && attr.equals("userName")) {
      op = REPLACE;
    }
    ScimNode value = ScimString.of(userStringValue(rng, attr));
    if (op == REPLACE && !attr.equals("userName") && rng.nextInt(10) == 0) {
      value = ScimNull.INSTANCE;
    } else if (op == ADD && rng.nextInt(20) == 0) {
      value = ScimNull.INSTANCE;
    }
    return make(op, corePath(rng, attr), value);
  }

  private static String userStringValue(RandomGenerator rng, String attr) {
    return switch (attr) {
      case "displayName" -> pick(rng, ScimVocabulary.DISPLAY_NAMES);
      case "nickName" -> pick(rng, ScimVocabulary.NICK_NAMES);
      case "title" -> pick(rng, ScimVocabulary.TITLES);
      case "userType" -> pick(rng, ScimVocabulary.USER_TYPES);
      case "preferredLanguage" -> pick(rng, ScimVocabulary.LANGUAGES);
      case "locale" -> pick(rng, ScimVocabulary.LOCALES);
      case "timezone" -> pick(rng, ScimVocabulary.TIMEZONES);
      case "externalId" -> ScimVocabulary.uuid(rng);
      case "profileUrl" -> "https://login.example.com/" + pick(rng, ScimVocabulary.NICK_NAMES);
      case "userName" -> pick(rng, ScimVocabulary.USER_NAMES);
      default -> throw new IllegalArgumentException(attr);
    };
  }

  private PatchOperation name(RandomGenerator rng, ScimObject user) {
    int r = rng.nextInt(10);
    if (r < 6) {
      String sub = pick(rng, NAME_SUBS);
      int op = rng.nextInt(5) == 0 ? REMOVE : rng.nextBoolean() ? ADD : REPLACE;
      return make(op, corePath(rng, "name") + "." + respell(rng, sub), ScimString.of(nameValue(rng, sub)));
    } else if (r < 9) {
      int op = rng.nextBoolean() ? ADD : REPLACE;
      ScimObject.Builder b = ScimObject.builder();
      int n = 1 + rng.nextInt(3);
      for (int i = 0; i < n; i++) {
        String sub = pick(rng, NAME_SUBS);
        b.put(respell(rng, sub), op == REPLACE && rng.nextInt(6) == 0 ? ScimNull.INSTANCE
            : ScimString.of(nameValue(rng, sub)));
      }
      return make(op, corePath(rng, "name"), b.build());
    }
    return make(REMOVE, corePath(rng, "name"), null);
  }

  private static String nameValue(RandomGenerator rng, String sub) {
    return switch (sub) {
      case "givenName" -> pick(rng, ScimVocabulary.GIVEN_NAMES);
      case "familyName" -> pick(rng, ScimVocabulary.FAMILY_NAMES);
      case "middleName" -> pick(rng, ScimVocabulary.MIDDLE_NAMES);
      case "honorificPrefix" -> pick(rng, ScimVocabulary.PREFIXES);
      case "honorificSuffix" -> pick(rng, ScimVocabulary.SUFFIXES);
      default -> pick(rng, ScimVocabulary.GIVEN_NAMES) + " " + pick(rng, ScimVocabulary.FAMILY_NAMES);
    };
  }

  /** An operation on emails, phoneNumbers or addresses. */
  private PatchOperation multi(RandomGenerator rng, ScimObject user, String attr) {
    List<ScimObject> existing = objects(user, attr);
    String path = corePath(rng, attr);
    int r = rng.nextInt(100);
    if (r < 22) {
      return make(ADD, path, newElements(rng, attr, existing, 1 + rng.nextInt(2), true));
    } else if (r < 26) {
      return make(ADD, path, newElement(rng, attr, existing, rng.nextInt(4) == 0));
    } else if (r < 34) {
      return make(REPLACE, path, newElements(rng, attr, existing, rng.nextInt(4), true));
    } else if (r < 38) {
      return make(REMOVE, path, null);
    } else if (r < 52) {
      return make(REMOVE, path + "[" + filter(rng, attr, existing) + "]", null);
    } else if (r < 70) {
      String sub = writableSub(rng, attr);
      int op = rng.nextInt(3) == 0 ? ADD : REPLACE;
      return make(op, path + "[" + filter(rng, attr, existing) + "]." + respell(rng, sub), subValue(rng, attr, sub));
    } else if (r < 78) {
      if (!attr.equals("addresses") && !existing.isEmpty()) {
        String value = valueOf(pick(rng, existing));
        if (value != null) {
          return make(REPLACE, path + "[value eq " + quote(value) + "]." + respell(rng, "primary"), ScimBoolean.TRUE);
        }
      }
      return make(REPLACE, path + "[" + filter(rng, attr, existing) + "]", partialElement(rng, attr));
    } else if (r < 86) {
      int op = rng.nextInt(3) == 0 ? ADD : REPLACE;
      return make(op, path + "[" + filter(rng, attr, existing) + "]", partialElement(rng, attr));
    } else if (r < 92) {
      String sub = rng.nextBoolean() ? "display" : writableSub(rng, attr);
      if (attr.equals("addresses") && sub.equals("display")) {
        sub = "formatted";
      }
      return make(REMOVE, path + "[" + filter(rng, attr, existing) + "]." + respell(rng, sub), null);
    } else if (r < 96) {
      String sub = attr.equals("addresses") ? "formatted" : "display";
      int op = rng.nextInt(3);
      return make(op, path + "." + respell(rng, sub), ScimString.of(pick(rng, ScimVocabulary.DISPLAYS)));
    }
    return make(REPLACE, path, ScimArray.of(existing));
  }

  private static String writableSub(RandomGenerator rng, String attr) {
    if (attr.equals("addresses")) {
      return pick(rng, ADDRESS_SUBS);
    }
    return pick(rng, List.of("value", "type", "display", "primary", "primary"));
  }

  private static ScimNode subValue(RandomGenerator rng, String attr, String sub) {
    return switch (sub) {
      case "value" -> ScimString.of(pick(rng, attr.equals("emails") ? ScimVocabulary.EMAILS : ScimVocabulary.PHONES));
      case "type" -> ScimString.of(UserGenerator.typeSpelling(rng,
          pick(rng, attr.equals("phoneNumbers") ? ScimVocabulary.PHONE_TYPES : ScimVocabulary.EMAIL_TYPES)));
      case "primary" -> ScimBoolean.of(rng.nextInt(4) != 0);
      case "display" -> ScimString.of(pick(rng, ScimVocabulary.DISPLAYS));
      case "streetAddress" -> ScimString.of(pick(rng, ScimVocabulary.STREETS));
      case "locality" -> ScimString.of(pick(rng, ScimVocabulary.LOCALITIES));
      case "region" -> ScimString.of(pick(rng, ScimVocabulary.REGIONS));
      case "postalCode" -> ScimString.of(pick(rng, ScimVocabulary.POSTAL_CODES));
      case "country" -> ScimString.of(pick(rng, ScimVocabulary.COUNTRIES));
      default -> ScimString.of(pick(rng, ScimVocabulary.STREETS) + ", " + pick(rng, ScimVocabulary.LOCALITIES));
    };
  }

  /** A value filter on an attribute's values, naming existing values most of the time. */
  private String filter(RandomGenerator rng, String attr, List<ScimObject> existing) {
    ScimObject e = existing.isEmpty() || rng.nextInt(5) == 0 ? null : pick(rng, existing);
    if (attr.equals("addresses")) {
      int r = rng.nextInt(5);
      String type = e != null && e.get("type") instanceof ScimString t ? t.value() : pick(rng,
          ScimVocabulary.EMAIL_TYPES);
      String locality = e != null && e.get("locality") instanceof ScimString l ? l.value()
          : pick(rng, ScimVocabulary.LOCALITIES);
      return switch (r) {
        case 0, 1 -> respell(rng, "type") + " eq " + quote(type);
        case 2 -> "locality eq " + quote(locality);
        case 3 -> "type eq " + quote(type) + " and country pr";
        default -> "not (type eq " + quote(type) + ")";
      };
    }
    String value = e != null ? valueOf(e) : null;
    if (value == null) {
      value = pick(rng, attr.equals("emails") ? ScimVocabulary.EMAILS : ScimVocabulary.PHONES);
    }
    String type = e != null && e.get("type") instanceof ScimString t ? t.value()
        : pick(rng, attr.equals("phoneNumbers") ? ScimVocabulary.PHONE_TYPES : ScimVocabulary.EMAIL_TYPES);
    int r = rng.nextInt(20);
    if (r < 8) {
      return respell(rng, "value") + " eq " + quote(rng.nextInt(5) == 0 ? ScimNames.randomCase(rng, value) : value);
    } else if (r < 13) {
      return respell(rng, "type") + " eq " + quote(type);
    } else if (r < 15) {
      return "type eq " + quote(type) + " and primary eq true";
    } else if (r < 16) {
      return "primary eq true";
    } else if (r < 17) {
      return "value co " + quote(value.length() > 3 ? value.substring(1, value.length() - 1) : value);
    } else if (r < 18) {
      return "value eq " + quote(value) + " or type eq " + quote(type);
    } else if (r < 19) {
      return "not (type eq " + quote(type) + ")";
    }
    return "display pr";
  }

  /** An object merged into selected values: one or two sub-attributes. */
  private static ScimObject partialElement(RandomGenerator rng, String attr) {
    ScimObject.Builder b = ScimObject.builder();
    int n = 1 + rng.nextInt(2);
    for (int i = 0; i < n; i++) {
      String sub = attr.equals("addresses") ? pick(rng, ADDRESS_SUBS) : pick(rng, List.of("type", "display",
          "primary"));
      b.put(sub, subValue(rng, attr, sub));
    }
    return b.build();
  }

  /** Values to add or to replace with: at most one primary, sometimes a copy of an existing value. */
  private ScimArray newElements(RandomGenerator rng, String attr, List<ScimObject> existing, int count,
      boolean primaryAllowed) {
    ScimArray.Builder a = ScimArray.builder();
    int primary = primaryAllowed && rng.nextInt(4) == 0 ? rng.nextInt(Math.max(count, 1)) : -1;
    for (int i = 0; i < count; i++) {
      if (!existing.isEmpty() && rng.nextInt(6) == 0) {
        ScimObject copy = pick(rng, existing);
        a.add(primary == i || !ScimBoolean.TRUE.equals(copy.get("primary")) ? copy : copy.with("primary",
            ScimBoolean.FALSE));
      } else {
        a.add(newElement(rng, attr, existing, i == primary));
      }
    }
    return a.build();
  }

  private static ScimObject newElement(RandomGenerator rng, String attr, List<ScimObject> existing, boolean primary) {
    Boolean p = primary ? Boolean.TRUE : null;
    return switch (attr) {
      case "emails" -> UserGenerator.element(rng, pick(rng, ScimVocabulary.EMAILS), ScimVocabulary.EMAIL_TYPES, p);
      case "phoneNumbers" -> UserGenerator.element(rng, pick(rng, ScimVocabulary.PHONES),
          ScimVocabulary.PHONE_TYPES, p);
      default -> UserGenerator.address(rng, p);
    };
  }

  private PatchOperation enterprise(RandomGenerator rng, ScimObject user) {
    String urn = urn(rng);
    int r = rng.nextInt(100);
    if (r < 45) {
      String attr = pick(rng, ENTERPRISE_STRINGS);
      int op = rng.nextInt(4) == 0 ? REMOVE : rng.nextBoolean() ? ADD : REPLACE;
      String path = rng.nextInt(7) == 0 ? respell(rng, attr) : urn + ":" + respell(rng, attr);
      ScimNode value = op == REPLACE && rng.nextInt(10) == 0 ? ScimNull.INSTANCE
          : ScimString.of(enterpriseValue(rng, attr));
      return make(op, path, value);
    } else if (r < 60) {
      int op = rng.nextInt(4) == 0 ? REMOVE : rng.nextBoolean() ? ADD : REPLACE;
      return make(op, urn + ":" + respell(rng, "manager") + "." + respell(rng, "value"),
          ScimString.of(pick(rng, ScimVocabulary.IDS)));
    } else if (r < 72) {
      int op = rng.nextBoolean() ? ADD : REPLACE;
      ScimObject m = UserGenerator.manager(rng).without("displayName");
      return make(op, urn + ":manager", m);
    } else if (r < 78) {
      return make(REMOVE, urn + ":" + respell(rng, "manager"), null);
    }
    int op = rng.nextBoolean() ? ADD : REPLACE;
    return make(op, null, ScimObject.of(urn, enterpriseObject(rng, op == REPLACE)));
  }

  private ScimObject enterpriseObject(RandomGenerator rng, boolean nulls) {
    ScimObject.Builder b = ScimObject.builder();
    int n = 1 + rng.nextInt(3);
    for (int i = 0; i < n; i++) {
      if (rng.nextInt(5) == 0) {
        b.put("manager", ScimObject.of("value", ScimString.of(pick(rng, ScimVocabulary.IDS))));
        continue;
      }
      String attr = pick(rng, ENTERPRISE_STRINGS);
      b.put(respell(rng, attr), nulls && rng.nextInt(5) == 0 ? ScimNull.INSTANCE
          : ScimString.of(enterpriseValue(rng, attr)));
    }
    return b.build();
  }

  private static String enterpriseValue(RandomGenerator rng, String attr) {
    return switch (attr) {
      case "employeeNumber" -> pick(rng, ScimVocabulary.EMPLOYEE_NUMBERS);
      case "costCenter" -> pick(rng, ScimVocabulary.COST_CENTERS);
      case "organization" -> pick(rng, ScimVocabulary.ORGANIZATIONS);
      case "division" -> pick(rng, ScimVocabulary.DIVISIONS);
      default -> pick(rng, ScimVocabulary.DEPARTMENTS);
    };
  }

  private PatchOperation userWithoutPath(RandomGenerator rng, ScimObject user) {
    int op = rng.nextBoolean() ? ADD : REPLACE;
    ScimObject.Builder b = ScimObject.builder();
    int n = 1 + rng.nextInt(3);
    for (int i = 0; i < n; i++) {
      int r = rng.nextInt(8);
      switch (r) {
        case 0, 1 -> {
          String attr = pick(rng, USER_STRINGS);
          b.put(respell(rng, attr), op == REPLACE && !attr.equals("userName") && rng.nextInt(8) == 0
              ? ScimNull.INSTANCE : ScimString.of(userStringValue(rng, attr)));
        }
        case 2 -> b.put("active", ScimBoolean.of(rng.nextBoolean()));
        case 3 -> b.put(respell(rng, "name"), users.name(rng));
        case 4 -> b.put("emails", newElements(rng, "emails", objects(user, "emails"), 1 + rng.nextInt(2), true));
        case 5 -> b.put("phoneNumbers", newElements(rng, "phoneNumbers", objects(user, "phoneNumbers"), 1, true));
        default -> b.put(urn(rng), enterpriseObject(rng, op == REPLACE));
      }
    }
    return make(op, null, b.build());
  }

  private PatchOperation plausibleGroup(RandomGenerator rng, ScimObject group) {
    List<ScimObject> members = objects(group, "members");
    int r = rng.nextInt(100);
    if (r < 12) {
      int op = rng.nextBoolean() ? ADD : REPLACE;
      return make(op, corePath(rng, "displayName"), ScimString.of(pick(rng, ScimVocabulary.GROUP_NAMES)));
    } else if (r < 18) {
      int op = rng.nextInt(3);
      return make(op, corePath(rng, "externalId"), ScimString.of(ScimVocabulary.uuid(rng)));
    } else if (r < 42) {
      return make(ADD, corePath(rng, "members"), newMembers(rng, members, 1 + rng.nextInt(3)));
    } else if (r < 62) {
      return make(REMOVE, corePath(rng, "members") + "[" + memberFilter(rng, members) + "]", null);
    } else if (r < 66) {
      return make(REMOVE, corePath(rng, "members"), null);
    } else if (r < 74) {
      return make(REPLACE, corePath(rng, "members"), newMembers(rng, members, rng.nextInt(4)));
    } else if (r < 82) {
      String filter = memberFilter(rng, members);
      int op = rng.nextInt(3) == 0 ? ADD : REPLACE;
      if (rng.nextInt(4) == 0) {
        return make(op, "members[" + filter + "].display", ScimString.of(pick(rng, ScimVocabulary.DISPLAYS)));
      }
      ScimObject.Builder v = ScimObject.builder();
      v.put("display", ScimString.of(pick(rng, ScimVocabulary.DISPLAYS)));
      if (rng.nextBoolean()) {
        v.put("type", ScimString.of(rng.nextInt(4) == 0 ? "Group" : "User"));
      }
      return make(op, "members[" + filter + "]", v.build());
    } else if (r < 95) {
      int op = rng.nextBoolean() ? ADD : REPLACE;
      ScimObject.Builder b = ScimObject.builder();
      if (rng.nextBoolean()) {
        b.put(respell(rng, "displayName"), ScimString.of(pick(rng, ScimVocabulary.GROUP_NAMES)));
      }
      if (b.size() == 0 || rng.nextBoolean()) {
        b.put(respell(rng, "members"), newMembers(rng, members, 1 + rng.nextInt(3)));
      }
      return make(op, null, b.build());
    }
    return unchanging(rng, group);
  }

  private static ScimArray newMembers(RandomGenerator rng, List<ScimObject> existing, int count) {
    ScimArray.Builder a = ScimArray.builder();
    for (int i = 0; i < count; i++) {
      if (!existing.isEmpty() && rng.nextInt(4) == 0) {
        ScimObject m = pick(rng, existing);
        a.add(rng.nextBoolean() ? m : ScimObject.of("value", m.get("value") == null ? ScimString.of("x")
            : m.get("value")));
      } else {
        a.add(GroupGenerator.member(rng, pick(rng, ScimVocabulary.IDS)));
      }
    }
    return a.build();
  }

  private static String memberFilter(RandomGenerator rng, List<ScimObject> members) {
    String value = members.isEmpty() || rng.nextInt(5) == 0 ? pick(rng, ScimVocabulary.IDS) : valueOf(pick(rng,
        members));
    if (value == null) {
      value = pick(rng, ScimVocabulary.IDS);
    }
    int r = rng.nextInt(10);
    if (r < 7) {
      return respell(rng, "value") + " eq " + quote(rng.nextInt(6) == 0 ? value.toUpperCase(Locale.ROOT) : value);
    } else if (r < 8) {
      return "value eq " + quote(value) + " or value eq " + quote(pick(rng, ScimVocabulary.IDS));
    } else if (r < 9) {
      return "type eq \"Group\"";
    }
    return "value sw " + quote(value.substring(0, Math.min(4, value.length())));
  }

  // ------------------------------------------------------------------ failing

  /**
   * {@return an operation that fails (a {@code ScimPatchException}) on {@code resource} and on
   * every resource that {@link #plausible} operations lead to from it}
   *
   * @param rng the source of randomness
   * @param resource the resource the operation is drawn against, as {@link UserGenerator} or
   *     {@link GroupGenerator} makes it
   */
  public PatchOperation failing(RandomGenerator rng, ScimObject resource) {
    String id = resource.get("id") instanceof ScimString s ? s.value() : "x";
    int common = 9;
    int r = rng.nextInt(common + (schema ? kind == ResourceKind.USER ? 17 : 6 : 0));
    switch (r) {
      case 0:
        return make(REPLACE, corePath(rng, "id"), ScimString.of(id + "-changed"));
      case 1:
        return make(REMOVE, respell(rng, "id"), null);
      case 2:
        return make(REPLACE, null, ScimObject.of(respell(rng, "id"), ScimString.of(ScimVocabulary.uuid(rng) + "-new")));
      case 3:
        return make(rng.nextBoolean() ? ADD : REPLACE, respell(rng, "meta") + "." + respell(rng, "created"),
            ScimString.of(ScimVocabulary.SENTINEL_DATE_TIME));
      case 4:
        return make(REPLACE, respell(rng, "schemas"),
            ScimArray.of(ScimString.of("urn:example:params:scim:schemas:core:2.0:Sentinel")));
      case 5: {
        // A key that is a path, not a name, without a path (U-4).
        String key = kind == ResourceKind.USER ? "name.givenName" : "members.value";
        return make(rng.nextBoolean() ? ADD : REPLACE, null, ScimObject.of(key, ScimString.of("x")));
      }
      case 6:
        return kind == ResourceKind.USER ? twoPrimaries(rng, "emails") : twoPrimaries(rng, "members");
      case 7:
        return noMatch(rng);
      case 8:
        return make(rng.nextBoolean() ? ADD : REPLACE, "meta", ScimObject.of("version",
            ScimString.of("W/\"" + ScimVocabulary.SENTINEL_STRING + "\"")));
      default:
        break;
    }
    if (kind == ResourceKind.GROUP) {
      return switch (r - common) {
        case 0 -> make(REMOVE, corePath(rng, "displayName"), null);
        case 1 -> make(REPLACE, corePath(rng, "displayName"), rng.nextBoolean() ? ScimNull.INSTANCE
            : ScimNumber.of(42));
        case 2 -> make(rng.nextInt(3), corePath(rng, pick(rng, UNKNOWN_ATTRIBUTES)), ScimString.of("x"));
        case 3 -> make(ADD, "members", ScimArray.of(ScimObject.of("value", ScimNumber.of(rng.nextInt(100)))));
        case 4 -> make(REPLACE, "members", ScimString.of(pick(rng, ScimVocabulary.IDS)));
        default -> make(REPLACE, "members[display eq " + quote(ScimVocabulary.SENTINEL_STRING) + "]",
            ScimObject.of("type", ScimString.of("User")));
      };
    }
    return switch (r - common) {
      case 0 -> make(REMOVE, corePath(rng, "userName"), null);
      case 1 -> make(REPLACE, corePath(rng, "userName"), ScimNull.INSTANCE);
      case 2 -> make(rng.nextBoolean() ? ADD : REPLACE, corePath(rng, "active"),
          pick(rng, List.of(ScimString.of("yes"), ScimString.of("true"), ScimString.of("False"), ScimNumber.of(1))));
      case 3 -> make(rng.nextBoolean() ? ADD : REPLACE, null, ScimObject.of("active", ScimString.of("yes")));
      case 4 -> make(rng.nextBoolean() ? ADD : REPLACE, corePath(rng, "name") + ".givenName", ScimNumber.of(42));
      case 5 -> make(rng.nextInt(3), corePath(rng, pick(rng, UNKNOWN_ATTRIBUTES)), ScimString.of("x"));
      case 6 -> make(rng.nextInt(3), "name." + pick(rng, List.of("nickName", "value", "display")), ScimString.of("x"));
      case 7 -> make(rng.nextInt(3), ENT + ":" + pick(rng, List.of("shoeSize", "userName", "title")),
          ScimString.of("x"));
      case 8 -> make(rng.nextInt(3), "urn:example:params:scim:schemas:extension:acme:2.0:User:badge",
          ScimString.of("x"));
      case 9 -> twoPrimaries(rng, rng.nextBoolean() ? "emails" : "phoneNumbers");
      case 10 -> make(rng.nextBoolean() ? ADD : REPLACE, "groups",
          ScimArray.of(ScimObject.of("value", ScimString.of(pick(rng, ScimVocabulary.IDS)))));
      case 11 -> make(REPLACE, ENT + ":manager.displayName", ScimString.of(ScimVocabulary.SENTINEL_STRING));
      case 12 -> make(rng.nextBoolean() ? ADD : REPLACE, "title[value eq \"x\"]", ScimString.of("y"));
      case 13 -> make(rng.nextInt(3), "emails[label eq \"work\"]", ScimObject.of("display", ScimString.of("x")));
      case 14 -> make(rng.nextBoolean() ? ADD : REPLACE, null, ScimObject.of(urn(rng), ScimString.of("notAnObject")));
      case 15 -> make(rng.nextBoolean() ? ADD : REPLACE, urn(rng) + ":employeeNumber", ScimNumber.of(701984));
      default -> make(rng.nextBoolean() ? ADD : REPLACE, "emails", ScimString.of("bjensen@example.com"));
    };
  }

  /** A replace through a filter that matches nothing: 400 noTarget (R-REP-8). */
  private PatchOperation noMatch(RandomGenerator rng) {
    if (kind == ResourceKind.GROUP) {
      String path = "members[value eq " + quote(ScimVocabulary.SENTINEL_MEMBER) + "]";
      return rng.nextBoolean() ? make(REPLACE, path, ScimObject.of("display", ScimString.of("x")))
          : make(REPLACE, path + ".display", ScimString.of("x"));
    }
    String path = corePath(rng, "emails") + "[value eq " + quote(ScimVocabulary.SENTINEL_EMAIL) + "]";
    int r = rng.nextInt(3);
    if (r == 0) {
      return make(REPLACE, path, ScimObject.of("type", ScimString.of("work")));
    } else if (r == 1) {
      return make(REPLACE, path + ".primary", ScimBoolean.TRUE);
    }
    return make(REPLACE, path + ".value", ScimString.of("x@example.com"));
  }

  /** One operation that sets {@code primary: true} on two values (U-7). */
  private PatchOperation twoPrimaries(RandomGenerator rng, String attr) {
    List<String> pool = attr.equals("members") ? ScimVocabulary.IDS
        : attr.equals("emails") ? ScimVocabulary.EMAILS : ScimVocabulary.PHONES;
    String a = pick(rng, pool);
    String b;
    do {
      b = pick(rng, pool);
    } while (ScimVocabulary.fold(a).equals(ScimVocabulary.fold(b)));
    ScimArray values = ScimArray.of(
        ScimObject.of("value", ScimString.of(a), "primary", ScimBoolean.TRUE),
        ScimObject.of("value", ScimString.of(b), "primary", ScimBoolean.TRUE));
    int op = rng.nextBoolean() ? ADD : REPLACE;
    return rng.nextInt(4) == 0 ? make(op, null, ScimObject.of(attr, values)) : make(op, attr, values);
  }

  // ------------------------------------------------------------------ unchanging

  /**
   * {@return an operation that changes nothing on {@code resource}: an add of a value it has, a
   * replace of a value with itself, a remove of what is not there, an add of {@code null}}
   *
   * @param rng the source of randomness
   * @param resource the resource the operation is drawn against, as {@link UserGenerator} or
   *     {@link GroupGenerator} makes it
   */
  public PatchOperation unchanging(RandomGenerator rng, ScimObject resource) {
    for (int tries = 0; tries < 20; tries++) {
      PatchOperation op = kind == ResourceKind.USER ? unchangingUser(rng, resource) : unchangingGroup(rng, resource);
      if (op != null) {
        return op;
      }
    }
    return make(REPLACE, "id", resource.get("id") == null ? ScimNull.INSTANCE : resource.get("id"));
  }

  private @Nullable PatchOperation unchangingUser(RandomGenerator rng, ScimObject user) {
    int r = rng.nextInt(14);
    switch (r) {
      case 0: {
        String attr = pick(rng, USER_STRINGS);
        ScimNode v = user.get(attr);
        if (v == null) {
          return rng.nextBoolean() ? make(REMOVE, corePath(rng, attr), null) : make(ADD, corePath(rng, attr),
              ScimNull.INSTANCE);
        }
        return make(rng.nextBoolean() ? ADD : REPLACE, corePath(rng, attr), v);
      }
      case 1: {
        ScimNode v = user.get("active");
        return v == null ? make(REMOVE, "active", null) : make(rng.nextBoolean() ? ADD : REPLACE, corePath(rng,
            "active"), v);
      }
      case 2: {
        if (!(user.get("name") instanceof ScimObject name) || name.isEmpty()) {
          return make(REMOVE, corePath(rng, "name") + "." + pick(rng, NAME_SUBS), null);
        }
        if (rng.nextBoolean()) {
          return make(rng.nextBoolean() ? ADD : REPLACE, corePath(rng, "name"), subset(rng, name));
        }
        ScimObject.Member m = pick(rng, name.members());
        return make(rng.nextBoolean() ? ADD : REPLACE, "name." + respell(rng, m.name()), m.value());
      }
      case 3, 4, 5: {
        String attr = pick(rng, List.of("emails", "emails", "phoneNumbers", "addresses"));
        return unchangingMulti(rng, user, attr);
      }
      case 6: {
        String attr = pick(rng, ENTERPRISE_STRINGS);
        ScimNode v = user.get(ENT) instanceof ScimObject ext ? ext.get(attr) : null;
        return v == null ? make(REMOVE, urn(rng) + ":" + attr, null) : make(rng.nextBoolean() ? ADD : REPLACE,
            urn(rng) + ":" + attr, v);
      }
      case 7: {
        ScimNode m = user.get(ENT) instanceof ScimObject ext ? ext.get("manager") : null;
        if (m instanceof ScimObject manager) {
          return rng.nextBoolean() ? make(REPLACE, urn(rng) + ":manager", subset(rng, manager))
              : make(ADD, null, ScimObject.of(urn(rng), ScimObject.of("manager", subset(rng, manager))));
        }
        return make(REMOVE, urn(rng) + ":manager.value", null);
      }
      case 8:
        return unchangingReadOnly(rng, user);
      case 9: {
        ScimObject.Builder b = ScimObject.builder();
        for (String attr : List.of("displayName", "title", "userName", "active", "name", "emails")) {
          ScimNode v = user.get(attr);
          if (v != null && rng.nextBoolean()) {
            b.put(respell(rng, attr), attr.equals("name") && v instanceof ScimObject o ? subset(rng, o) : v);
          }
        }
        return b.size() == 0 ? null : make(rng.nextBoolean() ? ADD : REPLACE, null, b.build());
      }
      case 10:
        return make(REMOVE, "emails[value eq " + quote(ScimVocabulary.SENTINEL_EMAIL) + "]", null);
      case 11:
        return make(ADD, corePath(rng, pick(rng, List.of("title", "emails", "name", "nickName"))), ScimNull.INSTANCE);
      default:
        return unchangingMulti(rng, user, "emails");
    }
  }

  private @Nullable PatchOperation unchangingMulti(RandomGenerator rng, ScimObject user, String attr) {
    ScimNode current = user.get(attr);
    if (current != null && !(current instanceof ScimArray)) {
      return null; // not multi-valued here (a schema-less resource may hold an object)
    }
    List<ScimObject> values = objects(user, attr);
    if (values.isEmpty()) {
      return rng.nextBoolean() ? make(REMOVE, corePath(rng, attr), null)
          : make(REMOVE, corePath(rng, attr) + "[type eq \"work\"]", null);
    }
    ScimObject e = pick(rng, values);
    int r = rng.nextInt(5);
    if (r == 0) {
      return make(REPLACE, corePath(rng, attr), ScimArray.of(values));
    } else if (r == 1 && !attr.equals("addresses")) {
      // Replace one sub-attribute of the values a value filter selects with the value they all have.
      String value = valueOf(e);
      String sub = pick(rng, List.of("type", "display", "primary", "value"));
      if (value == null) {
        return null;
      }
      ScimNode common = common(values, value, sub);
      return common == null ? null : make(REPLACE, attr + "[value eq " + quote(value) + "]." + sub, common);
    }
    ScimObject given = r == 2 ? e : subset(rng, e);
    if (rng.nextInt(3) == 0 && valueOf(given) != null) {
      given = given.with("value", ScimString.of(ScimNames.randomCase(rng, valueOf(given))));
    }
    return rng.nextInt(4) == 0 ? make(ADD, null, ScimObject.of(attr, ScimArray.of(given)))
        : make(ADD, corePath(rng, attr), rng.nextBoolean() ? given : ScimArray.of(given));
  }

  private @Nullable PatchOperation unchangingReadOnly(RandomGenerator rng, ScimObject resource) {
    int r = rng.nextInt(4);
    String attr = r == 0 ? "id" : r == 1 ? "meta" : r == 2 ? "schemas" : "externalId";
    ScimNode v = resource.get(attr);
    if (v == null) {
      return make(REMOVE, attr, null);
    }
    if (attr.equals("meta") && v instanceof ScimObject meta && !meta.isEmpty() && rng.nextBoolean()) {
      ScimObject.Member m = pick(rng, meta.members());
      return make(REPLACE, "meta." + m.name(), m.value());
    }
    return make(attr.equals("schemas") ? REPLACE : rng.nextBoolean() ? ADD : REPLACE, respell(rng, attr), v);
  }

  private @Nullable PatchOperation unchangingGroup(RandomGenerator rng, ScimObject group) {
    List<ScimObject> members = objects(group, "members");
    int r = rng.nextInt(8);
    switch (r) {
      case 0: {
        ScimNode v = group.get("displayName");
        return v == null ? null : make(rng.nextBoolean() ? ADD : REPLACE, corePath(rng, "displayName"), v);
      }
      case 1, 2: {
        if (members.isEmpty()) {
          return make(REMOVE, "members[value eq " + quote(pick(rng, ScimVocabulary.IDS)) + "]", null);
        }
        ScimObject m = pick(rng, members);
        ScimObject given = rng.nextBoolean() ? m : subset(rng, m);
        if (rng.nextInt(3) == 0 && valueOf(given) != null) {
          given = given.with("value", ScimString.of(ScimNames.randomCase(rng, valueOf(given))));
        }
        return rng.nextInt(4) == 0 ? make(ADD, null, ScimObject.of("members", ScimArray.of(given)))
            : make(ADD, corePath(rng, "members"), ScimArray.of(given));
      }
      case 3:
        return make(REMOVE, "members[value eq " + quote(ScimVocabulary.SENTINEL_MEMBER) + "]", null);
      case 4:
        return members.isEmpty() ? make(REMOVE, "members", null) : make(REPLACE, "members", ScimArray.of(members));
      case 5: {
        if (members.isEmpty()) {
          return null;
        }
        String value = valueOf(pick(rng, members));
        ScimNode type = value == null ? null : common(members, value, "type");
        return type == null ? null : make(REPLACE, "members[value eq " + quote(value) + "].type", type);
      }
      case 6:
        return unchangingReadOnly(rng, group);
      default: {
        ScimObject.Builder b = ScimObject.builder();
        b.put("displayName", group.get("displayName") == null ? ScimNull.INSTANCE : group.get("displayName"));
        if (!members.isEmpty() && rng.nextBoolean()) {
          b.put("members", ScimArray.of(pick(rng, members)));
        }
        return make(ADD, null, b.build());
      }
    }
  }

  // ------------------------------------------------------------------ primary

  /**
   * {@return an add or replace that sets {@code primary: true} on one value or on two, at any
   * attribute the resource has (simple, complex or multi-valued) or a multi-valued one it may lack,
   * through the whole attribute, a value filter, or the {@code primary} sub-attribute of every
   * value} After it, at most one value of each multi-valued attribute may be primary (R-GEN-6): the
   * engine demotes the others or refuses the operation (U-7).
   *
   * @param rng the source of randomness
   * @param resource the resource the operation is drawn against, as {@link UserGenerator} or
   *     {@link GroupGenerator} makes it
   */
  public PatchOperation primaryWrite(RandomGenerator rng, ScimObject resource) {
    List<String> names = new ArrayList<>(resource.names());
    names.removeIf(n -> !n.matches("[A-Za-z][A-Za-z0-9_-]*"));
    names.addAll(kind == ResourceKind.USER ? List.of("emails", "phoneNumbers", "addresses", "ims")
        : List.of("members"));
    String attr = pick(rng, names);
    int op = rng.nextBoolean() ? ADD : REPLACE;
    int r = rng.nextInt(10);
    if (r < 5) {
      int n = 1 + rng.nextInt(3);
      int primaries = 1 + rng.nextInt(2);
      ScimArray.Builder a = ScimArray.builder();
      for (int i = 0; i < n; i++) {
        ScimObject.Builder e = ScimObject.builder()
            .put("value", ScimString.of(pick(rng, kind == ResourceKind.USER ? ScimVocabulary.EMAILS
                : ScimVocabulary.IDS)));
        if (i < primaries) {
          e.put(respell(rng, "primary"), ScimBoolean.TRUE);
        }
        a.add(e.build());
      }
      return rng.nextInt(4) == 0 ? make(op, null, ScimObject.of(attr, a.build())) : make(op, attr, a.build());
    } else if (r < 7) {
      return make(op, attr, ScimObject.of("value", ScimString.of("x"), "primary", ScimBoolean.TRUE));
    } else if (r < 9) {
      List<ScimObject> values = objects(resource, attr);
      String filter = values.isEmpty() || rng.nextBoolean() ? "type eq \"work\""
          : "value eq " + quote(String.valueOf(valueOf(pick(rng, values))));
      return rng.nextBoolean() ? make(op, attr + "[" + filter + "].primary", ScimBoolean.TRUE)
          : make(op, attr + "[" + filter + "]", ScimObject.of("primary", ScimBoolean.TRUE));
    }
    return make(op, attr + ".primary", ScimBoolean.TRUE);
  }

  // ------------------------------------------------------------------ unfiltered adds

  /**
   * {@return an add without a value filter and without a path to a sub-attribute of a multi-valued
   * attribute: of a simple or complex attribute, of values of a multi-valued one, of extension
   * attributes, or of an object of attributes without a path} A value has {@code primary: true}
   * only when {@code primary} is true.
   *
   * @param rng the source of randomness
   * @param resource the resource the operation is drawn against, as {@link UserGenerator} or
   *     {@link GroupGenerator} makes it
   * @param primary whether a value may have {@code primary: true}
   */
  public PatchOperation unfilteredAdd(RandomGenerator rng, ScimObject resource, boolean primary) {
    if (kind == ResourceKind.GROUP) {
      int r = rng.nextInt(10);
      if (r < 2) {
        return make(ADD, corePath(rng, "displayName"), ScimString.of(pick(rng, ScimVocabulary.GROUP_NAMES)));
      } else if (r < 3) {
        return make(ADD, corePath(rng, "externalId"), ScimString.of(ScimVocabulary.uuid(rng)));
      } else if (r < 8) {
        return make(ADD, corePath(rng, "members"), newMembers(rng, objects(resource, "members"), 1 + rng.nextInt(3)));
      }
      ScimObject.Builder b = ScimObject.builder().put("members", newMembers(rng, objects(resource, "members"),
          1 + rng.nextInt(2)));
      if (rng.nextBoolean()) {
        b.put("displayName", ScimString.of(pick(rng, ScimVocabulary.GROUP_NAMES)));
      }
      return make(ADD, null, b.build());
    }
    int r = rng.nextInt(14);
    switch (r) {
      case 0, 1: {
        String attr = pick(rng, USER_STRINGS);
        return make(ADD, corePath(rng, attr), rng.nextInt(15) == 0 ? ScimNull.INSTANCE
            : ScimString.of(userStringValue(rng, attr)));
      }
      case 2:
        return make(ADD, corePath(rng, "active"), ScimBoolean.of(rng.nextBoolean()));
      case 3: {
        String sub = pick(rng, NAME_SUBS);
        return make(ADD, corePath(rng, "name") + "." + sub, ScimString.of(nameValue(rng, sub)));
      }
      case 4:
        return make(ADD, corePath(rng, "name"), users.name(rng));
      case 5, 6, 7: {
        String attr = pick(rng, List.of("emails", "emails", "phoneNumbers", "addresses"));
        return make(ADD, corePath(rng, attr), newElements(rng, attr, objects(resource, attr), 1 + rng.nextInt(2),
            primary));
      }
      case 8, 9: {
        String attr = pick(rng, ENTERPRISE_STRINGS);
        return make(ADD, urn(rng) + ":" + attr, ScimString.of(enterpriseValue(rng, attr)));
      }
      case 10:
        return rng.nextBoolean() ? make(ADD, urn(rng) + ":manager.value", ScimString.of(pick(rng, ScimVocabulary.IDS)))
            : make(ADD, urn(rng) + ":manager", ScimObject.of("value", ScimString.of(pick(rng, ScimVocabulary.IDS))));
      case 11:
        return make(ADD, null, ScimObject.of(urn(rng), enterpriseObject(rng, false)));
      default: {
        ScimObject.Builder b = ScimObject.builder();
        b.put(respell(rng, "title"), ScimString.of(pick(rng, ScimVocabulary.TITLES)));
        if (rng.nextBoolean()) {
          b.put("emails", newElements(rng, "emails", objects(resource, "emails"), 1, primary));
        }
        if (rng.nextBoolean()) {
          b.put(ENT, enterpriseObject(rng, false));
        }
        return make(ADD, null, b.build());
      }
    }
  }

  // ------------------------------------------------------------------ malformed

  /**
   * {@return an operation of any shape: a random or mutated path, a value of any JSON type and
   * depth, keys that are not attribute names, or a plausible operation with such a value}
   *
   * @param rng the source of randomness
   * @param resource the resource the operation is drawn against, as {@link UserGenerator} or
   *     {@link GroupGenerator} makes it
   */
  public PatchOperation malformed(RandomGenerator rng, ScimObject resource) {
    int r = rng.nextInt(100);
    int op = rng.nextInt(3);
    if (r < 30) {
      return makeAt(op, paths.path(rng), junk(rng, 3));
    } else if (r < 55) {
      PatchOperation base = plausible(rng, resource);
      String text = base.path() == null ? pick(rng, List.of("emails", "name.givenName", "members"))
          : base.path().toString();
      Path path;
      try {
        path = Path.parse(StringMutator.mutate(rng, text));
      } catch (ScimPatchException e) {
        path = paths.path(rng);
      }
      return makeAt(op, path, rng.nextBoolean() && base instanceof PatchOperation.Add a ? a.value() : junk(rng, 3));
    } else if (r < 80) {
      PatchOperation base = plausible(rng, resource);
      if (base.path() == null || op != REMOVE) {
        return makeAt(op == REMOVE ? ADD : op, base.path(), junk(rng, 3));
      }
      return base;
    }
    ScimObject.Builder b = ScimObject.builder();
    int n = 1 + rng.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.put(junkKey(rng), junk(rng, 3));
    }
    return makeAt(rng.nextBoolean() ? ADD : REPLACE, null, b.build());
  }

  private String junkKey(RandomGenerator rng) {
    int r = rng.nextInt(10);
    if (r < 4) {
      return respell(rng, pick(rng, List.of("emails", "name", "members", "displayName", "active", "id", "meta",
          "schemas", "groups", "userName", "phoneNumbers", "addresses", "title", "primary", "value")));
    } else if (r < 6) {
      return rng.nextBoolean() ? ScimNames.randomCase(rng, ENT) : ScimNames.knownUrn(rng);
    } else if (r < 7) {
      return ScimNames.randomUrn(rng);
    } else if (r < 8) {
      return pick(rng, List.of("name.givenName", "emails[type eq \"work\"]", "", " ", "$ref", ENT + ":employeeNumber"));
    }
    return ScimNames.randomAttributeName(rng, 12);
  }

  /** A member name inside a value: mostly a sub-attribute name, sometimes not an ATTRNAME at all. */
  private static String junkMemberName(RandomGenerator rng) {
    int r = rng.nextInt(12);
    if (r < 7) {
      return pick(rng, List.of("value", "type", "primary", "display", "$ref", "givenName", "VALUE", "Primary",
          "employeeNumber", "manager"));
    } else if (r < 9) {
      return ScimNames.randomAttributeName(rng, 8);
    }
    return pick(rng, List.of(ENT, "a.b", "x:y", "", " ", "name.givenName", "$REF", "1st", "emails[type eq \"work\"]"));
  }

  /** A JSON value of any type, nested up to {@code depth} levels. */
  private static ScimNode junk(RandomGenerator rng, int depth) {
    int r = rng.nextInt(depth <= 0 ? 6 : 10);
    switch (r) {
      case 0, 1:
        return ScimValues.scalar(rng);
      case 2:
        return ScimString.of(pick(rng, List.of("yes", "True", "false", "", "bjensen@example.com",
            "2024-02-30T00:00:00Z",
            "2024-01-01T00:00:00Z", "QUJD", "not base64!", ScimVocabulary.SENTINEL_STRING)));
      case 3:
        return ScimString.of(ScimValues.hostileString(rng));
      case 4:
        return ScimNull.INSTANCE;
      case 5:
        return rng.nextBoolean() ? ScimArray.empty() : ScimObject.empty();
      case 6, 7: {
        if (rng.nextInt(8) == 0) {
          // Two primaries in one value (U-7).
          return ScimArray.of(
              ScimObject.of("value", ScimString.of(pick(rng, ScimVocabulary.EMAILS)), "primary", ScimBoolean.TRUE),
              ScimObject.of("value", ScimString.of(pick(rng, ScimVocabulary.PHONES)), "primary", ScimBoolean.TRUE));
        }
        ScimArray.Builder a = ScimArray.builder();
        int n = rng.nextInt(4);
        ScimNode previous = null;
        for (int i = 0; i < n; i++) {
          // Now and then the same value twice, so that duplicate checks compare every member.
          ScimNode e = previous != null && rng.nextInt(3) == 0 ? previous : junk(rng, depth - 1);
          a.add(e);
          previous = e;
        }
        return a.build();
      }
      default: {
        ScimObject.Builder b = ScimObject.builder();
        int n = rng.nextInt(4);
        for (int i = 0; i < n; i++) {
          b.put(junkMemberName(rng), junk(rng, depth - 1));
        }
        return b.build();
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static PatchOperation make(int op, @Nullable String path, @Nullable ScimNode value) {
    return makeAt(op, path == null ? null : parse(path), value);
  }

  /** Parsed paths by text: generated paths repeat a lot, and parsing them is most of the cost. */
  private static final ConcurrentHashMap<String, Path> PATHS = new ConcurrentHashMap<>();

  private static Path parse(String path) {
    Path p = PATHS.get(path);
    if (p == null) {
      p = Path.parse(path);
      if (PATHS.size() < 20_000) {
        PATHS.put(path, p);
      }
    }
    return p;
  }

  /** An operation; a remove without a path becomes a replace, a missing value {@code null}. */
  private static PatchOperation makeAt(int op, @Nullable Path path, @Nullable ScimNode value) {
    if (op == REMOVE && path != null) {
      return new PatchOperation.Remove(path);
    }
    ScimNode v = value == null ? ScimNull.INSTANCE : value;
    return op == ADD ? new PatchOperation.Add(path, v) : new PatchOperation.Replace(path, v);
  }

  /** A core attribute's path: now and then re-spelled, now and then qualified with the core URN. */
  private String corePath(RandomGenerator rng, String attr) {
    String name = respell(rng, attr);
    if (rng.nextInt(10) == 0) {
      String core = kind == ResourceKind.USER ? ScimVocabulary.CORE_USER : ScimVocabulary.CORE_GROUP;
      return (rng.nextInt(3) == 0 ? ScimNames.randomCase(rng, core) : core) + ":" + name;
    }
    return name;
  }

  /** The enterprise URN, now and then in another ASCII case (R-PATH-7, R-EXT-6). */
  private static String urn(RandomGenerator rng) {
    return rng.nextInt(8) == 0 ? ScimNames.randomCase(rng, ENT) : ENT;
  }

  /** A name as written, mostly; now and then in another ASCII case (R-PATH-7). */
  private static String respell(RandomGenerator rng, String name) {
    return rng.nextInt(10) == 0 ? ScimNames.randomCase(rng, name) : name;
  }

  /** A non-empty subset of an object's members (the object itself if it is empty). */
  private static ScimObject subset(RandomGenerator rng, ScimObject o) {
    if (o.isEmpty()) {
      return o;
    }
    ScimObject.Builder b = ScimObject.builder();
    for (ScimObject.Member m : o.members()) {
      if (rng.nextBoolean()) {
        b.put(m.name(), m.value());
      }
    }
    if (b.size() == 0) {
      ScimObject.Member m = pick(rng, o.members());
      b.put(m.name(), m.value());
    }
    return b.build();
  }

  /** The values of a multi-valued attribute that are objects. */
  private static List<ScimObject> objects(ScimObject resource, String attr) {
    List<ScimObject> out = new ArrayList<>();
    for (ScimNode n : UserGenerator.values(resource, attr)) {
      if (n instanceof ScimObject o) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * The value of {@code sub} that every element whose {@code value} matches {@code value}
   * ignoring case has, or {@code null} if one lacks it or two differ.
   */
  private static @Nullable ScimNode common(List<ScimObject> values, String value, String sub) {
    ScimNode common = null;
    for (ScimObject x : values) {
      String xv = valueOf(x);
      if (xv != null && ScimVocabulary.fold(xv).equals(ScimVocabulary.fold(value))) {
        ScimNode s = x.get(sub);
        if (s == null || (common != null && !common.equals(s))) {
          return null;
        }
        common = s;
      }
    }
    return common;
  }

  private static @Nullable String valueOf(ScimObject element) {
    return element.get("value") instanceof ScimString s ? s.value() : null;
  }
}

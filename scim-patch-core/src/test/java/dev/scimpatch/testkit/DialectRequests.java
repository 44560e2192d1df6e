package dev.scimpatch.testkit;

import dev.scimpatch.Profile;
import dev.scimpatch.Semantics;
import dev.scimpatch.Tolerance;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Generates vendor-dialect PATCH requests: schema-valid User and Group resources, PatchOp messages
 * an RFC 7644 client would send for them, and the same messages disguised with the quirks a
 * {@link Profile} tolerates, as Entra, Adra, GitHub, Salesforce and the other clients of the
 * vendor-quirk catalogue send them: op names in any case ({@code "Replace"}), booleans as strings
 * ({@code "True"}), member names in any case ({@code "operations"}), no {@code schemas}, one-element
 * arrays for single values, values wrapped in an object named after their attribute, removes that
 * name the values to remove, attribute paths as the keys of a value without a path, and more.
 *
 * <pre>{@code
 * ScimObject user = DialectRequests.user(rng, false);
 * DialectRequests.Request r = DialectRequests.request(rng, user, Profile.named("entra"));
 * ScimObject sent = r.dialect().toJson(); // what the client sends
 * ScimObject meant = r.rfc().toJson();    // what it means, in RFC 7644 form
 * }</pre>
 *
 * <p>Which quirks a profile tolerates is read from its switches, not from its name, so a profile
 * of one's own gets the dialect it tolerates. A disguise never changes what a message means under
 * the profile: the operations the profile reads from the disguised message do, applied under
 * {@link Profile#strict()}, what the RFC message does under strict, except where the profile's own
 * emulation refuses both alike. Under {@link Profile#strict()} the envelope and the op names stay as RFC 7644 spells
 * them; only what strict itself accepts may change (a single value for a multi-valued attribute).
 *
 * <p>Static methods only; all randomness comes from the {@link RandomGenerator} passed in.
 */
public final class DialectRequests {

  /** The PatchOp message schema URN, {@value}. */
  public static final String PATCH_OP = PatchRequest.SCHEMA;

  /** The core User schema URN, {@value}. */
  public static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";

  /** The enterprise User extension URN, {@value}. */
  public static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** The core Group schema URN, {@value}. */
  public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

  private static final List<String> GIVEN = List.of("Barbara", "Mona", "Kkom", "Jane", "Sam", "Émilie", "Ĳsbrand");
  private static final List<String> FAMILY = List.of("Jensen", "Octocat", "Unua", "Doe", "Seller", "Łukasiewicz");
  private static final List<String> STRING_ATTRIBUTES = List.of("displayName", "nickName", "title", "userType", "locale",
      "timezone", "preferredLanguage", "externalId", "userName");
  private static final List<String> EMAIL_TYPES = List.of("work", "home", "other");
  private static final List<String> PHONE_TYPES = List.of("work", "mobile", "home");

  private DialectRequests() {}

  /** What an operation addresses, which decides the value shapes a quirk may take. */
  public enum Kind {
    /** A single-valued simple attribute or a sub-attribute (also through a filter). */
    SIMPLE,
    /** A single-valued complex attribute. */
    COMPLEX,
    /** A multi-valued attribute, unfiltered. */
    MULTI,
    /** The values a filter selects. */
    ELEMENT,
    /** An add or replace without a path. */
    NO_PATH,
    /** A remove. */
    REMOVE
  }

  /**
   * One operation of a message.
   *
   * @param op the op as sent
   * @param path the path, or null
   * @param value the value, or null
   * @param kind what it addresses
   * @param attribute the attribute (for S1, T10, T14), or null
   * @param eqTerms for a remove whose filter is eq terms joined by and: the terms; otherwise empty
   * @param enveloped whether the value is wrapped in an object named after the attribute (T10)
   */
  public record Op(String op, @Nullable String path, @Nullable ScimNode value, Kind kind, @Nullable String attribute,
      List<Map.Entry<String, ScimNode>> eqTerms, boolean enveloped) {
    /**
     * An operation whose value is not wrapped in an envelope.
     *
     * @param op the op as sent
     * @param path the path, or null
     * @param value the value, or null
     * @param kind what it addresses
     * @param attribute the attribute (for S1, T10, T14), or null
     * @param eqTerms for a remove whose filter is eq terms joined by and: the terms; otherwise empty
     */
    public Op(String op, @Nullable String path, @Nullable ScimNode value, Kind kind, @Nullable String attribute,
        List<Map.Entry<String, ScimNode>> eqTerms) {
      this(op, path, value, kind, attribute, eqTerms, false);
    }

    /**
     * {@return this operation with another op name}
     *
     * @param newOp the op as sent
     */
    public Op withOp(String newOp) {
      return new Op(newOp, path, value, kind, attribute, eqTerms, enveloped);
    }

    /**
     * {@return this operation with another path}
     *
     * @param newPath the path, or null
     */
    public Op withPath(@Nullable String newPath) {
      return new Op(op, newPath, value, kind, attribute, eqTerms, enveloped);
    }

    /**
     * {@return this operation with another value}
     *
     * @param newValue the value, or null
     */
    public Op withValue(@Nullable ScimNode newValue) {
      return new Op(op, path, newValue, kind, attribute, eqTerms, enveloped);
    }

    /** {@return this operation marked as having its value wrapped in an object named after its attribute} */
    public Op withEnvelope() {
      return new Op(op, path, value, kind, attribute, eqTerms, true);
    }

    /**
     * {@return the operation as a JSON object, with the member names given}
     *
     * @param opName the name of the op member, {@code op} in RFC 7644
     * @param pathName the name of the path member, {@code path} in RFC 7644
     * @param valueName the name of the value member, {@code value} in RFC 7644
     */
    public ScimObject toJson(String opName, String pathName, String valueName) {
      ScimObject.Builder b = ScimObject.builder().put(opName, ScimString.of(op));
      if (path != null) {
        b.put(pathName, ScimString.of(path));
      }
      if (value != null) {
        b.put(valueName, value);
      }
      return b.build();
    }
  }

  /**
   * {@return an operation that is not a remove by eq terms and whose value has no envelope}
   *
   * @param op the op as sent
   * @param path the path, or null
   * @param value the value, or null
   * @param kind what it addresses
   * @param attribute the attribute (for S1, T10, T14), or null
   */
  public static Op op(String op, @Nullable String path, @Nullable ScimNode value, Kind kind, @Nullable String attribute) {
    return new Op(op, path, value, kind, attribute, List.of());
  }

  /**
   * A message: its operations and how its envelope is spelled.
   *
   * @param ops the operations
   * @param schemas whether the message has {@code schemas} (with {@link #PATCH_OP})
   * @param operationsName the name of the operations member, {@code Operations} in RFC 7644
   * @param opName the name of each operation's op member
   * @param pathName the name of each operation's path member
   * @param valueName the name of each operation's value member
   */
  public record Message(List<Op> ops, boolean schemas, String operationsName, String opName, String pathName,
      String valueName) {
    /**
     * {@return a message of these operations spelled as RFC 7644 spells it}
     *
     * @param ops the operations
     */
    public static Message of(List<Op> ops) {
      return new Message(ops, true, "Operations", "op", "path", "value");
    }

    /** {@return the message as a JSON object: the body of a PATCH request} */
    public ScimObject toJson() {
      ScimArray.Builder a = ScimArray.builder();
      for (Op o : ops) {
        a.add(o.toJson(opName, pathName, valueName));
      }
      ScimObject.Builder b = ScimObject.builder();
      if (schemas) {
        b.put("schemas", ScimArray.of(ScimString.of(PATCH_OP)));
      }
      return b.put(operationsName, a.build()).build();
    }
  }

  // ------------------------------------------------------------------ resources

  /**
   * {@return a User valid for {@code ResourceSchemas.user()}, with the enterprise extension now and
   * then, with {@code meta}, and with {@code groups} now and then}
   *
   * @param rng the source of randomness
   * @param withGroups whether the user surely has {@code groups} (which are readOnly)
   */
  public static ScimObject user(RandomGenerator rng, boolean withGroups) {
    String id = uuid(rng);
    boolean enterprise = rng.nextInt(5) < 2;
    ScimObject.Builder b = ScimObject.builder();
    b.put("schemas", enterprise ? ScimArray.of(ScimString.of(CORE), ScimString.of(ENTERPRISE)) : ScimArray.of(ScimString.of(CORE)));
    b.put("id", ScimString.of(id));
    if (rng.nextInt(5) < 2) {
      b.put("externalId", ScimString.of("ext-" + rng.nextInt(10_000)));
    }
    b.put("meta", meta(rng, "User", id));
    b.put("userName", ScimString.of("user" + rng.nextInt(100_000) + "@example.com"));
    if (rng.nextInt(10) < 7) {
      ScimObject.Builder name = ScimObject.builder().put("givenName", ScimString.of(pick(rng, GIVEN)))
          .put("familyName", ScimString.of(pick(rng, FAMILY)));
      if (rng.nextInt(4) == 0) {
        name.put("middleName", ScimString.of("Q"));
      }
      b.put("name", name.build());
    }
    for (String attribute : List.of("displayName", "nickName", "title", "locale", "timezone")) {
      if (rng.nextInt(5) < 2) {
        b.put(attribute, ScimString.of(word(rng)));
      }
    }
    if (rng.nextInt(10) < 7) {
      b.put("active", ScimBoolean.of(rng.nextBoolean()));
    }
    int emails = rng.nextInt(3);
    if (emails > 0) {
      b.put("emails", typed(rng, emails, EMAIL_TYPES, "@example.com"));
    }
    int phones = rng.nextInt(3);
    if (phones > 0) {
      b.put("phoneNumbers", typed(rng, phones, PHONE_TYPES, ""));
    }
    if (rng.nextInt(4) == 0) {
      b.put("roles", ScimArray.of(ScimObject.of("value", ScimString.of("role-" + rng.nextInt(10)), "display", ScimString.of("Role"))));
    }
    int groups = withGroups ? 1 + rng.nextInt(2) : rng.nextInt(3);
    if (groups > 0) {
      ScimArray.Builder g = ScimArray.builder();
      for (int i = 0; i < groups; i++) {
        String gid = uuid(rng);
        g.add(ScimObject.builder().put("value", ScimString.of(gid))
            .put("$ref", ScimString.of("https://example.com/v2/Groups/" + gid))
            .put("display", ScimString.of("Group " + i)).put("type", ScimString.of("direct")).build());
      }
      b.put("groups", g.build());
    }
    if (enterprise) {
      ScimObject.Builder ext = ScimObject.builder().put("employeeNumber", ScimString.of(String.valueOf(rng.nextInt(100_000))));
      if (rng.nextBoolean()) {
        ext.put("department", ScimString.of(word(rng)));
      }
      if (rng.nextBoolean()) {
        ext.put("manager", ScimObject.of("value", ScimString.of(uuid(rng)), "displayName", ScimString.of("John Smith")));
      }
      b.put(ENTERPRISE, ext.build());
    }
    return b.build();
  }

  /**
   * {@return a Group valid for {@code ResourceSchemas.group()}, with up to four members}
   *
   * @param rng the source of randomness
   */
  public static ScimObject group(RandomGenerator rng) {
    String id = uuid(rng);
    ScimObject.Builder b = ScimObject.builder()
        .put("schemas", ScimArray.of(ScimString.of(GROUP)))
        .put("id", ScimString.of(id))
        .put("displayName", ScimString.of("Team " + word(rng)));
    int n = rng.nextInt(5);
    if (n > 0) {
      ScimArray.Builder members = ScimArray.builder();
      for (int i = 0; i < n; i++) {
        members.add(member(rng));
      }
      b.put("members", members.build());
    }
    return b.put("meta", meta(rng, "Group", id)).build();
  }

  private static ScimObject member(RandomGenerator rng) {
    ScimObject.Builder m = ScimObject.builder().put("value", ScimString.of(uuid(rng)));
    if (rng.nextBoolean()) {
      m.put("display", ScimString.of(pick(rng, GIVEN)));
    }
    return m.build();
  }

  private static ScimObject meta(RandomGenerator rng, String type, String id) {
    return ScimObject.builder().put("resourceType", ScimString.of(type))
        .put("created", ScimString.of(dateTime(rng)))
        .put("lastModified", ScimString.of(dateTime(rng)))
        .put("version", ScimString.of("W/\"" + rng.nextInt(1000) + "\""))
        .put("location", ScimString.of("https://example.com/v2/" + type + "s/" + id)).build();
  }

  private static ScimArray typed(RandomGenerator rng, int n, List<String> types, String suffix) {
    List<String> shuffled = new ArrayList<>(types);
    java.util.Collections.shuffle(shuffled, new java.util.Random(rng.nextLong()));
    int primary = rng.nextBoolean() ? rng.nextInt(n) : -1;
    ScimArray.Builder a = ScimArray.builder();
    for (int i = 0; i < n; i++) {
      ScimObject.Builder e = ScimObject.builder().put("value", ScimString.of(word(rng) + suffix)).put("type", ScimString.of(shuffled.get(i)));
      if (i == primary) {
        e.put("primary", ScimBoolean.TRUE);
      }
      a.add(e.build());
    }
    return a.build();
  }

  // ------------------------------------------------------------------ RFC 7644 requests

  /**
   * A request in a profile's dialect, with the RFC 7644 request it means.
   *
   * @param rfc the request as an RFC 7644 client sends it
   * @param dialect the same request as a client with the quirks the profile tolerates may send it
   */
  public record Request(Message rfc, Message dialect) {}

  /**
   * {@return a message of one to four operations an RFC 7644 client could send for
   * {@code resource}, and the same message in the dialect {@code profile} tolerates}
   *
   * @param rng the source of randomness
   * @param resource a User from {@link #user} or a Group from {@link #group}
   * @param profile the profile whose dialect is wanted
   */
  public static Request request(RandomGenerator rng, ScimObject resource, Profile profile) {
    Message rfc = request(rng, resource);
    return new Request(rfc, disguise(rng, rfc, profile));
  }

  /**
   * {@return a message of one to four operations an RFC 7644 client could send for
   * {@code resource}: most of them succeed under {@link Profile#strict()}, some fail (a value
   * filter that matches nothing, say)}
   *
   * @param rng the source of randomness
   * @param resource a User from {@link #user} or a Group from {@link #group}
   */
  public static Message request(RandomGenerator rng, ScimObject resource) {
    boolean group = resource.get("members") != null || resource.get("userName") == null;
    int n = 1 + rng.nextInt(4);
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ops.add(group ? groupOp(rng, resource) : userOp(rng, resource));
    }
    return Message.of(ops);
  }

  /**
   * {@return an operation that always succeeds on a User: a simple attribute set to a string or
   * boolean}
   *
   * @param rng the source of randomness
   */
  public static Op safeUserOp(RandomGenerator rng) {
    return switch (rng.nextInt(3)) {
      case 0 -> op(addOrReplace(rng), pick(rng, List.of("displayName", "nickName", "title")), ScimString.of(word(rng)), Kind.SIMPLE, null);
      case 1 -> op(addOrReplace(rng), "active", ScimBoolean.of(rng.nextBoolean()), Kind.SIMPLE, "active");
      default -> op(addOrReplace(rng), "name.givenName", ScimString.of(pick(rng, GIVEN)), Kind.SIMPLE, "name");
    };
  }

  /**
   * {@return an operation an RFC 7644 client could send for {@code user}}
   *
   * @param rng the source of randomness
   * @param user a User from {@link #user}
   */
  public static Op userOp(RandomGenerator rng, ScimObject user) {
    switch (rng.nextInt(16)) {
      case 0: {
        String attribute = pick(rng, STRING_ATTRIBUTES);
        String path = rng.nextInt(6) == 0 ? CORE + ":" + attribute : attribute;
        return op(addOrReplace(rng), path, ScimString.of(word(rng)), Kind.SIMPLE, attribute);
      }
      case 1:
        return op(addOrReplace(rng), "active", ScimBoolean.of(rng.nextBoolean()), Kind.SIMPLE, "active");
      case 2:
        return op(addOrReplace(rng), "name." + pick(rng, List.of("givenName", "familyName", "middleName")),
            ScimString.of(pick(rng, GIVEN)), Kind.SIMPLE, "name");
      case 3: {
        ScimObject.Builder name = ScimObject.builder().put("givenName", ScimString.of(pick(rng, GIVEN)));
        if (rng.nextBoolean()) {
          name.put("familyName", ScimString.of(pick(rng, FAMILY)));
        }
        return op(addOrReplace(rng), "name", name.build(), Kind.COMPLEX, "name");
      }
      case 4:
        return op("remove", pick(rng, List.of("title", "nickName", "displayName", "name.middleName", "name", "locale", "emails",
            "phoneNumbers", "roles")), null, Kind.REMOVE, null);
      case 5:
        return op("add", "emails", newEmails(rng), Kind.MULTI, "emails");
      case 6:
        return op("replace", "emails", newEmails(rng), Kind.MULTI, "emails");
      case 7: {
        String type = typeOf(rng, user, "emails", EMAIL_TYPES);
        return switch (rng.nextInt(3)) {
          case 0 -> op(addOrReplace(rng), "emails[type eq \"" + type + "\"].value", ScimString.of(word(rng) + "@example.org"), Kind.SIMPLE, "emails");
          case 1 -> op(addOrReplace(rng), "emails[type eq \"" + type + "\"].primary", ScimBoolean.of(rng.nextBoolean()), Kind.SIMPLE, "emails");
          default -> op(addOrReplace(rng), "emails[type eq \"" + type + "\"].display", ScimString.of(word(rng)), Kind.SIMPLE, "emails");
        };
      }
      case 8: {
        String type = typeOf(rng, user, "emails", EMAIL_TYPES);
        ScimObject.Builder v = ScimObject.builder().put("value", ScimString.of(word(rng) + "@example.net"));
        if (rng.nextInt(3) == 0) {
          v.put("primary", ScimBoolean.of(rng.nextBoolean()));
        }
        return op(addOrReplace(rng), "emails[type eq \"" + type + "\"]", v.build(), Kind.ELEMENT, "emails");
      }
      case 9:
        return filteredRemove(rng, user, rng.nextBoolean() ? "emails" : "phoneNumbers");
      case 10:
        return switch (rng.nextInt(3)) {
          case 0 -> op(addOrReplace(rng), "employeeNumber", ScimString.of(String.valueOf(rng.nextInt(1000))), Kind.SIMPLE, "employeeNumber");
          case 1 -> op(addOrReplace(rng), ENTERPRISE + ":employeeNumber", ScimString.of(String.valueOf(rng.nextInt(1000))), Kind.SIMPLE, "employeeNumber");
          default -> op(addOrReplace(rng), ENTERPRISE + ":department", ScimString.of(word(rng)), Kind.SIMPLE, "department");
        };
      case 11:
        return switch (rng.nextInt(3)) {
          case 0 -> op(addOrReplace(rng), ENTERPRISE + ":manager", ScimObject.of("value", ScimString.of(uuid(rng))), Kind.COMPLEX, "manager");
          case 1 -> op(addOrReplace(rng), "manager", ScimObject.of("value", ScimString.of(uuid(rng))), Kind.COMPLEX, "manager");
          default -> op(addOrReplace(rng), ENTERPRISE + ":manager.value", ScimString.of(uuid(rng)), Kind.SIMPLE, "manager");
        };
      case 12:
      case 13:
        return noPath(rng);
      case 14:
        return op("add", "roles", ScimArray.of(ScimObject.of("value", ScimString.of("role-" + rng.nextInt(10)),
            "display", ScimString.of("Role " + word(rng)))), Kind.MULTI, "roles");
      default:
        return safeUserOp(rng);
    }
  }

  private static Op noPath(RandomGenerator rng) {
    ScimObject.Builder v = ScimObject.builder();
    int n = 1 + rng.nextInt(3);
    for (int i = 0; i < n; i++) {
      switch (rng.nextInt(6)) {
        case 0 -> v.put("title", ScimString.of(word(rng)));
        case 1 -> v.put("active", ScimBoolean.of(rng.nextBoolean()));
        case 2 -> v.put("nickName", ScimString.of(word(rng)));
        case 3 -> v.put("name", ScimObject.of("givenName", ScimString.of(pick(rng, GIVEN))));
        case 4 -> v.put("emails", ScimArray.of(ScimObject.of("value", ScimString.of(word(rng) + "@example.com"),
            "primary", ScimBoolean.of(rng.nextBoolean()))));
        default -> v.put(ENTERPRISE, ScimObject.of("department", ScimString.of(word(rng))));
      }
    }
    return op(addOrReplace(rng), null, v.build(), Kind.NO_PATH, null);
  }

  /**
   * {@return an operation an RFC 7644 client could send for {@code group}}
   *
   * @param rng the source of randomness
   * @param group a Group from {@link #group}
   */
  public static Op groupOp(RandomGenerator rng, ScimObject group) {
    switch (rng.nextInt(6)) {
      case 0:
      case 1: {
        ScimArray.Builder a = ScimArray.builder();
        int n = 1 + rng.nextInt(2);
        for (int i = 0; i < n; i++) {
          a.add(member(rng));
        }
        return op("add", "members", a.build(), Kind.MULTI, "members");
      }
      case 2:
        return filteredRemove(rng, group, "members");
      case 3:
        return op("replace", "displayName", ScimString.of("Team " + word(rng)), Kind.SIMPLE, "displayName");
      case 4: {
        ScimArray.Builder a = ScimArray.builder();
        int n = rng.nextInt(3);
        for (int i = 0; i < n; i++) {
          a.add(member(rng));
        }
        return op("replace", "members", a.build(), Kind.MULTI, "members");
      }
      default:
        return op("replace", null, ScimObject.of("displayName", ScimString.of("Team " + word(rng))), Kind.NO_PATH, null);
    }
  }

  /** A remove of values selected by eq terms: mostly of values there are. */
  private static Op filteredRemove(RandomGenerator rng, ScimObject resource, String attribute) {
    ScimNode values = resource.get(attribute);
    List<ScimNode> present = values instanceof ScimArray a ? a.elements() : List.of();
    List<Map.Entry<String, ScimNode>> terms = new ArrayList<>();
    if (!present.isEmpty() && rng.nextInt(5) != 0) {
      ScimObject e = (ScimObject) present.get(rng.nextInt(present.size()));
      if (attribute.equals("members") || rng.nextBoolean() || !e.has("type")) {
        terms.add(Map.entry("value", e.get("value")));
      } else {
        terms.add(Map.entry("type", e.get("type")));
        if (rng.nextBoolean()) {
          terms.add(Map.entry("value", e.get("value")));
        }
      }
    } else {
      terms.add(Map.entry("value", ScimString.of(attribute.equals("members") ? uuid(rng) : word(rng))));
    }
    StringBuilder filter = new StringBuilder();
    for (Map.Entry<String, ScimNode> t : terms) {
      if (filter.length() > 0) {
        filter.append(" and ");
      }
      filter.append(t.getKey()).append(" eq ").append(t.getValue());
    }
    return new Op("remove", attribute + "[" + filter + "]", null, Kind.REMOVE, attribute, List.copyOf(terms));
  }

  private static ScimArray newEmails(RandomGenerator rng) {
    int n = 1 + rng.nextInt(2);
    int primary = rng.nextBoolean() ? rng.nextInt(n) : -1;
    ScimArray.Builder a = ScimArray.builder();
    for (int i = 0; i < n; i++) {
      ScimObject.Builder e = ScimObject.builder().put("value", ScimString.of(word(rng) + "@example.com"))
          .put("type", ScimString.of(pick(rng, EMAIL_TYPES)));
      if (i == primary) {
        e.put("primary", ScimBoolean.TRUE);
      }
      a.add(e.build());
    }
    return a.build();
  }

  /** A type the attribute has, mostly; sometimes one it has not. */
  private static String typeOf(RandomGenerator rng, ScimObject resource, String attribute, List<String> types) {
    if (resource.get(attribute) instanceof ScimArray a && !a.isEmpty() && rng.nextInt(5) != 0) {
      return ((ScimString) ((ScimObject) a.get(rng.nextInt(a.size()))).get("type")).value();
    }
    return pick(rng, types);
  }

  // ------------------------------------------------------------------ disguises

  /**
   * {@return the message as a client with the quirks {@code p} tolerates could send it: each
   * quirk the profile tolerates is applied to some of the operations, at random}
   *
   * @param rng the source of randomness
   * @param m a message from {@link #request(RandomGenerator, ScimObject)}
   * @param p the profile
   */
  public static Message disguise(RandomGenerator rng, Message m, Profile p) {
    List<Op> ops = new ArrayList<>();
    for (Op o : m.ops()) {
      ops.add(disguiseValue(rng, o, p));
    }
    // T12, T13, T14: paths.
    for (int i = 0; i < ops.size(); i++) {
      Op o = ops.get(i);
      if (o.path() != null && o.path().startsWith(ENTERPRISE + ":")) {
        if (p.has(Tolerance.BareExtensionUrn.EXTENSION_CONTAINER) && o.kind() == Kind.SIMPLE
            && o.value() != null && o.path().indexOf('.', ENTERPRISE.length()) < 0 && rng.nextBoolean()) {
          String attribute = o.path().substring(ENTERPRISE.length() + 1);
          ops.set(i, o.withPath(ENTERPRISE).withValue(ScimObject.of(attribute, o.value())));
          continue;
        }
        if (p.has(Tolerance.ExtensionSeparator.COLON_OR_DOT) && rng.nextBoolean()) {
          ops.set(i, o.withPath(ENTERPRISE + "." + o.path().substring(ENTERPRISE.length() + 1)));
        }
      }
      if (p.has(Tolerance.AttrExpPaths.AS_VALUE_FILTER) && o.kind() == Kind.REMOVE && o.eqTerms().size() == 1
          && o.eqTerms().get(0).getKey().equals("value") && rng.nextBoolean()) {
        ops.set(i, o.withPath(o.attribute() + " eq " + o.eqTerms().get(0).getValue()));
      }
    }
    // S1: removes by value, consecutive ones on one attribute merged.
    if (p.has(Semantics.RemoveWithValue.SELECT_MATCHING)
        || p.has(Semantics.RemoveWithValue.SELECT_MATCHING_EMPTY_MEANS_ALL)) {
      ops = removesByValue(rng, ops);
    }
    // T6: add and replace operations as no-path values keyed by their paths.
    if (p.has(Tolerance.NoPathKeys.ATTRIBUTE_PATHS)) {
      ops = pathKeys(rng, ops);
    }
    // T1: op names in any case.
    if (p.has(Tolerance.OpCase.CASE_INSENSITIVE)) {
      for (int i = 0; i < ops.size(); i++) {
        if (rng.nextBoolean()) {
          ops.set(i, ops.get(i).withOp(recase(rng, ops.get(i).op())));
        }
      }
    }
    boolean schemas = m.schemas();
    if (!p.has(Tolerance.PatchOpSchema.REQUIRED) && rng.nextBoolean()) {
      schemas = false; // T3
    }
    Message out = new Message(ops, schemas, m.operationsName(), m.opName(), m.pathName(), m.valueName());
    if (p.has(Tolerance.MemberNames.CASE_INSENSITIVE) && rng.nextBoolean()) {
      out = new Message(ops, schemas, recase(rng, "Operations"), recase(rng, "op"), recase(rng, "path"), recase(rng, "value"));
    }
    return out;
  }

  /** T11, T5, T7, T8, T9, T10 on one operation's value. */
  private static Op disguiseValue(RandomGenerator rng, Op o, Profile p) {
    ScimNode v = o.value();
    if (v == null || v.isNull()) {
      return o;
    }
    if (p.has(Tolerance.JsonInStrings.PARSE_OBJECT) && "roles".equals(o.attribute()) && o.kind() == Kind.MULTI
        && v instanceof ScimArray a && rng.nextBoolean()) {
      ScimArray.Builder b = ScimArray.builder();
      for (ScimNode e : a) {
        b.add(ScimObject.of("value", ScimString.of(e.toString()))); // T11
      }
      v = b.build();
    }
    if (!p.has(Tolerance.ScalarCoercion.NONE) && rng.nextBoolean()) {
      v = booleansAsStrings(rng, v); // T5: the generated booleans are all at boolean attributes
    }
    if (p.has(Tolerance.ScalarForComplex.WRAP_AS_VALUE) && o.kind() == Kind.COMPLEX
        && v instanceof ScimObject obj && obj.size() == 1 && obj.get("value") instanceof ScimString s && rng.nextBoolean()) {
      v = s; // T7
    }
    if (p.has(Tolerance.SingletonArrays.UNWRAP) && rng.nextBoolean()) {
      if (o.kind() == Kind.SIMPLE) {
        v = singleton(rng, v, false); // T8
      } else if (o.kind() == Kind.COMPLEX) {
        v = singleton(rng, v, true); // T8
      } else if (o.kind() == Kind.NO_PATH && v instanceof ScimObject keys) {
        ScimObject.Builder b = ScimObject.builder();
        for (ScimObject.Member m : keys.members()) {
          Boolean complex = SINGLE_VALUED_KEYS.get(m.name());
          b.put(m.name(), complex != null && rng.nextBoolean() ? singleton(rng, m.value(), complex) : m.value()); // T8
        }
        v = b.build();
      }
    }
    if (p.has(Tolerance.SingleValueForMultiValued.WRAP_IN_ARRAY) && o.kind() == Kind.MULTI
        && v instanceof ScimArray a && a.size() == 1 && rng.nextBoolean()) {
      v = a.get(0); // T9
    }
    if (p.has(Tolerance.SelfNamedEnvelope.UNWRAP) && o.attribute() != null && o.path() != null
        && o.path().equals(o.attribute()) && (o.kind() == Kind.MULTI || o.kind() == Kind.SIMPLE || o.kind() == Kind.COMPLEX)
        && rng.nextBoolean()) {
      v = ScimObject.of(o.attribute(), v); // T10
      return o.withValue(v).withEnvelope();
    }
    return o.withValue(v);
  }

  /** The single-valued attributes no-path values of {@link #noPath} and {@link #groupOp} hold: whether each is complex. */
  private static final Map<String, Boolean> SINGLE_VALUED_KEYS = Map.of(
      "title", false, "nickName", false, "active", false, "displayName", false, "name", true);

  /** T8: a one-element array; for a simple value, sometimes of {"value": v}. */
  private static ScimNode singleton(RandomGenerator rng, ScimNode v, boolean complex) {
    return complex || rng.nextBoolean() ? ScimArray.of(v) : ScimArray.of(ScimObject.of("value", v));
  }

  private static ScimNode booleansAsStrings(RandomGenerator rng, ScimNode v) {
    if (v instanceof ScimBoolean b) {
      String s = String.valueOf(b.value());
      return ScimString.of(switch (rng.nextInt(3)) {
        case 0 -> s;
        case 1 -> s.toUpperCase(Locale.ROOT);
        default -> Character.toUpperCase(s.charAt(0)) + s.substring(1);
      });
    }
    if (v instanceof ScimObject o) {
      ScimObject.Builder b = ScimObject.builder();
      for (ScimObject.Member m : o.members()) {
        b.put(m.name(), booleansAsStrings(rng, m.value()));
      }
      return b.build();
    }
    if (v instanceof ScimArray a) {
      ScimArray.Builder b = ScimArray.builder();
      for (ScimNode e : a) {
        b.add(booleansAsStrings(rng, e));
      }
      return b.build();
    }
    return v;
  }

  private static List<Op> removesByValue(RandomGenerator rng, List<Op> ops) {
    List<Op> out = new ArrayList<>();
    for (Op o : ops) {
      if (o.kind() != Kind.REMOVE || o.eqTerms().isEmpty() || !rng.nextBoolean()) {
        out.add(o);
        continue;
      }
      ScimNode selector;
      if (o.eqTerms().size() == 1 && o.eqTerms().get(0).getKey().equals("value") && rng.nextBoolean()) {
        selector = o.eqTerms().get(0).getValue();
      } else {
        ScimObject.Builder b = ScimObject.builder();
        o.eqTerms().forEach(t -> b.put(t.getKey(), t.getValue()));
        selector = b.build();
      }
      Op last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.kind() == Kind.REMOVE && last.value() instanceof ScimArray selectors
          && o.attribute().equals(last.path()) && rng.nextBoolean()) {
        out.set(out.size() - 1, last.withValue(selectors.plus(selector)));
      } else {
        ScimNode value = rng.nextBoolean() ? ScimArray.of(selector) : selector;
        out.add(new Op(o.op(), o.attribute(), value, Kind.REMOVE, o.attribute(), List.of()));
      }
    }
    return out;
  }

  private static List<Op> pathKeys(RandomGenerator rng, List<Op> ops) {
    List<Op> out = new ArrayList<>();
    for (Op o : ops) {
      boolean eligible = (o.op().equals("add") || o.op().equals("replace")) && o.path() != null && o.value() != null
          && o.path().indexOf('[') < 0 && o.path().indexOf(' ') < 0 && !o.enveloped() && rng.nextBoolean();
      if (!eligible) {
        out.add(o);
        continue;
      }
      Op last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.kind() == Kind.NO_PATH && last.op().equals(o.op()) && last.value() instanceof ScimObject keys
          && !keys.has(o.path()) && rng.nextBoolean()) {
        out.set(out.size() - 1, last.withValue(keys.with(o.path(), o.value())));
      } else {
        out.add(new Op(o.op(), null, ScimObject.of(o.path(), o.value()), Kind.NO_PATH, null, List.of()));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ vocabulary

  /**
   * {@return {@code s} with each character upper- or lower-cased at random}
   *
   * @param rng the source of randomness
   * @param s the string
   */
  public static String recase(RandomGenerator rng, String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(rng.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return b.toString();
  }

  /**
   * {@return {@code add} or {@code replace}, at random}
   *
   * @param rng the source of randomness
   */
  public static String addOrReplace(RandomGenerator rng) {
    return rng.nextBoolean() ? "add" : "replace";
  }

  /**
   * {@return an element of {@code from}, at random}
   *
   * @param <T> the element type
   * @param rng the source of randomness
   * @param from a non-empty list
   */
  public static <T> T pick(RandomGenerator rng, List<T> from) {
    return from.get(rng.nextInt(from.size()));
  }

  /**
   * {@return a pronounceable lower-case word of two to four syllables}
   *
   * @param rng the source of randomness
   */
  public static String word(RandomGenerator rng) {
    String[] syllables = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi"};
    int n = 2 + rng.nextInt(3);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(syllables[rng.nextInt(syllables.length)]);
    }
    return b.toString();
  }

  /**
   * {@return a random version 4 UUID, in lower case}
   *
   * @param rng the source of randomness
   */
  public static String uuid(RandomGenerator rng) {
    return String.format(Locale.ROOT, "%08x-%04x-4%03x-8%03x-%012x", rng.nextInt() & 0xffffffffL, rng.nextInt(0x10000),
        rng.nextInt(0x1000), rng.nextInt(0x1000), rng.nextLong() & 0xffffffffffffL);
  }

  /**
   * {@return an xsd:dateTime in UTC between 2010 and 2024, without a fraction of a second}
   *
   * @param rng the source of randomness
   */
  public static String dateTime(RandomGenerator rng) {
    return String.format(Locale.ROOT, "20%02d-%02d-%02dT%02d:%02d:%02dZ", 10 + rng.nextInt(15), 1 + rng.nextInt(12),
        1 + rng.nextInt(28), rng.nextInt(24), rng.nextInt(60), rng.nextInt(60));
  }
}

package dev.scimpatch.jackson.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.jackson.ScimPatch;
import dev.scimpatch.schema.ResourceSchemas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Hostile request shapes: requests a client can send whose cost must stay linear in their size,
 * or be refused cheaply. Each shape has a base size; {@link HostileShapesBenchmark} runs it at the
 * base size and at four times it, so that the growth shows (about 4 when linear, 16 when
 * quadratic).
 *
 * <p>Limits are the defaults, but for the stored resource's document length where a group is
 * larger than 1 MiB ({@link BenchData#largeResourceFacade}) and the request's where the larger
 * size is longer than 1 MiB ({@link BenchData#largeRequestFacade}, shape h only): the point is the
 * cost of the shape, not that of a length check. {@link BenchMain} tells also what the facade
 * with every default does with each.
 */
final class HostileShapes {

  /** The shapes, by the key {@link HostileShapesBenchmark#shape} names, in order. */
  static final List<String> KEYS = List.of(
      "a_emailsNoValue", "b_emailsSameValue", "c_schemalessNumbers", "d_membersRefOnly", "e_entraRemoveRefs",
      "f_removeEwNoMatch", "g_longValueCo", "h_extensionUrns", "i_nameUnknownSubs", "j_or64Remove");

  /** Members of the stored group of shapes e and f. */
  static final int GROUP_E_F = 20_000;

  /** Members of the stored group of shape d. */
  static final int GROUP_D = 1_000;

  /**
   * One shape at one size.
   *
   * @param key the shape
   * @param size its size: k, m, E or n as the shape says
   * @param what what the request does, for the report
   * @param patch the facade that is measured
   * @param defaults the facade with every default (the same schema and profile)
   * @param resource the stored resource
   * @param request the request
   */
  record Case(String key, int size, String what, ScimPatch patch, ScimPatch defaults, byte[] resource,
      byte[] request) {

    /** {@return the patched resource, or the refusal; the same as the benchmark does} */
    Object apply() {
      return apply(patch);
    }

    /** {@return what {@code facade} returns for this case: the bytes, or the exception} */
    Object apply(ScimPatch facade) {
      try {
        return facade.apply(resource, request);
      } catch (ScimPatchException e) {
        return e;
      }
    }
  }

  private HostileShapes() {}

  /** {@return the base size of a shape} */
  static int baseSize(String key) {
    return switch (key) {
      case "a_emailsNoValue" -> 2_000;
      case "b_emailsSameValue" -> 1_000;
      case "c_schemalessNumbers" -> 4_000;
      case "d_membersRefOnly" -> 1_000;
      case "e_entraRemoveRefs" -> 500;
      case "f_removeEwNoMatch" -> 250;
      case "g_longValueCo" -> 100_000;
      case "h_extensionUrns" -> 5_000;
      case "i_nameUnknownSubs" -> 5_000;
      case "j_or64Remove" -> 25_000;
      default -> throw new IllegalArgumentException("unknown shape: " + key + " (known: " + KEYS + ")");
    };
  }

  /**
   * Builds a shape at {@code scale} times its base size.
   *
   * @param key the shape
   * @param scale 1 or 4
   * @return the case
   */
  static Case of(String key, int scale) {
    int size = baseSize(key) * scale;
    return switch (key) {
      case "a_emailsNoValue" -> emailsWithoutValue(key, size);
      case "b_emailsSameValue" -> emailsSameValue(key, size);
      case "c_schemalessNumbers" -> schemalessNumbers(key, size);
      case "d_membersRefOnly" -> membersRefOnly(key, size);
      case "e_entraRemoveRefs" -> entraRemoveRefs(key, size);
      case "f_removeEwNoMatch" -> removeEwNoMatch(key, size);
      case "g_longValueCo" -> longValueCo(key, size);
      case "h_extensionUrns" -> extensionUrns(key, size);
      case "i_nameUnknownSubs" -> nameUnknownSubs(key, size);
      case "j_or64Remove" -> or64Remove(key, size);
      default -> throw new IllegalArgumentException("unknown shape: " + key + " (known: " + KEYS + ")");
    };
  }

  /** (a) User: one {@code add emails} of k emails without {@code value}. */
  private static Case emailsWithoutValue(String key, int k) {
    ArrayNode value = BenchData.array();
    for (int i = 0; i < k; i++) {
      ObjectNode e = BenchData.object();
      e.put("type", "work");
      e.put("display", "Mail " + i);
      value.add(e);
    }
    return user(key, k, "add emails: " + k + " emails without value",
        BenchData.request(List.of(BenchData.op("add", "emails", value))));
  }

  /** (b) User: one {@code add emails} of k emails of one value, each with its own display. */
  private static Case emailsSameValue(String key, int k) {
    ArrayNode value = BenchData.array();
    for (int i = 0; i < k; i++) {
      ObjectNode e = BenchData.object();
      e.put("value", "shared@contoso.com");
      e.put("type", "work");
      e.put("display", "Mail " + i);
      value.add(e);
    }
    return user(key, k, "add emails: " + k + " emails of one value, different display",
        BenchData.request(List.of(BenchData.op("add", "emails", value))));
  }

  /** (c) Schema-less: one {@code add readings} of k numbers (integers and decimals) to an array. */
  private static Case schemalessNumbers(String key, int k) {
    ObjectNode resource = BenchData.object();
    resource.putArray("schemas").add("urn:example:params:scim:schemas:core:2.0:Device");
    resource.put("id", "7d3f2a4e-1b8c-4f6a-9e2d-0c5b8a7f3e1d");
    resource.putArray("readings").add(1).add(2).add(3);
    ArrayNode value = BenchData.array();
    for (int i = 0; i < k; i++) {
      if (i % 2 == 0) {
        value.add(i + 10);
      } else {
        value.add(new BigDecimal(i + ".25"));
      }
    }
    byte[] request = BenchData.request(List.of(BenchData.op("add", "readings", value)));
    return new Case(key, k, "schema-less add readings: " + k + " numbers",
        BenchData.facade(null, Profile.strict()), BenchData.facade(null, Profile.strict()),
        BenchData.bytes(resource), request);
  }

  /** (d) Group of 1,000: one {@code add members} of k members given by {@code $ref} only. */
  private static Case membersRefOnly(String key, int k) {
    ArrayNode value = BenchData.array();
    for (int i = 0; i < k; i++) {
      value.add(BenchData.refOnly(BenchData.userId("ref", i)));
    }
    byte[] request = BenchData.request(List.of(BenchData.op("add", "members", value)));
    return new Case(key, k, "add members: " + k + " members by $ref only, group of " + GROUP_D,
        BenchData.facade(ResourceSchemas.group(), Profile.strict()),
        BenchData.facade(ResourceSchemas.group(), Profile.strict()),
        BenchData.group(GROUP_D), request);
  }

  /** (e) Entra, group of 20,000: one {@code Remove members} whose value lists k members by {@code $ref}. */
  private static Case entraRemoveRefs(String key, int k) {
    ArrayNode value = BenchData.array();
    int step = GROUP_E_F / k;
    for (int i = 0; i < k; i++) {
      value.add(BenchData.refOnly(BenchData.memberId(i * step)));
    }
    byte[] request = BenchData.request(List.of(BenchData.op("Remove", "members", value)));
    Profile entra = Profile.named("entra");
    return new Case(key, k, "entra: Remove members, value of " + k + " members by $ref, group of " + GROUP_E_F,
        BenchData.largeResourceFacade(ResourceSchemas.group(), entra),
        BenchData.facade(ResourceSchemas.group(), entra),
        BenchData.group(GROUP_E_F), request);
  }

  /** (f) Group of 20,000: k operations {@code remove members[value ew "..."]} that match nothing. */
  private static Case removeEwNoMatch(String key, int k) {
    List<ObjectNode> ops = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      ops.add(BenchData.op("remove", "members[value ew \"-nomatch-" + i + "\"]", null));
    }
    return new Case(key, k, k + " removes members[value ew ...] matching nothing, group of " + GROUP_E_F,
        BenchData.largeResourceFacade(ResourceSchemas.group(), Profile.strict()),
        BenchData.facade(ResourceSchemas.group(), Profile.strict()),
        BenchData.group(GROUP_E_F), BenchData.request(ops));
  }

  /**
   * (g) User: one request, {@code add emails} of one email whose value has m characters, then 20
   * operations {@code replace emails[value co "..."].display}, each needle 24 characters near the
   * value's end, in upper case (the attribute is not case-exact), so each matches.
   */
  private static Case longValueCo(String key, int m) {
    Random random = new Random(m);
    String domain = "@contoso.com";
    StringBuilder local = new StringBuilder(m);
    for (int i = 0; i < m - domain.length(); i++) {
      local.append((char) ('a' + random.nextInt(26)));
    }
    String email = local + domain;
    ObjectNode e = BenchData.object();
    e.put("value", email);
    e.put("type", "other");
    List<ObjectNode> ops = new ArrayList<>();
    ops.add(BenchData.op("add", "emails", BenchData.array().add(e)));
    for (int i = 0; i < 20; i++) {
      int at = email.length() - domain.length() - 24 - 40 * (i + 1);
      String needle = email.substring(at, at + 24).toUpperCase(Locale.ROOT);
      ops.add(BenchData.op("replace", "emails[value co \"" + needle + "\"].display",
          BenchData.text("Long " + i)));
    }
    return user(key, m, "add an email of " + m + " characters, then 20 replace emails[value co ...].display",
        BenchData.request(ops));
  }

  /**
   * (h) Schema-less: one {@code add} without a path whose value has E extension URNs as keys,
   * each an object of one attribute. 20,000 of them are about 1.3 MB: the measured facade takes
   * requests up to 4 MiB.
   */
  private static Case extensionUrns(String key, int e) {
    ObjectNode value = BenchData.object();
    for (int i = 0; i < e; i++) {
      value.putObject("urn:example:params:scim:schemas:extension:ext" + i + ":2.0:Device").put("label", "v" + i);
    }
    ObjectNode resource = BenchData.object();
    resource.putArray("schemas").add("urn:example:params:scim:schemas:core:2.0:Device");
    resource.put("id", "7d3f2a4e-1b8c-4f6a-9e2d-0c5b8a7f3e1d");
    resource.put("displayName", "Printer 7");
    byte[] request = BenchData.request(List.of(BenchData.op("add", null, value)));
    return new Case(key, e, "schema-less add without path: " + e + " extension URNs as keys",
        BenchData.largeRequestFacade(null, Profile.strict(), 4L << 20), BenchData.facade(null, Profile.strict()),
        BenchData.bytes(resource), request);
  }

  /** (i) User: {@code add name} with an object of m unknown sub-attributes. */
  private static Case nameUnknownSubs(String key, int m) {
    ObjectNode value = BenchData.object();
    for (int i = 0; i < m; i++) {
      value.put("attr" + i, "v");
    }
    return user(key, m, "add name: an object of " + m + " unknown sub-attributes",
        BenchData.request(List.of(BenchData.op("add", "name", value))));
  }

  /** (j) Group of n: one {@code remove members[value eq ... or ...]} of 64 terms, members spread over the group. */
  private static Case or64Remove(String key, int n) {
    StringBuilder filter = new StringBuilder("members[");
    int step = n / 64;
    for (int i = 0; i < 64; i++) {
      filter.append(i == 0 ? "" : " or ").append("value eq \"").append(BenchData.memberId(i * step)).append('"');
    }
    filter.append(']');
    byte[] request = BenchData.request(List.of(BenchData.op("remove", filter.toString(), null)));
    return new Case(key, n, "remove members[64 value eq terms joined by or], group of " + n,
        BenchData.largeResourceFacade(ResourceSchemas.group(), Profile.strict()),
        BenchData.facade(ResourceSchemas.group(), Profile.strict()),
        BenchData.group(n), request);
  }

  private static Case user(String key, int size, String what, byte[] request) {
    return new Case(key, size, "User: " + what,
        BenchData.facade(ResourceSchemas.user(), Profile.strict()),
        BenchData.facade(ResourceSchemas.user(), Profile.strict()),
        BenchData.utf8(BenchData.USER), request);
  }
}

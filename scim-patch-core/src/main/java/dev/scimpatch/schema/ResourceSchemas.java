package dev.scimpatch.schema;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.json.MiniJson;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The built-in resource schemas: RFC 7643 §8.7.1's JSON, read from the core's resources, with the
 * verified errata and the few sub-attributes that RFC 7643's own text and examples use but that
 * JSON omits. Every change to the published JSON is listed in one place, and a test asserts that
 * list:
 * <ol>
 *   <li>erratum 5368: Group {@code displayName} is required;</li>
 *   <li>erratum 8471: User {@code groups.$ref} refers to {@code Group} only;</li>
 *   <li>User {@code addresses.primary} (boolean, readWrite): §2.4 gives every multi-valued
 *       attribute a {@code primary} ("the preferred mailing address"), and the §8.2 example and
 *       RFC 7644 §3.5.2.3 send one;</li>
 *   <li>User {@code groups.primary} (boolean, readOnly like the rest of {@code groups}): §2.4's
 *       default sub-attributes;</li>
 *   <li>Group {@code members.display} (string, immutable like the other sub-attributes of
 *       {@code members}, §4.2): the §8.4 example and RFC 7644 §3.5.2.1 send one.</li>
 * </ol>
 * User and Group have the endpoints {@code /Users} and {@code /Groups} (RFC 7643 §8.6); the
 * enterprise extension is optional.
 *
 * @since 0.1
 */
public final class ResourceSchemas {
  private ResourceSchemas() {}

  private static final String USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String GROUP_URN = "urn:ietf:params:scim:schemas:core:2.0:Group";

  /** {@code urn:ietf:params:scim:schemas:core:2.0:User}. */
  static final Schema USER_SCHEMA = amend(load("User.json"));

  /** {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User}. */
  static final Schema ENTERPRISE_USER_SCHEMA = amend(load("Enterprise-User.json"));

  /** {@code urn:ietf:params:scim:schemas:core:2.0:Group}. */
  static final Schema GROUP_SCHEMA = amend(load("Group.json"));

  private static final ResourceSchema USER =
      ResourceSchema.of("User", USER_SCHEMA, List.of(ENTERPRISE_USER_SCHEMA)).withEndpoint("/Users");

  private static final ResourceSchema GROUP = ResourceSchema.of("Group", GROUP_SCHEMA, List.of()).withEndpoint("/Groups");

  /** The schema representation in resource {@code file} of this package, as RFC 7643 §8.7.1 publishes it. */
  private static Schema load(String file) {
    try (InputStream in = ResourceSchemas.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + file);
      }
      ScimNode json = MiniJson.parseDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (json == null) {
        throw new IllegalStateException("resource " + file + " is not JSON");
      }
      return SchemaJson.readSchema(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every change to RFC 7643 §8.7.1's JSON: the list of the class Javadoc, in its order. */
  private static Schema amend(Schema rfc) {
    if (rfc.hasId(GROUP_URN)) {
      Schema s = rfc;
      // 1. Erratum 5368: Group displayName is required.
      s = change(s, "displayName", a -> a.toBuilder().required(true).build());
      // 5. members.display: RFC 7643 §8.4, RFC 7644 §3.5.2.1; immutable as members' others (§4.2).
      s = change(s, "members", a -> plus(a, Attribute.builder("display")
          .description("A human-readable name for the member, primarily used for display purposes.")
          .mutability(Mutability.IMMUTABLE).build()));
      return s;
    }
    if (rfc.hasId(USER_URN)) {
      Schema s = rfc;
      // 2. Erratum 8471: groups.$ref refers to Group only.
      s = change(s, "groups", a -> change(a, "$ref", r -> new Attribute(r.name(), r.type(), r.multiValued(),
          r.description(), r.required(), r.caseExact(), r.mutability(), r.returned(), r.uniqueness(),
          r.canonicalValues(), List.of("Group"), r.subAttributes())));
      // 3. addresses.primary: RFC 7643 §2.4, §8.2; RFC 7644 §3.5.2.3.
      s = change(s, "addresses", a -> plus(a, primary(Mutability.READ_WRITE)));
      // 4. groups.primary: RFC 7643 §2.4; readOnly as the rest of groups (§4.1.2).
      s = change(s, "groups", a -> plus(a, primary(Mutability.READ_ONLY)));
      return s;
    }
    return rfc;
  }

  private static Attribute primary(Mutability mutability) {
    return Attribute.builder("primary").type(AttributeType.BOOLEAN)
        .description("A Boolean value indicating the 'primary' or preferred attribute value for this attribute.  "
            + "The primary attribute value 'true' MUST appear no more than once.")
        .mutability(mutability).build();
  }

  /** {@code s} with its attribute {@code name} changed. */
  private static Schema change(Schema s, String name, UnaryOperator<Attribute> change) {
    List<Attribute> attributes = new ArrayList<>(s.attributes());
    Attribute a = s.attribute(name).orElseThrow();
    attributes.set(attributes.indexOf(a), change.apply(a));
    return new Schema(s.id(), s.name(), s.description(), attributes, s.open());
  }

  /** {@code a} with its sub-attribute {@code name} changed. */
  private static Attribute change(Attribute a, String name, UnaryOperator<Attribute> change) {
    List<Attribute> subs = new ArrayList<>(a.subAttributes());
    Attribute sub = a.subAttribute(name).orElseThrow();
    subs.set(subs.indexOf(sub), change.apply(sub));
    return withSubAttributes(a, subs);
  }

  /** {@code a} with one more sub-attribute, last. */
  private static Attribute plus(Attribute a, Attribute sub) {
    List<Attribute> subs = new ArrayList<>(a.subAttributes());
    subs.add(sub);
    return withSubAttributes(a, subs);
  }

  private static Attribute withSubAttributes(Attribute a, List<Attribute> subs) {
    return new Attribute(a.name(), a.type(), a.multiValued(), a.description(), a.required(), a.caseExact(),
        a.mutability(), a.returned(), a.uniqueness(), a.canonicalValues(), a.referenceTypes(), subs);
  }

  /** {@return the core User schema with the enterprise User extension (RFC 7643 §4.1, §4.3)} */
  public static ResourceSchema user() {
    return USER;
  }

  /** {@return the core Group schema (RFC 7643 §4.2), without extensions} */
  public static ResourceSchema group() {
    return GROUP;
  }

  /** {@return the core User schema alone (RFC 7643 §4.1, §8.7.1)} */
  public static Schema userSchema() {
    return USER_SCHEMA;
  }

  /** {@return the enterprise User extension schema (RFC 7643 §4.3, §8.7.1)} */
  public static Schema enterpriseUserSchema() {
    return ENTERPRISE_USER_SCHEMA;
  }

  /** {@return the core Group schema alone (RFC 7643 §4.2, §8.7.1)} */
  public static Schema groupSchema() {
    return GROUP_SCHEMA;
  }

  /**
   * Returns the built-in resource schema of that name, ignoring ASCII case: {@code User} or
   * {@code Group}.
   *
   * @param name the name
   * @return the schema, or empty if there is none of that name
   */
  public static Optional<ResourceSchema> named(String name) {
    for (ResourceSchema s : List.of(USER, GROUP)) {
      if (Ascii.equalsIgnoreCase(s.name(), name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the built-in resource schema whose core schema URN a resource lists in its
   * {@code schemas}, ignoring ASCII case.
   *
   * @param resource the resource
   * @return the schema, or empty if it lists neither User's nor Group's
   */
  public static Optional<ResourceSchema> of(ScimObject resource) {
    if (resource.get("schemas") instanceof ScimArray urns) {
      for (ResourceSchema s : List.of(USER, GROUP)) {
        for (ScimNode urn : urns) {
          if (urn instanceof ScimString u && s.core().hasId(u.value())) {
            return Optional.of(s);
          }
        }
      }
    }
    return Optional.empty();
  }
}

package dev.scimpatch.schema;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.List;
import java.util.Optional;

/**
 * The built-in resource schemas, exactly as RFC 7643 §8.7.1 publishes them, with its verified
 * errata: 5368 (Group {@code displayName} is required) and 8471 (User {@code groups.$ref} refers to
 * {@code Group} only).
 *
 * @since 0.1
 */
public final class ResourceSchemas {
  private ResourceSchemas() {}

  /** {@code urn:ietf:params:scim:schemas:core:2.0:User}. */
  static final Schema USER_SCHEMA = new Schema(
      "urn:ietf:params:scim:schemas:core:2.0:User",
      "User",
      "",
      List.of(
        Attribute.builder("userName")
            .required(true)
            .uniqueness(Uniqueness.SERVER)
            .build(),
        Attribute.builder("name")
            .subAttributes(
            Attribute.builder("formatted")
                .build(),
            Attribute.builder("familyName")
                .build(),
            Attribute.builder("givenName")
                .build(),
            Attribute.builder("middleName")
                .build(),
            Attribute.builder("honorificPrefix")
                .build(),
            Attribute.builder("honorificSuffix")
                .build())
            .build(),
        Attribute.builder("displayName")
            .build(),
        Attribute.builder("nickName")
            .build(),
        Attribute.builder("profileUrl")
            .type(AttributeType.REFERENCE)
            .referenceTypes("external")
            .build(),
        Attribute.builder("title")
            .build(),
        Attribute.builder("userType")
            .build(),
        Attribute.builder("preferredLanguage")
            .build(),
        Attribute.builder("locale")
            .build(),
        Attribute.builder("timezone")
            .build(),
        Attribute.builder("active")
            .type(AttributeType.BOOLEAN)
            .build(),
        Attribute.builder("password")
            .mutability(Mutability.WRITE_ONLY)
            .returned(Returned.NEVER)
            .build(),
        Attribute.builder("emails")
            .multiValued(true)
            .subAttributes(
            Attribute.builder("value")
                .build(),
            Attribute.builder("display")
                .build(),
            Attribute.builder("type")
                .canonicalValues("work", "home", "other")
                .build(),
            Attribute.builder("primary")
                .type(AttributeType.BOOLEAN)
                .build())
            .build(),
        Attribute.builder("phoneNumbers")
            .multiValued(true)
            .subAttributes(
            Attribute.builder("value")
                .build(),
            Attribute.builder("display")
                .build(),
            Attribute.builder("type")
                .canonicalValues("work", "home", "mobile", "fax", "pager", "other")
                .build(),
            Attribute.builder("primary")
                .type(AttributeType.BOOLEAN)
                .build())
            .build(),
        Attribute.builder("ims")
            .multiValued(true)
            .subAttributes(
            Attribute.builder("value")
                .build(),
            Attribute.builder("display")
                .build(),
            Attribute.builder("type")
                .canonicalValues("aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo")
                .build(),
            Attribute.builder("primary")
                .type(AttributeType.BOOLEAN)
                .build())
            .build(),
        Attribute.builder("photos")
            .multiValued(true)
            .subAttributes(
            Attribute.builder("value")
                .type(AttributeType.REFERENCE)
                .referenceTypes("external")
                .build(),
            Attribute.builder("display")
                .build(),
            Attribute.builder("type")
                .canonicalValues("photo", "thumbnail")
                .build(),
            Attribute.builder("primary")
                .type(AttributeType.BOOLEAN)
                .build())
            .build(),
        Attribute.builder("addresses")
            .multiValued(true)
            .subAttributes(
            Attribute.builder("formatted")
                .build(),
            Attribute.builder("streetAddress")
                .build(),
            Attribute.builder("locality")
                .build(),
            Attribute.builder("region")
                .build(),
            Attribute.builder("postalCode")
                .build(),
            Attribute.builder("country")
                .build(),
            Attribute.builder("type")
                .canonicalValues("work", "home", "other")
                .build())
            .build(),
        Attribute.builder("groups")
            .multiValued(true)
            .mutability(Mutability.READ_ONLY)
            .subAttributes(
            Attribute.builder("value")
                .mutability(Mutability.READ_ONLY)
                .build(),
            Attribute.builder("$ref")
                .type(AttributeType.REFERENCE)
                .mutability(Mutability.READ_ONLY)
                .referenceTypes("Group")
                .build(),
            Attribute.builder("display")
                .mutability(Mutability.READ_ONLY)
                .build(),
            Attribute.builder("type")
                .mutability(Mutability.READ_ONLY)
                .canonicalValues("direct", "indirect")
                .build())
            .build(),
        Attribute.builder("entitlements")
            .multiValued(true)
            .subAttributes(
            Attribute.builder("value")
                .build(),
            Attribute.builder("display")
                .build(),
            Attribute.builder("type")
                .build(),
            Attribute.builder("primary")
                .type(AttributeType.BOOLEAN)
                .build())
            .build(),
        Attribute.builder("roles")
            .multiValued(true)
            .subAttributes(
            Attribute.builder("value")
                .build(),
            Attribute.builder("display")
                .build(),
            Attribute.builder("type")
                .build(),
            Attribute.builder("primary")
                .type(AttributeType.BOOLEAN)
                .build())
            .build(),
        Attribute.builder("x509Certificates")
            .multiValued(true)
            .subAttributes(
            Attribute.builder("value")
                .type(AttributeType.BINARY)
                .build(),
            Attribute.builder("display")
                .build(),
            Attribute.builder("type")
                .build(),
            Attribute.builder("primary")
                .type(AttributeType.BOOLEAN)
                .build())
            .build()));

  /** {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User}. */
  static final Schema ENTERPRISE_USER_SCHEMA = new Schema(
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
      "EnterpriseUser",
      "",
      List.of(
        Attribute.builder("employeeNumber")
            .build(),
        Attribute.builder("costCenter")
            .build(),
        Attribute.builder("organization")
            .build(),
        Attribute.builder("division")
            .build(),
        Attribute.builder("department")
            .build(),
        Attribute.builder("manager")
            .subAttributes(
            Attribute.builder("value")
                .build(),
            Attribute.builder("$ref")
                .type(AttributeType.REFERENCE)
                .referenceTypes("User")
                .build(),
            Attribute.builder("displayName")
                .mutability(Mutability.READ_ONLY)
                .build())
            .build()));

  /** {@code urn:ietf:params:scim:schemas:core:2.0:Group}. */
  static final Schema GROUP_SCHEMA = new Schema(
      "urn:ietf:params:scim:schemas:core:2.0:Group",
      "Group",
      "",
      List.of(
        Attribute.builder("displayName")
            .required(true)
            .build(),
        Attribute.builder("members")
            .multiValued(true)
            .subAttributes(
            Attribute.builder("value")
                .mutability(Mutability.IMMUTABLE)
                .build(),
            Attribute.builder("$ref")
                .type(AttributeType.REFERENCE)
                .mutability(Mutability.IMMUTABLE)
                .referenceTypes("User", "Group")
                .build(),
            Attribute.builder("type")
                .mutability(Mutability.IMMUTABLE)
                .canonicalValues("User", "Group")
                .build())
            .build()));

  private static final ResourceSchema USER =
      ResourceSchema.of("User", USER_SCHEMA, List.of(ENTERPRISE_USER_SCHEMA));

  private static final ResourceSchema GROUP = ResourceSchema.of("Group", GROUP_SCHEMA, List.of());

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

package dev.scimpatch.schema;

import dev.scimpatch.internal.Ascii;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A resource type's schemas: one core schema, its extensions (each required or optional), and the
 * common attributes every resource has (RFC 7643 §3.1: {@code id}, {@code externalId},
 * {@code meta}, and {@code schemas}); optionally its endpoint. RFC 7643 §6 calls this a resource
 * type; {@link SchemaJson} reads and writes its representation.
 *
 * <p>{@link ResourceSchemas#user()} and {@link ResourceSchemas#group()} are the built-in ones.
 * Immutable; equal when name, schemas, required extensions and endpoint are.
 *
 * @since 0.1
 */
public final class ResourceSchema {

  /** {@code id}: readOnly, case-exact, returned always (RFC 7643 §3.1). */
  public static final Attribute ID = Attribute.builder("id")
      .caseExact(true).mutability(Mutability.READ_ONLY).returned(Returned.ALWAYS)
      .uniqueness(Uniqueness.SERVER).build();

  /** {@code externalId}: readWrite, case-exact (RFC 7643 §3.1). */
  public static final Attribute EXTERNAL_ID = Attribute.builder("externalId").caseExact(true).build();

  /** {@code meta} and its sub-attributes, all readOnly (RFC 7643 §3.1). */
  public static final Attribute META = Attribute.builder("meta")
      .mutability(Mutability.READ_ONLY)
      .subAttributes(
          Attribute.builder("resourceType").caseExact(true).mutability(Mutability.READ_ONLY).build(),
          Attribute.builder("created").type(AttributeType.DATE_TIME).mutability(Mutability.READ_ONLY).build(),
          Attribute.builder("lastModified").type(AttributeType.DATE_TIME).mutability(Mutability.READ_ONLY).build(),
          Attribute.builder("location").type(AttributeType.REFERENCE).referenceTypes("uri")
              .caseExact(true).mutability(Mutability.READ_ONLY).build(),
          Attribute.builder("version").caseExact(true).mutability(Mutability.READ_ONLY).build())
      .build();

  /**
   * {@code schemas}: the URNs of the schemas present, required. The engine maintains it (R-EXT-3),
   * so to PATCH it is readOnly.
   */
  public static final Attribute SCHEMAS = Attribute.builder("schemas")
      .type(AttributeType.REFERENCE).referenceTypes("uri").multiValued(true).required(true)
      .caseExact(false).mutability(Mutability.READ_ONLY).returned(Returned.ALWAYS).build();

  private static final List<Attribute> COMMON = List.of(ID, EXTERNAL_ID, META, SCHEMAS);

  private final String name;
  private final Schema core;
  private final List<Schema> extensions;
  /** The ids of the required extensions, as their schemas spell them, in extension order. */
  private final List<String> required;
  private final @Nullable String endpoint;

  private ResourceSchema(
      String name, Schema core, List<Schema> extensions, List<String> required, @Nullable String endpoint) {
    this.name = name;
    this.core = core;
    this.extensions = extensions;
    this.required = required;
    this.endpoint = endpoint;
  }

  /**
   * Returns a resource schema whose extensions are all optional.
   *
   * @param name the resource type's name, for example {@code User}
   * @param core its core schema
   * @param extensions its schema extensions; copied
   * @return the resource schema, without an endpoint
   * @throws IllegalArgumentException if two schemas share an id (ignoring ASCII case), or the core
   *     schema redefines a common attribute
   */
  public static ResourceSchema of(String name, Schema core, List<Schema> extensions) {
    return of(name, core, extensions, Set.of());
  }

  /**
   * Returns a resource schema some of whose extensions are required: a resource of this type must
   * include them (RFC 7643 §6, {@code schemaExtensions.required}).
   *
   * @param name the resource type's name, for example {@code User}
   * @param core its core schema
   * @param extensions its schema extensions; copied
   * @param requiredExtensionIds the ids of the required extensions, matched ignoring ASCII case;
   *     the others are optional
   * @return the resource schema, without an endpoint
   * @throws IllegalArgumentException if two schemas share an id (ignoring ASCII case), the core
   *     schema redefines a common attribute, or a required id is not one of the extensions'
   * @since 0.1
   */
  public static ResourceSchema of(
      String name, Schema core, List<Schema> extensions, Collection<String> requiredExtensionIds) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(core, "core");
    List<Schema> all = new ArrayList<>();
    all.add(core);
    all.addAll(extensions);
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (all.get(i).hasId(all.get(j).id())) {
          throw new IllegalArgumentException("schema " + all.get(i).id() + " appears twice");
        }
      }
    }
    for (Attribute common : COMMON) {
      if (core.attribute(common.name()).isPresent()) {
        throw new IllegalArgumentException(core.id() + " redefines the common attribute " + common.name());
      }
    }
    for (String id : requiredExtensionIds) {
      if (extensions.stream().noneMatch(e -> e.hasId(id))) {
        throw new IllegalArgumentException("a required extension must be one of the extensions: " + id);
      }
    }
    List<String> required = new ArrayList<>();
    for (Schema e : extensions) {
      if (requiredExtensionIds.stream().anyMatch(e::hasId)) {
        required.add(e.id());
      }
    }
    return new ResourceSchema(name, core, List.copyOf(extensions), List.copyOf(required), null);
  }

  /**
   * Returns this resource schema with more extensions (those whose id it already has are left
   * out), for example the extensions a vendor profile knows. The added extensions are optional.
   *
   * @param more the extensions to add, after the present ones
   * @return the resource schema; this one when it has them all already
   * @throws IllegalArgumentException if two of {@code more} share an id
   */
  public ResourceSchema withExtensions(List<Schema> more) {
    List<Schema> all = new ArrayList<>(extensions);
    for (Schema s : more) {
      if (schema(s.id()).isEmpty()) {
        all.add(s);
      }
    }
    if (all.size() == extensions.size()) {
      return this;
    }
    ResourceSchema wider = of(name, core, all, required);
    return endpoint == null ? wider : wider.withEndpoint(endpoint);
  }

  /**
   * Returns this resource schema with an endpoint, as a resource type representation gives it
   * (RFC 7643 §6). The engine does not use it; {@link SchemaJson#write(ResourceSchema)} writes it.
   *
   * @param endpoint the endpoint relative to the service's base URL, for example {@code /Users}
   * @return the resource schema with that endpoint
   * @since 0.1
   */
  public ResourceSchema withEndpoint(String endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    return new ResourceSchema(name, core, extensions, required, endpoint);
  }

  /**
   * {@return the endpoint relative to the service's base URL, for example {@code /Users}, if it has
   * one}
   *
   * @since 0.1
   */
  public Optional<String> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /**
   * {@return whether a resource of this type must include the schema {@code urn} (RFC 7643 §6):
   * true for the core schema and the required extensions, false for the optional extensions and
   * any other URN} URNs match ignoring ASCII case.
   *
   * @param urn a schema URN
   * @since 0.1
   */
  public boolean isRequired(String urn) {
    return core.hasId(urn) || required.stream().anyMatch(id -> Ascii.equalsIgnoreCase(id, urn));
  }

  /** {@return the resource type's name, for example {@code User}} */
  public String name() {
    return name;
  }

  /** {@return the core schema} */
  public Schema core() {
    return core;
  }

  /** {@return the schema extensions, in the order they were given} */
  public List<Schema> extensions() {
    return extensions;
  }

  /** {@return the common attributes: {@code id}, {@code externalId}, {@code meta}, {@code schemas}} */
  public static List<Attribute> commonAttributes() {
    return COMMON;
  }

  /**
   * {@return the common attribute of that name, ignoring ASCII case, if it is one}
   *
   * @param name an attribute name
   */
  public static Optional<Attribute> commonAttribute(String name) {
    for (Attribute a : COMMON) {
      if (Ascii.equalsIgnoreCase(a.name(), name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the core schema or extension whose id matches {@code urn} ignoring case, if any}
   *
   * @param urn a schema URN
   */
  public Optional<Schema> schema(String urn) {
    if (core.hasId(urn)) {
      return Optional.of(core);
    }
    return extension(urn);
  }

  /**
   * {@return the extension whose id matches {@code urn} ignoring case, if any}
   *
   * @param urn a schema URN
   */
  public Optional<Schema> extension(String urn) {
    for (Schema s : extensions) {
      if (s.hasId(urn)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return a common attribute or an attribute of the core schema, matched ignoring case, if any}
   *
   * @param name the attribute's name, in any ASCII case
   */
  public Optional<Attribute> coreAttribute(String name) {
    for (Attribute common : COMMON) {
      if (Ascii.equalsIgnoreCase(common.name(), name)) {
        return Optional.of(common);
      }
    }
    return core.attribute(name);
  }

  /**
   * Returns the attribute a path's schema URN and name denote: with a URN, that schema's attribute
   * (the core schema's includes the common ones); without, a common or core attribute, else the
   * first extension's that defines the name (R-EXT-4). Names and URNs match ignoring case.
   *
   * @param urn the schema URN the path begins with, or {@code null}
   * @param name the attribute's name
   * @return the attribute, or empty if there is none (or the URN is not one of this resource's)
   */
  public Optional<Attribute> attribute(@Nullable String urn, String name) {
    if (urn != null) {
      Optional<Schema> s = schema(urn);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      return s.get() == core ? coreAttribute(name) : s.get().attribute(name);
    }
    Optional<Attribute> found = coreAttribute(name);
    for (int i = 0; found.isEmpty() && i < extensions.size(); i++) {
      found = extensions.get(i).attribute(name);
    }
    return found;
  }

  /** {@return the URNs of the core schema and the extensions, core first} */
  public List<String> schemaUrns() {
    List<String> urns = new ArrayList<>();
    urns.add(core.id());
    extensions.forEach(e -> urns.add(e.id()));
    return urns;
  }

  /**
   * Whether {@code o} is a resource schema with the same name, schemas in the same order, the same
   * required extensions and the same endpoint.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResourceSchema r && name.equals(r.name) && core.equals(r.core)
        && extensions.equals(r.extensions) && required.equals(r.required) && Objects.equals(endpoint, r.endpoint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, core, extensions, required, endpoint);
  }

  /** {@return the name, the endpoint if any and the schema URNs, required extensions marked} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ResourceSchema{").append(name);
    if (endpoint != null) {
      sb.append(' ').append(endpoint);
    }
    sb.append(": [").append(core.id());
    for (Schema e : extensions) {
      sb.append(", ").append(e.id()).append(isRequired(e.id()) ? " (required)" : "");
    }
    return sb.append("]}").toString();
  }
}

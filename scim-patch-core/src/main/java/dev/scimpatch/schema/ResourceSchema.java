package dev.scimpatch.schema;

import dev.scimpatch.internal.Ascii;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A resource type's schemas: one core schema, its extensions, and the common attributes every
 * resource has (RFC 7643 §3.1: {@code id}, {@code externalId}, {@code meta}, and {@code schemas}).
 *
 * <p>{@link ResourceSchemas#user()} and {@link ResourceSchemas#group()} are the built-in ones.
 * Immutable.
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

  private ResourceSchema(String name, Schema core, List<Schema> extensions) {
    this.name = name;
    this.core = core;
    this.extensions = extensions;
  }

  /**
   * Returns a resource schema.
   *
   * @param name the resource type's name, for example {@code User}
   * @param core its core schema
   * @param extensions its schema extensions; copied
   * @return the resource schema
   * @throws IllegalArgumentException if two schemas share an id (ignoring ASCII case), or the core
   *     schema redefines a common attribute
   */
  public static ResourceSchema of(String name, Schema core, List<Schema> extensions) {
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
    return new ResourceSchema(name, core, List.copyOf(extensions));
  }

  /**
   * Returns this resource schema with more extensions (those whose id it already has are left
   * out), for example the extensions a vendor profile knows.
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
    return all.size() == extensions.size() ? this : of(name, core, all);
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

  @Override
  public String toString() {
    return "ResourceSchema{" + name + ": " + schemaUrns() + '}';
  }
}

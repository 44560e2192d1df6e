package dev.scimpatch.schema;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema (RFC 7643 §7): a URN id and the attributes it defines.
 *
 * @param id the schema URN, for example {@code urn:ietf:params:scim:schemas:core:2.0:User}
 * @param name the human-readable name, for example {@code User}
 * @param description the description, empty if none
 * @param attributes the attribute definitions
 * @param open whether attributes it does not define are allowed too: an open schema (such as a
 *     vendor's key/value extension whose attribute names are tenant-defined) takes them as the
 *     schema-less engine does, untyped and read/write
 * @since 0.1
 */
public record Schema(String id, String name, String description, List<Attribute> attributes, boolean open) {

  /**
   * Creates a schema.
   *
   * @param id the schema URN ({@code urn:NID:NSS})
   * @param name the human-readable name
   * @param description the description, empty if none
   * @param attributes the attribute definitions; copied
   * @param open whether attributes it does not define are allowed too
   * @throws IllegalArgumentException if the id is not a URN or two attributes have names that
   *     match ignoring case
   */
  public Schema {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    attributes = List.copyOf(attributes);
    if (!Names.isUrn(id)) {
      throw new IllegalArgumentException("a schema id is a URN (urn:NID:NSS): " + id);
    }
    for (int i = 0; i < attributes.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (Ascii.equalsIgnoreCase(attributes.get(i).name(), attributes.get(j).name())) {
          throw new IllegalArgumentException(id + " defines " + attributes.get(i).name() + " twice");
        }
      }
    }
  }

  /**
   * Creates a closed schema: only the attributes it defines.
   *
   * @param id the schema URN ({@code urn:NID:NSS})
   * @param name the human-readable name
   * @param description the description, empty if none
   * @param attributes the attribute definitions; copied
   * @throws IllegalArgumentException as the canonical constructor does
   */
  public Schema(String id, String name, String description, List<Attribute> attributes) {
    this(id, name, description, attributes, false);
  }

  /**
   * Returns an open schema with no attributes of its own: any attribute name goes, untyped.
   *
   * @param id the schema URN ({@code urn:NID:NSS})
   * @param name the human-readable name
   * @return the schema, without a description
   * @throws IllegalArgumentException if {@code id} is not a URN
   */
  public static Schema open(String id, String name) {
    return new Schema(id, name, "", List.of(), true);
  }

  /**
   * Returns a closed schema with the given id, name and attributes, and no description.
   *
   * @param id the schema URN ({@code urn:NID:NSS})
   * @param name the human-readable name
   * @param attributes the attribute definitions
   * @return the schema
   * @throws IllegalArgumentException as the canonical constructor does
   */
  public static Schema of(String id, String name, Attribute... attributes) {
    return new Schema(id, name, "", List.of(attributes));
  }

  /**
   * {@return the attribute whose name matches {@code name} ignoring ASCII case, if the schema
   * defines one}
   *
   * @param name the attribute's name, in any ASCII case
   */
  public Optional<Attribute> attribute(String name) {
    for (Attribute a : attributes) {
      if (Ascii.equalsIgnoreCase(a.name(), name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether {@code urn} is this schema's id, ignoring ASCII case (R-EXT-6)}
   *
   * @param urn a schema URN
   */
  public boolean hasId(String urn) {
    return Ascii.equalsIgnoreCase(id, urn);
  }
}

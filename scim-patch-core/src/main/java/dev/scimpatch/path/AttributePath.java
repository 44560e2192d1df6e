package dev.scimpatch.path;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An attribute reference as RFC 7644 §3.4.2.2 writes it in filters: {@code [URN ":"] ATTRNAME
 * ["." ATTRNAME]}.
 *
 * <p>Inside a value filter ({@code emails[type eq "work"]}) names are relative to the bracketed
 * attribute, so {@code type} means {@code emails.type}. Names keep the spelling they were given;
 * {@link #matches(AttributePath)} compares them as SCIM does, ignoring ASCII case.
 *
 * @param schema the schema URN prefix, or {@code null} if none was written
 * @param name the attribute name: an ATTRNAME, or {@code $ref} for a relative name in a filter
 * @param subAttribute the sub-attribute name, or {@code null}
 * @since 0.1
 */
public record AttributePath(@Nullable String schema, String name, @Nullable String subAttribute) {

  /**
   * Creates an attribute path.
   *
   * @param schema the schema URN prefix ({@code urn:NID:NSS}), or {@code null} if none was written
   * @param name the attribute name: an ATTRNAME, or {@code $ref}
   * @param subAttribute the sub-attribute name, an ATTRNAME or {@code $ref}, or {@code null}
   * @throws IllegalArgumentException if a name is not an ATTRNAME (or {@code $ref}), or the schema
   *     is not a URN
   */
  public AttributePath {
    Objects.requireNonNull(name, "name");
    if (schema != null && !Names.isUrn(schema)) {
      throw new IllegalArgumentException("not a schema URN: " + schema);
    }
    if (!Names.isAttrName(name) && !Names.isRef(name)) {
      throw new IllegalArgumentException("not an attribute name: " + name);
    }
    if (subAttribute != null && !Names.isAttrName(subAttribute) && !Names.isRef(subAttribute)) {
      throw new IllegalArgumentException("not a sub-attribute name: " + subAttribute);
    }
  }

  /**
   * Returns a path to an attribute with no schema prefix and no sub-attribute.
   *
   * @param name the attribute name: an ATTRNAME, or {@code $ref}
   * @return the path
   * @throws IllegalArgumentException if {@code name} is neither
   */
  public static AttributePath of(String name) {
    return new AttributePath(null, name, null);
  }

  /**
   * Returns a path to a sub-attribute, with no schema prefix.
   *
   * @param name the attribute name: an ATTRNAME, or {@code $ref}
   * @param subAttribute the sub-attribute name: an ATTRNAME, or {@code $ref}
   * @return the path
   * @throws IllegalArgumentException if a name is neither
   */
  public static AttributePath of(String name, String subAttribute) {
    return new AttributePath(null, name, subAttribute);
  }

  /**
   * Whether this and {@code other} name the same attribute as SCIM compares names: schema URN,
   * name and sub-attribute equal ignoring ASCII case.
   *
   * @param other the path to compare with
   * @return whether both name the same attribute; two paths without a schema or without a
   *     sub-attribute are equal in that part, one with and one without are not
   */
  public boolean matches(AttributePath other) {
    return equalsIgnoreCase(schema, other.schema)
        && Ascii.equalsIgnoreCase(name, other.name)
        && equalsIgnoreCase(subAttribute, other.subAttribute);
  }

  private static boolean equalsIgnoreCase(@Nullable String a, @Nullable String b) {
    return a == null ? b == null : b != null && Ascii.equalsIgnoreCase(a, b);
  }

  /** Prints {@code [schema:]name[.subAttribute]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    appendTo(sb);
    return sb.toString();
  }

  void appendTo(StringBuilder sb) {
    if (schema != null) {
      sb.append(schema).append(':');
    }
    sb.append(name);
    if (subAttribute != null) {
      sb.append('.').append(subAttribute);
    }
  }
}

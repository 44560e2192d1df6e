package dev.scimpatch.path;

import dev.scimpatch.internal.Names;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A PATCH operation's {@code path} (RFC 7644 §3.5.2, Figure 7):
 *
 * <pre>
 * PATH      = attrPath / valuePath [subAttr]
 * attrPath  = [URN ":"] ATTRNAME [subAttr]
 * valuePath = attrPath "[" valFilter "]"
 * subAttr   = "." ATTRNAME            ; or "." "$ref"
 * </pre>
 *
 * <p>Examples: {@code members}, {@code name.familyName}, {@code addresses[type eq "work"]},
 * {@code members[value eq "2819c223"].displayName},
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value}.
 *
 * <p>A path has at most one sub-attribute, before or after the filter, and a value filter follows
 * the attribute name itself (complex attributes have no complex sub-attributes, RFC 7643 §2.3.8,
 * so {@code name.givenName[...]} and {@code emails[...].display.x} address nothing: R-PATH-14).
 *
 * <p>Names keep the spelling they were written with, and {@code equals} compares that spelling;
 * resolution against a schema or a resource ignores ASCII case. {@link #toString()} prints
 * canonical syntax, and {@code Path.parse(p.toString()).equals(p)} for every path within the
 * default {@link dev.scimpatch.Limits}.
 *
 * @param schema the schema URN prefix, or {@code null} if none was written
 * @param attribute the attribute name (an ATTRNAME)
 * @param filter the value filter, or {@code null}
 * @param subAttribute the sub-attribute name (an ATTRNAME or {@code $ref}), or {@code null}
 * @since 0.1
 */
public record Path(
    @Nullable String schema, String attribute, @Nullable Filter filter, @Nullable String subAttribute) {

  /**
   * Creates a path.
   *
   * @param schema the schema URN prefix ({@code urn:NID:NSS}), or {@code null} for none
   * @param attribute the attribute name, an ATTRNAME
   * @param filter the value filter, or {@code null}; it may contain no {@link Filter.ValuePath}
   * @param subAttribute the sub-attribute name, an ATTRNAME or {@code $ref}, or {@code null}; with a
   *     filter, it follows the filter
   * @throws IllegalArgumentException if the attribute is not an ATTRNAME, the sub-attribute neither
   *     an ATTRNAME nor {@code $ref}, the schema is not a URN, or the filter contains a value path
   */
  public Path {
    Objects.requireNonNull(attribute, "attribute");
    if (schema != null && !Names.isUrn(schema)) {
      throw new IllegalArgumentException("not a schema URN: " + schema);
    }
    if (!Names.isAttrName(attribute)) {
      throw new IllegalArgumentException("not an attribute name: " + attribute);
    }
    if (subAttribute != null && !Names.isAttrName(subAttribute) && !Names.isRef(subAttribute)) {
      throw new IllegalArgumentException("not a sub-attribute name: " + subAttribute);
    }
    if (filter != null && Filter.containsValuePath(filter)) {
      throw new IllegalArgumentException("value filters do not nest (R-PATH-14): " + filter);
    }
  }

  /**
   * Parses a path with the default {@link dev.scimpatch.Limits} and no known schema URNs (the
   * schema prefix is split at the last {@code ':'} before the attribute name).
   *
   * @param path the path's text, for example {@code "emails[type eq \"work\"].value"}
   * @return the path
   * @throws dev.scimpatch.ScimPatchException {@code 400 invalidPath} for a syntax error outside the
   *     brackets, {@code 400 invalidFilter} inside them; both carry the input and the index
   */
  public static Path parse(String path) {
    return PathParser.defaults().parse(path);
  }

  /**
   * Returns the path of a top-level attribute, with no schema prefix.
   *
   * @param attribute the attribute name, an ATTRNAME
   * @return the path
   * @throws IllegalArgumentException if {@code attribute} is not an ATTRNAME
   */
  public static Path of(String attribute) {
    return new Path(null, attribute, null, null);
  }

  /**
   * Returns the path of a sub-attribute of a complex attribute, with no schema prefix.
   *
   * @param attribute the attribute name, an ATTRNAME
   * @param subAttribute the sub-attribute name, an ATTRNAME or {@code $ref}
   * @return the path
   * @throws IllegalArgumentException if a name is not one of those
   */
  public static Path of(String attribute, String subAttribute) {
    return new Path(null, attribute, null, subAttribute);
  }

  /**
   * Returns a value path, {@code attribute[filter]}, with no schema prefix.
   *
   * @param attribute the multi-valued attribute's name, an ATTRNAME
   * @param filter the filter on its values, whose names are relative to {@code attribute}; it may
   *     contain no {@link Filter.ValuePath}
   * @return the path
   * @throws IllegalArgumentException if {@code attribute} is not an ATTRNAME or the filter contains a
   *     value path
   */
  public static Path of(String attribute, Filter filter) {
    return new Path(null, attribute, filter, null);
  }

  /**
   * Returns a copy of this path with the given schema URN prefix.
   *
   * @param schema the schema URN ({@code urn:NID:NSS}), or {@code null} for none
   * @return the copy
   * @throws IllegalArgumentException if {@code schema} is not a URN
   */
  public Path withSchema(@Nullable String schema) {
    return new Path(schema, attribute, filter, subAttribute);
  }

  /**
   * Returns a copy of this path with the given sub-attribute.
   *
   * @param subAttribute the sub-attribute name, an ATTRNAME or {@code $ref}, or {@code null} for none
   * @return the copy
   * @throws IllegalArgumentException if {@code subAttribute} is not one of those
   */
  public Path withSubAttribute(@Nullable String subAttribute) {
    return new Path(schema, attribute, filter, subAttribute);
  }

  /** {@return whether this path selects values with a filter} */
  public boolean hasFilter() {
    return filter != null;
  }

  /** {@return the attribute this path addresses, without its filter: {@code [schema:]attribute[.sub]}} */
  public AttributePath attributePath() {
    return new AttributePath(schema, attribute, subAttribute);
  }

  /** Prints canonical syntax: {@code [schema:]attribute[.sub]} or {@code [schema:]attribute[filter][.sub]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (schema != null) {
      sb.append(schema).append(':');
    }
    sb.append(attribute);
    if (filter != null) {
      sb.append('[').append(filter).append(']');
    }
    if (subAttribute != null) {
      sb.append('.').append(subAttribute);
    }
    return sb.toString();
  }
}

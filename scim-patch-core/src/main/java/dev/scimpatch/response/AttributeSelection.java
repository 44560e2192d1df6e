package dev.scimpatch.response;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.path.Path;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.schema.ResourceSchema;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code attributes} and {@code excludedAttributes} parameters of a request (RFC 7644 §3.9),
 * parsed: comma-separated attribute names, each {@code name}, {@code name.subName}, qualified by a
 * schema URN ({@code urn:…:enterprise:2.0:User:employeeNumber}), or a schema URN alone for a whole
 * extension. Names match ignoring ASCII case. Immutable.
 *
 * @since 0.1
 */
public final class AttributeSelection {

  private static final AttributeSelection NONE = new AttributeSelection(Set.of(), Set.of(), Set.of(), Set.of());

  /** Keys {@code container|name} and {@code container|name|sub}, folded; container empty for the core. */
  private final Set<String> attributes;
  private final Set<String> excluded;
  /** Folded URNs of extensions named whole. */
  private final Set<String> schemas;
  private final Set<String> excludedSchemas;

  private AttributeSelection(Set<String> attributes, Set<String> excluded, Set<String> schemas, Set<String> excludedSchemas) {
    this.attributes = attributes;
    this.excluded = excluded;
    this.schemas = schemas;
    this.excludedSchemas = excludedSchemas;
  }

  /** {@return no parameters: the {@code returned} characteristics alone decide} */
  public static AttributeSelection none() {
    return NONE;
  }

  /**
   * Parses the parameters.
   *
   * @param attributes the {@code attributes} parameter, or {@code null} (or blank) if absent
   * @param excludedAttributes the {@code excludedAttributes} parameter, or {@code null} if absent
   * @param schema the resource's schema, whose URNs qualify names; {@code null} without one
   * @return the selection
   * @throws ScimPatchException {@code 400 invalidPath} for a name that is not an attribute path or
   *     that has a filter
   */
  public static AttributeSelection parse(
      @Nullable String attributes, @Nullable String excludedAttributes, @Nullable ResourceSchema schema) {
    List<String> urns = schema == null ? List.of() : schema.schemaUrns();
    String core = schema == null ? null : schema.core().id();
    PathParser parser = PathParser.builder().schemaUrns(urns).build();
    Set<String> a = new HashSet<>();
    Set<String> as = new HashSet<>();
    Set<String> e = new HashSet<>();
    Set<String> es = new HashSet<>();
    read(attributes, parser, urns, core, a, as);
    read(excludedAttributes, parser, urns, core, e, es);
    if (a.isEmpty() && as.isEmpty() && e.isEmpty() && es.isEmpty()) {
      return NONE;
    }
    return new AttributeSelection(Set.copyOf(a), Set.copyOf(e), Set.copyOf(as), Set.copyOf(es));
  }

  private static void read(@Nullable String list, PathParser parser, List<String> urns, @Nullable String core,
      Set<String> names, Set<String> wholeSchemas) {
    if (list == null || list.isBlank()) {
      return;
    }
    for (String raw : list.split(",", -1)) {
      String item = raw.strip();
      if (item.isEmpty()) {
        throw ScimPatchException.of(ScimType.INVALID_PATH, "an empty attribute name in " + quote(list) + " (RFC 7644 §3.9)");
      }
      String known = urns.stream().filter(u -> Ascii.equalsIgnoreCase(u, item)).findFirst().orElse(null);
      if (known != null && !Ascii.equalsIgnoreCase(known, core == null ? "" : core)) {
        wholeSchemas.add(Ascii.toLowerCase(known));
        continue;
      }
      Path p = parser.parse(item);
      if (p.filter() != null) {
        throw ScimPatchException.of(ScimType.INVALID_PATH, quote(item) + " has a filter; "
            + "attributes and excludedAttributes take attribute names (RFC 7644 §3.9)");
      }
      String urn = p.schema();
      String container = urn == null || (core != null && Ascii.equalsIgnoreCase(urn, core)) ? "" : Ascii.toLowerCase(urn);
      String key = container + "|" + Ascii.toLowerCase(p.attribute());
      String sub = p.subAttribute();
      names.add(sub == null ? key : key + "|" + Ascii.toLowerCase(sub));
      if (sub != null) {
        names.add(key + "|*"); // the attribute has a named sub-attribute
      }
    }
  }

  private static String quote(String s) {
    return '"' + (s.length() > 64 ? s.substring(0, 64) + "..." : s) + '"';
  }

  /** {@return whether the {@code attributes} parameter was given} */
  public boolean hasAttributes() {
    return !attributes.isEmpty() || !schemas.isEmpty();
  }

  boolean names(String container, String name) {
    return attributes.contains(container + "|" + name) || schemas.contains(container);
  }

  boolean namesASubAttributeOf(String container, String name) {
    return attributes.contains(container + "|" + name + "|*");
  }

  boolean names(String container, String name, String sub) {
    return attributes.contains(container + "|" + name + "|" + sub);
  }

  boolean excludes(String container, String name) {
    return excluded.contains(container + "|" + name) || excludedSchemas.contains(container);
  }

  boolean excludes(String container, String name, String sub) {
    return excluded.contains(container + "|" + name + "|" + sub);
  }

  boolean namesSchema(String container) {
    return schemas.contains(container);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AttributeSelection s && attributes.equals(s.attributes) && excluded.equals(s.excluded)
        && schemas.equals(s.schemas) && excludedSchemas.equals(s.excludedSchemas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attributes, excluded, schemas, excludedSchemas);
  }

  @Override
  public String toString() {
    return "AttributeSelection[attributes=" + attributes + ", schemas=" + schemas + ", excluded=" + excluded
        + ", excludedSchemas=" + excludedSchemas + "]";
  }
}

package dev.scimpatch.schema;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Keywords;
import dev.scimpatch.internal.Names;
import dev.scimpatch.internal.Text;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the JSON representations of schemas (RFC 7643 §7) and resource types
 * (RFC 7643 §6), as a server's {@code /Schemas} and {@code /ResourceTypes} endpoints serve them.
 *
 * <p>The readers take a {@link ScimNode} from any JSON adapter (for example
 * {@code ScimJson.defaults().read(bytes)} of scim-patch-jackson) holding one representation, an
 * array of them, or a ListResponse ({@code {"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
 * "Resources":[...]}}). Reading:
 * <ul>
 *   <li>applies the defaults of RFC 7643 §2.2 to a characteristic that is missing or
 *       {@code null}: type {@code string}, not required, not case-exact, {@code readWrite},
 *       returned {@code default}, uniqueness {@code none}, no canonical values; §2.2 gives
 *       {@code multiValued} no default, and a missing one is {@code false};</li>
 *   <li>matches member names ignoring ASCII case, as SCIM attribute names match (§2.1), and
 *       keyword values ({@code type}, {@code mutability}, {@code returned}, {@code uniqueness})
 *       ignoring ASCII case too: the RFC spells them case-sensitively, but {@code "readonly"} can
 *       only mean {@code readOnly}; writing uses the RFC's spelling;</li>
 *   <li>refuses members that are not RFC 7643's (such as a misspelt {@code "mutabilty"}, which
 *       would otherwise leave the attribute {@code readWrite}), except in the ListResponse
 *       envelope, whose other members are ignored; {@code schemas} and {@code meta} are accepted
 *       and ignored;</li>
 *   <li>throws {@link InvalidSchemaException}, with the JSON pointer of the member at fault, for
 *       anything it cannot read, and nothing else.</li>
 * </ul>
 *
 * <p>Writing gives the representations with every characteristic written out, so that a reader
 * with other defaults reads the same; reading what was written gives back an equal value. RFC 7643
 * has no way to say that a schema is {@linkplain Schema#open() open}: an open schema is written as
 * its attributes and read back closed.
 *
 * @since 0.1
 */
public final class SchemaJson {
  private SchemaJson() {}

  private static final String SCHEMA_URN = "urn:ietf:params:scim:schemas:core:2.0:Schema";
  private static final String RESOURCE_TYPE_URN = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
  private static final String LIST_RESPONSE_URN = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

  /** Members of a schema representation, lower case (§7, and erratum 8417's schemas and meta). */
  private static final Set<String> SCHEMA_MEMBERS = Set.of("schemas", "id", "name", "description", "attributes", "meta");

  /** The characteristics of an attribute, lower case (§7). */
  private static final Set<String> ATTRIBUTE_MEMBERS = Set.of("name", "type", "multivalued", "description",
      "required", "caseexact", "mutability", "returned", "uniqueness", "canonicalvalues", "referencetypes",
      "subattributes");

  /** Members of a resource type representation, lower case (§6). */
  private static final Set<String> RESOURCE_TYPE_MEMBERS = Set.of("schemas", "id", "name", "description", "endpoint",
      "schema", "schemaextensions", "meta");

  /** Members of an element of {@code schemaExtensions}, lower case (§6). */
  private static final Set<String> EXTENSION_MEMBERS = Set.of("schema", "required");

  /** Longest value an error message quotes whole. */
  private static final int QUOTE_MAX = 80;

  // ------------------------------------------------------------------ reading schemas

  /**
   * Reads schema representations (RFC 7643 §7).
   *
   * @param json one schema representation, an array of them, or a ListResponse of them
   * @return the schemas, in document order
   * @throws InvalidSchemaException if {@code json} is none of those, a representation is not
   *     valid, or two have the same id (ignoring ASCII case)
   */
  public static List<Schema> readSchemas(ScimNode json) {
    Objects.requireNonNull(json, "json");
    List<Schema> schemas = new ArrayList<>();
    for (Located doc : representations(json, "schema")) {
      Schema s = schema(doc.node(), doc.at());
      for (Schema earlier : schemas) {
        if (earlier.hasId(s.id())) {
          throw bad(member(doc.at(), (ScimObject) doc.node(), "id"), "schema " + show(s.id()) + " appears twice");
        }
      }
      schemas.add(s);
    }
    return List.copyOf(schemas);
  }

  /**
   * Reads one schema representation (RFC 7643 §7).
   *
   * @param json the representation: an object
   * @return the schema, closed
   * @throws InvalidSchemaException if it is not a valid representation
   */
  public static Schema readSchema(ScimNode json) {
    Objects.requireNonNull(json, "json");
    return schema(json, "");
  }

  private static Schema schema(ScimNode node, String at) {
    ScimObject o = object(node, at, "a schema");
    members(o, at, SCHEMA_MEMBERS, "a schema (RFC 7643 §7)");
    String id = string(o, "id", at, null);
    if (!Names.isUrn(id)) {
      throw bad(member(at, o, "id"), "a schema id is a URN (urn:NID:NSS), not " + show(id));
    }
    String name = string(o, "name", at, "");
    String description = string(o, "description", at, "");
    List<Attribute> attributes = attributes(o, "attributes", at, false);
    try {
      return new Schema(id, name, description, attributes);
    } catch (IllegalArgumentException e) {
      throw bad(at, reason(e));
    }
  }

  /** The attribute definitions of member {@code name} of {@code o}: an array, or missing. */
  private static List<Attribute> attributes(ScimObject o, String name, String at, boolean sub) {
    ScimNode node = value(o, name);
    if (node == null) {
      return List.of();
    }
    String here = member(at, o, name);
    ScimArray array = array(node, here, name);
    List<Attribute> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String element = here + "/" + i;
      Attribute a = attribute(array.get(i), element, sub);
      for (Attribute earlier : out) {
        if (Ascii.equalsIgnoreCase(earlier.name(), a.name())) {
          throw bad(member(element, (ScimObject) array.get(i), "name"),
              "duplicate name " + show(a.name()) + " (names match ignoring case, RFC 7643 §2.1)");
        }
      }
      out.add(a);
    }
    return out;
  }

  private static Attribute attribute(ScimNode node, String at, boolean sub) {
    ScimObject o = object(node, at, sub ? "a sub-attribute" : "an attribute");
    members(o, at, ATTRIBUTE_MEMBERS, "an attribute (RFC 7643 §7)");
    String name = string(o, "name", at, null);
    if (!Names.isAttrName(name) && !Names.isRef(name)) {
      throw bad(member(at, o, "name"), "not an attribute name (RFC 7643 §2.1): " + show(name));
    }
    AttributeType type = keyword(o, "type", at, AttributeType.values(), AttributeType::keyword, AttributeType.STRING);
    if (sub && type == AttributeType.COMPLEX) {
      throw bad(member(at, o, "type"), "a sub-attribute cannot be complex (RFC 7643 §2.3.8)");
    }
    List<Attribute> subs = attributes(o, "subAttributes", at, true);
    if (type != AttributeType.COMPLEX && !subs.isEmpty()) {
      throw bad(member(at, o, "subAttributes"), "a " + type + " attribute has no sub-attributes"
          + (value(o, "type") == null ? " (without \"type\" it is a string, RFC 7643 §2.2)" : ""));
    }
    try {
      return new Attribute(name, type,
          bool(o, "multiValued", at),
          string(o, "description", at, ""),
          bool(o, "required", at),
          bool(o, "caseExact", at),
          keyword(o, "mutability", at, Mutability.values(), Mutability::keyword, Mutability.READ_WRITE),
          keyword(o, "returned", at, Returned.values(), Returned::keyword, Returned.DEFAULT),
          keyword(o, "uniqueness", at, Uniqueness.values(), Uniqueness::keyword, Uniqueness.NONE),
          strings(o, "canonicalValues", at),
          strings(o, "referenceTypes", at),
          subs);
    } catch (IllegalArgumentException e) {
      throw bad(at, reason(e));
    }
  }

  // ------------------------------------------------------------------ reading resource types

  /**
   * Reads resource type representations (RFC 7643 §6) into resource schemas, taking each one's
   * core schema and extensions from {@code schemas}.
   *
   * <p>Of each resource type this keeps its {@code name}, {@code endpoint}, its "schema" member and
   * {@code schemaExtensions}; {@code id} and {@code description} are read but not kept. An
   * extension's missing {@code required} is {@code false}.
   *
   * @param json one resource type representation, an array of them, or a ListResponse of them
   * @param schemas the schemas they name, for example from {@link #readSchemas(ScimNode)}; URNs
   *     match ignoring ASCII case
   * @return the resource schemas, in document order
   * @throws InvalidSchemaException if {@code json} is none of those, a representation is not
   *     valid or names a schema that is not in {@code schemas}, or two have the same name
   */
  public static List<ResourceSchema> readResourceTypes(ScimNode json, Collection<Schema> schemas) {
    Objects.requireNonNull(json, "json");
    List<Schema> known = List.copyOf(schemas);
    List<ResourceSchema> out = new ArrayList<>();
    for (Located doc : representations(json, "resource type")) {
      ResourceSchema r = resourceType(doc.node(), doc.at(), known);
      for (ResourceSchema earlier : out) {
        if (Ascii.equalsIgnoreCase(earlier.name(), r.name())) {
          throw bad(member(doc.at(), (ScimObject) doc.node(), "name"),
              "resource type " + show(r.name()) + " appears twice");
        }
      }
      out.add(r);
    }
    return List.copyOf(out);
  }

  private static ResourceSchema resourceType(ScimNode node, String at, List<Schema> known) {
    ScimObject o = object(node, at, "a resource type");
    members(o, at, RESOURCE_TYPE_MEMBERS, "a resource type (RFC 7643 §6)");
    String name = string(o, "name", at, null);
    string(o, "id", at, "");
    string(o, "description", at, "");
    String endpoint = string(o, "endpoint", at, "");
    Schema core = known(o, "schema", at, known);
    List<Schema> extensions = new ArrayList<>();
    List<String> required = new ArrayList<>();
    ScimNode list = value(o, "schemaExtensions");
    if (list != null) {
      String here = member(at, o, "schemaExtensions");
      ScimArray array = array(list, here, "schemaExtensions");
      for (int i = 0; i < array.size(); i++) {
        String element = here + "/" + i;
        ScimObject e = object(array.get(i), element, "a schema extension");
        members(e, element, EXTENSION_MEMBERS, "a schema extension (RFC 7643 §6)");
        Schema s = known(e, "schema", element, known);
        if (core.hasId(s.id()) || extensions.stream().anyMatch(x -> x.hasId(s.id()))) {
          throw bad(member(element, e, "schema"), "schema " + show(s.id()) + " appears twice");
        }
        extensions.add(s);
        if (bool(e, "required", element)) {
          required.add(s.id());
        }
      }
    }
    ResourceSchema r;
    try {
      r = ResourceSchema.of(name, core, extensions, required);
    } catch (IllegalArgumentException e) {
      throw bad(member(at, o, "schema"), reason(e));
    }
    return endpoint.isEmpty() ? r : r.withEndpoint(endpoint);
  }

  /** The schema whose URN member {@code name} of {@code o} holds. */
  private static Schema known(ScimObject o, String name, String at, List<Schema> known) {
    String urn = string(o, name, at, null);
    for (Schema s : known) {
      if (s.hasId(urn)) {
        return s;
      }
    }
    throw bad(member(at, o, name), "unknown schema " + show(urn) + ": it is not among the schemas given");
  }

  // ------------------------------------------------------------------ reading: documents and members

  /** A node and its JSON pointer. */
  private record Located(ScimNode node, String at) {}

  /** The representations a document holds: itself, its elements, or a ListResponse's Resources. */
  private static List<Located> representations(ScimNode json, String what) {
    List<Located> out = new ArrayList<>();
    if (json instanceof ScimArray array) {
      for (int i = 0; i < array.size(); i++) {
        out.add(new Located(array.get(i), "/" + i));
      }
    } else if (json instanceof ScimObject o && isListResponse(o)) {
      ScimNode resources = value(o, "Resources");
      if (resources == null) {
        if (value(o, "totalResults") instanceof ScimNumber n && n.value().signum() == 0) {
          return out; // RFC 7644 §3.4.2: Resources is required when totalResults is not 0
        }
        throw bad(member("", o, "Resources"), "a ListResponse with results needs \"Resources\" (RFC 7644 §3.4.2)");
      }
      String here = member("", o, "Resources");
      ScimArray array = array(resources, here, "Resources");
      for (int i = 0; i < array.size(); i++) {
        out.add(new Located(array.get(i), here + "/" + i));
      }
    } else if (json instanceof ScimObject) {
      out.add(new Located(json, ""));
    } else {
      throw bad("", "expected a " + what + ", an array of them or a ListResponse, not " + json.jsonType());
    }
    return out;
  }

  /** A ListResponse: its {@code schemas} say so, or it has {@code Resources}. */
  private static boolean isListResponse(ScimObject o) {
    if (o.has("Resources")) {
      return true;
    }
    if (o.get("schemas") instanceof ScimArray urns) {
      for (ScimNode urn : urns) {
        if (urn instanceof ScimString s && Ascii.equalsIgnoreCase(s.value(), LIST_RESPONSE_URN)) {
          return true;
        }
      }
    }
    return false;
  }

  private static ScimObject object(ScimNode node, String at, String what) {
    if (node instanceof ScimObject o) {
      return o;
    }
    throw bad(at, what + " must be an object, not " + node.jsonType());
  }

  private static ScimArray array(ScimNode node, String at, String name) {
    if (node instanceof ScimArray a) {
      return a;
    }
    throw bad(at, show(name) + " must be an array, not " + node.jsonType());
  }

  /** Refuses a member whose name, in lower case, is not in {@code known}. */
  private static void members(ScimObject o, String at, Set<String> known, String of) {
    for (String name : o.names()) {
      if (!known.contains(Ascii.toLowerCase(name))) {
        throw bad(at + "/" + escape(name), show(name) + " is not a member of " + of);
      }
    }
  }

  /** The value of a member, or {@code null} if it is missing or JSON {@code null}. */
  private static @Nullable ScimNode value(ScimObject o, String name) {
    ScimNode v = o.get(name);
    return v == null || v.isNull() ? null : v;
  }

  /** A string member: {@code absent} when it is missing or {@code null}; required if that is null. */
  private static String string(ScimObject o, String name, String at, @Nullable String absent) {
    ScimNode v = value(o, name);
    if (v == null) {
      if (absent == null) {
        throw bad(member(at, o, name), "missing " + show(name));
      }
      return absent;
    }
    if (v instanceof ScimString s) {
      return s.value();
    }
    throw bad(member(at, o, name), show(name) + " must be a string, not " + v.jsonType());
  }

  /** A boolean member: {@code false} when it is missing or {@code null}. */
  private static boolean bool(ScimObject o, String name, String at) {
    ScimNode v = value(o, name);
    if (v == null) {
      return false;
    }
    if (v instanceof ScimBoolean b) {
      return b.value();
    }
    throw bad(member(at, o, name), show(name) + " must be a boolean, not " + v.jsonType());
  }

  /** An array-of-strings member: empty when it is missing or {@code null}. */
  private static List<String> strings(ScimObject o, String name, String at) {
    ScimNode v = value(o, name);
    if (v == null) {
      return List.of();
    }
    String here = member(at, o, name);
    ScimArray array = array(v, here, name);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof ScimString s)) {
        throw bad(here + "/" + i, "the elements of " + show(name) + " are strings, not " + array.get(i).jsonType());
      }
      out.add(s.value());
    }
    return out;
  }

  /** A keyword member, matched ignoring ASCII case: {@code absent} when it is missing or null. */
  private static <E extends Enum<E>> E keyword(
      ScimObject o, String name, String at, E[] values, Function<E, String> keywordOf, E absent) {
    String word = string(o, name, at, "");
    if (value(o, name) == null) {
      return absent;
    }
    return Keywords.findIgnoreCase(values, keywordOf, word)
        .orElseThrow(() -> bad(member(at, o, name), "unknown " + name + " " + show(word)));
  }

  /** The pointer of member {@code name} of {@code o}, spelled as in {@code o} if it is there. */
  private static String member(String at, ScimObject o, String name) {
    String spelled = o.nameOf(name);
    return at + "/" + escape(spelled == null ? name : spelled);
  }

  /** A member name as an RFC 6901 reference token. */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String show(String s) {
    return Text.quote(s.length() <= QUOTE_MAX ? s : s.substring(0, QUOTE_MAX) + "...");
  }

  private static String reason(IllegalArgumentException e) {
    return String.valueOf(e.getMessage());
  }

  private static InvalidSchemaException bad(String pointer, String reason) {
    return new InvalidSchemaException(pointer, reason);
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a schema's representation (RFC 7643 §7): its "schemas" member, {@code id}, {@code name},
   * {@code description} (if not empty), {@code attributes} with every characteristic (a
   * description, canonical values and reference types only if not empty, sub-attributes for
   * complex attributes), and {@code meta.resourceType}.
   *
   * @param schema the schema
   * @return its representation
   */
  public static ScimObject write(Schema schema) {
    ScimObject.Builder b = ScimObject.builder()
        .put("schemas", ScimArray.of(ScimString.of(SCHEMA_URN)))
        .put("id", ScimString.of(schema.id()))
        .put("name", ScimString.of(schema.name()));
    if (!schema.description().isEmpty()) {
      b.put("description", ScimString.of(schema.description()));
    }
    return b.put("attributes", attributes(schema.attributes()))
        .put("meta", ScimObject.of("resourceType", ScimString.of("Schema")))
        .build();
  }

  /**
   * Writes schemas as a ListResponse, as {@code GET /Schemas} returns them (RFC 7644 §4).
   *
   * @param schemas the schemas
   * @return the ListResponse, with every schema in {@code Resources}
   */
  public static ScimObject writeSchemas(List<Schema> schemas) {
    List<ScimNode> resources = new ArrayList<>();
    schemas.forEach(s -> resources.add(write(s)));
    return listResponse(resources);
  }

  /**
   * Writes a resource schema as a resource type representation (RFC 7643 §6): {@code schemas},
   * {@code id} and {@code name} (both the name), {@code endpoint} (if it has one), {@code schema},
   * {@code schemaExtensions} (if it has extensions) and {@code meta.resourceType}.
   *
   * @param resourceSchema the resource schema
   * @return its representation
   */
  public static ScimObject write(ResourceSchema resourceSchema) {
    ScimObject.Builder b = ScimObject.builder()
        .put("schemas", ScimArray.of(ScimString.of(RESOURCE_TYPE_URN)))
        .put("id", ScimString.of(resourceSchema.name()))
        .put("name", ScimString.of(resourceSchema.name()));
    resourceSchema.endpoint().ifPresent(e -> b.put("endpoint", ScimString.of(e)));
    b.put("schema", ScimString.of(resourceSchema.core().id()));
    if (!resourceSchema.extensions().isEmpty()) {
      ScimArray.Builder extensions = ScimArray.builder();
      for (Schema e : resourceSchema.extensions()) {
        extensions.add(ScimObject.of("schema", ScimString.of(e.id()),
            "required", ScimBoolean.of(resourceSchema.isRequired(e.id()))));
      }
      b.put("schemaExtensions", extensions.build());
    }
    return b.put("meta", ScimObject.of("resourceType", ScimString.of("ResourceType"))).build();
  }

  /**
   * Writes resource schemas as a ListResponse of resource type representations, as
   * {@code GET /ResourceTypes} returns them (RFC 7644 §4).
   *
   * @param resourceSchemas the resource schemas
   * @return the ListResponse, with every resource type in {@code Resources}
   */
  public static ScimObject writeResourceTypes(List<ResourceSchema> resourceSchemas) {
    List<ScimNode> resources = new ArrayList<>();
    resourceSchemas.forEach(r -> resources.add(write(r)));
    return listResponse(resources);
  }

  private static ScimObject listResponse(List<ScimNode> resources) {
    return ScimObject.builder()
        .put("schemas", ScimArray.of(ScimString.of(LIST_RESPONSE_URN)))
        .put("totalResults", ScimNumber.of(resources.size()))
        .put("itemsPerPage", ScimNumber.of(resources.size()))
        .put("startIndex", ScimNumber.of(1))
        .put("Resources", ScimArray.of(resources))
        .build();
  }

  private static ScimArray attributes(List<Attribute> attributes) {
    ScimArray.Builder b = ScimArray.builder();
    attributes.forEach(a -> b.add(attribute(a)));
    return b.build();
  }

  private static ScimObject attribute(Attribute a) {
    ScimObject.Builder b = ScimObject.builder()
        .put("name", ScimString.of(a.name()))
        .put("type", ScimString.of(a.type().keyword()))
        .put("multiValued", ScimBoolean.of(a.multiValued()));
    if (!a.description().isEmpty()) {
      b.put("description", ScimString.of(a.description()));
    }
    b.put("required", ScimBoolean.of(a.required()))
        .put("caseExact", ScimBoolean.of(a.caseExact()))
        .put("mutability", ScimString.of(a.mutability().keyword()))
        .put("returned", ScimString.of(a.returned().keyword()))
        .put("uniqueness", ScimString.of(a.uniqueness().keyword()));
    if (!a.canonicalValues().isEmpty()) {
      b.put("canonicalValues", strings(a.canonicalValues()));
    }
    if (!a.referenceTypes().isEmpty()) {
      b.put("referenceTypes", strings(a.referenceTypes()));
    }
    if (a.isComplex()) {
      b.put("subAttributes", attributes(a.subAttributes()));
    }
    return b.build();
  }

  private static ScimArray strings(List<String> values) {
    ScimArray.Builder b = ScimArray.builder();
    values.forEach(v -> b.add(ScimString.of(v)));
    return b.build();
  }
}

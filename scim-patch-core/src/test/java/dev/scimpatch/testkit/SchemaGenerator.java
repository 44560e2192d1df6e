package dev.scimpatch.testkit;

import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.AttributeType;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.Returned;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.schema.Uniqueness;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates valid RFC 7643 schemas (closed, as a schema representation can only describe) and
 * resource schemas: random attribute names, every type and characteristic, canonical values and
 * reference types, and sub-attributes of complex attributes.
 */
public final class SchemaGenerator {

  private static final List<String> REFERENCE_TYPES = List.of("User", "Group", "external", "uri", "Device");

  /** A generator of valid schemas and resource schemas. */
  public SchemaGenerator() {}

  /**
   * {@return a schema of up to eight attributes; never one that redefines a common attribute}
   *
   * @param rng the source of randomness
   */
  public Schema schema(RandomGenerator rng) {
    String id = ScimNames.randomUrn(rng);
    String name = rng.nextInt(5) == 0 ? "" : ScimNames.randomAttributeName(rng, 12);
    String description = rng.nextInt(3) == 0 ? "" : ScimValues.string(rng);
    List<Attribute> attributes = attributes(rng, rng.nextInt(9), false);
    attributes.removeIf(a -> ResourceSchema.commonAttribute(a.name()).isPresent());
    return new Schema(id, name, description, attributes);
  }

  /**
   * {@return a resource schema over a core schema and up to three extensions, all new, some of them
   * required, with an endpoint or none}
   *
   * @param rng the source of randomness
   */
  public ResourceSchema resourceSchema(RandomGenerator rng) {
    Schema core = schema(rng);
    List<Schema> extensions = new ArrayList<>();
    List<String> required = new ArrayList<>();
    int n = rng.nextInt(4);
    for (int i = 0; i < n; i++) {
      Schema e = schema(rng);
      if (core.hasId(e.id()) || extensions.stream().anyMatch(x -> x.hasId(e.id()))) {
        continue;
      }
      extensions.add(e);
      if (rng.nextBoolean()) {
        required.add(rng.nextBoolean() ? e.id() : ScimNames.randomCase(rng, e.id()));
      }
    }
    ResourceSchema r = ResourceSchema.of(ScimNames.randomAttributeName(rng, 12), core, extensions, required);
    return rng.nextBoolean() ? r : r.withEndpoint("/" + ScimNames.randomAttributeName(rng, 12));
  }

  private List<Attribute> attributes(RandomGenerator rng, int count, boolean sub) {
    List<Attribute> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Attribute a = attribute(rng, sub);
      if (out.stream().noneMatch(x -> equalsIgnoreAsciiCase(x.name(), a.name()))) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * {@return an attribute: a sub-attribute is never complex and is sometimes {@code $ref}}
   *
   * @param rng the source of randomness
   * @param sub whether the attribute is a sub-attribute
   */
  public Attribute attribute(RandomGenerator rng, boolean sub) {
    String name = sub && rng.nextInt(8) == 0 ? "$ref" : ScimNames.randomAttributeName(rng, 16);
    AttributeType[] types = AttributeType.values();
    AttributeType type = sub || rng.nextInt(3) > 0
        ? types[rng.nextInt(types.length - 1)] : AttributeType.COMPLEX;
    Attribute.Builder b = Attribute.builder(name)
        .type(type)
        .multiValued(rng.nextInt(3) == 0)
        .required(rng.nextInt(4) == 0)
        .caseExact(rng.nextInt(4) == 0)
        .mutability(pick(rng, Mutability.values()))
        .returned(pick(rng, Returned.values()))
        .uniqueness(pick(rng, Uniqueness.values()));
    if (rng.nextBoolean()) {
      b.description(ScimValues.string(rng));
    }
    for (int i = rng.nextInt(4) == 0 ? rng.nextInt(4) : 0; i > 0; i--) {
      b.canonicalValues(ScimValues.string(rng));
    }
    if (type == AttributeType.REFERENCE || rng.nextInt(10) == 0) {
      for (int i = rng.nextInt(4); i > 0; i--) {
        b.referenceTypes(ScimNames.pick(rng, REFERENCE_TYPES));
      }
    }
    if (type == AttributeType.COMPLEX) {
      b.subAttributes(attributes(rng, rng.nextInt(6), true).toArray(Attribute[]::new));
    }
    return b.build();
  }

  private static <E> E pick(RandomGenerator rng, E[] values) {
    return values[rng.nextInt(values.length)];
  }

  /** Whether two names are equal ignoring the case of ASCII letters only, as attribute names compare. */
  private static boolean equalsIgnoreAsciiCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (lowerAscii(a.charAt(i)) != lowerAscii(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}

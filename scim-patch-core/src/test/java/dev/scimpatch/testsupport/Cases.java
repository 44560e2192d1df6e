package dev.scimpatch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.PatchResult;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.AttributeType;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.List;
import java.util.Map;

/**
 * What the data-driven case runners share (the core's engine and profile rules, and the adapter's
 * run of the same files): the schemas a case names, its expected resource, and the checks of a
 * result's spelling and of an error.
 */
public final class Cases {
  private Cases() {}

  /** A test schema with what the built-in ones lack: immutable, typed and case-exact attributes. */
  public static final ResourceSchema DEVICE = ResourceSchema.of("Device", new Schema(
      "urn:example:params:scim:schemas:2.0:Device", "Device", "", List.of(
          Attribute.builder("hostname").required(true).build(),
          Attribute.builder("serialNumber").mutability(Mutability.IMMUTABLE).caseExact(true).build(),
          Attribute.builder("tags").multiValued(true).caseExact(true).build(),
          Attribute.builder("ports").type(AttributeType.INTEGER).multiValued(true).build(),
          Attribute.builder("weight").type(AttributeType.DECIMAL).build(),
          Attribute.builder("purchased").type(AttributeType.DATE_TIME).build(),
          Attribute.builder("firmware").type(AttributeType.BINARY).build(),
          Attribute.builder("homepage").type(AttributeType.REFERENCE).referenceTypes("external").build(),
          Attribute.builder("licenses").mutability(Mutability.IMMUTABLE).multiValued(true).build(),
          Attribute.builder("owner").subAttributes(
              Attribute.builder("value").caseExact(true).build(),
              Attribute.builder("display").mutability(Mutability.READ_ONLY).build(),
              Attribute.builder("badge").required(true).build(),
              Attribute.builder("aliases").multiValued(true).build()).build(),
          Attribute.builder("interfaces").multiValued(true).subAttributes(
              Attribute.builder("value").build(),
              Attribute.builder("mac").caseExact(true).build(),
              Attribute.builder("primary").type(AttributeType.BOOLEAN).build()).build())),
      List.of());

  /** The schema a case names: {@code User}, {@code Group}, {@code Device}, or {@code none} ({@code null}). */
  public static ResourceSchema schema(String name) {
    return switch (name) {
      case "User" -> ResourceSchemas.user();
      case "Group" -> ResourceSchemas.group();
      case "Device" -> DEVICE;
      case "none" -> null;
      default -> throw new IllegalArgumentException("unknown schema in test data: " + name);
    };
  }

  /** The expected resource: {@code expected} whole, or the input with {@code expectAttributes} set or removed. */
  public static ScimObject expected(JsonNode c, ScimObject input) {
    if (c.has("expected")) {
      return (ScimObject) Json.toNode(c.get("expected"));
    }
    ScimObject expected = input;
    if (c.has("expectAttributes")) {
      for (Map.Entry<String, JsonNode> e : c.get("expectAttributes").properties()) {
        expected = e.getValue().isNull() ? expected.without(e.getKey()) : expected.with(e.getKey(), Json.toNode(e.getValue()));
      }
    }
    return expected;
  }

  /**
   * A successful result is the case's: the expected resource, spelled as it spells its names, and
   * a {@code changed} flag that agrees with the case and with the result (the input itself when
   * nothing changed).
   */
  public static void assertResult(JsonNode c, ScimObject input, PatchResult result) {
    ScimObject expected = expected(c, input);
    assertThat(result.resource()).isEqualTo(expected);
    assertSpelling(expected, result.resource());
    if (c.has("changed")) {
      assertThat(result.changed()).as("changed").isEqualTo(c.get("changed").asBoolean());
    }
    assertThat(result.changed()).as("changed agrees with the result").isEqualTo(!result.resource().equals(input));
    if (!result.changed()) {
      assertThat(result.resource()).isSameAs(input);
    }
  }

  /** Names in the result are spelled as the expected resource spells them, at every level. */
  public static void assertSpelling(ScimNode expected, ScimNode actual) {
    assertSpelling(expected, actual, "");
  }

  private static void assertSpelling(ScimNode expected, ScimNode actual, String where) {
    if (expected instanceof ScimObject e && actual instanceof ScimObject a) {
      for (ScimObject.Member m : e.members()) {
        assertThat(a.nameOf(m.name())).as("spelling of %s%s", where, m.name()).isEqualTo(m.name());
        assertSpelling(m.value(), a.get(m.name()), where + m.name() + ".");
      }
    } else if (expected instanceof ScimArray e && actual instanceof ScimArray a) {
      for (int i = 0; i < e.size(); i++) {
        assertSpelling(e.get(i), a.get(i), where + i + ".");
      }
    }
  }

  /**
   * The error is the case's: {@code status} (default 400), {@code scimType} (a keyword, or
   * {@code null} for none), and {@code operation}, the index the exception and its message name.
   */
  public static void assertError(JsonNode error, ScimPatchException e) {
    assertThat(e.status()).as("status: %s", e.getMessage()).isEqualTo(error.path("status").asInt(400));
    if (error.has("scimType")) {
      if (error.get("scimType").isNull()) {
        assertThat(e.scimType()).as("scimType: %s", e.getMessage()).isNull();
      } else {
        assertThat(e.scimType()).as("scimType: %s", e.getMessage()).isNotNull();
        assertThat(e.scimType().keyword()).as("scimType: %s", e.getMessage()).isEqualTo(error.get("scimType").asText());
      }
    }
    if (error.has("operation")) {
      int operation = error.get("operation").asInt();
      assertThat(e.operationIndex()).as("operation index: %s", e.getMessage()).isEqualTo(operation);
      assertThat(e.getMessage()).startsWith("operation " + operation);
    }
  }
}

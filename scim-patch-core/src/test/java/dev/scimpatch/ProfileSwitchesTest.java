package dev.scimpatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.AttributeType;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Each switch of {@link Profile}, changed alone from {@link Profile#strict()}, on a minimal request:
 * the changed value shows its effect, and the default shows the strict behaviour. One method per
 * switch, named after its number in the vendor-quirk catalogue.
 */
class ProfileSwitchesTest {

  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String MANDY = "902c246b-6245-4190-8e05-00816be7344a";
  private static final String BABS = "2819c223-7f76-453a-919d-413861904646";

  private static final ResourceSchema USER = ResourceSchemas.user();
  private static final ResourceSchema GROUP = ResourceSchemas.group();

  /** A schema with integer, decimal and boolean attributes, which the built-in ones lack. */
  private static final ResourceSchema DEVICE = ResourceSchema.of("Device", new Schema(
      "urn:example:params:scim:schemas:2.0:Device", "Device", "", List.of(
          Attribute.builder("hostname").build(),
          Attribute.builder("port").type(AttributeType.INTEGER).build(),
          Attribute.builder("weight").type(AttributeType.DECIMAL).build(),
          Attribute.builder("enabled").type(AttributeType.BOOLEAN).build())),
      List.of());

  private static final Map<String, JsonNode> FIXTURES = ProfilePresetsTest.fixtures();
  private static final ScimObject BJENSEN = fixture("bjensen");
  private static final ScimObject BJENSEN_ENTERPRISE = fixture("bjensen-enterprise");
  private static final ScimObject TOUR_GUIDES = fixture("group");
  private static final ScimObject DEVICE_D1 = (ScimObject) Json.parse("""
      {"schemas": ["urn:example:params:scim:schemas:2.0:Device"], "id": "d1", "hostname": "alpha",
       "port": 22, "weight": 1.5, "enabled": true}""");

  // ------------------------------------------------------------------ T1-T16

  @Test
  void t1_opCase() {
    assertThat(Profile.strict().get(Tolerance.OpCase.class)).isEqualTo(Tolerance.OpCase.EXACT);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.OpCase.CASE_INSENSITIVE);
    for (String op : List.of("Replace", "REPLACE", "rEPLACe")) {
      String request = ops("{\"op\": \"" + op + "\", \"path\": \"active\", \"value\": false}");
      assertThat(patched(p, USER, BJENSEN, request).get("active")).isEqualTo(ScimBoolean.FALSE);
      assertRefused(Profile.strict(), USER, BJENSEN, request, 400, ScimType.INVALID_SYNTAX);
    }
    assertThat(patched(p, USER, BJENSEN, ops("{\"op\": \"Add\", \"path\": \"nickName\", \"value\": \"Babs\"}")).get("nickName"))
        .isEqualTo(ScimString.of("Babs"));
    assertThat(patched(p, USER, BJENSEN, ops("{\"op\": \"REMOVE\", \"path\": \"displayName\"}")).has("displayName")).isFalse();
    // Case is all it forgives.
    assertRefused(p, USER, BJENSEN, ops("{\"op\": \"move\", \"path\": \"active\", \"value\": false}"), 400, ScimType.INVALID_SYNTAX);
  }

  @Test
  void t2_memberNames() {
    assertThat(Profile.strict().get(Tolerance.MemberNames.class)).isEqualTo(Tolerance.MemberNames.EXACT);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.MemberNames.CASE_INSENSITIVE);
    String lowerOperations = "{\"schemas\": [\"" + PATCH_OP + "\"], \"operations\": [{\"op\": \"replace\", \"path\": \"active\", \"value\": false}]}";
    String capitalisedMembers = "{\"SCHEMAS\": [\"" + PATCH_OP + "\"], \"Operations\": [{\"Op\": \"replace\", \"Path\": \"title\", \"VALUE\": \"Guide\"}]}";
    assertThat(patched(p, USER, BJENSEN, lowerOperations).get("active")).isEqualTo(ScimBoolean.FALSE);
    assertThat(patched(p, USER, BJENSEN, capitalisedMembers).get("title")).isEqualTo(ScimString.of("Guide"));

    assertThat(refused(Profile.strict(), USER, BJENSEN, lowerOperations, 400, ScimType.INVALID_SYNTAX).getMessage())
        .contains("\"operations\"");
    assertRefused(Profile.strict(), USER, BJENSEN, capitalisedMembers, 400, ScimType.INVALID_SYNTAX);
    // Exact member names, wrong case for "op" only: the op is missing.
    assertRefused(Profile.strict(), USER, BJENSEN, ops("{\"Op\": \"replace\", \"path\": \"title\", \"value\": \"Guide\"}"),
        400, ScimType.INVALID_SYNTAX);
  }

  @Test
  void t3_patchOpSchemaRequired() {
    assertThat(Profile.strict().get(Tolerance.PatchOpSchema.class)).isEqualTo(Tolerance.PatchOpSchema.REQUIRED);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.PatchOpSchema.OPTIONAL);
    String noSchemas = "{\"Operations\": [{\"op\": \"replace\", \"value\": {\"active\": false}}]}";
    String otherSchema = "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"], \"Operations\": [{\"op\": \"replace\", \"value\": {\"active\": false}}]}";
    assertThat(patched(p, USER, BJENSEN, noSchemas).get("active")).isEqualTo(ScimBoolean.FALSE);
    assertThat(patched(p, USER, BJENSEN, otherSchema).get("active")).isEqualTo(ScimBoolean.FALSE);
    assertRefused(Profile.strict(), USER, BJENSEN, noSchemas, 400, ScimType.INVALID_SYNTAX);
    assertRefused(Profile.strict(), USER, BJENSEN, otherSchema, 400, ScimType.INVALID_SYNTAX);
    // Everything else of the envelope still holds.
    assertRefused(p, USER, BJENSEN, "{\"operations\": []}", 400, ScimType.INVALID_SYNTAX);
  }

  @Test
  void t4_emptyOperations() {
    assertThat(Profile.strict().get(Tolerance.EmptyOperations.class)).isEqualTo(Tolerance.EmptyOperations.REJECT);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.EmptyOperations.NO_CHANGE);
    Outcome empty = run(p, USER, BJENSEN, ops());
    assertThat(empty.operations()).isEmpty();
    assertThat(empty.result().changed()).isFalse();
    assertThat(empty.result().resource()).isSameAs(BJENSEN);
    assertRefused(Profile.strict(), USER, BJENSEN, ops(), 400, ScimType.INVALID_SYNTAX);
    // Only an empty array: a missing one stays an error.
    assertRefused(p, USER, BJENSEN, "{\"schemas\": [\"" + PATCH_OP + "\"]}", 400, ScimType.INVALID_SYNTAX);
  }

  @Test
  void t5_scalarCoercion() {
    assertThat(Profile.strict().get(Tolerance.ScalarCoercion.class)).isEqualTo(Tolerance.ScalarCoercion.NONE);
    Profile booleans = Profile.strict().withName("strict*").with(Tolerance.ScalarCoercion.BOOLEAN_STRINGS);
    Profile typed = Profile.strict().withName("strict*").with(Tolerance.ScalarCoercion.SCHEMA_TYPED_STRINGS);
    for (Profile p : List.of(booleans, typed)) {
      for (String s : List.of("False", "false", "FALSE")) {
        assertThat(patched(p, USER, BJENSEN, ops(replace("active", "\"" + s + "\""))).get("active")).isEqualTo(ScimBoolean.FALSE);
      }
      assertThat(patched(p, DEVICE, DEVICE_D1, ops(replace("enabled", "\"False\""))).get("enabled")).isEqualTo(ScimBoolean.FALSE);
      // A boolean sub-attribute, inside an element and at a filtered path.
      ScimObject r = patched(p, USER, BJENSEN, ops(replace("emails[type eq \\\"home\\\"].primary", "\"True\"")));
      assertThat(r.get("emails")).isEqualTo(Json.parse("""
          [{"value": "bjensen@example.com", "type": "work", "primary": false}, {"value": "babs@jensen.org", "type": "home", "primary": true}]"""));
      // Strings stay strings where the schema wants a string; other words stay errors.
      assertThat(patched(p, USER, BJENSEN, ops(replace("title", "\"true\""))).get("title")).isEqualTo(ScimString.of("true"));
      assertRefused(p, USER, BJENSEN, ops(replace("active", "\"yes\"")), 400, ScimType.INVALID_VALUE);
    }
    assertRefused(booleans, DEVICE, DEVICE_D1, ops(replace("port", "\"8080\"")), 400, ScimType.INVALID_VALUE);
    assertThat(patched(typed, DEVICE, DEVICE_D1, ops(replace("port", "\"8080\""))).get("port")).isEqualTo(Json.parse("8080"));
    assertThat(patched(typed, DEVICE, DEVICE_D1, ops(replace("weight", "\"2.25\""))).get("weight")).isEqualTo(Json.parse("2.25"));
    assertRefused(typed, DEVICE, DEVICE_D1, ops(replace("port", "\"eighty\"")), 400, ScimType.INVALID_VALUE);

    assertRefused(Profile.strict(), USER, BJENSEN, ops(replace("active", "\"False\"")), 400, ScimType.INVALID_VALUE);
    assertRefused(Profile.strict(), DEVICE, DEVICE_D1, ops(replace("port", "\"8080\"")), 400, ScimType.INVALID_VALUE);
  }

  @Test
  void t6_noPathKeys() {
    assertThat(Profile.strict().get(Tolerance.NoPathKeys.class)).isEqualTo(Tolerance.NoPathKeys.ATTRIBUTE_NAMES);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.NoPathKeys.ATTRIBUTE_PATHS);
    String request = ops("""
        {"op": "replace", "value": {"displayName": "Bjfe", "name.givenName": "Kkom",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber": "Aklq"}}""");
    ScimObject r = patched(p, USER, BJENSEN, request);
    assertThat(r.get("displayName")).isEqualTo(ScimString.of("Bjfe"));
    assertThat(r.get("name")).isEqualTo(Json.parse("{\"familyName\": \"Jensen\", \"givenName\": \"Kkom\"}"));
    assertThat(r.get(ENTERPRISE)).isEqualTo(Json.parse("{\"employeeNumber\": \"Aklq\"}"));
    // Keys with filters stay errors.
    assertRefused(p, USER, BJENSEN, ops("{\"op\": \"replace\", \"value\": {\"emails[type eq \\\"work\\\"].value\": \"x@example.com\"}}"),
        400, ScimType.INVALID_PATH);

    assertRefused(Profile.strict(), USER, BJENSEN, request, 400, ScimType.INVALID_PATH);
    assertRefused(Profile.strict(), USER, BJENSEN, ops("{\"op\": \"add\", \"value\": {\"name.givenName\": \"Kkom\"}}"),
        400, ScimType.INVALID_PATH);
  }

  @Test
  void t7_scalarForComplex() {
    assertThat(Profile.strict().get(Tolerance.ScalarForComplex.class)).isEqualTo(Tolerance.ScalarForComplex.REJECT);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.ScalarForComplex.WRAP_AS_VALUE);
    String request = ops("{\"op\": \"add\", \"path\": \"" + ENTERPRISE + ":manager\", \"value\": \"271\"}");
    assertThat(patched(p, USER, BJENSEN, request).get(ENTERPRISE)).isEqualTo(Json.parse("{\"manager\": {\"value\": \"271\"}}"));
    // And elements of multi-valued ones that have a value (the UnboundID SDK's addStringValues).
    assertThat(patched(p, USER, BJENSEN, ops("{\"op\": \"add\", \"path\": \"emails\", \"value\": [\"x@example.com\"]}"))
        .get("emails").toString()).contains("{\"value\":\"x@example.com\"}");
    assertRefused(Profile.strict(), USER, BJENSEN, ops("{\"op\": \"add\", \"path\": \"emails\", \"value\": [\"x@example.com\"]}"),
        400, ScimType.INVALID_VALUE);

    assertRefused(Profile.strict(), USER, BJENSEN, request, 400, ScimType.INVALID_VALUE);
  }

  @Test
  void t8_singletonArrays() {
    assertThat(Profile.strict().get(Tolerance.SingletonArrays.class)).isEqualTo(Tolerance.SingletonArrays.REJECT);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.SingletonArrays.UNWRAP);
    assertThat(patched(p, USER, BJENSEN, ops(replace("title", "[\"Guide\"]"))).get("title")).isEqualTo(ScimString.of("Guide"));
    assertThat(patched(p, USER, BJENSEN, ops(replace("title", "[{\"value\": \"Guide\"}]"))).get("title")).isEqualTo(ScimString.of("Guide"));
    assertThat(patched(p, USER, BJENSEN, ops(replace("name.givenName", "[{\"value\": \"Babs\"}]"))).get("name"))
        .isEqualTo(Json.parse("{\"familyName\": \"Jensen\", \"givenName\": \"Babs\"}"));
    assertThat(patched(p, USER, BJENSEN, ops(replace("manager", "[{\"value\": \"271\"}]"))).get(ENTERPRISE))
        .isEqualTo(Json.parse("{\"manager\": {\"value\": \"271\"}}"));
    // One element only.
    assertRefused(p, USER, BJENSEN, ops(replace("title", "[\"Guide\", \"Driver\"]")), 400, ScimType.INVALID_VALUE);

    assertRefused(Profile.strict(), USER, BJENSEN, ops(replace("title", "[\"Guide\"]")), 400, ScimType.INVALID_VALUE);
    assertRefused(Profile.strict(), USER, BJENSEN, ops(replace("title", "[{\"value\": \"Guide\"}]")), 400, ScimType.INVALID_VALUE);
    assertRefused(Profile.strict(), USER, BJENSEN, ops(replace("manager", "[{\"value\": \"271\"}]")), 400, ScimType.INVALID_VALUE);
  }

  @Test
  void t9_singleValueForMultiValued() {
    assertThat(Profile.strict().get(Tolerance.SingleValueForMultiValued.class)).isEqualTo(Tolerance.SingleValueForMultiValued.WRAP_IN_ARRAY);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.SingleValueForMultiValued.REJECT);
    String request = ops("{\"op\": \"add\", \"path\": \"emails\", \"value\": {\"value\": \"bj@example.org\", \"type\": \"other\"}}");
    assertThat(patched(Profile.strict(), USER, BJENSEN, request).get("emails")).isEqualTo(Json.parse("""
        [{"value": "bjensen@example.com", "type": "work", "primary": true}, {"value": "babs@jensen.org", "type": "home"},
         {"value": "bj@example.org", "type": "other"}]"""));
    assertRefused(p, USER, BJENSEN, request, 400, ScimType.INVALID_VALUE);
    assertRefused(p, USER, BJENSEN, ops("{\"op\": \"add\", \"value\": {\"emails\": {\"value\": \"bj@example.org\"}}}"),
        400, ScimType.INVALID_VALUE);
    // An array is fine.
    assertThat(patched(p, USER, BJENSEN, ops("{\"op\": \"add\", \"path\": \"emails\", \"value\": [{\"value\": \"bj@example.org\"}]}"))
        .get("emails")).isNotEqualTo(BJENSEN.get("emails"));
  }

  @Test
  void t10_selfNamedEnvelope() {
    assertThat(Profile.strict().get(Tolerance.SelfNamedEnvelope.class)).isEqualTo(Tolerance.SelfNamedEnvelope.REJECT);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.SelfNamedEnvelope.UNWRAP);
    String add = ops("{\"op\": \"add\", \"path\": \"members\", \"value\": {\"members\": [{\"value\": \"u3\"}]}}");
    String replace = ops("{\"op\": \"replace\", \"path\": \"members\", \"value\": {\"members\": [{\"value\": \"u3\"}]}}");
    assertThat(patched(p, GROUP, TOUR_GUIDES, add).get("members"))
        .isEqualTo(((ScimArray) TOUR_GUIDES.get("members")).plus(Json.parse("{\"value\": \"u3\"}")));
    assertThat(patched(p, GROUP, TOUR_GUIDES, replace).get("members")).isEqualTo(Json.parse("[{\"value\": \"u3\"}]"));

    // Default: "the value is taken as it is (and fails the type check)".
    assertAll(
        () -> assertRefused(Profile.strict(), GROUP, TOUR_GUIDES, add, 400, ScimType.INVALID_VALUE),
        () -> assertRefused(Profile.strict(), GROUP, TOUR_GUIDES, replace, 400, ScimType.INVALID_VALUE),
        () -> assertRefused(Profile.strict(), USER, BJENSEN, ops(replace("name", "{\"name\": {\"givenName\": \"Babs\"}}")),
            400, ScimType.INVALID_VALUE));
  }

  @Test
  void t11_jsonInStrings() {
    assertThat(Profile.strict().get(Tolerance.JsonInStrings.class)).isEqualTo(Tolerance.JsonInStrings.LITERAL);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.JsonInStrings.PARSE_OBJECT);
    String json = "{\\\"id\\\":\\\"827f\\\",\\\"value\\\":\\\"DocumentMgmt-Admin\\\",\\\"displayName\\\":\\\"DocumentMgmt Admin\\\"}";
    String request = ops("{\"op\": \"add\", \"path\": \"roles\", \"value\": [{\"value\": \"" + json + "\"}]}");
    assertThat(patched(p, USER, BJENSEN, request).get("roles")).isEqualTo(Json.parse(
        "[{\"id\": \"827f\", \"value\": \"DocumentMgmt-Admin\", \"displayName\": \"DocumentMgmt Admin\"}]"));
    // What is no JSON object stays a string.
    assertThat(patched(p, USER, BJENSEN, ops("{\"op\": \"add\", \"path\": \"roles\", \"value\": [{\"value\": \"{oops\"}]}")).get("roles"))
        .isEqualTo(Json.parse("[{\"value\": \"{oops\"}]"));

    assertThat(patched(Profile.strict(), USER, BJENSEN, request).get("roles")).isEqualTo(Json.parse(
        "[{\"value\": \"{\\\"id\\\":\\\"827f\\\",\\\"value\\\":\\\"DocumentMgmt-Admin\\\",\\\"displayName\\\":\\\"DocumentMgmt Admin\\\"}\"}]"));
  }

  @Test
  void t12_extensionSeparator() {
    assertThat(Profile.strict().get(Tolerance.ExtensionSeparator.class)).isEqualTo(Tolerance.ExtensionSeparator.COLON);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.ExtensionSeparator.COLON_OR_DOT);
    String dot = ops(replace(ENTERPRISE + ".employeeNumber", "\"9\""));
    String colon = ops(replace(ENTERPRISE + ":employeeNumber", "\"9\""));
    ScimObject expected = (ScimObject) Json.parse("""
        {"employeeNumber": "9", "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d", "displayName": "John Smith"}}""");
    assertThat(patched(p, USER, BJENSEN_ENTERPRISE, dot).get(ENTERPRISE)).isEqualTo(expected);
    assertThat(patched(p, USER, BJENSEN_ENTERPRISE, colon).get(ENTERPRISE)).isEqualTo(expected);

    assertRefused(Profile.strict(), USER, BJENSEN_ENTERPRISE, dot, 400, ScimType.INVALID_PATH);
    assertThat(patched(Profile.strict(), USER, BJENSEN_ENTERPRISE, colon).get(ENTERPRISE)).isEqualTo(expected);
  }

  @Test
  void t13_bareExtensionUrn() {
    assertThat(Profile.strict().get(Tolerance.BareExtensionUrn.class)).isEqualTo(Tolerance.BareExtensionUrn.INVALID_PATH);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.BareExtensionUrn.EXTENSION_CONTAINER);
    String replace = ops(replace(ENTERPRISE, "{\"employeeNumber\": \"9\", \"department\": \"Tours\"}"));
    String remove = ops("{\"op\": \"remove\", \"path\": \"" + ENTERPRISE + "\"}");
    assertThat(patched(p, USER, BJENSEN_ENTERPRISE, replace).get(ENTERPRISE)).isEqualTo(Json.parse("""
        {"employeeNumber": "9", "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d", "displayName": "John Smith"},
         "department": "Tours"}"""));
    ScimObject removed = patched(p, USER, BJENSEN_ENTERPRISE, remove);
    assertThat(removed.has(ENTERPRISE)).isFalse();
    assertThat(removed.get("schemas")).isEqualTo(Json.parse("[\"urn:ietf:params:scim:schemas:core:2.0:User\"]"));

    assertRefused(Profile.strict(), USER, BJENSEN_ENTERPRISE, replace, 400, ScimType.INVALID_PATH);
    assertRefused(Profile.strict(), USER, BJENSEN_ENTERPRISE, remove, 400, ScimType.INVALID_PATH);
  }

  @Test
  void t14_attrExpPaths() {
    assertThat(Profile.strict().get(Tolerance.AttrExpPaths.class)).isEqualTo(Tolerance.AttrExpPaths.REJECT);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.AttrExpPaths.AS_VALUE_FILTER);
    String request = ops("{\"op\": \"remove\", \"path\": \"emails eq \\\"babs@jensen.org\\\"\"}");
    Outcome o = run(p, USER, BJENSEN, request);
    assertThat(ProfilePresetsTest.canonical(o.operations()))
        .isEqualTo(Json.parse("[{\"op\": \"remove\", \"path\": \"emails[value eq \\\"babs@jensen.org\\\"]\"}]"));
    assertThat(o.resource().get("emails")).isEqualTo(Json.parse("[{\"value\": \"bjensen@example.com\", \"type\": \"work\", \"primary\": true}]"));

    assertRefused(Profile.strict(), USER, BJENSEN, request, 400, ScimType.INVALID_PATH);
  }

  @Test
  void t15_readOnlyEcho() {
    assertThat(Profile.strict().get(Tolerance.ReadOnlyEcho.class)).isEqualTo(Tolerance.ReadOnlyEcho.IGNORE_IF_UNCHANGED);
    String same = ops("{\"op\": \"replace\", \"value\": {\"id\": \"e9e30dba-f08f-4109-8486-d5c6a331660a\", \"displayName\": \"Test SCIMv2\"}}");
    String other = ops("{\"op\": \"replace\", \"value\": {\"id\": \"abf4dd94\", \"displayName\": \"Test SCIMv2\"}}");
    // Default: the unchanged id is accepted, another is mutability.
    assertThat(patched(Profile.strict(), GROUP, TOUR_GUIDES, same).get("displayName")).isEqualTo(ScimString.of("Test SCIMv2"));
    assertRefused(Profile.strict(), GROUP, TOUR_GUIDES, other, 400, ScimType.MUTABILITY);

    Profile ignore = Profile.strict().withName("strict*").with(Tolerance.ReadOnlyEcho.IGNORE);
    ScimObject r = patched(ignore, GROUP, TOUR_GUIDES, other);
    assertThat(r.get("id")).isEqualTo(TOUR_GUIDES.get("id"));
    assertThat(r.get("displayName")).isEqualTo(ScimString.of("Test SCIMv2"));
    assertThat(run(ignore, GROUP, TOUR_GUIDES, ops(replace("meta.version", "\"W/\\\"1\\\"\""))).result().changed()).isFalse();
    // A readOnly sub-attribute inside a value is dropped.
    assertThat(run(ignore, USER, BJENSEN_ENTERPRISE, ops(replace("manager", "{\"displayName\": \"Jane Smith\"}"))).result().changed())
        .isFalse();
    assertRefused(Profile.strict(), USER, BJENSEN_ENTERPRISE, ops(replace("manager", "{\"displayName\": \"Jane Smith\"}")),
        400, ScimType.MUTABILITY);

    Profile reject = Profile.strict().withName("strict*").with(Tolerance.ReadOnlyEcho.REJECT);
    assertRefused(reject, GROUP, TOUR_GUIDES, other, 400, ScimType.MUTABILITY);
    assertAll(
        // "400 mutability even when unchanged".
        () -> assertRefused(reject, GROUP, TOUR_GUIDES, same, 400, ScimType.MUTABILITY),
        () -> assertRefused(reject, GROUP, TOUR_GUIDES, ops(replace("id", "\"e9e30dba-f08f-4109-8486-d5c6a331660a\"")), 400, ScimType.MUTABILITY),
        // "Dropped, whatever they hold": a readOnly sub-attribute at a path as inside a value.
        () -> assertThat(run(ignore, USER, BJENSEN_ENTERPRISE, ops(replace("manager.displayName", "\"Jane Smith\""))).result().changed())
            .isFalse());
  }

  @Test
  void t16_unknownAttributes() {
    assertThat(Profile.strict().get(Tolerance.UnknownAttributes.class)).isEqualTo(Tolerance.UnknownAttributes.INVALID_PATH);
    Profile p = Profile.strict().withName("strict*").with(Tolerance.UnknownAttributes.IGNORE);
    String path = ops(replace("favouriteColour", "\"green\""));
    String noPath = ops("{\"op\": \"add\", \"value\": {\"favouriteColour\": \"green\", \"title\": \"Guide\"}}");
    String remove = ops("{\"op\": \"remove\", \"path\": \"favouriteColour\"}");
    Outcome ignored = run(p, USER, BJENSEN, path);
    assertThat(ignored.operations()).isEmpty();
    assertThat(ignored.result().changed()).isFalse();
    ScimObject r = patched(p, USER, BJENSEN, noPath);
    assertThat(r.get("title")).isEqualTo(ScimString.of("Guide"));
    assertThat(r.has("favouriteColour")).isFalse();
    assertThat(run(p, USER, BJENSEN, remove).result().changed()).isFalse();
    // Known attributes still fail as they would.
    assertRefused(p, USER, BJENSEN, ops(replace("active", "\"no\"")), 400, ScimType.INVALID_VALUE);

    assertRefused(Profile.strict(), USER, BJENSEN, path, 400, ScimType.INVALID_PATH);
    assertRefused(Profile.strict(), USER, BJENSEN, noPath, 400, ScimType.INVALID_PATH);
    assertRefused(Profile.strict(), USER, BJENSEN, remove, 400, ScimType.INVALID_PATH);
  }

  // ------------------------------------------------------------------ S1-S8

  @Test
  void s1_removeWithValue() {
    assertThat(Profile.strict().get(Semantics.RemoveWithValue.class)).isEqualTo(Semantics.RemoveWithValue.REJECT);
    String one = ops("{\"op\": \"remove\", \"path\": \"members\", \"value\": [{\"value\": \"" + MANDY + "\"}]}");
    String empty = ops("{\"op\": \"remove\", \"path\": \"members\", \"value\": []}");
    String scalar = ops("{\"op\": \"remove\", \"path\": \"members\", \"value\": \"" + MANDY + "\"}");
    Profile select = Profile.strict().withName("strict*").with(Semantics.RemoveWithValue.SELECT_MATCHING);
    Profile emptyAll = Profile.strict().withName("strict*").with(Semantics.RemoveWithValue.SELECT_MATCHING_EMPTY_MEANS_ALL);
    Profile ignoreValue = Profile.strict().withName("strict*").with(Semantics.RemoveWithValue.IGNORE_VALUE);
    ScimNode babsOnly = Json.parse("[{\"value\": \"" + BABS + "\", \"$ref\": \"https://example.com/v2/Users/" + BABS
        + "\", \"display\": \"Babs Jensen\"}]");
    for (Profile p : List.of(select, emptyAll)) {
      assertThat(patched(p, GROUP, TOUR_GUIDES, one).get("members")).isEqualTo(babsOnly);
      assertThat(patched(p, GROUP, TOUR_GUIDES, scalar).get("members")).isEqualTo(babsOnly);
    }
    assertThat(run(select, GROUP, TOUR_GUIDES, empty).result().changed()).isFalse();
    assertThat(patched(emptyAll, GROUP, TOUR_GUIDES, empty).has("members")).isFalse();
    assertThat(patched(ignoreValue, GROUP, TOUR_GUIDES, one).has("members")).isFalse();

    assertRefused(Profile.strict(), GROUP, TOUR_GUIDES, one, 400, ScimType.INVALID_VALUE);
    assertRefused(Profile.strict(), GROUP, TOUR_GUIDES, empty, 400, ScimType.INVALID_VALUE);
  }

  @Test
  void s2_unmatchedFilterOnAdd() {
    assertThat(Profile.strict().get(Semantics.UnmatchedAdd.class)).isEqualTo(Semantics.UnmatchedAdd.NO_TARGET);
    String add = ops("{\"op\": \"add\", \"path\": \"emails[type eq \\\"other\\\"].value\", \"value\": \"bj@example.org\"}");
    String replace = ops(replace("emails[type eq \\\"other\\\"].value", "\"bj@example.org\""));
    Profile create = Profile.strict().withName("strict*").with(Semantics.UnmatchedAdd.CREATE_FROM_FILTER);
    Profile noChange = Profile.strict().withName("strict*").with(Semantics.UnmatchedAdd.NO_CHANGE);
    assertThat(patched(create, USER, BJENSEN, add).get("emails")).isEqualTo(Json.parse("""
        [{"value": "bjensen@example.com", "type": "work", "primary": true}, {"value": "babs@jensen.org", "type": "home"},
         {"type": "other", "value": "bj@example.org"}]"""));
    // Only eq terms joined by and can make a value.
    assertRefused(create, USER, BJENSEN, ops("{\"op\": \"add\", \"path\": \"emails[type sw \\\"oth\\\"].value\", \"value\": \"x@example.org\"}"),
        400, ScimType.NO_TARGET);
    assertThat(run(noChange, USER, BJENSEN, add).result().changed()).isFalse();
    // A replace is S3's.
    assertRefused(create, USER, BJENSEN, replace, 400, ScimType.NO_TARGET);
    assertRefused(noChange, USER, BJENSEN, replace, 400, ScimType.NO_TARGET);

    assertRefused(Profile.strict(), USER, BJENSEN, add, 400, ScimType.NO_TARGET);
  }

  @Test
  void s3_unmatchedFilterOnReplace() {
    assertThat(Profile.strict().get(Semantics.UnmatchedReplace.class)).isEqualTo(Semantics.UnmatchedReplace.NO_TARGET);
    String replace = ops(replace("emails[type eq \\\"other\\\"].value", "\"bj@example.org\""));
    String add = ops("{\"op\": \"add\", \"path\": \"emails[type eq \\\"other\\\"].value\", \"value\": \"bj@example.org\"}");
    Profile create = Profile.strict().withName("strict*").with(Semantics.UnmatchedReplace.CREATE_FROM_FILTER);
    Profile noChange = Profile.strict().withName("strict*").with(Semantics.UnmatchedReplace.NO_CHANGE);
    assertThat(patched(create, USER, BJENSEN, replace).get("emails")).isEqualTo(Json.parse("""
        [{"value": "bjensen@example.com", "type": "work", "primary": true}, {"value": "babs@jensen.org", "type": "home"},
         {"type": "other", "value": "bj@example.org"}]"""));
    assertThat(run(noChange, USER, BJENSEN, replace).result().changed()).isFalse();
    // An add is S2's.
    assertRefused(create, USER, BJENSEN, add, 400, ScimType.NO_TARGET);

    assertRefused(Profile.strict(), USER, BJENSEN, replace, 400, ScimType.NO_TARGET);
  }

  @Test
  void s4_unmatchedFilterOnRemove() {
    assertThat(Profile.strict().get(Semantics.UnmatchedRemove.class)).isEqualTo(Semantics.UnmatchedRemove.NO_CHANGE);
    Profile p = Profile.strict().withName("strict*").with(Semantics.UnmatchedRemove.NO_TARGET);
    String request = ops("{\"op\": \"remove\", \"path\": \"emails[type eq \\\"other\\\"]\"}");
    assertRefused(p, USER, BJENSEN, request, 400, ScimType.NO_TARGET);
    // A filter that matches still removes.
    assertThat(patched(p, USER, BJENSEN, ops("{\"op\": \"remove\", \"path\": \"emails[type eq \\\"home\\\"]\"}")).get("emails"))
        .isEqualTo(Json.parse("[{\"value\": \"bjensen@example.com\", \"type\": \"work\", \"primary\": true}]"));

    Outcome strict = run(Profile.strict(), USER, BJENSEN, request);
    assertThat(strict.result().changed()).isFalse();
    assertThat(strict.result().resource()).isSameAs(BJENSEN);
  }

  @Test
  void s5_complexReplace() {
    assertThat(Profile.strict().get(Semantics.ComplexReplace.class)).isEqualTo(Semantics.ComplexReplace.MERGE);
    Profile p = Profile.strict().withName("strict*").with(Semantics.ComplexReplace.OVERWRITE);
    String replace = ops(replace("name", "{\"givenName\": \"Babs\"}"));
    String add = ops("{\"op\": \"add\", \"path\": \"name\", \"value\": {\"givenName\": \"Babs\"}}");
    assertThat(patched(p, USER, BJENSEN, replace).get("name")).isEqualTo(Json.parse("{\"givenName\": \"Babs\"}"));
    assertThat(patched(p, USER, BJENSEN, add).get("name")).isEqualTo(Json.parse("{\"familyName\": \"Jensen\", \"givenName\": \"Babs\"}"));

    assertThat(patched(Profile.strict(), USER, BJENSEN, replace).get("name"))
        .isEqualTo(Json.parse("{\"familyName\": \"Jensen\", \"givenName\": \"Babs\"}"));
  }

  @Test
  void s6_multiplePrimary() {
    assertThat(Profile.strict().get(Semantics.MultiplePrimary.class)).isEqualTo(Semantics.MultiplePrimary.REJECT);
    Profile p = Profile.strict().withName("strict*").with(Semantics.MultiplePrimary.LAST_WINS);
    String request = ops("""
        {"op": "add", "path": "emails", "value": [{"value": "a@example.org", "primary": true}, {"value": "b@example.org", "primary": true}]}""");
    assertThat(patched(p, USER, BJENSEN, request).get("emails")).isEqualTo(Json.parse("""
        [{"value": "bjensen@example.com", "type": "work", "primary": false}, {"value": "babs@jensen.org", "type": "home"},
         {"value": "a@example.org", "primary": false}, {"value": "b@example.org", "primary": true}]"""));

    assertRefused(Profile.strict(), USER, BJENSEN, request, 400, ScimType.INVALID_VALUE);
  }

  @Test
  void s7_duplicateOnAdd() {
    assertThat(Profile.strict().get(Semantics.DuplicateOnAdd.class)).isEqualTo(Semantics.DuplicateOnAdd.SKIP_EQUAL);
    Profile p = Profile.strict().withName("strict*").with(Semantics.DuplicateOnAdd.APPEND);
    String request = ops("{\"op\": \"add\", \"path\": \"emails\", \"value\": [{\"value\": \"babs@jensen.org\", \"type\": \"home\"}]}");
    assertThat(patched(p, USER, BJENSEN, request).get("emails")).isEqualTo(Json.parse("""
        [{"value": "bjensen@example.com", "type": "work", "primary": true}, {"value": "babs@jensen.org", "type": "home"},
         {"value": "babs@jensen.org", "type": "home"}]"""));

    Outcome strict = run(Profile.strict(), USER, BJENSEN, request);
    assertThat(strict.result().changed()).isFalse();
    assertThat(strict.result().resource()).isSameAs(BJENSEN);
  }

  @Test
  void s8_nullValue() {
    assertThat(Profile.strict().get(Semantics.NullValue.class)).isEqualTo(Semantics.NullValue.UNASSIGN);
    Profile p = Profile.strict().withName("strict*").with(Semantics.NullValue.REJECT);
    String replaceNull = ops(replace("displayName", "null"));
    String refNull = ops("{\"op\": \"add\", \"path\": \"members\", \"value\": [{\"$ref\": null, \"value\": \"f648f8d5\"}]}");
    assertRefused(p, USER, BJENSEN, replaceNull, 400, ScimType.INVALID_VALUE);
    assertRefused(p, GROUP, TOUR_GUIDES, refNull, 400, ScimType.INVALID_VALUE);
    assertRefused(p, USER, BJENSEN, ops("{\"op\": \"replace\", \"value\": {\"displayName\": null}}"), 400, ScimType.INVALID_VALUE);

    assertThat(patched(Profile.strict(), USER, BJENSEN, replaceNull).has("displayName")).isFalse();
    ScimNode members = patched(Profile.strict(), GROUP, TOUR_GUIDES, refNull).get("members");
    assertThat(members).isInstanceOfSatisfying(ScimArray.class,
        a -> assertThat(a.get(a.size() - 1)).isEqualTo(Json.parse("{\"value\": \"f648f8d5\"}")));
  }

  // ------------------------------------------------------------------ E1-E11

  @Test
  void e1_allowedOps() {
    assertThat(Profile.strict().get(Emulation.AllowedOps.class).ops()).containsExactlyInAnyOrder(Op.values());
    Profile p = Profile.strict().withName("strict*").with(new Emulation.AllowedOps(Set.of(Op.REPLACE)));
    String add = ops("{\"op\": \"add\", \"path\": \"nickName\", \"value\": \"Babs\"}");
    String remove = ops("{\"op\": \"remove\", \"path\": \"nickName\"}");
    assertThat(refused(p, USER, BJENSEN, add, 400, ScimType.INVALID_SYNTAX).getMessage()).contains("E1");
    assertRefused(p, USER, BJENSEN, remove, 400, ScimType.INVALID_SYNTAX);
    assertThat(patched(p, USER, BJENSEN, ops(replace("nickName", "\"Babs\""))).get("nickName")).isEqualTo(ScimString.of("Babs"));
    Profile addOnly = Profile.strict().withName("strict*").with(new Emulation.AllowedOps(Set.of(Op.ADD, Op.REMOVE)));
    assertRefused(addOnly, USER, BJENSEN, ops(replace("nickName", "\"Babs\"")), 400, ScimType.INVALID_SYNTAX);
    assertThat(patched(addOnly, USER, BJENSEN, add).get("nickName")).isEqualTo(ScimString.of("Babs"));

    assertThat(patched(Profile.strict(), USER, BJENSEN, add).get("nickName")).isEqualTo(ScimString.of("Babs"));
    assertThat(run(Profile.strict(), USER, BJENSEN, remove).result().changed()).isFalse();
  }

  @Test
  void e2_pathRequired() {
    assertThat(Profile.strict().get(Emulation.OperationPaths.class)).isEqualTo(Emulation.OperationPaths.OPTIONAL);
    Profile p = Profile.strict().withName("strict*").with(Emulation.OperationPaths.REQUIRED);
    String noPath = ops("{\"op\": \"replace\", \"value\": {\"active\": false}}");
    String nullPath = ops("{\"op\": \"replace\", \"path\": null, \"value\": {\"active\": false}}");
    assertThat(refused(p, USER, BJENSEN, noPath, 400, ScimType.INVALID_SYNTAX).getMessage()).contains("E2");
    assertRefused(p, USER, BJENSEN, nullPath, 400, ScimType.INVALID_SYNTAX);
    assertThat(patched(p, USER, BJENSEN, ops(replace("active", "false"))).get("active")).isEqualTo(ScimBoolean.FALSE);

    assertThat(patched(Profile.strict(), USER, BJENSEN, noPath).get("active")).isEqualTo(ScimBoolean.FALSE);
    assertThat(patched(Profile.strict(), USER, BJENSEN, nullPath).get("active")).isEqualTo(ScimBoolean.FALSE);
  }

  @Test
  void e3_pathFilters() {
    assertThat(Profile.strict().get(Emulation.PathFilters.class)).isEqualTo(Emulation.PathFilters.FULL);
    String or = ops(replace("emails[type eq \\\"work\\\" or type eq \\\"other\\\"].display", "\"Work\""));
    String eqAnd = ops(replace("emails[type eq \\\"work\\\" and primary eq true].display", "\"Work\""));
    String valueEq = ops(replace("emails[value eq \\\"babs@jensen.org\\\"].display", "\"Home\""));
    String typeEq = ops(replace("emails[type eq \\\"home\\\"].display", "\"Home\""));
    Profile eqAndOnly = Profile.strict().withName("strict*").with(Emulation.PathFilters.EQ_AND_ONLY);
    Profile valueOnly = Profile.strict().withName("strict*").with(Emulation.PathFilters.EQ_ON_VALUE_ONLY);
    Profile none = Profile.strict().withName("strict*").with(Emulation.PathFilters.NONE);

    assertRefused(eqAndOnly, USER, BJENSEN, or, 400, ScimType.INVALID_FILTER);
    assertThat(run(eqAndOnly, USER, BJENSEN, eqAnd).result().changed()).isTrue();
    assertThat(run(eqAndOnly, USER, BJENSEN, typeEq).result().changed()).isTrue();

    assertRefused(valueOnly, USER, BJENSEN, or, 400, ScimType.INVALID_FILTER);
    assertRefused(valueOnly, USER, BJENSEN, eqAnd, 400, ScimType.INVALID_FILTER);
    assertRefused(valueOnly, USER, BJENSEN, typeEq, 400, ScimType.INVALID_FILTER);
    assertThat(run(valueOnly, USER, BJENSEN, valueEq).result().changed()).isTrue();

    for (String request : List.of(or, eqAnd, valueEq, typeEq)) {
      assertThat(refused(none, USER, BJENSEN, request, 400, ScimType.INVALID_FILTER).getMessage()).contains("E3");
      assertThat(run(Profile.strict(), USER, BJENSEN, request).result().changed()).isTrue();
    }
    assertThat(run(none, USER, BJENSEN, ops(replace("emails", "[{\"value\": \"b@example.com\"}]"))).result().changed()).isTrue();
  }

  @Test
  void e4_maxOperations() {
    assertThat(Profile.strict().get(Emulation.MaxOperations.class).max()).isZero();
    Profile p = Profile.strict().withName("strict*").with(new Emulation.MaxOperations(2));
    String two = ops(replace("title", "\"A\""), replace("nickName", "\"B\""));
    String three = ops(replace("title", "\"A\""), replace("nickName", "\"B\""), replace("userType", "\"C\""));
    assertThat(run(p, USER, BJENSEN, two).result().changed()).isTrue();
    assertThat(refused(p, USER, BJENSEN, three, 400, ScimType.TOO_MANY).getMessage()).contains("E4");

    List<String> many = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      many.add(replace("title", "\"T" + i + "\""));
    }
    assertThat(patched(Profile.strict(), USER, BJENSEN, ops(many.toArray(String[]::new))).get("title")).isEqualTo(ScimString.of("T49"));
    assertThatThrownBy(() -> new Emulation.MaxOperations(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void e5_maxMembershipChanges() {
    assertThat(Profile.strict().get(Emulation.MaxMembershipChanges.class).max()).isZero();
    Profile p = Profile.strict().withName("strict*").with(new Emulation.MaxMembershipChanges(2));
    String addTwo = ops("{\"op\": \"add\", \"path\": \"members\", \"value\": [{\"value\": \"a\"}, {\"value\": \"b\"}]}");
    String addThree = ops("{\"op\": \"add\", \"path\": \"members\", \"value\": [{\"value\": \"a\"}, {\"value\": \"b\"}, {\"value\": \"c\"}]}");
    String addTwoRemoveOne = ops("{\"op\": \"add\", \"path\": \"members\", \"value\": [{\"value\": \"a\"}, {\"value\": \"b\"}]}",
        "{\"op\": \"remove\", \"path\": \"members[value eq \\\"" + MANDY + "\\\"]\"}");
    String noPath = ops("{\"op\": \"add\", \"value\": {\"members\": [{\"value\": \"a\"}, {\"value\": \"b\"}, {\"value\": \"c\"}]}}");
    assertThat(run(p, GROUP, TOUR_GUIDES, addTwo).result().changed()).isTrue();
    assertThat(refused(p, GROUP, TOUR_GUIDES, addThree, 400, ScimType.TOO_MANY).getMessage()).contains("E5");
    assertThat(refused(p, GROUP, TOUR_GUIDES, addTwoRemoveOne, 400, ScimType.TOO_MANY).operationIndex()).isEqualTo(1);
    assertRefused(p, GROUP, TOUR_GUIDES, noPath, 400, ScimType.TOO_MANY);

    for (String request : List.of(addThree, addTwoRemoveOne, noPath)) {
      assertThat(run(Profile.strict(), GROUP, TOUR_GUIDES, request).result().changed()).isTrue();
    }
    assertThatThrownBy(() -> new Emulation.MaxMembershipChanges(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void e6_singleValueAttributes() {
    assertThat(Profile.strict().get(Emulation.SingleValueAttributes.class).names()).isEmpty();
    Profile p = Profile.strict().withName("strict*").with(new Emulation.SingleValueAttributes(Set.of("phoneNumbers")));
    String addTwo = ops("{\"op\": \"add\", \"path\": \"phoneNumbers\", \"value\": [{\"value\": \"+1 555 0100\"}, {\"value\": \"+1 555 0101\"}]}");
    String replaceTwo = ops(replace("phoneNumbers", "[{\"value\": \"+1 555 0100\"}, {\"value\": \"+1 555 0101\"}]"));
    String addOne = ops("{\"op\": \"add\", \"path\": \"phoneNumbers\", \"value\": [{\"value\": \"+1 555 0100\"}]}");
    assertThat(refused(p, USER, BJENSEN, addTwo, 400, ScimType.INVALID_VALUE).getMessage()).contains("E6");
    assertRefused(p, USER, BJENSEN, replaceTwo, 400, ScimType.INVALID_VALUE);
    ScimObject one = patched(p, USER, BJENSEN, addOne);
    assertThat(one.get("phoneNumbers")).isEqualTo(Json.parse("[{\"value\": \"+1 555 0100\"}]"));
    assertRefused(p, USER, one, ops("{\"op\": \"add\", \"path\": \"phoneNumbers\", \"value\": [{\"value\": \"+1 555 0101\"}]}"),
        400, ScimType.INVALID_VALUE);
    // Other multi-valued attributes are not limited.
    assertThat(run(p, USER, BJENSEN, ops("{\"op\": \"add\", \"path\": \"emails\", \"value\": [{\"value\": \"c@example.org\"}]}"))
        .result().changed()).isTrue();

    assertThat(run(Profile.strict(), USER, BJENSEN, addTwo).result().changed()).isTrue();
    assertThat(run(Profile.strict(), USER, BJENSEN, replaceTwo).result().changed()).isTrue();
  }

  @Test
  void e7_denied() {
    assertThat(Profile.strict().get(Emulation.DeniedOperations.class).rules()).isEmpty();
    String removeDisplayName = ops("{\"op\": \"remove\", \"path\": \"displayName\"}");
    String removeHome = ops("{\"op\": \"remove\", \"path\": \"emails[type eq \\\"home\\\"]\"}");
    String removeEmails = ops("{\"op\": \"remove\", \"path\": \"emails\"}");
    String replaceEmails = ops(replace("emails", "[{\"value\": \"b@example.com\"}]"));
    String replaceEmailsNoPath = ops("{\"op\": \"replace\", \"value\": {\"EMAILS\": [{\"value\": \"b@example.com\"}]}}");
    Profile any = Profile.strict().withName("strict*").with(new Emulation.DeniedOperations(List.of(new DeniedOperation(Op.REMOVE, "DISPLAYNAME", DeniedOperation.Filtered.ANY))));
    Profile withFilter = Profile.strict().withName("strict*").with(new Emulation.DeniedOperations(List.of(new DeniedOperation(Op.REMOVE, "emails", DeniedOperation.Filtered.WITH_FILTER))));
    Profile withoutFilter = Profile.strict().withName("strict*").with(new Emulation.DeniedOperations(List.of(new DeniedOperation(Op.REMOVE, "emails", DeniedOperation.Filtered.WITHOUT_FILTER))));
    Profile replace = Profile.strict().withName("strict*").with(new Emulation.DeniedOperations(List.of(new DeniedOperation(Op.REPLACE, "emails", DeniedOperation.Filtered.ANY))));

    assertThat(refused(any, USER, BJENSEN, removeDisplayName, 400, ScimType.MUTABILITY).getMessage()).contains("E7");
    assertThat(run(any, USER, BJENSEN, ops(replace("title", "\"Guide\""))).result().changed()).isTrue();
    assertRefused(withFilter, USER, BJENSEN, removeHome, 400, ScimType.MUTABILITY);
    assertThat(run(withFilter, USER, BJENSEN, removeEmails).result().changed()).isTrue();
    assertRefused(withoutFilter, USER, BJENSEN, removeEmails, 400, ScimType.MUTABILITY);
    assertThat(run(withoutFilter, USER, BJENSEN, removeHome).result().changed()).isTrue();
    assertRefused(replace, USER, BJENSEN, replaceEmails, 400, ScimType.MUTABILITY);
    assertRefused(replace, USER, BJENSEN, replaceEmailsNoPath, 400, ScimType.MUTABILITY);

    for (String request : List.of(removeDisplayName, removeHome, removeEmails, replaceEmails, replaceEmailsNoPath)) {
      assertThat(run(Profile.strict(), USER, BJENSEN, request).result().changed()).isTrue();
    }
  }

  @Test
  void e8_unsupported() {
    assertThat(Profile.strict().get(Emulation.Unsupported.class)).isEqualTo(Emulation.Unsupported.BAD_REQUEST);
    Profile p = Profile.strict().withName("strict*").with(Emulation.Unsupported.NOT_IMPLEMENTED);
    String move = ops("{\"op\": \"move\", \"path\": \"title\", \"value\": \"Guide\"}");
    ScimPatchException e = refused(p, USER, BJENSEN, move, 501, null);
    assertThat(e.operationIndex()).isZero();
    // A mistyped op is malformed, not unimplemented (review D2).
    assertRefused(p, USER, BJENSEN, ops("{\"op\": \"repace\", \"path\": \"title\", \"value\": \"Guide\"}"),
        400, ScimType.INVALID_SYNTAX);
    // What the server does implement is unaffected.
    assertThat(run(p, USER, BJENSEN, ops(replace("title", "\"Guide\""))).result().changed()).isTrue();
    // E8 is the status of the E1 and E7 refusals.
    Profile e1 = p.with(new Emulation.AllowedOps(Set.of(Op.REPLACE)));
    Profile e7 = p.with(new Emulation.DeniedOperations(List.of(new DeniedOperation(Op.REMOVE, "title", DeniedOperation.Filtered.ANY))));
    assertRefused(e1, USER, BJENSEN, ops("{\"op\": \"add\", \"path\": \"title\", \"value\": \"Guide\"}"), 501, null);
    assertRefused(e7, USER, BJENSEN, ops("{\"op\": \"remove\", \"path\": \"title\"}"), 501, null);

    assertRefused(Profile.strict(), USER, BJENSEN, move, 400, ScimType.INVALID_SYNTAX);
  }

  @Test
  void e9_onceOnlyAttributes() {
    assertThat(Profile.strict().get(Emulation.OnceOnlyAttributes.class).names()).isEmpty();
    Profile p = Profile.strict().withName("strict*").with(new Emulation.OnceOnlyAttributes(Set.of("active")));
    String twice = ops(replace("active", "false"), "{\"op\": \"replace\", \"value\": {\"Active\": true}}");
    assertThat(refused(p, USER, BJENSEN, twice, 400, ScimType.INVALID_SYNTAX).operationIndex()).isEqualTo(1);
    assertThat(run(p, USER, BJENSEN, ops(replace("active", "false"), replace("title", "\"A\""), replace("title", "\"B\"")))
        .result().changed()).isTrue();

    assertThat(run(Profile.strict(), USER, BJENSEN, twice).result().changed()).isFalse();
  }

  @Test
  void e10_filteredPathTarget() {
    assertThat(Profile.strict().get(Emulation.FilteredPathTarget.class)).isEqualTo(Emulation.FilteredPathTarget.ELEMENT_OR_SUB_ATTRIBUTE);
    Profile p = Profile.strict().withName("strict*").with(Emulation.FilteredPathTarget.SUB_ATTRIBUTE_ONLY);
    String element = ops(replace("emails[type eq \\\"work\\\"]", "{\"value\": \"b@example.com\"}"));
    String sub = ops(replace("emails[type eq \\\"work\\\"].value", "\"b@example.com\""));
    assertThat(refused(p, USER, BJENSEN, element, 400, ScimType.INVALID_PATH).getMessage()).contains("E10");
    ScimObject r = patched(p, USER, BJENSEN, sub);
    assertThat(r.get("emails")).isEqualTo(Json.parse(
        "[{\"value\": \"b@example.com\", \"type\": \"work\", \"primary\": true}, {\"value\": \"babs@jensen.org\", \"type\": \"home\"}]"));

    assertThat(patched(Profile.strict(), USER, BJENSEN, element)).isEqualTo(r);
  }

  @Test
  void e11_filterMatches() {
    assertThat(Profile.strict().get(Emulation.FilterMatches.class)).isEqualTo(Emulation.FilterMatches.ANY);
    Profile p = Profile.strict().withName("strict*").with(Emulation.FilterMatches.AT_MOST_ONE);
    String two = ops(replace("addresses[locality eq \\\"Hollywood\\\"].region", "\"CA\""));
    String one = ops(replace("addresses[type eq \\\"home\\\"].region", "\"CA\""));
    String none = ops("{\"op\": \"remove\", \"path\": \"addresses[type eq \\\"other\\\"]\"}");
    assertThat(refused(p, USER, BJENSEN, two, 400, ScimType.INVALID_FILTER).getMessage()).contains("E11");
    assertRefused(p, USER, BJENSEN, ops("{\"op\": \"remove\", \"path\": \"addresses[locality eq \\\"Hollywood\\\"]\"}"),
        400, ScimType.INVALID_FILTER);
    assertThat(run(p, USER, BJENSEN, one).result().changed()).isTrue();
    assertThat(run(p, USER, BJENSEN, none).result().changed()).isFalse();

    ScimObject both = patched(Profile.strict(), USER, BJENSEN, two);
    assertThat(both.get("addresses")).isEqualTo(Json.parse("""
        [{"type": "work", "streetAddress": "100 Universal City Plaza", "locality": "Hollywood", "primary": true, "region": "CA"},
         {"type": "home", "streetAddress": "456 Hollywood Blvd", "locality": "Hollywood", "region": "CA"}]"""));
  }

  /** Not a numbered switch: the schema extensions a profile knows (Omni's). */
  @Test
  void extensions() {
    assertThat(Profile.strict().extensions()).isEmpty();
    Schema omni = Schema.open("urn:omni:params:1.0:UserAttribute", "UserAttribute");
    Profile p = Profile.strict().withName("strict*").with(new Emulation.Extensions(List.of(omni)));
    String request = ops("{\"op\": \"add\", \"path\": \"urn:omni:params:1.0:UserAttribute:good_blob\", \"value\": \"yes\"}");
    assertThat(patched(p, USER, BJENSEN, request).get("urn:omni:params:1.0:UserAttribute")).isEqualTo(Json.parse("{\"good_blob\": \"yes\"}"));
    assertRefused(Profile.strict(), USER, BJENSEN, request, 400, ScimType.INVALID_PATH);
  }

  // ------------------------------------------------------------------ helpers

  private static ScimObject fixture(String name) {
    return (ScimObject) Json.toNode(FIXTURES.get(name));
  }

  /** A PatchOp message of the given operations. */
  private static String ops(String... operations) {
    return "{\"schemas\": [\"" + PATCH_OP + "\"], \"Operations\": [" + String.join(", ", operations) + "]}";
  }

  private static String replace(String path, String valueJson) {
    return "{\"op\": \"replace\", \"path\": \"" + path + "\", \"value\": " + valueJson + "}";
  }

  /** What reading and applying a message gave: the operations and the result, or the error. */
  private record Outcome(@Nullable List<PatchOperation> operations, @Nullable PatchResult result, @Nullable ScimPatchException error) {
    @Override
    public List<PatchOperation> operations() {
      requireSuccess();
      return operations;
    }

    @Override
    public PatchResult result() {
      requireSuccess();
      return result;
    }

    ScimObject resource() {
      return result().resource();
    }

    private void requireSuccess() {
      assertThat(error).as("unexpected failure: %s", error == null ? "" : error.getMessage()).isNull();
    }
  }

  private static Outcome run(Profile profile, ResourceSchema schema, ScimObject resource, String body) {
    List<PatchOperation> operations = null;
    try {
      operations = ProfilePresetsTest.read(Json.parse(body), profile, schema);
      return new Outcome(operations, PatchEngine.of(schema, profile).apply(resource, operations), null);
    } catch (ScimPatchException e) {
      return new Outcome(operations, null, e);
    }
  }

  private static ScimObject patched(Profile profile, ResourceSchema schema, ScimObject resource, String body) {
    return run(profile, schema, resource, body).resource();
  }

  private static ScimPatchException refused(Profile profile, ResourceSchema schema, ScimObject resource, String body,
      int status, @Nullable ScimType type) {
    Outcome o = run(profile, schema, resource, body);
    assertThat(o.error()).as("%s should refuse %s, but the result is %s", profile.name(), body,
        o.result == null ? null : o.result.resource()).isNotNull();
    assertThat(o.error().status()).as("status: %s", o.error().getMessage()).isEqualTo(status);
    assertThat(o.error().scimType()).as("scimType: %s", o.error().getMessage()).isEqualTo(type);
    return o.error();
  }

  private static void assertRefused(Profile profile, ResourceSchema schema, ScimObject resource, String body,
      int status, @Nullable ScimType type) {
    refused(profile, schema, resource, body, status, type);
  }

}

package dev.scimpatch.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.Returned;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Response shaping (RFC 7644 §3.4.2.5, §3.9) by {@code returned} and the attributes parameters. */
class ShapingTest {

  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final ResourceSchema USER = ResourceSchemas.user();
  private static final ScimObject BJENSEN = (ScimObject) Json.parse("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
      + "\"" + ENTERPRISE + "\"],\"id\":\"2819c223\",\"externalId\":\"701984\",\"meta\":{\"resourceType\":\"User\"},"
      + "\"userName\":\"bjensen\",\"password\":\"t1meMa$heen\",\"name\":{\"givenName\":\"Barbara\",\"familyName\":\"Jensen\"},"
      + "\"emails\":[{\"value\":\"a@example.com\",\"type\":\"work\",\"primary\":true},{\"value\":\"b@example.com\",\"type\":\"home\"}],"
      + "\"" + ENTERPRISE + "\":{\"employeeNumber\":\"701984\",\"manager\":{\"value\":\"26118915\",\"displayName\":\"John Smith\"}}}");

  private static ScimObject shape(@Nullable String attributes, @Nullable String excluded) {
    return Shaping.shape(BJENSEN, USER, AttributeSelection.parse(attributes, excluded, USER));
  }

  @Test
  void passwordIsNeverReturned() {
    assertThat(Shaping.shape(BJENSEN, USER).get("password")).isNull();
    assertThat(shape("password", null).get("password")).isNull();
    assertThat(shape("password,userName", null).names()).containsExactly("schemas", "id", "userName");
    assertThat(Shaping.shape(BJENSEN, USER).names())
        .containsExactly("schemas", "id", "externalId", "meta", "userName", "name", "emails", ENTERPRISE);
  }

  @Test
  void attributesReturnOnlyWhatTheyNameAndWhatIsAlwaysReturned() {
    ScimObject r = shape("userName,name.givenName", null);
    assertThat(r).isEqualTo(Json.parse("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\"" + ENTERPRISE
        + "\"],\"id\":\"2819c223\",\"userName\":\"bjensen\",\"name\":{\"givenName\":\"Barbara\"}}"));
    ScimObject emails = shape("EMAILS.value", null);
    assertThat(emails.get("emails")).isEqualTo(Json.parse("[{\"value\":\"a@example.com\"},{\"value\":\"b@example.com\"}]"));
    ScimObject ext = shape(ENTERPRISE + ":employeeNumber", null);
    assertThat(ext.get(ENTERPRISE)).isEqualTo(Json.parse("{\"employeeNumber\":\"701984\"}"));
    assertThat(shape(ENTERPRISE, null).get(ENTERPRISE)).as("a whole extension").isEqualTo(BJENSEN.get(ENTERPRISE));
    assertThat(shape("urn:ietf:params:scim:schemas:core:2.0:User:userName", null).get("userName"))
        .as("qualified by the core URN").isNotNull();
  }

  @Test
  void excludedAttributesLeaveOutWhatTheyNameButNotWhatIsAlwaysReturned() {
    ScimObject r = shape(null, "emails,name.familyName,id,meta," + ENTERPRISE + ":manager");
    assertThat(r.get("emails")).isNull();
    assertThat(r.get("meta")).isNull();
    assertThat(r.get("id")).as("returned always").isNotNull();
    assertThat(r.get("name")).isEqualTo(Json.parse("{\"givenName\":\"Barbara\"}"));
    assertThat(r.get(ENTERPRISE)).isEqualTo(Json.parse("{\"employeeNumber\":\"701984\"}"));
  }

  @Test
  void requestAttributesOnlyWhenNamed() {
    Schema core = Schema.of("urn:example:params:scim:schemas:core:2.0:Thing", "Thing",
        Attribute.builder("plain").build(), Attribute.builder("onRequest").returned(Returned.REQUEST).build());
    ResourceSchema thing = ResourceSchema.of("Thing", core, List.of());
    ScimObject r = (ScimObject) Json.parse("{\"schemas\":[\"urn:example:params:scim:schemas:core:2.0:Thing\"],\"plain\":1,\"onRequest\":2}");
    assertThat(Shaping.shape(r, thing).get("onRequest")).isNull();
    assertThat(Shaping.shape(r, thing, AttributeSelection.parse("onRequest", null, thing)).names())
        .containsExactly("schemas", "onRequest");
  }

  @Test
  void withoutASchemaTheCommonAttributesKeepTheirRules() {
    ScimObject r = (ScimObject) Json.parse("{\"schemas\":[\"urn:x:y\"],\"id\":\"1\",\"a\":1,\"urn:x:e\":{\"b\":2,\"c\":3}}");
    assertThat(Shaping.shape(r, null, AttributeSelection.parse("a", null, null)).names()).containsExactly("schemas", "id", "a");
    assertThat(Shaping.shape(r, null, AttributeSelection.parse(null, "urn:x:e:b", null)).get("urn:x:e"))
        .isEqualTo(Json.parse("{\"c\":3}"));
    assertThat(Shaping.shape(r, null)).isSameAs(r);
  }

  @Test
  void badParametersAreInvalidPath() {
    for (String bad : List.of("emails[type eq \"work\"]", "a,,b", "1bad", "name.", " ")) {
      if (bad.isBlank()) {
        assertThat(AttributeSelection.parse(bad, null, USER)).isEqualTo(AttributeSelection.none());
        continue;
      }
      ScimPatchException e = catchThrowableOfType(ScimPatchException.class, () -> AttributeSelection.parse(bad, null, USER));
      assertThat(e).as(bad).isNotNull();
      assertThat(e.status()).isEqualTo(400);
    }
    assertThat(catchThrowableOfType(ScimPatchException.class, () -> AttributeSelection.parse(null, "a,", USER)).scimType())
        .isEqualTo(ScimType.INVALID_PATH);
  }

  /**
   * For generated resources and attribute lists: no {@code returned: never} value ever appears, the
   * {@code always} ones always do, and shaping twice changes nothing.
   */
  @TestFactory
  Stream<DynamicTest> shapedResultsNeverCarryWhatIsNeverReturned() {
    ResourceGenerator resources = new ResourceGenerator();
    List<String> names = List.of("userName", "name", "name.givenName", "emails", "emails.value", "emails.type",
        "password", "id", "meta", "groups", "displayName", "nickName", "active", ENTERPRISE,
        ENTERPRISE + ":manager", ENTERPRISE + ":manager.displayName", "addresses.primary", "phoneNumbers");
    return Property.cases("shaped results never carry password or returned-never values", rng -> {
      ScimObject resource = resources.resource(rng).with("password", dev.scimpatch.tree.ScimString.of("secret"));
      String attributes = rng.nextInt(3) == 0 ? null : list(rng, names);
      String excluded = rng.nextInt(3) == 0 ? null : list(rng, names);
      AttributeSelection sel = AttributeSelection.parse(attributes, excluded, USER);
      ScimObject shaped = Shaping.shape(resource, USER, sel);
      assertThat(shaped.get("password")).isNull();
      for (String always : List.of("id", "schemas")) {
        assertThat(shaped.get(always)).as(always).isEqualTo(resource.get(always));
      }
      assertThat(Shaping.shape(shaped, USER, sel)).as("idempotent").isEqualTo(shaped);
      if (attributes == null && excluded == null) {
        assertThat(shaped).isEqualTo(resource.without("password"));
      }
      for (ScimObject.Member m : shaped.members()) {
        assertThat(resource.get(m.name())).as("shaping adds nothing").isNotNull();
      }
    });
  }

  private static String list(RandomGenerator rng, List<String> names) {
    List<String> out = new ArrayList<>();
    int n = 1 + rng.nextInt(4);
    for (int i = 0; i < n; i++) {
      out.add(names.get(rng.nextInt(names.size())));
    }
    return String.join(rng.nextBoolean() ? "," : ", ", out);
  }
}

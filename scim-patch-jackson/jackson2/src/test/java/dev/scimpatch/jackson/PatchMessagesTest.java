package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.jackson.testkit.PatchRequestGenerator;
import dev.scimpatch.path.Path;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PatchOp request error map (R-ERR-4, in {@link PatchMessages}'s Javadoc), row by row, as a
 * server meets it: through {@link ScimPatch#readRequest(byte[])}. And the writer: what
 * {@link PatchMessages#write} writes, the reader reads back as the same request.
 */
class PatchMessagesTest {

  private static final ScimPatch PATCH = ScimPatch.builder().build();
  private static final String URN = "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]";
  private static final String ADD = "{\"op\":\"add\",\"path\":\"displayName\",\"value\":\"Babs\"}";

  private static PatchRequest read(String body) {
    return PATCH.readRequest(body.getBytes(StandardCharsets.UTF_8));
  }

  /** A body with {@code schemas} and the given operations. */
  private static String withOperations(String... ops) {
    return "{" + URN + ",\"Operations\":[" + String.join(",", ops) + "]}";
  }

  /** Reads {@code body}, expecting a 400 of {@code type} for the operation at {@code opIndex} (-1: the message). */
  private static ScimPatchException refused(String body, ScimType type, int opIndex, String reasonContains) {
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class, () -> read(body));
    assertThat(e).as("reading %s", body).isNotNull();
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.scimType()).as("scimType of: %s", e.getMessage()).isEqualTo(type);
    assertThat(e.operationIndex()).as("operationIndex of: %s", e.getMessage()).isEqualTo(opIndex);
    assertThat(e.reason()).contains(reasonContains);
    if (opIndex >= 0) {
      assertThat(e.getMessage()).startsWith("operation " + opIndex);
    } else {
      assertThat(e.getMessage()).doesNotStartWith("operation");
    }
    return e;
  }

  // ------------------------------------------------------------------ R-ENV-1: the body

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"PatchOp\"", "42", "null", "true", "[" + ADD + "]"})
  @DisplayName("R-ENV-1: a body that is not an object is invalidSyntax")
  void rEnv1_bodyNotAnObject(String body) {
    refused(body, ScimType.INVALID_SYNTAX, -1, "R-ENV-1");
  }

  @Test
  @DisplayName("R-ENV-1: schemas missing is invalidSyntax")
  void rEnv1_schemasMissing() {
    refused("{\"Operations\":[" + ADD + "]}", ScimType.INVALID_SYNTAX, -1, "R-ENV-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[]", "[\"urn:ietf:params:scim:schemas:core:2.0:User\"]", "[\"urn:ietf:params:scim:api:messages:2.0:Patch\"]",
      "[null]", "[[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]]", "[\"urn:ietf:params:scim:api:messages:2.0:PatchOp \"]"})
  @DisplayName("R-ENV-1: schemas without the PatchOp URN is invalidSyntax")
  void rEnv1_schemasWrong(String schemas) {
    refused("{\"schemas\":" + schemas + ",\"Operations\":[" + ADD + "]}", ScimType.INVALID_SYNTAX, -1, "R-ENV-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"", "{}", "null", "1"})
  @DisplayName("R-ENV-1: schemas that is not an array is invalidSyntax")
  void rEnv1_schemasNotAnArray(String schemas) {
    refused("{\"schemas\":" + schemas + ",\"Operations\":[" + ADD + "]}", ScimType.INVALID_SYNTAX, -1, "R-ENV-1");
  }

  @Test
  @DisplayName("R-ENV-1: schemas may list other URNs besides PatchOp")
  void rEnv1_schemasWithOthers() {
    PatchRequest r = read("{\"schemas\":[\"urn:x:y\",\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + ADD + "]}");
    assertThat(r.operations()).hasSize(1);
  }

  @Test
  @DisplayName("R-ENV-10: Schemas spelled in another case is not schemas")
  void rEnv10_schemasInAnotherCase() {
    refused("{\"Schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + ADD + "]}",
        ScimType.INVALID_SYNTAX, -1, "schemas");
  }

  // ------------------------------------------------------------------ R-ENV-2: Operations

  @Test
  @DisplayName("R-ENV-2: Operations missing is invalidSyntax")
  void rEnv2_operationsMissing() {
    refused("{" + URN + "}", ScimType.INVALID_SYNTAX, -1, "R-ENV-2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"operations", "OPERATIONS", "operationS"})
  @DisplayName("R-ENV-10: Operations spelled in another case is invalidSyntax")
  void rEnv10_operationsLowerCase(String name) {
    ScimPatchException e = refused("{" + URN + ",\"" + name + "\":[" + ADD + "]}", ScimType.INVALID_SYNTAX, -1, "R-ENV-10");
    assertThat(e.reason()).contains("\"" + name + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {ADD, "\"add\"", "null", "1", "true"})
  @DisplayName("R-ENV-2: Operations that is not an array is invalidSyntax")
  void rEnv2_operationsNotAnArray(String operations) {
    refused("{" + URN + ",\"Operations\":" + operations + "}", ScimType.INVALID_SYNTAX, -1, "R-ENV-2");
  }

  @Test
  @DisplayName("R-ENV-2: Operations empty is invalidSyntax")
  void rEnv2_operationsEmpty() {
    refused(withOperations(), ScimType.INVALID_SYNTAX, -1, "R-ENV-2");
  }

  // ------------------------------------------------------------------ R-ENV-3, R-ENV-4: op

  @ParameterizedTest
  @ValueSource(strings = {"null", "1", "\"add\"", "[]", "[" + ADD + "]"})
  @DisplayName("R-ENV-3: an operation that is not an object is invalidSyntax, naming its index")
  void rEnv3_operationNotAnObject(String op) {
    refused(withOperations(ADD, op), ScimType.INVALID_SYNTAX, 1, "JSON object");
  }

  @Test
  @DisplayName("R-ENV-3: an operation without op is invalidSyntax")
  void rEnv3_opMissing() {
    ScimPatchException e = refused(withOperations("{\"path\":\"displayName\",\"value\":\"x\"}"), ScimType.INVALID_SYNTAX, 0, "R-ENV-3");
    assertThat(e.path()).isEqualTo("displayName");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "null", "true", "[\"add\"]", "{}"})
  @DisplayName("R-ENV-3: op that is not a string is invalidSyntax")
  void rEnv3_opNotAString(String op) {
    refused(withOperations("{\"op\":" + op + ",\"path\":\"displayName\",\"value\":\"x\"}"), ScimType.INVALID_SYNTAX, 0, "R-ENV-3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Add", "ADD", "Replace", "REMOVE", "Remove", " add", "add "})
  @DisplayName("R-ENV-3, R-ENV-4: op in another case is invalidSyntax in the strict profile")
  void rEnv4_opInAnotherCase(String op) {
    ScimPatchException e = refused(withOperations(ADD, "{\"op\":\"" + op + "\",\"path\":\"displayName\",\"value\":\"x\"}"),
        ScimType.INVALID_SYNTAX, 1, "R-ENV-4");
    assertThat(e.reason()).contains("\"" + op + "\"");
    assertThat(PATCH.profile().name()).isEqualTo("strict");
  }

  @ParameterizedTest
  @ValueSource(strings = {"move", "copy", "test", "", "patch", "delete", "merge"})
  @DisplayName("R-ENV-3, R-ENV-4: op that RFC 7644 does not know is invalidSyntax")
  void rEnv4_opUnknown(String op) {
    refused(withOperations("{\"op\":\"" + op + "\",\"path\":\"displayName\",\"value\":\"x\"}"), ScimType.INVALID_SYNTAX, 0, "R-ENV-3");
  }

  @Test
  @DisplayName("R-ENV-10: member names of an operation are matched exactly")
  void rEnv10_opInAnotherCase() {
    refused(withOperations("{\"OP\":\"add\",\"path\":\"displayName\",\"value\":\"x\"}"), ScimType.INVALID_SYNTAX, 0, "R-ENV-3");
  }

  // ------------------------------------------------------------------ R-ENV-5, R-PATH-11, R-PATH-12: path

  @ParameterizedTest
  @ValueSource(strings = {"1", "true", "[\"displayName\"]", "{\"a\":1}"})
  @DisplayName("R-ENV-5: path that is not a string is invalidPath")
  void rEnv5_pathNotAString(String path) {
    refused(withOperations("{\"op\":\"add\",\"path\":" + path + ",\"value\":\"x\"}"), ScimType.INVALID_PATH, 0, "R-ENV-5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a..b", "name.", ".name", "1abc", "name.givenName.x", "emails]", "a b", "urn:", "émails"})
  @DisplayName("R-PATH-11: a path that does not parse is invalidPath, naming the operation")
  void rPath11_badPath(String path) {
    ScimPatchException e = refused(withOperations(ADD, ADD, "{\"op\":\"remove\",\"path\":\"" + path + "\"}"),
        ScimType.INVALID_PATH, 2, "");
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.getMessage()).startsWith("operation 2 (path ");
    assertThat(e.input()).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"emails[", "emails[type eq]", "emails[type zz \\\"work\\\"]", "emails[type eq \\\"work]", "emails[]",
      "emails[(type eq \\\"work\\\"]", "emails[type eq \\\"a\\\" and]"})
  @DisplayName("R-PATH-12: a bad filter inside brackets is invalidFilter, naming the operation")
  void rPath12_badFilter(String path) {
    ScimPatchException e = refused(withOperations(ADD, "{\"op\":\"remove\",\"path\":\"" + path + "\"}"),
        ScimType.INVALID_FILTER, 1, "");
    assertThat(e.getMessage()).startsWith("operation 1 (path ");
    assertThat(e.index()).isGreaterThanOrEqualTo(0);
  }

  @Test
  @DisplayName("R-ENV-5: a null path is no path")
  void rEnv5_nullPath() {
    PatchRequest r = read(withOperations("{\"op\":\"replace\",\"path\":null,\"value\":{\"displayName\":\"x\"}}"));
    assertThat(r.operations().get(0).path()).isNull();
  }

  // ------------------------------------------------------------------ R-ENV-6, R-ENV-7, R-ENV-8, R-REM-1: value

  @Test
  @DisplayName("R-ENV-6: add without value is invalidValue")
  void rEnv6_addWithoutValue() {
    refused(withOperations("{\"op\":\"add\",\"path\":\"displayName\"}"), ScimType.INVALID_VALUE, 0, "R-ENV-6");
    refused(withOperations(ADD, "{\"op\":\"add\"}"), ScimType.INVALID_VALUE, 1, "R-ENV-6");
  }

  @Test
  @DisplayName("R-ENV-7: replace without value is invalidValue")
  void rEnv7_replaceWithoutValue() {
    refused(withOperations("{\"op\":\"replace\",\"path\":\"displayName\"}"), ScimType.INVALID_VALUE, 0, "R-ENV-7");
  }

  @Test
  @DisplayName("R-CHR-14: a null value is a value")
  void nullValueIsAValue() {
    PatchOperation op = read(withOperations("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":null}")).operations().get(0);
    assertThat(op).isEqualTo(new PatchOperation.Replace(Path.parse("displayName"), ScimNull.INSTANCE));
  }

  @Test
  @DisplayName("R-REM-1: remove without path is noTarget")
  void rRem1_removeWithoutPath() {
    refused(withOperations("{\"op\":\"remove\"}"), ScimType.NO_TARGET, 0, "R-REM-1");
    refused(withOperations(ADD, "{\"op\":\"remove\",\"path\":null}"), ScimType.NO_TARGET, 1, "R-REM-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"x\"", "null", "[]", "{}"})
  @DisplayName("R-ENV-8: remove with a value is invalidValue")
  void rEnv8_removeWithValue(String value) {
    ScimPatchException e = refused(withOperations("{\"op\":\"remove\",\"path\":\"emails\",\"value\":" + value + "}"),
        ScimType.INVALID_VALUE, 0, "R-ENV-8");
    assertThat(e.path()).isEqualTo("emails");
  }

  // ------------------------------------------------------------------ what is read

  @Test
  @DisplayName("R-ENV-10: other members are ignored; the request is read as sent")
  void validRequestIsRead() {
    PatchRequest r = read("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"id\":\"x\",\"Operations\":["
        + "{\"op\":\"add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"a@b.c\",\"note\":1},"
        + "{\"op\":\"remove\",\"path\":\"nickName\"},"
        + "{\"op\":\"replace\",\"value\":{\"active\":false,\"n\":1.50}}]}");
    assertThat(r).isEqualTo(PatchRequest.builder()
        .add("emails[type eq \"work\"].value", ScimString.of("a@b.c"))
        .remove("nickName")
        .replace(ScimObject.builder().put("active", dev.scimpatch.tree.ScimBoolean.FALSE)
            .put("n", ScimNumber.parse("1.50")).build())
        .build());
  }

  @Test
  void errorsOfTheMessageHaveNoOperationIndex() {
    ScimPatchException e = refused("{}", ScimType.INVALID_SYNTAX, -1, "");
    assertThat(e.path()).isNull();
  }

  @Test
  void theFirstFailingOperationIsReported() {
    ScimPatchException e = refused(withOperations(ADD, "{\"op\":\"move\"}", "{\"op\":\"remove\"}"),
        ScimType.INVALID_SYNTAX, 1, "move");
    assertThat(e.path()).isNull();
  }

  @Test
  void malformedJsonIsInvalidSyntaxBeforeAnyRule() {
    refused("{" + URN + ",\"Operations\":[" + ADD + "]", ScimType.INVALID_SYNTAX, -1, "malformed JSON");
    refused("{" + URN + "," + URN + ",\"Operations\":[" + ADD + "]}", ScimType.INVALID_SYNTAX, -1, "");
  }

  // ------------------------------------------------------------------ write

  @Test
  void writeSpellsTheMessageAsRfc7644Does() {
    PatchRequest r = PatchRequest.builder()
        .add("emails", ScimObject.of("value", ScimString.of("a@b.c")))
        .remove("members[value eq \"2819c223\"]")
        .replace(ScimObject.of("active", dev.scimpatch.tree.ScimBoolean.FALSE))
        .build();
    assertThat(ScimJson.defaults().writeString(PatchMessages.write(r))).isEqualTo(
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
            + "{\"op\":\"add\",\"path\":\"emails\",\"value\":{\"value\":\"a@b.c\"}},"
            + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"2819c223\\\"]\"},"
            + "{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
  }

  @TestFactory
  Stream<DynamicTest> writeThenReadGivesTheRequest() {
    PatchRequestGenerator requests = new PatchRequestGenerator();
    ScimJson json = ScimJson.defaults();
    return Property.cases("PatchMessages.read(write(r)) equals r", rng -> {
      PatchRequest r = requests.request(rng);
      ScimObject body = PatchMessages.write(r);
      assertThat(PatchMessages.read(body)).isEqualTo(r);
      byte[] bytes = json.writeBytes(body);
      PatchRequest fromBytes = PATCH.readRequest(bytes);
      assertThat(fromBytes).as("through bytes: %s", body).isEqualTo(r);
      // readRequest gives canonical operations (a known attribute's sub-attributes take the
      // schema's spelling: "VERSION" under meta is "version"), so the bytes may differ once;
      // the canonical form reads back to itself.
      byte[] canonical = json.writeBytes(PatchMessages.write(fromBytes));
      assertThat(json.writeBytes(PatchMessages.write(PATCH.readRequest(canonical)))).isEqualTo(canonical);
    });
  }
}

package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.scimpatch.Limits;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.path.Path;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.IOException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ScimPatchModule}: PatchRequest, ScimNode and ScimObject with a databind ObjectMapper. */
class ScimPatchModuleTest {

  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new ScimPatchModule()).build();

  /** A DTO such as a controller receives or returns. */
  record Envelope(String id, ScimNode data, ScimObject attributes, List<ScimNode> list) {}

  /** A bean holding a request. */
  record Holder(String note, PatchRequest patch) {}

  private static final String ADD_EMAIL = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
      + "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"babs@jensen.org\",\"type\":\"home\",\"primary\":true}]},"
      + "{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":\"Babs\"},"
      + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"2819c223\\\"]\"},"
      + "{\"op\":\"replace\",\"value\":{\"score\":1.50}}]}";

  @Test
  void readValueOfARequest() throws IOException {
    PatchRequest r = MAPPER.readValue(ADD_EMAIL.getBytes(java.nio.charset.StandardCharsets.UTF_8), PatchRequest.class);
    assertThat(r).isEqualTo(ScimPatch.builder().build().readRequest(ADD_EMAIL.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(MAPPER.readValue(ADD_EMAIL, PatchRequest.class)).isEqualTo(r);
    assertThat(r.operations()).hasSize(4);
  }

  @Test
  void writeValueAsStringOfARequestRoundTrips() throws IOException {
    PatchRequest r = MAPPER.readValue(ADD_EMAIL, PatchRequest.class);
    String written = MAPPER.writeValueAsString(r);
    assertThat(written).isEqualTo(ScimJson.defaults().writeString(PatchMessages.write(r)));
    assertThat(written).isEqualTo(ADD_EMAIL);
    assertThat(MAPPER.readValue(written, PatchRequest.class)).isEqualTo(r);
  }

  @Test
  void requestNestedInABean() throws IOException {
    Holder h = MAPPER.readValue("{\"note\":\"n\",\"patch\":" + ADD_EMAIL + "}", Holder.class);
    assertThat(h.patch().operations()).hasSize(4);
    String written = MAPPER.writeValueAsString(h);
    assertThat(written).isEqualTo("{\"note\":\"n\",\"patch\":" + ADD_EMAIL + "}");
    assertThat(MAPPER.readValue(written, Holder.class)).isEqualTo(h);
  }

  @Test
  void pathsWithTheSchemaUrnsOfTheFacade() throws IOException {
    ObjectMapper users = JsonMapper.builder()
        .addModule(new ScimPatchModule(ScimPatch.builder().schema(ResourceSchemas.user()).build()))
        .build();
    PatchRequest r = users.readValue("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
        + "[{\"op\":\"remove\",\"path\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value\"}]}",
        PatchRequest.class);
    assertThat(r.operations().get(0).path().schema()).isEqualTo("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertThat(r.operations().get(0).path().attribute()).isEqualTo("manager");
    assertThat(r.operations().get(0).path().subAttribute()).isEqualTo("value");
  }

  @Test
  void scimNodesInARecord() throws IOException {
    String json = "{\"id\":\"1\",\"data\":{\"n\":1.50,\"big\":12345678901234567890.123456789,\"s\":\"😀\",\"a\":[true,null]},"
        + "\"attributes\":{\"userName\":\"bjensen\"},\"list\":[1,\"x\",{}]}";
    Envelope e = MAPPER.readValue(json, Envelope.class);
    assertThat(e.data()).isEqualTo(ScimObject.builder()
        .put("n", ScimNumber.parse("1.50"))
        .put("big", ScimNumber.parse("12345678901234567890.123456789"))
        .put("s", ScimString.of("😀"))
        .put("a", ScimArray.of(ScimBoolean.TRUE, ScimNull.INSTANCE))
        .build());
    assertThat(e.attributes()).isEqualTo(ScimObject.of("userName", ScimString.of("bjensen")));
    assertThat(e.list()).containsExactly(ScimNumber.of(1), ScimString.of("x"), ScimObject.empty());
    String written = MAPPER.writeValueAsString(e);
    assertThat(written).isEqualTo(json);
    assertThat(MAPPER.readValue(written, Envelope.class)).isEqualTo(e);
  }

  @Test
  void scalarsAsScimNodes() throws IOException {
    assertThat(MAPPER.readValue("1.50", ScimNode.class).toString()).isEqualTo("1.50");
    assertThat(MAPPER.readValue("\"x\"", ScimNode.class)).isEqualTo(ScimString.of("x"));
    assertThat(MAPPER.writeValueAsString(ScimNumber.parse("1.50"))).isEqualTo("1.50");
    assertThat(MAPPER.writeValueAsString(ScimObject.of("a", ScimNull.INSTANCE))).isEqualTo("{\"a\":null}");
  }

  /** JSON null is a ScimNode too ({@link ScimNull}): a DTO holding one reads back as written. */
  @Test
  void jsonNullInAScimNodeFieldIsScimNull() throws IOException {
    Envelope e = new Envelope("1", ScimNull.INSTANCE, ScimObject.empty(), List.of(ScimNull.INSTANCE));
    String written = MAPPER.writeValueAsString(e);
    assertThat(written).isEqualTo("{\"id\":\"1\",\"data\":null,\"attributes\":{},\"list\":[null]}");
    assertThat(MAPPER.readValue(written, Envelope.class)).isEqualTo(e);
    assertThat(MAPPER.readValue("null", ScimNode.class)).isEqualTo(ScimNull.INSTANCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"schemas\":[]}", "[]", "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
      + "\"Operations\":[{\"op\":\"Add\",\"path\":\"a\",\"value\":1}]}", "{\"a\":1,\"A\":2}"})
  void malformedRequestThrowsScimPatchException(String body) {
    ScimPatchException e = scimPatchExceptionIn(() -> MAPPER.readValue(body, PatchRequest.class));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_SYNTAX);
    ScimPatchException nested = scimPatchExceptionIn(() -> MAPPER.readValue("{\"note\":\"n\",\"patch\":" + body + "}", Holder.class));
    assertThat(nested.scimType()).isEqualTo(ScimType.INVALID_SYNTAX);
  }

  @Test
  void badPathInARequestKeepsItsTypeAndIndex() {
    ScimPatchException e = scimPatchExceptionIn(() -> MAPPER.readValue("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
        + "\"Operations\":[{\"op\":\"remove\",\"path\":\"a\"},{\"op\":\"remove\",\"path\":\"emails[type eq]\"}]}", PatchRequest.class));
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_FILTER);
    assertThat(e.operationIndex()).isEqualTo(1);
  }

  @Test
  void malformedScimNodesThrowScimPatchException() {
    assertThat(scimPatchExceptionIn(() -> MAPPER.readValue("{\"id\":\"1\",\"attributes\":[1]}", Envelope.class)).scimType())
        .isEqualTo(ScimType.INVALID_SYNTAX);
    assertThat(scimPatchExceptionIn(() -> MAPPER.readValue("{\"id\":\"1\",\"data\":{\"a\":1,\"A\":2}}", Envelope.class)).scimType())
        .isEqualTo(ScimType.INVALID_SYNTAX);
    assertThat(scimPatchExceptionIn(() -> MAPPER.readValue("[1e1001]", ScimNode.class)).scimType())
        .isEqualTo(ScimType.INVALID_SYNTAX);
    assertThat(scimPatchExceptionIn(() -> MAPPER.readValue("\"x\"", ScimObject.class)).scimType())
        .isEqualTo(ScimType.INVALID_SYNTAX);
  }

  @Test
  void malformedJsonIsInvalidSyntax() {
    assertThat(scimPatchExceptionIn(() -> MAPPER.readValue("{\"schemas\":[", PatchRequest.class)).scimType())
        .isEqualTo(ScimType.INVALID_SYNTAX);
  }

  /** Review D5: the module reads requests under the facade's profile, not always strictly. */
  @Test
  void requestsAreReadUnderTheFacadesProfile() throws IOException {
    String entra = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
        + "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}";
    ObjectMapper entraServer = JsonMapper.builder()
        .addModule(new ScimPatchModule(ScimPatch.builder().profile(Profile.named("entra")).schema(ResourceSchemas.user()).build()))
        .build();
    PatchRequest r = entraServer.readValue(entra, PatchRequest.class);
    assertThat(r.operations()).containsExactly(new PatchOperation.Replace(Path.parse("active"), ScimBoolean.FALSE));
    assertThat(scimPatchExceptionIn(() -> MAPPER.readValue(entra, PatchRequest.class)).scimType())
        .isEqualTo(ScimType.INVALID_SYNTAX);
    // The facade's limits apply too.
    ObjectMapper narrow = JsonMapper.builder()
        .addModule(new ScimPatchModule(ScimPatch.builder().limits(Limits.builder().maxPathLength(8).build()).build()))
        .build();
    assertThat(scimPatchExceptionIn(() -> narrow.readValue(ADD_EMAIL, PatchRequest.class)).scimType())
        .isEqualTo(ScimType.INVALID_PATH);
  }

  /** The exception itself, or the first ScimPatchException among its causes. */
  private static ScimPatchException scimPatchExceptionIn(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("an exception").isNotNull();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ScimPatchException e) {
        return e;
      }
    }
    throw new AssertionError("no ScimPatchException in the causes of " + thrown, thrown);
  }
}

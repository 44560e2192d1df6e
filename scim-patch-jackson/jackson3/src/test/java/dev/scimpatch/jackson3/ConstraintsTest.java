package dev.scimpatch.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.validation.ValidPatchRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The core's Bean Validation constraints on a Jackson 3 tree and on bytes, with this adapter
 * installed: the same constraints as with the Jackson 2 adapter, reading through this codec.
 */
class ConstraintsTest {

  private static final String VALID = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
      + "\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs\"}]}";
  private static final String INVALID = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
      + "\"Operations\":[{\"op\":\"replace\",\"path\":\"emails[type eq\"}]}";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static ValidatorFactory factory;
  private static Validator validator;

  record TreeBody(@ValidPatchRequest JsonNode body) {}

  record BytesBody(@ValidPatchRequest byte[] body) {}

  record SeismicBody(@ValidPatchRequest(profile = "seismic") JsonNode body) {}

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void jackson3TreesAreReadThroughThisCodec() {
    assertThat(validator.validate(new TreeBody(MAPPER.readTree(VALID)))).isEmpty();
    Set<ConstraintViolation<TreeBody>> v = validator.validate(new TreeBody(MAPPER.readTree(INVALID)));
    assertThat(v).singleElement().satisfies(c -> assertThat(c.getMessage()).contains("is not a valid SCIM PATCH request"));
    assertThat(validator.validate(new TreeBody(null))).isEmpty();
  }

  @Test
  void bytesAndProfiles() {
    assertThat(validator.validate(new BytesBody(VALID.getBytes(UTF_8)))).isEmpty();
    assertThat(validator.validate(new BytesBody(INVALID.getBytes(UTF_8)))).hasSize(1);
    assertThat(validator.validate(new BytesBody("{\"Operations\":[".getBytes(UTF_8)))).hasSize(1);
    String remove = VALID.replace("\"replace\"", "\"remove\"").replace(",\"value\":\"Babs\"", "");
    assertThat(validator.validate(new TreeBody(MAPPER.readTree(remove)))).isEmpty();
    assertThat(validator.validate(new SeismicBody(MAPPER.readTree(remove)))).as("seismic takes replace only").hasSize(1);
  }
}

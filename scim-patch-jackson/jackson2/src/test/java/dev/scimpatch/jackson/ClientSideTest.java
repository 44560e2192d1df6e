package dev.scimpatch.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.schema.ResourceSchemas;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The client side through the Jackson facade: diff and rewrite, as trees and as bytes. */
class ClientSideTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ScimPatch USERS = ScimPatch.builder().schema(ResourceSchemas.user()).build();

  private static JsonNode json(String json) throws Exception {
    return MAPPER.readTree(json.replace('\'', '"'));
  }

  private static final String OLD = """
      {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': '2819c223', 'userName': 'bjensen',
       'name': {'givenName': 'Barbara', 'familyName': 'Jensen'},
       'emails': [{'value': 'bjensen@example.com', 'type': 'work', 'primary': true}]}""";

  private static final String NEW = """
      {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': '2819c223', 'userName': 'bjensen',
       'name': {'givenName': 'Babs', 'familyName': 'Jensen'},
       'emails': [{'value': 'bjensen@example.com', 'type': 'work', 'primary': true},
                  {'value': 'babs@example.org', 'type': 'home'}]}""";

  @Test
  void aDiffAppliedToOldGivesNew() throws Exception {
    ObjectNode request = USERS.diff(json(OLD), json(NEW));
    assertThat(request).isEqualTo(json("""
        {'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'Operations': [
          {'op': 'replace', 'path': 'name.givenName', 'value': 'Babs'},
          {'op': 'add', 'path': 'emails', 'value': [{'value': 'babs@example.org', 'type': 'home'}]}]}"""));
    assertThat(USERS.apply(json(OLD), request)).isEqualTo(json(NEW));
    assertThat(USERS.diff(json(NEW), json(NEW)).get("Operations")).isEmpty();
  }

  @Test
  void aDiffForATargetIsInItsDialect() throws Exception {
    // Adra keeps one email (E6), so this change leaves the emails alone
    String renamed = OLD.replace("'givenName': 'Barbara'", "'givenName': 'Babs'").replace("'userName': 'bjensen',",
        "'userName': 'bjensen', 'nickName': 'Babs',");
    byte[] request = USERS.diff(bytes(OLD), bytes(renamed), Profile.named("adra"));
    assertThat(MAPPER.readTree(request)).isEqualTo(json("""
        {'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'operations': [
          {'op': 'Replace', 'path': 'name.givenName', 'value': 'Babs'},
          {'op': 'Add', 'path': 'nickName', 'value': 'Babs'}]}"""));
    ScimPatch adra = ScimPatch.builder().schema(ResourceSchemas.user()).profile(Profile.named("adra")).build();
    assertThat(adra.apply(json(OLD), MAPPER.readTree(request))).isEqualTo(json(renamed));
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> USERS.diff(bytes(OLD), bytes(NEW), Profile.named("adra")));
    assertThat(e.getMessage()).startsWith("no request in the adra dialect changes \"emails\"").contains("E6");
  }

  @Test
  void aRewriteForSeismicReplacesTheWholeAttribute() throws Exception {
    JsonNode request = json("""
        {'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'Operations': [
          {'op': 'add', 'path': 'emails', 'value': [{'value': 'babs@example.org', 'type': 'home'}]}]}""");
    ObjectNode rewritten = USERS.rewrite(request, Profile.named("seismic"), json(OLD));
    assertThat(rewritten.get("Operations")).isEqualTo(json("""
        [{'op': 'replace', 'path': 'emails', 'value': [{'value': 'bjensen@example.com', 'type': 'work', 'primary': true},
            {'value': 'babs@example.org', 'type': 'home'}]}]"""));
    byte[] again = USERS.rewrite(bytes(request.toString()), Profile.named("seismic"), bytes(OLD));
    assertThat(MAPPER.readTree(again)).isEqualTo(rewritten);
  }

  @Test
  void whatNoRequestCanDoIsAScimError() throws Exception {
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> USERS.diff(json(OLD), json(OLD.replace("2819c223", "other"))));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.scimType()).isEqualTo(ScimType.MUTABILITY);
    e = catchThrowableOfType(ScimPatchException.class, () -> USERS.diff(bytes("[1]"), bytes(OLD), Profile.strict()));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_SYNTAX);
    e = catchThrowableOfType(ScimPatchException.class, () -> USERS.diff(bytes("{"), bytes(OLD), Profile.strict()));
    assertThat(e.status()).isEqualTo(400);
  }

  private static byte[] bytes(String json) {
    return json.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
  }
}

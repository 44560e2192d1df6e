package dev.scimpatch.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.testsupport.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;

/** Shared helpers for the data-driven rule tests under {@code src/test/resources/rules}. */
final class RuleCases {
  private RuleCases() {}

  /** The schema URNs a case with {@code "knownUrns": true} parses with. */
  static final List<String> KNOWN_URNS = List.of(
      "urn:ietf:params:scim:schemas:core:2.0:User",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
      "urn:ietf:params:scim:schemas:core:2.0:Group",
      "urn:omni:params:1.0:UserAttribute");

  /** One dynamic test per case of a data file, named after its rule and name. */
  static Stream<DynamicTest> tests(String file, Function<JsonNode, org.junit.jupiter.api.function.Executable> body) {
    return Json.cases(file).stream().map(c -> DynamicTest.dynamicTest(
        c.get("rule").asText() + ": " + c.get("name").asText(), body.apply(c)));
  }

  /** The parser a case asks for. */
  static PathParser parser(JsonNode c) {
    JsonNode known = c.get("knownUrns");
    if (known == null) {
      return PathParser.defaults();
    }
    List<String> urns = new ArrayList<>();
    if (known.isBoolean()) {
      urns.addAll(KNOWN_URNS);
    } else {
      known.forEach(u -> urns.add(u.asText()));
    }
    return PathParser.builder().schemaUrns(urns).build();
  }

  /** Asserts that {@code call} fails as the case's {@code error} says. */
  static void assertError(JsonNode c, String input, ThrowingCallable call) {
    JsonNode expected = c.get("error");
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class, call);
    assertThat(e).as("expected %s", expected).isNotNull();
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.scimType()).isNotNull();
    assertThat(e.scimType().keyword()).isEqualTo(expected.get("scimType").asText());
    if (expected.has("index")) {
      int index = expected.get("index").asInt();
      assertThat(e.input()).isEqualTo(input);
      assertThat(e.index()).as("index of: %s", e.getMessage()).isEqualTo(index);
      assertThat(e.getMessage()).contains("at index " + index + ": ");
    }
  }

  static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}

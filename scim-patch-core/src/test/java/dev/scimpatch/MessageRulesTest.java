package dev.scimpatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.testsupport.Cases;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The request message rules (R-ENV, R-REM-1, R-REM-10) from {@code rules/messages.json}. */
class MessageRulesTest {

  @TestFactory
  Stream<DynamicTest> messages() {
    return Json.cases("/rules/messages.json").stream().map(c -> DynamicTest.dynamicTest(
        c.get("rule").asText() + ": " + c.get("name").asText(), () -> {
          ScimNode body = Json.toNode(c.get("body"));
          if (c.has("error")) {
            ScimPatchException e = catchThrowableOfType(ScimPatchException.class, () -> PatchMessages.read(body));
            assertThat(e).as("expected %s", c.get("error")).isNotNull();
            Cases.assertError(c.get("error"), e);
            return;
          }
          PatchRequest request = PatchMessages.read(body);
          assertThat(PatchMessages.write(request).get("Operations")).isEqualTo(Json.toNode(c.get("operations")));
          assertThat(PatchMessages.read(PatchMessages.write(request))).isEqualTo(request);
        }));
  }
}

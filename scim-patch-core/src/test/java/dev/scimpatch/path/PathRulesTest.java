package dev.scimpatch.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The R-PATH rules (and R-ENV-9) from {@code rules/paths.json}. */
class PathRulesTest {

  @TestFactory
  Stream<DynamicTest> paths() {
    return RuleCases.tests("/rules/paths.json", c -> () -> {
      String input = c.get("path").asText();
      PathParser parser = RuleCases.parser(c);
      if (c.has("error")) {
        RuleCases.assertError(c, input, () -> parser.parse(input));
        return;
      }
      Path path = parser.parse(input);
      if (c.has("canonical")) {
        assertThat(path.toString()).isEqualTo(c.get("canonical").asText());
      }
      JsonNode parts = c.get("parts");
      if (parts != null) {
        assertThat(path.schema()).as("schema").isEqualTo(RuleCases.textOrNull(parts.get("schema")));
        assertThat(path.attribute()).as("attribute").isEqualTo(parts.get("attribute").asText());
        assertThat(path.filter() == null ? null : path.filter().toString())
            .as("filter").isEqualTo(RuleCases.textOrNull(parts.get("filter")));
        assertThat(path.subAttribute()).as("subAttribute").isEqualTo(RuleCases.textOrNull(parts.get("subAttribute")));
      }
      // Every accepted path round-trips through its canonical form.
      assertThat(parser.parse(path.toString())).isEqualTo(path);
    });
  }
}

package dev.scimpatch.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.tree.ScimString;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The R-FLT grammar rules from {@code rules/filters.json}. */
class FilterRulesTest {

  @TestFactory
  Stream<DynamicTest> filters() {
    return RuleCases.tests("/rules/filters.json", c -> () -> {
      String input = c.get("filter").asText();
      if (c.has("error")) {
        RuleCases.assertError(c, input, () -> Filter.parse(input));
        return;
      }
      Filter filter = Filter.parse(input);
      assertThat(filter.toString()).isEqualTo(c.get("canonical").asText());
      if (c.has("shape")) {
        assertThat(shape(filter)).isEqualTo(c.get("shape").asText());
      }
      if (c.has("value")) {
        assertThat(filter).isInstanceOfSatisfying(Filter.Comparison.class,
            cmp -> assertThat(cmp.value()).isEqualTo(ScimString.of(c.get("value").asText())));
      }
      assertThat(Filter.parse(filter.toString())).isEqualTo(filter);
    });
  }

  /** The structure of a filter, without its attributes and values. */
  static String shape(Filter f) {
    if (f instanceof Filter.And a) {
      return "And" + a.operands().stream().map(FilterRulesTest::shape).collect(Collectors.joining(", ", "[", "]"));
    } else if (f instanceof Filter.Or o) {
      return "Or" + o.operands().stream().map(FilterRulesTest::shape).collect(Collectors.joining(", ", "[", "]"));
    } else if (f instanceof Filter.Not n) {
      return "Not[" + shape(n.operand()) + "]";
    }
    return f.getClass().getSimpleName();
  }
}

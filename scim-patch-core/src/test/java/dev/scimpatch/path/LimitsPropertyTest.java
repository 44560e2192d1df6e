package dev.scimpatch.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.testkit.FilterGenerator;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.tree.ScimObject;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The comparison and length limits hold exactly: the first input past a limit fails at the right
 * index with a clean 400 error, the last input within it parses.
 */
class LimitsPropertyTest {

  private static final PathParser DEFAULTS = PathParser.defaults();
  private static final ResourceGenerator RESOURCES = new ResourceGenerator();

  @TestFactory
  Stream<DynamicTest> termLimitHoldsExactly() {
    return Property.cases("filters have up to maxFilterTerms comparisons, and fail cleanly beyond", rng -> {
      int max = DEFAULTS.limits().maxFilterTerms();
      int terms = rng.nextInt(4) == 0 ? 1 + rng.nextInt(max * 2) : max - 2 + rng.nextInt(5);
      StringBuilder sb = new StringBuilder();
      int failAt = -1;
      for (int i = 0; i < terms; i++) {
        if (i > 0) {
          sb.append(rng.nextBoolean() ? " and " : " or ");
        }
        if (i == max) {
          failAt = sb.length();
        }
        sb.append((char) ('a' + rng.nextInt(26)));
        sb.append(rng.nextBoolean() ? " pr" : " eq " + rng.nextInt(10));
      }
      String input = sb.toString();
      ScimPatchException e = Parsing.catchScimPatchException(() -> Filter.parse(input));
      if (input.length() > DEFAULTS.limits().maxPathLength()) {
        assertThat(e).as("%s is too long", input).isNotNull();
        assertThat(e.reason()).contains("longer than");
      } else if (terms > max) {
        assertThat(e).as("%s has %d comparisons", input, terms).isNotNull();
        Parsing.checkError(e, input, ScimType.INVALID_FILTER);
        assertThat(e.reason()).contains("more than " + max + " comparisons");
        assertThat(e.index()).isEqualTo(failAt);
      } else {
        assertThat(e).as("%s has %d comparisons", input, terms).isNull();
        Filter f = Filter.parse(input);
        assertThat(FilterGenerator.terms(f)).isEqualTo(terms);
        assertThat(Filter.parse(f.toString())).isEqualTo(f);
        evaluate(rng, f);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> lengthLimitHoldsExactly() {
    return Property.cases("paths and filters are up to maxPathLength characters, and fail cleanly beyond", rng -> {
      int max = DEFAULTS.limits().maxPathLength();
      int length = max - 3 + rng.nextInt(7);
      boolean path = rng.nextBoolean();
      String head = path ? "emails[value eq \"" : "userName eq \"";
      String tail = path ? "\"].display" : "\"";
      String input = head + "x".repeat(length - head.length() - tail.length()) + tail;
      assertThat(input).hasSize(length);
      ScimPatchException e = Parsing.catchScimPatchException(
          () -> {
            if (path) {
              Path.parse(input);
            } else {
              Filter.parse(input);
            }
          });
      if (length > max) {
        assertThat(e).as("input of %d characters", length).isNotNull();
        Parsing.checkError(e, input, path ? ScimType.INVALID_PATH : ScimType.INVALID_FILTER);
        assertThat(e.reason()).contains("longer than " + max);
        assertThat(e.index()).isEqualTo(max);
      } else {
        assertThat(e).as("input of %d characters", length).isNull();
        assertThat((path ? Path.parse(input) : Filter.parse(input)).toString()).isEqualTo(input);
      }
    });
  }

  /** Evaluates a parsed filter: it answers or fails with invalidFilter. */
  private static void evaluate(RandomGenerator rng, Filter f) {
    ScimObject resource = RESOURCES.resource(rng);
    FilterEvaluationPropertyTest.evaluate(f, resource);
  }
}

package dev.scimpatch.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.testkit.FilterGenerator;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.testkit.StringMutator;
import dev.scimpatch.tree.ScimObject;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Deeply nested inputs fail cleanly at the nesting limit, never with a {@link StackOverflowError}:
 * also at the limit's ceiling ({@link Limits#FILTER_DEPTH_CEILING}) and, in the build's
 * {@code small-stack} run, on a 256 KiB thread stack.
 */
@Tag("deep-input")
class DeepInputPropertyTest {

  /** The highest limits a configuration can have. */
  private static final Limits CEILINGS = Limits.builder()
      .maxPathLength(Limits.PATH_LENGTH_CEILING)
      .maxAttributeNameLength(Limits.ATTRIBUTE_NAME_LENGTH_CEILING)
      .maxFilterDepth(Limits.FILTER_DEPTH_CEILING)
      .maxFilterTerms(Limits.FILTER_TERMS_CEILING)
      .build();

  private static final PathParser DEFAULTS = PathParser.defaults();
  private static final PathParser CEILING_PARSER = PathParser.builder().limits(CEILINGS).build();
  private static final ResourceGenerator RESOURCES = new ResourceGenerator();

  private static final List<String> OPENERS = List.of("(", "( ", "not (", "not(", "NOT  (");

  /** A nested filter: its text, and where each level opens. */
  record Nested(String text, int[] openings, int nots, boolean valuePath) {}

  /**
   * {@code levels} nested groups and negations around a comparison, one of them (maybe) a value
   * path's brackets.
   */
  static Nested nested(RandomGenerator rng, int levels) {
    StringBuilder sb = new StringBuilder();
    int[] openings = new int[levels];
    int bracketAt = levels > 0 && rng.nextInt(3) == 0 ? rng.nextInt(levels) : -1;
    StringBuilder closers = new StringBuilder();
    int nots = 0;
    for (int i = 0; i < levels; i++) {
      if (i == bracketAt) {
        sb.append("emails[");
        openings[i] = sb.length() - 1;
        closers.append(']');
      } else {
        String opener = OPENERS.get(rng.nextInt(OPENERS.size()));
        nots += opener.startsWith("n") || opener.startsWith("N") ? 1 : 0;
        sb.append(opener);
        openings[i] = sb.indexOf("(", sb.length() - opener.length());
        closers.append(')');
      }
    }
    sb.append(rng.nextBoolean() ? "value eq \"x(\"" : "type pr");
    sb.append(closers.reverse());
    return new Nested(sb.toString(), openings, nots, bracketAt >= 0);
  }

  @TestFactory
  Stream<DynamicTest> nestingLimitHoldsExactly() {
    return Property.cases("filters nest up to maxFilterDepth levels, and fail cleanly beyond", rng -> {
      PathParser parser = rng.nextBoolean() ? DEFAULTS : CEILING_PARSER;
      int max = parser.limits().maxFilterDepth();
      int levels = rng.nextInt(4) == 0 ? rng.nextInt(max * 3) : max - 2 + rng.nextInt(5);
      Nested n = nested(rng, levels);
      String input = n.text();
      ScimPatchException e = Parsing.catchScimPatchException(() -> parser.parseFilter(input));
      if (input.length() > parser.limits().maxPathLength()) {
        assertThat(e).as("%s is too long", input).isNotNull();
        Parsing.checkError(e, input, ScimType.INVALID_FILTER);
        assertThat(e.reason()).contains("longer than");
        assertThat(e.index()).isEqualTo(parser.limits().maxPathLength());
      } else if (levels > max) {
        assertThat(e).as("%s nests %d levels", input, levels).isNotNull();
        Parsing.checkError(e, input, ScimType.INVALID_FILTER);
        assertThat(e.reason()).contains("nested deeper than " + max);
        assertThat(e.index()).as("index of the error in %s", input).isEqualTo(n.openings()[max]);
      } else {
        assertThat(e).as("%s nests %d levels", input, levels).isNull();
        Filter f = parser.parseFilter(input);
        assertThat(FilterGenerator.depth(f)).as("depth of %s", f).isEqualTo(n.nots() + (n.valuePath() ? 1 : 0));
        assertThat(parser.parseFilter(f.toString())).isEqualTo(f);
        evaluate(rng, f);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> deepGarbageFailsCleanly() {
    return Property.cases("deeply nested garbage fails cleanly", rng -> {
      Nested n = nested(rng, rng.nextInt(Limits.FILTER_DEPTH_CEILING * 2));
      String input = rng.nextBoolean() ? StringMutator.mutate(rng, n.text()) : n.text();
      for (PathParser parser : List.of(DEFAULTS, CEILING_PARSER)) {
        Parsing.checkParse(input, parser::parseFilter, parser, ScimType.INVALID_FILTER);
        Parsing.checkParse(input, parser::parse, parser, ScimType.INVALID_PATH, ScimType.INVALID_FILTER);
      }
    });
  }

  /** Evaluating a parsed filter answers or fails with invalidFilter, on a small stack too. */
  private static void evaluate(RandomGenerator rng, Filter f) {
    ScimObject resource = RESOURCES.resource(rng);
    FilterEvaluationPropertyTest.evaluate(f, resource);
  }
}

package dev.scimpatch.path;

import static dev.scimpatch.path.Parsing.KNOWN_URNS;
import static dev.scimpatch.path.Parsing.checkParse;

import dev.scimpatch.ScimType;
import dev.scimpatch.testkit.FilterGenerator;
import dev.scimpatch.testkit.PathGenerator;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.StringMutator;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever the input, the parsers either return a value that round-trips or throw a 400
 * {@link dev.scimpatch.ScimPatchException} that says where the input went wrong; never anything
 * else.
 */
class ParserRobustnessPropertyTest {

  private static final PathGenerator PATHS = new PathGenerator();
  private static final FilterGenerator FILTERS = new FilterGenerator();

  /** Gives {@code input} to every parser and checks each outcome. */
  static void checkAllParsers(String input) {
    checkParse(input, Path::parse, PathParser.defaults(), ScimType.INVALID_PATH, ScimType.INVALID_FILTER);
    checkParse(input, Filter::parse, PathParser.defaults(), ScimType.INVALID_FILTER);
    checkParse(input, KNOWN_URNS::parse, KNOWN_URNS, ScimType.INVALID_PATH, ScimType.INVALID_FILTER);
    checkParse(input, KNOWN_URNS::parseFilter, KNOWN_URNS, ScimType.INVALID_FILTER);
  }

  @TestFactory
  Stream<DynamicTest> randomStrings() {
    return Property.cases("random strings parse or fail cleanly", rng ->
        checkAllParsers(StringMutator.randomString(rng, rng.nextInt(10) == 0 ? 300 : 40)));
  }

  @TestFactory
  Stream<DynamicTest> mutatedPaths() {
    return Property.cases("mutated paths parse or fail cleanly", rng -> {
      String valid = PATHS.path(rng).toString();
      checkAllParsers(rng.nextInt(8) == 0
          ? StringMutator.splice(rng, valid, otherInput(rng))
          : StringMutator.mutate(rng, valid));
    });
  }

  @TestFactory
  Stream<DynamicTest> mutatedFilters() {
    return Property.cases("mutated filters parse or fail cleanly", rng -> {
      String valid = FILTERS.filter(rng).toString();
      checkAllParsers(rng.nextInt(8) == 0
          ? StringMutator.splice(rng, valid, otherInput(rng))
          : StringMutator.mutate(rng, valid));
    });
  }

  private static String otherInput(RandomGenerator rng) {
    int r = rng.nextInt(3);
    return r == 0 ? PATHS.path(rng).toString()
        : r == 1 ? FILTERS.filter(rng).toString()
        : StringMutator.randomString(rng, 40);
  }
}

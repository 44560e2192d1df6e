package dev.scimpatch.path;

import static dev.scimpatch.path.Parsing.KNOWN_URNS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.testkit.FilterGenerator;
import dev.scimpatch.testkit.PathGenerator;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.StringMutator;
import dev.scimpatch.tree.ScimNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Generated paths and filters print in canonical syntax and parse back to equal values. */
class RoundTripPropertyTest {

  private static final PathGenerator PATHS = new PathGenerator();
  private static final PathGenerator CANONICAL_PATHS = PATHS.withCanonicalUrns();
  private static final FilterGenerator FILTERS = new FilterGenerator();
  private static final FilterGenerator CANONICAL_FILTERS = FILTERS.withCanonicalUrns();
  private static final int MAX_LENGTH = PathParser.defaults().limits().maxPathLength();

  @TestFactory
  Stream<DynamicTest> pathsRoundTrip() {
    return Property.cases("Path.parse(p.toString()) equals p", rng -> {
      Path p = PATHS.path(rng);
      String printed = p.toString();
      Path parsed = Path.parse(printed);
      assertThat(parsed).as("Path.parse(%s)", Parsing.literal(printed)).isEqualTo(p);
      assertThat(parsed.toString()).as("printing is idempotent").isEqualTo(printed);
      assertThat(parsed.hashCode()).as("hash code of equal paths").isEqualTo(p.hashCode());
    });
  }

  @TestFactory
  Stream<DynamicTest> filtersRoundTrip() {
    return Property.cases("Filter.parse(f.toString()) equals f", rng -> {
      Filter f = FILTERS.filter(rng);
      String printed = f.toString();
      Filter parsed = Filter.parse(printed);
      assertThat(parsed).as("Filter.parse(%s)", Parsing.literal(printed)).isEqualTo(f);
      assertThat(parsed.toString()).as("printing is idempotent").isEqualTo(printed);
      assertThat(parsed.hashCode()).as("hash code of equal filters").isEqualTo(f.hashCode());
    });
  }

  @TestFactory
  Stream<DynamicTest> equalFiltersHaveEqualHashCodes() {
    return Property.cases("filters equal by value have equal hash codes", rng -> {
      Filter f = FILTERS.filter(rng);
      Filter rescaled = rescaleNumbers(f);
      assertThat(rescaled).as("%s with its numbers rescaled", f).isEqualTo(f);
      assertThat(rescaled.hashCode()).as("hash code of %s and of %s", f, rescaled).isEqualTo(f.hashCode());
    });
  }

  /** {@code f} with every number literal given one more digit of scale: {@code 1.5} becomes {@code 1.50}. */
  static Filter rescaleNumbers(Filter f) {
    if (f instanceof Filter.Comparison c) {
      if (c.value() instanceof ScimNumber n && n.value().scale() < ScimNumber.MAX_SCALE) {
        return new Filter.Comparison(c.attribute(), c.operator(),
            ScimNumber.of(n.value().setScale(n.value().scale() + 1)));
      }
      return c;
    } else if (f instanceof Filter.Not n) {
      return new Filter.Not(rescaleNumbers(n.operand()));
    } else if (f instanceof Filter.ValuePath vp) {
      return new Filter.ValuePath(vp.attribute(), rescaleNumbers(vp.filter()));
    } else if (f instanceof Filter.And a) {
      return new Filter.And(a.operands().stream().map(RoundTripPropertyTest::rescaleNumbers).toList());
    } else if (f instanceof Filter.Or o) {
      return new Filter.Or(o.operands().stream().map(RoundTripPropertyTest::rescaleNumbers).toList());
    }
    return f;
  }

  @TestFactory
  Stream<DynamicTest> knownUrnParserRoundTrips() {
    return Property.cases("a URN-aware parser parses canonical paths and filters back", rng -> {
      Path p = CANONICAL_PATHS.path(rng);
      assertThat(KNOWN_URNS.parse(p.toString())).as("parse(%s)", Parsing.literal(p.toString())).isEqualTo(p);
      Filter f = CANONICAL_FILTERS.filter(rng);
      assertThat(KNOWN_URNS.parseFilter(f.toString())).as("parseFilter(%s)", Parsing.literal(f.toString()))
          .isEqualTo(f);
    });
  }

  @TestFactory
  Stream<DynamicTest> knownUrnParserReturnsCanonicalSpelling() {
    return Property.cases("a URN-aware parser returns known URNs in their known spelling", rng -> {
      Path p = PATHS.path(rng);
      Path expected = new Path(canonical(p.schema()), p.attribute(),
          p.filter() == null ? null : canonical(p.filter()), p.subAttribute());
      assertThat(KNOWN_URNS.parse(p.toString())).as("parse(%s)", Parsing.literal(p.toString())).isEqualTo(expected);
      Filter f = FILTERS.filter(rng);
      assertThat(KNOWN_URNS.parseFilter(f.toString())).as("parseFilter(%s)", Parsing.literal(f.toString()))
          .isEqualTo(canonical(f));
    });
  }

  @TestFactory
  Stream<DynamicTest> otherSpellingsParseAlike() {
    return Property.cases("keywords, names and spaces in other spellings parse alike", rng -> {
      Filter f = FILTERS.filter(rng);
      String printed = f.toString();
      String respelled = widenSpaces(rng, StringMutator.respellOutsideStrings(rng, printed), true, MAX_LENGTH);
      Filter parsed = Filter.parse(respelled);
      assertThat(Ascii.toLowerCase(parsed.toString()))
          .as("Filter.parse(%s), ignoring ASCII case", Parsing.literal(respelled))
          .isEqualTo(Ascii.toLowerCase(printed));

      Path p = PATHS.path(rng);
      String path = p.toString();
      String respelledPath = widenSpaces(rng, StringMutator.respellOutsideStrings(rng, path), false, MAX_LENGTH);
      assertThat(Ascii.toLowerCase(Path.parse(respelledPath).toString()))
          .as("Path.parse(%s), ignoring ASCII case", Parsing.literal(respelledPath))
          .isEqualTo(Ascii.toLowerCase(path));
    });
  }

  /**
   * Adds spaces where the grammar allows runs of them: next to existing spaces, after {@code (}
   * and {@code [}, before {@code )} and {@code ]}, and (for a filter) around the whole text.
   * String literals are left alone. Returns {@code s} itself if the result would be longer than
   * {@code maxLength}.
   */
  static String widenSpaces(RandomGenerator rng, String s, boolean filter, int maxLength) {
    StringBuilder sb = new StringBuilder();
    if (filter && rng.nextBoolean()) {
      sb.append(" ".repeat(1 + rng.nextInt(2)));
    }
    boolean inString = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        sb.append(c);
        if (c == '\\') {
          sb.append(s.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if ((c == ')' || c == ']') && rng.nextInt(3) == 0) {
        sb.append(' ');
      }
      sb.append(c);
      if (c == '"') {
        inString = true;
      } else if ((c == ' ' || c == '(' || c == '[') && rng.nextInt(3) == 0) {
        sb.append(' ');
      }
    }
    if (filter && rng.nextBoolean()) {
      sb.append(' ');
    }
    return sb.length() <= maxLength ? sb.toString() : s;
  }

  /** The known spelling of a known URN; any other schema as it is. */
  static String canonical(String schema) {
    if (schema == null) {
      return null;
    }
    for (String urn : PathGenerator.knownUrns()) {
      if (Ascii.equalsIgnoreCase(urn, schema)) {
        return urn;
      }
    }
    return schema;
  }

  static AttributePath canonical(AttributePath a) {
    return new AttributePath(canonical(a.schema()), a.name(), a.subAttribute());
  }

  /** {@code f} with every known URN in its known spelling. */
  static Filter canonical(Filter f) {
    if (f instanceof Filter.Comparison c) {
      return new Filter.Comparison(canonical(c.attribute()), c.operator(), c.value());
    } else if (f instanceof Filter.Present p) {
      return new Filter.Present(canonical(p.attribute()));
    } else if (f instanceof Filter.Not n) {
      return new Filter.Not(canonical(n.operand()));
    } else if (f instanceof Filter.ValuePath vp) {
      return new Filter.ValuePath(canonical(vp.attribute()), canonical(vp.filter()));
    } else if (f instanceof Filter.And a) {
      return new Filter.And(canonical(a.operands()));
    }
    return new Filter.Or(canonical(((Filter.Or) f).operands()));
  }

  private static List<Filter> canonical(List<Filter> filters) {
    List<Filter> out = new ArrayList<>(filters.size());
    for (Filter f : filters) {
      out.add(canonical(f));
    }
    return out;
  }
}

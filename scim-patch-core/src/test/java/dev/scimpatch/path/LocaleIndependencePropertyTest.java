package dev.scimpatch.path;

import static dev.scimpatch.path.Parsing.KNOWN_URNS;
import static dev.scimpatch.path.Parsing.withDefaultLocale;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.testkit.FilterGenerator;
import dev.scimpatch.testkit.PathGenerator;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.StringMutator;
import dev.scimpatch.tree.ScimNode;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.util.WritesDefaultLocale;

/**
 * Parsing and evaluation give the same results, errors included, whatever the default locale:
 * under Turkish, Azerbaijani and Lithuanian locales, whose case mappings of {@code I} and
 * {@code i} differ from the root locale's, as under {@link Locale#ROOT}.
 */
@WritesDefaultLocale
class LocaleIndependencePropertyTest {

  private static final List<Locale> LOCALES = List.of(
      Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("az-AZ"), Locale.forLanguageTag("lt-LT"));

  private static final PathGenerator PATHS = new PathGenerator();
  private static final FilterGenerator FILTERS = new FilterGenerator();

  /** Inputs where i, I, İ and ı meet names, keywords and literals. */
  private static final List<String> TEMPLATES = List.of(
      "ID eq \"id\"", "id EQ \"ID\"", "externalId eq \"İ\"", "externalid Eq \"ı\"", "İd pr", "ıd pr",
      "emails[PRIMARY eq TRUE]", "emails[primary Eq true].VALUE", "NOT (userName pr)", "not (title pr)",
      "name.givenName SW \"ı\"", "name.GIVENNAME ew \"İ\"", "userName co \"I\"", "DISPLAYNAME gt \"ı\"",
      "title LE \"İstanbul\"", "active eq FALSE", "active eq NULL", "title ne nuLL",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"İ\"",
      "URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:MANAGER.VALUE",
      "urn:İetf:params:x:ID", "emails[type eq \"work\" AND primary eq true OR display pr]",
      "meta.lastModified GT \"2024-05-01T10:00:00+02:00\"", "x eq 1E5", "x eq 1e+5", "x eq 1İ5");

  /** Every parser's outcome for {@code input}, as text. */
  static String parseAll(String input) {
    return Parsing.outcome(input, Path::parse)
        + "\n" + Parsing.outcome(input, Filter::parse)
        + "\n" + Parsing.outcome(input, KNOWN_URNS::parse)
        + "\n" + Parsing.outcome(input, KNOWN_URNS::parseFilter);
  }

  /** A path or filter string with i, I, İ and ı in names, keywords and literals. */
  static String input(RandomGenerator rng) {
    int r = rng.nextInt(10);
    String s;
    if (r < 2) {
      s = TEMPLATES.get(rng.nextInt(TEMPLATES.size()));
    } else if (r < 5) {
      s = StringMutator.respellOutsideStrings(rng, PATHS.path(rng).toString());
    } else {
      s = StringMutator.respellOutsideStrings(rng, FILTERS.filter(rng).toString());
    }
    if (rng.nextBoolean()) {
      s = StringMutator.turkishI(rng, s);
    }
    if (rng.nextInt(4) == 0) {
      s = StringMutator.mutate(rng, s);
    }
    return s;
  }

  @TestFactory
  Stream<DynamicTest> parsingIgnoresTheDefaultLocale() {
    return Property.cases("parse results and errors do not depend on the default locale", rng -> {
      String input = input(rng);
      String expected = withDefaultLocale(Locale.ROOT, () -> parseAll(input));
      for (Locale locale : LOCALES) {
        assertThat(withDefaultLocale(locale, () -> parseAll(input)))
            .as("parsing %s under %s", Parsing.literal(input), locale).isEqualTo(expected);
      }
    });
  }

  /** Parses {@code input}, or returns {@code fallback} if it is not a filter. */
  private static Filter parseOr(String input, Filter fallback) {
    try {
      return Filter.parse(input);
    } catch (dev.scimpatch.ScimPatchException e) {
      return fallback;
    }
  }

  @TestFactory
  Stream<DynamicTest> evaluationIgnoresTheDefaultLocale() {
    return Property.cases("evaluation does not depend on the default locale", rng -> {
      Filter f = FILTERS.filter(rng);
      String turkish = StringMutator.turkishI(rng, StringMutator.respellOutsideStrings(rng, f.toString()), true);
      // A filter of the printed form fails to parse only when printing loses a number's range.
      Filter filter = parseOr(turkish, f);
      ScimNode resource = FilterEvaluationPropertyTest.resource(rng);
      FilterEvaluationPropertyTest.Outcome expected =
          withDefaultLocale(Locale.ROOT, () -> FilterEvaluationPropertyTest.evaluate(filter, resource));
      for (Locale locale : LOCALES) {
        assertThat(withDefaultLocale(locale, () -> FilterEvaluationPropertyTest.evaluate(filter, resource)))
            .as("%s on %s under %s", filter, resource, locale).isEqualTo(expected);
      }
    });
  }
}

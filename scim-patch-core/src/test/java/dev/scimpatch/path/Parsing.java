package dev.scimpatch.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.testkit.PathGenerator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/** Shared checks of the parsers' contract, for the property tests of this package. */
final class Parsing {

  private Parsing() {}

  /** A parser that knows the generators' URN pool. */
  static final PathParser KNOWN_URNS = PathParser.builder().schemaUrns(PathGenerator.knownUrns()).build();

  /**
   * Parses {@code input} with {@code parse} and checks the contract: the result round-trips
   * through {@code parse} (its printed form parses back to an equal value, or, when printing made
   * it longer than the length limit, is rejected for its length), or the error is a 400
   * {@link ScimPatchException} of one of the {@code allowed} types that carries the input, an index
   * within it, and names that index in its message. Any other throwable escapes.
   *
   * @return a description of the outcome: the printed value, or the error's details
   */
  static String checkParse(String input, Function<String, ?> parse, PathParser parser, ScimType... allowed) {
    Object value;
    try {
      value = parse.apply(input);
    } catch (ScimPatchException e) {
      checkError(e, input, allowed);
      return describe(e);
    }
    assertThat(value).as("result of parsing %s", literal(input)).isNotNull();
    String printed = value.toString();
    if (printed.length() <= parser.limits().maxPathLength()) {
      Object again = parse.apply(printed);
      assertThat(again).as("parse of the printed form %s of input %s", literal(printed), literal(input))
          .isEqualTo(value);
      assertThat(again.toString()).as("printing is idempotent").isEqualTo(printed);
    } else {
      ScimPatchException e = catchScimPatchException(() -> parse.apply(printed));
      assertThat(e).as("printed form %s (of %s) is longer than the limit", literal(printed), literal(input)).isNotNull();
      assertThat(e.reason()).contains("longer than");
    }
    return "ok " + printed;
  }

  /**
   * Parses {@code input} with {@code parse} and describes the outcome: the printed value, or the
   * error's status, type, index and message. Throwables other than {@link ScimPatchException}
   * escape.
   */
  static String outcome(String input, Function<String, ?> parse) {
    try {
      return "ok " + parse.apply(input);
    } catch (ScimPatchException e) {
      return describe(e);
    }
  }

  /** Checks the shape of a syntax error for {@code input}. */
  static void checkError(ScimPatchException e, String input, ScimType... allowed) {
    Supplier<String> what = () -> "error for " + literal(input) + ": " + e.getMessage();
    assertThat(e.status()).as(what).isEqualTo(400);
    assertThat(e.scimType()).as(what).isIn((Object[]) allowed);
    assertThat(e.input()).as(what).isEqualTo(input);
    assertThat(e.index()).as(what).isBetween(0, input.length());
    assertThat(e.getMessage()).as(what).contains("at index " + e.index());
    assertThat(e.reason()).as(what).isNotBlank();
  }

  /** Runs {@code action}; returns the ScimPatchException it threw, or null if it returned. */
  static ScimPatchException catchScimPatchException(Runnable action) {
    try {
      action.run();
      return null;
    } catch (ScimPatchException e) {
      return e;
    }
  }

  /** The details of an error, for comparing outcomes. */
  static String describe(ScimPatchException e) {
    return "error " + e.status() + " " + e.scimType() + " at " + e.index() + ": " + e.getMessage();
  }

  /**
   * {@code s} quoted for an assertion message, control characters, surrogates and non-ASCII
   * escaped. The quoting happens in {@code toString()}, so only when a message is shown.
   */
  static Object literal(String s) {
    return new Quoted(s);
  }

  private record Quoted(String text) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("\"");
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c > 0x7e) {
          sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      return sb.append('"').toString();
    }
  }

  /** The default locale's settings, saved so that they can be restored. */
  private record SavedLocale(Locale main, Locale display, Locale format) {
    static SavedLocale save() {
      return new SavedLocale(
          Locale.getDefault(), Locale.getDefault(Locale.Category.DISPLAY), Locale.getDefault(Locale.Category.FORMAT));
    }

    void restore() {
      Locale.setDefault(main);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
    }
  }

  /** Calls {@code action} with {@code locale} as the default locale (all categories), then restores it. */
  static <T> T withDefaultLocale(Locale locale, Supplier<T> action) {
    SavedLocale saved = SavedLocale.save();
    try {
      Locale.setDefault(locale);
      return action.get();
    } finally {
      saved.restore();
    }
  }
}

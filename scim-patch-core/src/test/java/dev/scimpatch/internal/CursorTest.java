package dev.scimpatch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ScimValues;
import dev.scimpatch.testkit.StringMutator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cursor behind the path parser and the small JSON reader: its moves, its JSON string lexer
 * (RFC 8259 §7 escapes, a backslash-u with exactly four ASCII hex digits, control characters
 * refused) and its JSON number lexer, and that every lexical error comes through the caller's
 * {@link Cursor.Failure} with the index it concerns.
 */
class CursorTest {

  /** The exception the tests' failure factory makes: the reason and index, as given. */
  static final class LexError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String reason;
    final int index;

    LexError(String reason, int index) {
      super(reason + " at index " + index);
      this.reason = reason;
      this.index = index;
    }
  }

  private static Cursor cursor(String input) {
    return new Cursor(input, LexError::new);
  }

  private static LexError lexError(String input, java.util.function.Consumer<Cursor> lex) {
    LexError e = catchThrowableOfType(LexError.class, () -> lex.accept(cursor(input)));
    assertThat(e).as("error lexing %s", input).isNotNull();
    return e;
  }

  // ---------------------------------------------------------------- moves

  @Test
  void peeksMatchesAndConsumes() {
    Cursor c = cursor("ab  Cd");
    assertThat(c.peek()).isEqualTo('a');
    assertThat(c.matches('a')).isTrue();
    assertThat(c.matchChomp('b')).isFalse();
    assertThat(c.position()).isZero();
    assertThat(c.matchChomp('a')).isTrue();
    c.advance();
    assertThat(c.skipSpaces()).isEqualTo(2);
    assertThat(c.skipSpaces()).isZero();
    assertThat(c.remainder()).isEqualTo("Cd");
    assertThat(c.position()).isEqualTo(4);
    assertThat(c.skipWhile(Ascii::isDigit)).isZero();
    assertThat(c.skipWhile(Character::isUpperCase)).isEqualTo(1);
    assertThat(c.consumeWhile(Ascii::isAlpha)).isEqualTo("d");
    assertThat(c.consumeWhile(Ascii::isAlpha)).isEmpty();
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.peek()).as("peek at the end").isEqualTo('\0');
    assertThat(c.matches('\0')).isFalse();
    assertThat(c.remainder()).isEmpty();
    assertThatThrownBy(c::advance).isInstanceOf(IndexOutOfBoundsException.class);
    c.position(1);
    assertThat(c.remainder()).isEqualTo("b  Cd");
    assertThatThrownBy(() -> c.position(7)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> c.position(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void keywordsMatchIgnoringAsciiCaseOnly() {
    Cursor c = cursor("NoT(");
    assertThat(c.matchChompIgnoreCase("not(x")).as("longer than the rest").isFalse();
    assertThat(c.matchChompIgnoreCase("nor")).isFalse();
    assertThat(c.position()).isZero();
    assertThat(c.matchChompIgnoreCase("not")).isTrue();
    assertThat(c.remainder()).isEqualTo("(");
    assertThat(cursor("\u212Aey").matchChompIgnoreCase("key")).as("KELVIN SIGN is not k").isFalse();
    assertThat(cursor("\u017Fw").matchChompIgnoreCase("sw")).as("LONG S is not s").isFalse();
    assertThat(cursor("\u0130D").matchChompIgnoreCase("id")).as("dotted capital I is not i").isFalse();
  }

  @Test
  void whitespaceIsJsonsFourCharactersAndSpacesAreU0020() {
    Cursor c = cursor(" \t\r\n \f");
    c.skipWhitespace();
    assertThat(c.remainder()).isEqualTo("\f");
    Cursor d = cursor("\u00a0 x");
    assertThat(d.skipSpaces()).as("NO-BREAK SPACE is not a space").isZero();
    d.skipWhitespace();
    assertThat(d.position()).isZero();
    Cursor e = cursor(" \tx");
    assertThat(e.skipSpaces()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- strings

  @Test
  void stringsResolveEveryEscape() {
    String[][] cases = {
        {"\"\"", ""},
        {"\"abc\"", "abc"},
        {"\"\\\"\\\\\\/\"", "\"\\/"},
        {"\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t"},
        {"\"\\u00e9\\u00C9\\u0041\"", "\u00e9\u00c9A"},
        {"\"\\uD83D\\uDE00\"", "\ud83d\ude00"},
        {"\"\\uDE00\\uD83D\"", "\ude00\ud83d"},
        {"\"\\u0000\"", "\u0000"},
        {"\"caf\u00e9 \ud83d\ude00 \u007f \u2028 \ud800\"", "caf\u00e9 \ud83d\ude00 \u007f \u2028 \ud800"},
        {"\"a\\\"b\"", "a\"b"}};
    for (String[] c : cases) {
      Cursor cursor = cursor(c[0] + " rest");
      assertThat(cursor.jsonString()).as("value of %s", c[0]).isEqualTo(c[1]);
      assertThat(cursor.remainder()).isEqualTo(" rest");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u12", "\\u1", "\\u"})
  void aUnicodeEscapeCutByTheEndIsIncomplete(String escape) {
    LexError e = lexError("\"ab" + escape, Cursor::jsonString);
    assertThat(e.reason).isEqualTo("incomplete \\u escape");
    assertThat(e.index).as("at the backslash").isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\\u12g4", "\\u+123", "\\u-123", "\\u 123", "\\u12\"4", "\\u00e\"",
      "\\u\uff10\uff10\uff14\uff11", // FULLWIDTH DIGITs
      "\\u\u0661\u0662\u0663\u0664", // ARABIC-INDIC DIGITs
      "\\u00\u00e9a"})
  void aUnicodeEscapeTakesExactlyFourAsciiHexDigits(String escape) {
    LexError e = lexError("\"ab" + escape + "\" and more", Cursor::jsonString);
    assertThat(e.reason).isEqualTo("\\u must be followed by four hex digits");
    assertThat(e.index).as("at the backslash").isEqualTo(3);
  }

  @Test
  void aUnicodeEscapeTakesNoMoreThanFourDigits() {
    Cursor c = cursor("\"\\u00411\"");
    assertThat(c.jsonString()).isEqualTo("A1");
    assertThat(c.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(chars = {'a', 'U', 'x', '0', '\'', ' ', 'e'})
  void otherEscapesAreInvalid(char after) {
    LexError e = lexError("\"a\\" + after + "\"", Cursor::jsonString);
    assertThat(e.reason).isEqualTo("invalid escape sequence '\\" + after + "'");
    assertThat(e.index).isEqualTo(2);
  }

  @Test
  void aBackslashAtTheEndIsAnIncompleteEscape() {
    LexError e = lexError("\"ab\\", Cursor::jsonString);
    assertThat(e.reason).isEqualTo("incomplete escape sequence");
    assertThat(e.index).isEqualTo(3);
  }

  @Test
  void everyControlCharacterMustBeEscaped() {
    for (char c = 0; c < 0x20; c++) {
      LexError e = lexError("\"ab" + c + "\"", Cursor::jsonString);
      assertThat(e.reason).isEqualTo(String.format(java.util.Locale.ROOT,
          "control character U+%04X must be escaped in a string", (int) c));
      assertThat(e.index).isEqualTo(3);
    }
    assertThat(cursor("\"\u007f\"").jsonString()).as("DEL is no C0 control").isEqualTo("\u007f");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"", "\"abc", "\"abc\\\"", "\"\\u0041"})
  void anUnterminatedStringFailsAtTheEnd(String input) {
    LexError e = lexError("x " + input, c -> {
      c.position(2);
      c.jsonString();
    });
    assertThat(e.reason).isEqualTo("unterminated string starting at index 2; expected '\"'");
    assertThat(e.index).isEqualTo(input.length() + 2);
  }

  @Test
  void aStringStartsAtAQuote() {
    LexError e = lexError("'a'", Cursor::jsonString);
    assertThat(e.reason).isEqualTo("expected '\"'");
    assertThat(e.index).isZero();
    assertThat(lexError("", Cursor::jsonString).index).isZero();
  }

  @TestFactory
  Stream<DynamicTest> quotedStringsReadBack() {
    return Property.cases("Text.quote(s) lexes back to s", rng -> {
      String s = rng.nextBoolean() ? ScimValues.hostileString(rng) : ScimValues.string(rng);
      String quoted = Text.quote(s);
      Cursor c = cursor(quoted + "]");
      assertThat(c.jsonString()).as("value of %s", quoted).isEqualTo(s);
      assertThat(c.position()).isEqualTo(quoted.length());
    });
  }

  @TestFactory
  Stream<DynamicTest> anyInputLexesOrFailsThroughTheFactory() {
    return Property.cases("strings and numbers lex or fail through the factory", rng -> {
      String input = rng.nextBoolean()
          ? "\"" + StringMutator.randomString(rng, 30)
          : StringMutator.mutate(rng, rng.nextBoolean() ? Text.quote(ScimValues.hostileString(rng)) : ScimValues.numberText(rng));
      Cursor strings = cursor(input);
      try {
        String value = strings.jsonString();
        assertThat(strings.position()).isBetween(2, input.length());
        assertThat(cursor(Text.quote(value)).jsonString()).isEqualTo(value);
      } catch (LexError e) {
        assertThat(e.index).as("index of %s in %s", e.reason, input).isBetween(0, input.length());
      }
      Cursor numbers = cursor(input);
      try {
        String number = numbers.jsonNumber(100);
        assertThat(number).hasSize(numbers.position());
        assertThat(Text.isJsonNumber(number, 0, number.length())).isTrue();
      } catch (LexError e) {
        assertThat(e.index).as("index of %s in %s", e.reason, input).isZero();
      }
    });
  }

  // ---------------------------------------------------------------- numbers

  @ParameterizedTest
  @CsvSource({
      "0, 0", "-0, -0", "12, 12", "-12.50, -12.50", "1e3, 1e3", "1E+3, 1E+3", "2.5e-10, 2.5e-10",
      "0.0e0, 0.0e0", "'7 and', 7", "'3)', 3", "'4]', 4", "'1x', 1"})
  void numbersAreTheirText(String input, String number) {
    Cursor c = cursor(input);
    assertThat(c.jsonNumber(100)).isEqualTo(number);
    assertThat(c.position()).isEqualTo(number.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "-", "01", "-01", "1.", ".5", "+1", "1e", "1e+", "1E-", "--1", "1.2.3", "1e5e5", "1-2", "x", "e5"})
  void malformedNumbersFailAtTheirStart(String number) {
    LexError e = lexError("= " + number, c -> {
      c.position(2);
      c.jsonNumber(100);
    });
    assertThat(e.reason).isEqualTo("malformed number");
    assertThat(e.index).isEqualTo(2);
  }

  @Test
  void aNumberLongerThanTheLimitFailsAtItsStart() {
    assertThat(cursor("9".repeat(10)).jsonNumber(10)).hasSize(10);
    LexError e = lexError("9".repeat(11), c -> c.jsonNumber(10));
    assertThat(e.reason).isEqualTo("number is longer than 10 characters");
    assertThat(e.index).isZero();
    LexError malformedAndLong = lexError("1..........", c -> c.jsonNumber(10));
    assertThat(malformedAndLong.reason).as("the length is checked first").startsWith("number is longer");
  }

  @TestFactory
  Stream<DynamicTest> numberTextsLexWhole() {
    return Property.cases("JSON number texts lex whole", rng -> {
      String number = ScimValues.numberText(rng);
      Cursor c = cursor(number + (rng.nextBoolean() ? " and" : ")"));
      assertThat(c.jsonNumber(Integer.MAX_VALUE)).isEqualTo(number);
      assertThat(c.position()).isEqualTo(number.length());
    });
  }
}

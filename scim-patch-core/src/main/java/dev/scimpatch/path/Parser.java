package dev.scimpatch.path;

import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Cursor;
import dev.scimpatch.internal.Names;
import dev.scimpatch.internal.Text;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The recursive-descent parser behind {@link PathParser}: one method per production, one
 * {@link Cursor} over one input string. Not thread-safe; one instance per parse.
 *
 * <pre>
 * PATH      = attrPath / valuePath [subAttr]                     ; {@link #path()}
 * attrPath  = [URN ":"] ATTRNAME [subAttr]                       ; {@link #attrPath}
 * subAttr   = "." ATTRNAME                                       ; {@link #subAttr}
 * FILTER    = andExp *(1*SP "or" 1*SP andExp)                   ; {@link #orExp}
 * andExp    = unary *(1*SP "and" 1*SP unary)                    ; {@link #andExp}
 * unary     = "not" *SP group / group / attrExp / valuePath      ; {@link #unary}
 * group     = "(" *SP FILTER *SP ")"                             ; {@link #bracketed}
 * attrExp   = attrPath 1*SP "pr"                                 ; {@link #attrExp}
 *           / attrPath 1*SP compareOp 1*SP compValue
 * valuePath = attrPath "[" *SP valFilter *SP "]"                 ; no valuePath inside valFilter
 * compValue = false / null / true / number / string              ; JSON literals, {@link #compValue}
 * </pre>
 *
 * <p>Keywords ({@code and or not pr eq ...}) and the literals {@code true false null} are
 * case-insensitive. Where the RFC's ABNF has one {@code SP}, runs of spaces are accepted.
 * Depth ({@code (}, {@code not (}, {@code [}) and comparisons are counted as they are parsed,
 * so limits fail before recursion can go deep.
 */
final class Parser {

  /** The longest number literal accepted, in characters. */
  static final int MAX_NUMBER_LENGTH = 1000;

  /** The operator keywords, as the error for a missing operator lists them. */
  private static final String OPERATORS = Arrays.stream(ComparisonOperator.values())
      .map(ComparisonOperator::keyword)
      .collect(Collectors.joining(", ", "", " or pr"));

  /** The characters of a name inside an attrPath: URN characters up to a '.'. */
  private static final Cursor.CharClass NAME_IN_ATTR_PATH = c -> c != '.' && Names.isUrnChar(c);

  /** The characters of the sub-attribute name after a value filter: any up to a '.'. */
  private static final Cursor.CharClass NAME_AFTER_FILTER = c -> c != '.';

  private final String in;
  private final Cursor cursor;
  private final List<String> urns;
  private final Limits limits;
  private int depth;
  private int terms;

  Parser(String input, PathParser config) {
    this.in = input;
    this.cursor = new Cursor(input, this::filterError); // strings and numbers occur in filters only
    this.urns = config.schemaUrns();
    this.limits = config.limits();
  }

  // ---------------------------------------------------------------- paths

  /** {@code PATH = attrPath / valuePath [subAttr]}, the whole input. */
  Path path() {
    if (in.length() > limits.maxPathLength()) {
      throw pathError("path is longer than " + limits.maxPathLength() + " characters", limits.maxPathLength());
    }
    AttrRef ref = attrPath(ScimType.INVALID_PATH, false, c -> c == '[');
    if (cursor.isEmpty()) {
      return new Path(ref.schema, ref.name, null, ref.sub);
    }
    if (ref.sub != null) {
      throw pathError("a value filter must follow the attribute name, not a sub-attribute (R-PATH-14)", cursor.position());
    }
    Filter filter = bracketed(']', true);
    if (!cursor.isEmpty() && !cursor.matches('.')) {
      throw pathError("expected '.' and a sub-attribute name, or the end of the path", cursor.position());
    }
    return new Path(ref.schema, ref.name, filter, subAttr(ScimType.INVALID_PATH, false));
  }

  /** A parsed attrPath, before it becomes a {@link Path} or an {@link AttributePath}. */
  private record AttrRef(@Nullable String schema, String name, @Nullable String sub) {}

  /**
   * {@code attrPath = [URN ":"] ATTRNAME [subAttr]}: the run of URN characters at the cursor,
   * which must stop at the end of the input or at a character of {@code ends}.
   *
   * @param relative whether the first name may be {@code $ref} (names inside a filter are
   *     relative to the bracketed attribute)
   */
  private AttrRef attrPath(ScimType type, boolean relative, Cursor.CharClass ends) {
    int start = cursor.position();
    int end = start + cursor.skipWhile(Names::isUrnChar);
    if (!cursor.isEmpty() && !ends.contains(cursor.peek())) {
      throw error(type, "character " + Text.describe(cursor.peek()) + " is not allowed in an attribute path", end);
    }
    if (end == start) {
      throw error(type, "expected an attribute name", start);
    }
    String schema = null;
    int colon = schemaEnd(start, end, type);
    if (colon >= 0) {
      schema = schema(start, colon, type);
      cursor.position(colon + 1);
    } else {
      cursor.position(start);
    }
    String name = name(type, relative, "attribute", true);
    return new AttrRef(schema, name, subAttr(type, true));
  }

  /**
   * Returns the index of the ':' that ends the schema URN of the attrPath {@code in[from, to)},
   * or -1 if it has none: the ':' after the longest known URN it starts with, else its last ':'.
   */
  private int schemaEnd(int from, int to, ScimType type) {
    for (String urn : urns) {
      int n = urn.length();
      if (to - from >= n && Ascii.regionMatches(in, from, urn, 0, n)) {
        if (to - from == n) {
          throw error(type, "expected ':' and an attribute name after the schema URN (R-PATH-9)", to);
        }
        if (in.charAt(from + n) == ':') {
          return from + n;
        }
      }
    }
    for (int i = to - 1; i >= from; i--) { // not lastIndexOf: it would scan on to the input's start
      if (in.charAt(i) == ':') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The schema URN that {@code in[from, to)} names: a known URN in its known spelling, else the
   * prefix itself if it is a URN.
   */
  private String schema(int from, int to, ScimType type) {
    for (String urn : urns) {
      if (urn.length() == to - from && Ascii.regionMatches(in, from, urn, 0, urn.length())) {
        return urn;
      }
    }
    int problem = Names.urnProblem(in, from, to);
    if (problem >= 0) {
      throw error(type, problem == from
          ? "a schema prefix must be a URN (urn:NID:NSS)"
          : problem == to
              ? "incomplete schema URN"
              : "character " + Text.describe(in.charAt(problem)) + " is not allowed in a schema URN",
          problem);
    }
    return in.substring(from, to);
  }

  /**
   * {@code subAttr = "." ATTRNAME}, if a '.' is next; a second one is an error.
   *
   * @param inAttrPath whether the name is part of an attrPath, or follows a value filter
   */
  private @Nullable String subAttr(ScimType type, boolean inAttrPath) {
    if (!cursor.matchChomp('.')) {
      return null;
    }
    String sub = name(type, true, "sub-attribute", inAttrPath);
    if (cursor.matches('.')) {
      throw error(type, "a path has at most one sub-attribute (R-PATH-2)", cursor.position());
    }
    return sub;
  }

  /**
   * {@code ATTRNAME = ALPHA *(nameChar)}, or {@code $ref} where allowed: what the cursor holds up
   * to the next '.', checked character by character.
   *
   * @param inAttrPath whether the name is part of an attrPath, which ends it at the latest at the
   *     end of its run of URN characters, or follows a value filter
   */
  private String name(ScimType type, boolean refAllowed, String what, boolean inAttrPath) {
    int at = cursor.position();
    // Two calls, each with a constant class, so that the JIT inlines the class's test: a class
    // passed in as an argument is called through a megamorphic site, about 20% slower overall.
    String name = inAttrPath ? cursor.consumeWhile(NAME_IN_ATTR_PATH) : cursor.consumeWhile(NAME_AFTER_FILTER);
    if (name.isEmpty()) {
      throw error(type, "expected " + article(what) + " name", at);
    }
    if (name.length() > limits.maxAttributeNameLength()) {
      throw error(type, "name is longer than " + limits.maxAttributeNameLength() + " characters", at);
    }
    char first = name.charAt(0);
    if (first == '$') {
      if (refAllowed && Names.isRef(name)) {
        return name;
      }
      throw error(type, refAllowed
          ? "'$' may only begin the name $ref"
          : "an attribute name must begin with a letter", at);
    }
    if (!Ascii.isAlpha(first)) {
      throw error(type, "character " + Text.describe(first) + " cannot begin " + article(what) + " name", at);
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Names.isNameChar(c)) {
        throw error(type, "character " + Text.describe(c) + " is not allowed in " + article(what) + " name", at + i);
      }
    }
    return name;
  }

  private static String article(String what) {
    return what.startsWith("a") ? "an " + what : "a " + what;
  }

  // ---------------------------------------------------------------- filters

  /** {@code FILTER}, the whole input. */
  Filter topLevelFilter() {
    if (in.length() > limits.maxPathLength()) {
      throw filterError("filter is longer than " + limits.maxPathLength() + " characters", limits.maxPathLength());
    }
    cursor.skipSpaces();
    Filter f = orExp(false);
    cursor.skipSpaces();
    if (!cursor.isEmpty()) {
      throw cursor.matches(')') ? filterError("unbalanced ')'", cursor.position()) : afterTerm("the end of the filter");
    }
    return f;
  }

  /** {@code FILTER = andExp *(1*SP "or" 1*SP andExp)}. */
  private Filter orExp(boolean inValuePath) {
    Filter first = andExp(inValuePath);
    List<Filter> operands = null;
    while (keyword("or")) {
      if (operands == null) {
        operands = new ArrayList<>();
        operands.add(first);
      }
      operands.add(andExp(inValuePath));
    }
    return operands == null ? first : new Filter.Or(operands);
  }

  /** {@code andExp = unary *(1*SP "and" 1*SP unary)}. */
  private Filter andExp(boolean inValuePath) {
    Filter first = unary(inValuePath);
    List<Filter> operands = null;
    while (keyword("and")) {
      if (operands == null) {
        operands = new ArrayList<>();
        operands.add(first);
      }
      operands.add(unary(inValuePath));
    }
    return operands == null ? first : new Filter.And(operands);
  }

  /**
   * Consumes {@code 1*SP word 1*SP} (or {@code 1*SP word} before {@code '('}) if it is next, and
   * says whether it did.
   */
  private boolean keyword(String word) {
    int save = cursor.position();
    if (cursor.skipSpaces() > 0 && cursor.matchChompIgnoreCase(word) && (cursor.matches(' ') || cursor.matches('('))) {
      cursor.skipSpaces();
      return true;
    }
    cursor.position(save);
    return false;
  }

  /** {@code unary = "not" *SP group / group / attrExp / valuePath}. */
  private Filter unary(boolean inValuePath) {
    if (cursor.isEmpty()) {
      throw filterError("expected a filter expression", cursor.position());
    }
    if (cursor.matches('(')) {
      return bracketed(')', inValuePath);
    }
    int start = cursor.position();
    if (cursor.matchChompIgnoreCase("not")) {
      cursor.skipSpaces();
      if (cursor.matches('(')) {
        return new Filter.Not(bracketed(')', inValuePath));
      }
      cursor.position(start);
    }
    return attrExp(inValuePath);
  }

  /**
   * {@code "(" *SP FILTER *SP ")"} or {@code "[" *SP valFilter *SP "]"}, at the opening
   * character: one level of depth, counted before the recursion.
   */
  private Filter bracketed(char close, boolean inValuePath) {
    if (++depth > limits.maxFilterDepth()) {
      throw filterError("filter is nested deeper than " + limits.maxFilterDepth() + " levels", cursor.position());
    }
    cursor.advance();
    cursor.skipSpaces();
    Filter inner = orExp(inValuePath);
    cursor.skipSpaces();
    if (!cursor.matchChomp(close)) {
      throw afterTerm("'" + close + "'");
    }
    depth--;
    return inner;
  }

  /** {@code attrExp} or {@code valuePath}. */
  private Filter attrExp(boolean inValuePath) {
    int start = cursor.position();
    char c = cursor.peek();
    if (isDelimiter(c)) {
      throw filterError(c == ')' || c == ']'
          ? "expected a filter expression"
          : "character " + Text.describe(c) + " cannot begin an attribute name", start);
    }
    AttrRef ref = attrPath(ScimType.INVALID_FILTER, true, Parser::isDelimiter);
    AttributePath attribute = new AttributePath(ref.schema, ref.name, ref.sub);
    if (cursor.matches('[')) {
      if (inValuePath) {
        throw filterError("value filters cannot be nested (R-PATH-14)", cursor.position());
      }
      if (ref.sub != null) {
        throw filterError("a value filter must follow the attribute name, not a sub-attribute (R-PATH-14)",
            cursor.position());
      }
      return new Filter.ValuePath(attribute, bracketed(']', true));
    }
    if (++terms > limits.maxFilterTerms()) {
      throw filterError("filter has more than " + limits.maxFilterTerms() + " comparisons", start);
    }
    requireSpace("expected a space and an operator after the attribute name");
    int opStart = cursor.position();
    String word = cursor.consumeWhile(Ascii::isAlpha);
    if (word.isEmpty()) {
      throw filterError("expected an operator (" + OPERATORS + ")", opStart);
    }
    if (Ascii.equalsIgnoreCase(word, "pr")) {
      return new Filter.Present(attribute);
    }
    ComparisonOperator op = ComparisonOperator.fromKeyword(word)
        .orElseThrow(() -> filterError("unknown operator '" + word + "'", opStart));
    requireSpace("expected a space and a value after '" + op.keyword() + "'");
    int valueStart = cursor.position();
    ScimNode value = compValue();
    String problem = Filter.Comparison.problem(op, value);
    if (problem != null) {
      throw filterError(problem, valueStart);
    }
    return new Filter.Comparison(attribute, op, value);
  }

  private static boolean isDelimiter(char c) {
    return c == ' ' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"';
  }

  private void requireSpace(String reason) {
    if (cursor.skipSpaces() == 0) {
      throw filterError(reason, cursor.position());
    }
  }

  /** {@code compValue = false / null / true / number / string}. */
  private ScimNode compValue() {
    int start = cursor.position();
    char c = cursor.peek();
    if (c == '"') {
      return ScimString.of(cursor.jsonString());
    }
    if (c == '-' || Ascii.isDigit(c)) {
      String number = cursor.jsonNumber(MAX_NUMBER_LENGTH);
      try {
        return ScimNumber.parse(number);
      } catch (NumberFormatException e) {
        throw filterError("number is out of range (scale beyond " + ScimNumber.MAX_SCALE + ")", start);
      }
    }
    String word = cursor.consumeWhile(Ascii::isAlpha);
    if (Ascii.equalsIgnoreCase(word, "true")) {
      return ScimBoolean.TRUE;
    } else if (Ascii.equalsIgnoreCase(word, "false")) {
      return ScimBoolean.FALSE;
    } else if (Ascii.equalsIgnoreCase(word, "null")) {
      return ScimNull.INSTANCE;
    }
    throw filterError("expected a value: a string, number, true, false or null", start);
  }

  // ---------------------------------------------------------------- errors

  /**
   * The error for what follows a complete expression when neither {@code and}, {@code or} nor
   * {@code closing} does; the cursor is past any spaces.
   */
  private ScimPatchException afterTerm(String closing) {
    if (cursor.isEmpty()) {
      return filterError("expected " + closing, cursor.position());
    }
    String rest = cursor.remainder();
    if (Ascii.equalsIgnoreCase(rest, "and") || Ascii.equalsIgnoreCase(rest, "or")) {
      return filterError("expected a filter expression after '" + Ascii.toLowerCase(rest) + "'", in.length());
    }
    return filterError("expected 'and', 'or' or " + closing, cursor.position());
  }

  private ScimPatchException error(ScimType type, String reason, int at) {
    return ScimPatchException.atIndex(type, reason, in, at);
  }

  private ScimPatchException pathError(String reason, int at) {
    return ScimPatchException.invalidPath(reason, in, at);
  }

  private ScimPatchException filterError(String reason, int at) {
    return ScimPatchException.invalidFilter(reason, in, at);
  }
}

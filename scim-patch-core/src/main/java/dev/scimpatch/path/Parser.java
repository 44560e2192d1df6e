package dev.scimpatch.path;

import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import dev.scimpatch.internal.Text;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The recursive-descent parser behind {@link PathParser}: one method per production, one cursor
 * ({@link #pos}) over one input string. Not thread-safe; one instance per parse.
 *
 * <pre>
 * PATH      = attrPath / valuePath [subAttr]                     ; {@link #path()}
 * attrPath  = [URN ":"] ATTRNAME [subAttr]                       ; {@link #attrPath}
 * FILTER    = andExp *(1*SP "or" 1*SP andExp)                   ; {@link #orExp}
 * andExp    = unary *(1*SP "and" 1*SP unary)                    ; {@link #andExp}
 * unary     = "not" *SP group / group / attrExp / valuePath      ; {@link #unary}
 * group     = "(" *SP FILTER *SP ")"
 * attrExp   = attrPath 1*SP "pr" / attrPath 1*SP compareOp 1*SP compValue
 * valuePath = attrPath "[" *SP valFilter *SP "]"                 ; no valuePath inside valFilter
 * compValue = false / null / true / number / string              ; JSON literals
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

  private final String in;
  private final int len;
  private final List<String> urns;
  private final Limits limits;
  private int pos;
  private int depth;
  private int terms;

  Parser(String input, PathParser config) {
    this.in = input;
    this.len = input.length();
    this.urns = config.schemaUrns();
    this.limits = config.limits();
  }

  // ---------------------------------------------------------------- paths

  Path path() {
    if (len > limits.maxPathLength()) {
      throw pathError("path is longer than " + limits.maxPathLength() + " characters", limits.maxPathLength());
    }
    int end = 0;
    while (end < len && in.charAt(end) != '[') {
      end++;
    }
    AttrRef ref = attrPath(0, end, ScimType.INVALID_PATH, false);
    pos = end;
    if (pos == len) {
      return new Path(ref.schema, ref.name, null, ref.sub);
    }
    if (ref.sub != null) {
      throw pathError("a value filter must follow the attribute name, not a sub-attribute (R-PATH-14)", pos);
    }
    pos++; // '['
    enter(pos - 1);
    skipSpaces();
    Filter filter = orExp(true);
    skipSpaces();
    if (pos >= len || in.charAt(pos) != ']') {
      throw afterTerm("']'");
    }
    depth--;
    pos++;
    String sub = null;
    if (pos < len) {
      if (in.charAt(pos) != '.') {
        throw pathError("expected '.' and a sub-attribute name, or the end of the path", pos);
      }
      int start = ++pos;
      int nameEnd = start;
      while (nameEnd < len && in.charAt(nameEnd) != '.') {
        nameEnd++;
      }
      sub = name(start, nameEnd, ScimType.INVALID_PATH, true, "sub-attribute");
      if (nameEnd < len) {
        throw pathError("a path has at most one sub-attribute (R-PATH-2)", nameEnd);
      }
    }
    return new Path(ref.schema, ref.name, filter, sub);
  }

  /** A parsed attrPath, before it becomes a {@link Path} or an {@link AttributePath}. */
  private record AttrRef(@Nullable String schema, String name, @Nullable String sub) {}

  /**
   * Parses {@code in[from, to)} as an attrPath.
   *
   * @param relative whether the first name may be {@code $ref} (names inside a filter are
   *     relative to the bracketed attribute)
   */
  private AttrRef attrPath(int from, int to, ScimType type, boolean relative) {
    if (from == to) {
      throw error(type, "expected an attribute name", from);
    }
    for (int i = from; i < to; i++) {
      char c = in.charAt(i);
      if (!Names.isUrnChar(c)) {
        throw error(type, "character " + Text.describe(c) + " is not allowed in an attribute path", i);
      }
    }
    String schema = null;
    int nameStart = from;
    int colon = schemaEnd(from, to, type);
    if (colon >= 0) {
      String known = knownUrnAt(from, colon);
      if (known != null) {
        schema = known;
      } else {
        int problem = Names.urnProblem(in, from, colon);
        if (problem >= 0) {
          throw error(type, problem == from
              ? "a schema prefix must be a URN (urn:NID:NSS)"
              : problem == colon ? "incomplete schema URN" : "character " + Text.describe(in.charAt(problem)) + " is not allowed in a schema URN", problem);
        }
        schema = in.substring(from, colon);
      }
      nameStart = colon + 1;
    }
    int dot = nameStart;
    while (dot < to && in.charAt(dot) != '.') {
      dot++;
    }
    String name = name(nameStart, dot, type, relative, "attribute");
    if (dot == to) {
      return new AttrRef(schema, name, null);
    }
    int subEnd = dot + 1;
    while (subEnd < to && in.charAt(subEnd) != '.') {
      subEnd++;
    }
    String sub = name(dot + 1, subEnd, type, true, "sub-attribute");
    if (subEnd < to) {
      throw error(type, "a path has at most one sub-attribute (R-PATH-2)", subEnd);
    }
    return new AttrRef(schema, name, sub);
  }

  /**
   * Returns the index of the ':' that ends the schema URN of the attrPath in {@code in[from, to)},
   * or -1 if it has none.
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
    for (int i = to - 1; i >= from; i--) {
      if (in.charAt(i) == ':') {
        return i;
      }
    }
    return -1;
  }

  private @Nullable String knownUrnAt(int from, int to) {
    for (String urn : urns) {
      if (urn.length() == to - from && Ascii.regionMatches(in, from, urn, 0, urn.length())) {
        return urn;
      }
    }
    return null;
  }

  /** Parses {@code in[from, to)} as an ATTRNAME (or {@code $ref} where allowed). */
  private String name(int from, int to, ScimType type, boolean refAllowed, String what) {
    if (from == to) {
      throw error(type, "expected " + article(what) + " name", from);
    }
    if (to - from > limits.maxAttributeNameLength()) {
      throw error(type, "name is longer than " + limits.maxAttributeNameLength() + " characters", from);
    }
    char first = in.charAt(from);
    if (first == '$') {
      if (refAllowed && to - from == 4 && Ascii.regionMatches(in, from, Names.REF, 0, 4)) {
        return in.substring(from, to);
      }
      throw error(type, refAllowed
          ? "'$' may only begin the name $ref"
          : "an attribute name must begin with a letter", from);
    }
    if (!Ascii.isAlpha(first)) {
      throw error(type, "character " + Text.describe(first) + " cannot begin " + article(what) + " name", from);
    }
    for (int i = from + 1; i < to; i++) {
      char c = in.charAt(i);
      if (!Names.isNameChar(c)) {
        throw error(type, "character " + Text.describe(c) + " is not allowed in " + article(what) + " name", i);
      }
    }
    return in.substring(from, to);
  }

  private static String article(String what) {
    return what.startsWith("a") ? "an " + what : "a " + what;
  }

  // ---------------------------------------------------------------- filters

  Filter topLevelFilter() {
    if (len > limits.maxPathLength()) {
      throw filterError("filter is longer than " + limits.maxPathLength() + " characters", limits.maxPathLength());
    }
    skipSpaces();
    Filter f = orExp(false);
    skipSpaces();
    if (pos < len) {
      throw in.charAt(pos) == ')' ? filterError("unbalanced ')'", pos) : afterTerm("the end of the filter");
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
   * reports whether it did.
   */
  private boolean keyword(String word) {
    int save = pos;
    if (pos >= len || in.charAt(pos) != ' ') {
      return false;
    }
    skipSpaces();
    int n = word.length();
    if (len - pos > n && Ascii.regionMatches(in, pos, word, 0, n)) {
      char after = in.charAt(pos + n);
      if (after == ' ' || after == '(') {
        pos += n;
        skipSpaces();
        return true;
      }
    }
    pos = save;
    return false;
  }

  /** {@code unary = "not" *SP group / group / attrExp / valuePath}. */
  private Filter unary(boolean inValuePath) {
    if (pos >= len) {
      throw filterError("expected a filter expression", pos);
    }
    char c = in.charAt(pos);
    if (c == '(') {
      return group(inValuePath);
    }
    if ((c == 'n' || c == 'N') && len - pos > 3 && Ascii.regionMatches(in, pos, "not", 0, 3)) {
      int after = pos + 3;
      while (after < len && in.charAt(after) == ' ') {
        after++;
      }
      if (after < len && in.charAt(after) == '(') {
        pos = after;
        return new Filter.Not(group(inValuePath));
      }
    }
    return attrExp(inValuePath);
  }

  /** {@code group = "(" *SP FILTER *SP ")"}, at a {@code '('}. */
  private Filter group(boolean inValuePath) {
    enter(pos);
    pos++;
    skipSpaces();
    Filter inner = orExp(inValuePath);
    skipSpaces();
    if (pos >= len || in.charAt(pos) != ')') {
      throw afterTerm("')'");
    }
    pos++;
    depth--;
    return inner;
  }

  private void enter(int at) {
    if (++depth > limits.maxFilterDepth()) {
      throw filterError("filter is nested deeper than " + limits.maxFilterDepth() + " levels", at);
    }
  }

  /** {@code attrExp} or {@code valuePath}. */
  private Filter attrExp(boolean inValuePath) {
    int start = pos;
    while (pos < len && !isDelimiter(in.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      char c = in.charAt(pos);
      throw filterError(c == ')' || c == ']'
          ? "expected a filter expression"
          : "character " + Text.describe(c) + " cannot begin an attribute name", pos);
    }
    AttrRef ref = attrPath(start, pos, ScimType.INVALID_FILTER, true);
    AttributePath attribute = new AttributePath(ref.schema, ref.name, ref.sub);
    if (pos < len && in.charAt(pos) == '[') {
      if (inValuePath) {
        throw filterError("value filters cannot be nested (R-PATH-14)", pos);
      }
      if (ref.sub != null) {
        throw filterError("a value filter must follow the attribute name, not a sub-attribute (R-PATH-14)", pos);
      }
      enter(pos);
      pos++;
      skipSpaces();
      Filter inner = orExp(true);
      skipSpaces();
      if (pos >= len || in.charAt(pos) != ']') {
        throw afterTerm("']'");
      }
      pos++;
      depth--;
      return new Filter.ValuePath(attribute, inner);
    }
    if (++terms > limits.maxFilterTerms()) {
      throw filterError("filter has more than " + limits.maxFilterTerms() + " comparisons", start);
    }
    requireSpace("expected a space and an operator after the attribute name");
    int opStart = pos;
    while (pos < len && Ascii.isAlpha(in.charAt(pos))) {
      pos++;
    }
    String word = in.substring(opStart, pos);
    if (word.isEmpty()) {
      throw filterError("expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le or pr)", opStart);
    }
    if (Ascii.equalsIgnoreCase(word, "pr")) {
      return new Filter.Present(attribute);
    }
    ComparisonOperator op = ComparisonOperator.fromKeyword(word)
        .orElseThrow(() -> filterError("unknown operator '" + word + "'", opStart));
    requireSpace("expected a space and a value after '" + op.keyword() + "'");
    int valueStart = pos;
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
    if (pos >= len || in.charAt(pos) != ' ') {
      throw filterError(reason, pos);
    }
    skipSpaces();
  }

  /** {@code compValue = false / null / true / number / string}. */
  private ScimNode compValue() {
    if (pos >= len) {
      throw filterError("expected a value: a string, number, true, false or null", pos);
    }
    char c = in.charAt(pos);
    if (c == '"') {
      return ScimString.of(string());
    }
    if (c == '-' || Ascii.isDigit(c)) {
      return number();
    }
    int start = pos;
    while (pos < len && Ascii.isAlpha(in.charAt(pos))) {
      pos++;
    }
    String word = in.substring(start, pos);
    if (Ascii.equalsIgnoreCase(word, "true")) {
      return ScimBoolean.TRUE;
    } else if (Ascii.equalsIgnoreCase(word, "false")) {
      return ScimBoolean.FALSE;
    } else if (Ascii.equalsIgnoreCase(word, "null")) {
      return ScimNull.INSTANCE;
    }
    throw filterError("expected a value: a string, number, true, false or null", start);
  }

  private ScimNumber number() {
    int start = pos;
    while (pos < len && isNumberChar(in.charAt(pos))) {
      pos++;
    }
    if (pos - start > MAX_NUMBER_LENGTH) {
      throw filterError("number is longer than " + MAX_NUMBER_LENGTH + " characters", start);
    }
    if (!Text.isJsonNumber(in, start, pos)) {
      throw filterError("malformed number", start);
    }
    try {
      return ScimNumber.parse(in.substring(start, pos));
    } catch (NumberFormatException e) {
      throw filterError("number is out of range (scale beyond " + ScimNumber.MAX_SCALE + ")", start);
    }
  }

  private static boolean isNumberChar(char c) {
    return Ascii.isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
  }

  /** A JSON string (RFC 8259 §7), at its opening quote. */
  private String string() {
    int open = pos++;
    StringBuilder sb = null;
    int runStart = pos;
    while (pos < len) {
      char c = in.charAt(pos);
      if (c == '"') {
        String s = sb == null ? in.substring(runStart, pos) : sb.append(in, runStart, pos).toString();
        pos++;
        return s;
      }
      if (c < 0x20) {
        throw filterError("control character " + Text.describe(c) + " must be escaped in a string", pos);
      }
      if (c == '\\') {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(in, runStart, pos);
        sb.append(escape());
        runStart = pos;
      } else {
        pos++;
      }
    }
    throw filterError("unterminated string starting at index " + open + "; expected '\"'", len);
  }

  /** One escape sequence, at its backslash; leaves {@link #pos} after it. */
  private char escape() {
    int at = pos;
    if (pos + 1 >= len) {
      throw filterError("incomplete escape sequence", at);
    }
    char e = in.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case '"': return '"';
      case '\\': return '\\';
      case '/': return '/';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'u':
        if (pos + 4 > len) {
          throw filterError("incomplete \\u escape", at);
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
          int d = Character.digit(in.charAt(pos + i), 16);
          if (d < 0 || in.charAt(pos + i) > 'f') {
            throw filterError("\\u must be followed by four hex digits", at);
          }
          v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
      default:
        throw filterError("invalid escape sequence '\\" + e + "'", at);
    }
  }

  private void skipSpaces() {
    while (pos < len && in.charAt(pos) == ' ') {
      pos++;
    }
  }

  // ---------------------------------------------------------------- errors

  /**
   * The error for what follows a complete expression when neither {@code and}, {@code or} nor
   * {@code closing} does; {@link #pos} is past any spaces.
   */
  private ScimPatchException afterTerm(String closing) {
    if (pos >= len) {
      return filterError("expected " + closing, pos);
    }
    for (String keyword : new String[] {"and", "or"}) {
      int n = keyword.length();
      if (len - pos == n && Ascii.regionMatches(in, pos, keyword, 0, n)) {
        return filterError("expected a filter expression after '" + keyword + "'", len);
      }
    }
    return filterError("expected 'and', 'or' or " + closing, pos);
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

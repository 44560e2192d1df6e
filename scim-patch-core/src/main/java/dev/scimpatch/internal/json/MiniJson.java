package dev.scimpatch.internal.json;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Cursor;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import org.jspecify.annotations.Nullable;

/**
 * A small strict JSON reader for JSON that arrives inside string values (a profile's T11 switch),
 * and for the core's own resource files (the RFC 7643 schemas), where the core has no JSON library
 * to call. Depth is limited; any problem gives {@code null}. Strings and numbers are lexed by
 * {@link Cursor}, as in paths and filters. Request and resource documents are read whole by the
 * adapters, not here.
 */
public final class MiniJson {

  private static final int MAX_DEPTH = 8;

  private static final int MAX_DOCUMENT_DEPTH = 64;

  private final Cursor in;
  private final int maxDepth;

  private MiniJson(String text, int maxDepth) {
    this.in = new Cursor(text, (reason, index) -> new Malformed());
    this.maxDepth = maxDepth;
  }

  /** The value {@code text} holds, or {@code null} if it is not exactly one JSON value. */
  public static @Nullable ScimNode parse(String text) {
    return parse(text, MAX_DEPTH);
  }

  /**
   * The value a whole document holds, such as a JSON file among the core's resources, nested up to
   * 64 levels; {@code null} if it is not exactly one JSON value.
   */
  public static @Nullable ScimNode parseDocument(String text) {
    return parse(text, MAX_DOCUMENT_DEPTH);
  }

  private static @Nullable ScimNode parse(String text, int maxDepth) {
    MiniJson p = new MiniJson(text, maxDepth);
    try {
      p.in.skipWhitespace();
      ScimNode v = p.value(0);
      p.in.skipWhitespace();
      return p.in.isEmpty() ? v : null;
    } catch (Malformed e) {
      return null;
    }
  }

  private ScimNode value(int depth) {
    if (depth > maxDepth) {
      throw new Malformed();
    }
    char c = in.peek();
    if (c == '{') {
      return object(depth);
    } else if (c == '[') {
      return array(depth);
    } else if (c == '"') {
      return ScimString.of(in.jsonString());
    } else if (c == '-' || Ascii.isDigit(c)) {
      try {
        return ScimNumber.parse(in.jsonNumber(Integer.MAX_VALUE));
      } catch (NumberFormatException e) {
        throw new Malformed();
      }
    }
    return switch (in.consumeWhile(Ascii::isAlpha)) {
      case "true" -> ScimBoolean.TRUE;
      case "false" -> ScimBoolean.FALSE;
      case "null" -> ScimNull.INSTANCE;
      default -> throw new Malformed();
    };
  }

  /** An object, at its '{'; a name that matches an earlier one is a problem. */
  private ScimObject object(int depth) {
    ScimObject.Builder b = ScimObject.builder();
    members('}', () -> {
      String name = in.jsonString();
      if (b.has(name)) {
        throw new Malformed();
      }
      in.skipWhitespace();
      expect(':');
      in.skipWhitespace();
      b.put(name, value(depth + 1));
    });
    return b.build();
  }

  /** An array, at its '['. */
  private ScimArray array(int depth) {
    ScimArray.Builder b = ScimArray.builder();
    members(']', () -> b.add(value(depth + 1)));
    return b.build();
  }

  /**
   * At the '{' or '[' that opens an object or array: reads its members, separated by ',', with
   * {@code member}, up to and including {@code close}.
   */
  private void members(char close, Runnable member) {
    in.advance();
    in.skipWhitespace();
    if (in.matchChomp(close)) {
      return;
    }
    do {
      in.skipWhitespace();
      member.run();
      in.skipWhitespace();
    } while (in.matchChomp(','));
    expect(close);
  }

  private void expect(char c) {
    if (!in.matchChomp(c)) {
      throw new Malformed();
    }
  }

  /** Any problem with the text; {@link #parse} answers {@code null}. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super(null, null, false, false);
    }
  }
}

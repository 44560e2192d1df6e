package dev.scimpatch.internal;

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
 * where the core has no JSON library to call. Depth is limited; any problem gives {@code null}.
 * Documents are read whole by the adapters, not here.
 */
public final class MiniJson {

  private static final int MAX_DEPTH = 8;

  private final String in;
  private int pos;

  private MiniJson(String in) {
    this.in = in;
  }

  /** The value {@code text} holds, or {@code null} if it is not exactly one JSON value. */
  public static @Nullable ScimNode parse(String text) {
    MiniJson p = new MiniJson(text);
    try {
      p.spaces();
      ScimNode v = p.value(0);
      p.spaces();
      return p.pos == text.length() ? v : null;
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  private ScimNode value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("too deep");
    }
    char c = in.charAt(pos);
    switch (c) {
      case '{': {
        pos++;
        ScimObject.Builder b = ScimObject.builder();
        spaces();
        if (in.charAt(pos) == '}') {
          pos++;
          return b.build();
        }
        while (true) {
          spaces();
          String name = string();
          if (b.has(name)) {
            throw new IllegalArgumentException("duplicate");
          }
          spaces();
          expect(':');
          spaces();
          b.put(name, value(depth + 1));
          spaces();
          if (in.charAt(pos) == ',') {
            pos++;
          } else {
            expect('}');
            return b.build();
          }
        }
      }
      case '[': {
        pos++;
        ScimArray.Builder b = ScimArray.builder();
        spaces();
        if (in.charAt(pos) == ']') {
          pos++;
          return b.build();
        }
        while (true) {
          spaces();
          b.add(value(depth + 1));
          spaces();
          if (in.charAt(pos) == ',') {
            pos++;
          } else {
            expect(']');
            return b.build();
          }
        }
      }
      case '"':
        return ScimString.of(string());
      default:
        if (in.startsWith("true", pos)) {
          pos += 4;
          return ScimBoolean.TRUE;
        } else if (in.startsWith("false", pos)) {
          pos += 5;
          return ScimBoolean.FALSE;
        } else if (in.startsWith("null", pos)) {
          pos += 4;
          return ScimNull.INSTANCE;
        }
        int start = pos;
        while (pos < in.length() && "+-0123456789.eE".indexOf(in.charAt(pos)) >= 0) {
          pos++;
        }
        try {
          return ScimNumber.parse(in.substring(start, pos));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(e);
        }
    }
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = in.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("control character");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = in.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          int v = 0;
          for (int k = 0; k < 4; k++) {
            char h = in.charAt(pos++);
            int d = h < 0x80 ? Character.digit(h, 16) : -1;
            if (d < 0) {
              throw new IllegalArgumentException("\\u needs four hex digits");
            }
            v = v * 16 + d;
          }
          sb.append((char) v);
        }
        default -> throw new IllegalArgumentException("escape");
      }
    }
  }

  private void expect(char c) {
    if (in.charAt(pos) != c) {
      throw new IllegalArgumentException("expected " + c);
    }
    pos++;
  }

  private void spaces() {
    while (pos < in.length() && (in.charAt(pos) == ' ' || in.charAt(pos) == '\t'
        || in.charAt(pos) == '\n' || in.charAt(pos) == '\r')) {
      pos++;
    }
  }
}

package dev.scimpatch.codec;

import dev.scimpatch.tree.ScimNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * JSON text for people to read, the same whatever the JSON library: the tree indented as Jackson
 * 2's {@code DefaultPrettyPrinter} indents it when its object indenter's line feed is
 * {@code "\n"}, so that every adapter's command-line tool prints the same text.
 *
 * <pre>{@code
 * {
 *   "schemas" : [ "urn:ietf:params:scim:schemas:core:2.0:Group" ],
 *   "members" : [ {
 *     "value" : "2819c223"
 *   }, {
 *     "value" : "902c246b"
 *   } ],
 *   "meta" : { }
 * }
 * }</pre>
 *
 * <p>An object's members go one a line, indented two spaces a level of objects, with
 * {@code " : "} between name and value; an array's elements stay on the lines of its brackets,
 * separated by {@code ", "}; an empty object is {@code { }} and an empty array {@code [ ]}. Names
 * and strings escape {@code "} and {@code \}, and the control characters: {@code \b \t \n \f \r}
 * where JSON has a short escape, {@code \\u00XX} with upper-case hex digits otherwise. Every other
 * character is as it is, {@code U+007F}, non-ASCII characters and an unpaired surrogate in a string
 * among them (the text is characters, as Jackson writes it to a {@code Writer}; an encoder of UTF-8
 * replaces the surrogate). A number is written as {@link BigDecimal#toString()}: {@code 1.50},
 * {@code 1E+3}.
 *
 * @since 0.1
 */
public final class PrettyJson {
  private PrettyJson() {}

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Writes a tree as indented JSON text, members in their order, with no line feed after it.
   *
   * @param node the tree
   * @return the text
   * @throws IllegalArgumentException if a member name holds an unpaired surrogate, as
   *     {@link TreeWriter#write} says
   */
  public static String write(ScimNode node) {
    Objects.requireNonNull(node, "node");
    Printer printer = new Printer();
    try {
      TreeWriter.write(node, printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return printer.out.toString();
  }

  /** The events of a tree as indented text. */
  private static final class Printer implements TreeWriter.Sink {
    private final StringBuilder out = new StringBuilder(256);
    /** For each open container, from the outermost: whether it is an array. */
    private boolean[] arrays = new boolean[16];
    /** For each open container: its members or elements so far. */
    private int[] counts = new int[16];
    private int open;
    /** The open objects, whose count is the indentation (arrays do not indent). */
    private int objects;

    private void push(boolean array) {
      if (open == arrays.length) {
        arrays = Arrays.copyOf(arrays, open * 2);
        counts = Arrays.copyOf(counts, open * 2);
      }
      arrays[open] = array;
      counts[open++] = 0;
    }

    /** What comes before a value: in an array, a space before the first and a comma before the others. */
    private void value() {
      if (open > 0 && arrays[open - 1]) {
        out.append(counts[open - 1]++ == 0 ? " " : ", ");
      }
    }

    /** A line feed and the indentation of the open objects. */
    private void newLine() {
      out.append('\n');
      for (int i = 0; i < objects; i++) {
        out.append("  ");
      }
    }

    @Override
    public void startObject() {
      value();
      out.append('{');
      objects++;
      push(false);
    }

    @Override
    public void name(String name) {
      if (counts[open - 1]++ > 0) {
        out.append(',');
      }
      newLine();
      quote(name);
      out.append(" : ");
    }

    @Override
    public void endObject() {
      objects--;
      if (counts[--open] > 0) {
        newLine();
      } else {
        out.append(' ');
      }
      out.append('}');
    }

    @Override
    public void startArray() {
      value();
      out.append('[');
      push(true);
    }

    @Override
    public void endArray() {
      open--;
      out.append(" ]");
    }

    @Override
    public void string(String value) {
      value();
      quote(value);
    }

    @Override
    public void number(BigDecimal value) {
      value();
      out.append(value.toString());
    }

    @Override
    public void bool(boolean value) {
      value();
      out.append(value);
    }

    @Override
    public void nullValue() {
      value();
      out.append("null");
    }

    private void quote(String s) {
      out.append('"');
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          switch (c) {
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          }
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }
  }
}

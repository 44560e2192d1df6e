package dev.scimpatch.internal.json;

import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.List;

/**
 * The length in bytes of a tree's compact UTF-8 JSON text, as the adapters write it (control
 * characters, quotes and backslashes escaped, unpaired surrogates as {@code \\uXXXX}), counted
 * without writing it: to tell whether a result fits the document length a reader accepts.
 */
public final class JsonLength {

  private long length;
  private final long stopAfter;

  private JsonLength(long stopAfter) {
    this.stopAfter = stopAfter;
  }

  /**
   * Counts the length of a tree's JSON text, stopping once it passes {@code stopAfter}.
   *
   * @param node the tree
   * @param stopAfter the length past which counting stops
   * @return the length, or a length past {@code stopAfter} if the text is longer
   */
  public static long of(ScimNode node, long stopAfter) {
    JsonLength counter = new JsonLength(stopAfter);
    counter.count(node);
    return counter.length;
  }

  private void count(ScimNode node) {
    if (length > stopAfter) {
      return;
    }
    switch (node.kind()) {
      case OBJECT -> {
        ScimObject o = (ScimObject) node;
        length += 1 + Math.max(1, o.size()); // braces and commas
        List<String> names = o.names();
        List<ScimNode> values = o.values();
        for (int i = 0, n = names.size(); i < n; i++) {
          length += 1 + ofString(names.get(i)); // the colon
          count(values.get(i));
        }
      }
      case ARRAY -> {
        ScimArray a = (ScimArray) node;
        length += 1 + Math.max(1, a.size());
        for (int i = 0, n = a.size(); i < n; i++) {
          count(a.get(i));
        }
      }
      case STRING -> length += ofString(((ScimString) node).value());
      case NUMBER -> length += ((ScimNumber) node).value().toString().length();
      case BOOLEAN -> length += node.toString().length();
      case NULL -> length += 4;
    }
  }

  /**
   * The length in bytes of a string's JSON text, quoted and escaped as the adapters write it.
   *
   * @param s the string
   * @return the length of its JSON text
   */
  public static long ofString(String s) {
    long n = 2;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        n += c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f' ? 2 : 6;
      } else if (c == '"' || c == '\\') {
        n += 2;
      } else if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        n += 6;
      } else {
        n += 3;
      }
    }
    return n;
  }
}

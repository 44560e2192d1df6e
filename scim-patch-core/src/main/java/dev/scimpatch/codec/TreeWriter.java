package dev.scimpatch.codec;

import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Walks the core's tree as the events of writing it, for a codec's generator or for building its
 * JSON library's tree: one walk for every codec.
 *
 * @since 0.1
 */
public final class TreeWriter {
  private TreeWriter() {}

  /**
   * What a codec writes to: its generator, or a builder of its library's tree.
   *
   * @since 0.1
   */
  public interface Sink {
    /**
     * Opens an object.
     *
     * @throws IOException if the target fails
     */
    void startObject() throws IOException;

    /**
     * The name of the next member.
     *
     * @param name the name, valid Unicode
     * @throws IOException if the target fails
     */
    void name(String name) throws IOException;

    /**
     * Closes the object.
     *
     * @throws IOException if the target fails
     */
    void endObject() throws IOException;

    /**
     * Opens an array.
     *
     * @throws IOException if the target fails
     */
    void startArray() throws IOException;

    /**
     * Closes the array.
     *
     * @throws IOException if the target fails
     */
    void endArray() throws IOException;

    /**
     * A string; it may hold an unpaired surrogate, which text escapes as {@code \\uXXXX}.
     *
     * @param value the string
     * @throws IOException if the target fails
     */
    void string(String value) throws IOException;

    /**
     * A number.
     *
     * @param value the number, as the tree holds it
     * @throws IOException if the target fails
     */
    void number(BigDecimal value) throws IOException;

    /**
     * A boolean.
     *
     * @param value the boolean
     * @throws IOException if the target fails
     */
    void bool(boolean value) throws IOException;

    /**
     * The JSON {@code null}.
     *
     * @throws IOException if the target fails
     */
    void nullValue() throws IOException;
  }

  /**
   * Writes a tree as events, members in their order.
   *
   * @param node the tree
   * @param sink where the events go
   * @throws IOException if the sink fails
   * @throws IllegalArgumentException if a member name holds an unpaired surrogate: no reader makes
   *     one, and UTF-8 cannot carry it
   */
  public static void write(ScimNode node, Sink sink) throws IOException {
    switch (node.kind()) {
      case OBJECT -> {
        sink.startObject();
        ScimObject o = (ScimObject) node;
        List<String> names = o.names();
        List<ScimNode> values = o.values();
        for (int i = 0, n = names.size(); i < n; i++) {
          String name = names.get(i);
          if (ScimCodec.hasUnpairedSurrogate(name)) {
            throw new IllegalArgumentException("a member name is not valid Unicode (unpaired surrogate)");
          }
          sink.name(name);
          write(values.get(i), sink);
        }
        sink.endObject();
      }
      case ARRAY -> {
        sink.startArray();
        for (ScimNode e : (ScimArray) node) {
          write(e, sink);
        }
        sink.endArray();
      }
      case STRING -> sink.string(((ScimString) node).value());
      case NUMBER -> sink.number(((ScimNumber) node).value());
      case BOOLEAN -> sink.bool(((ScimBoolean) node).value());
      case NULL -> sink.nullValue();
    }
  }
}

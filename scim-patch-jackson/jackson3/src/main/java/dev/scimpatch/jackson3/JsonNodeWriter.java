package dev.scimpatch.jackson3;

import dev.scimpatch.codec.TreeWriter;
import dev.scimpatch.tree.ScimNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The core's tree as a Jackson 3 tree: the core's walk ({@link TreeWriter}) into Jackson 3's node
 * factory. Members keep their order; numbers stay exact. One per conversion.
 */
final class JsonNodeWriter implements TreeWriter.Sink {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The open containers, innermost first. */
  private final Deque<JsonNode> open = new ArrayDeque<>();
  private @Nullable String name;
  private @Nullable JsonNode result;

  private JsonNodeWriter() {}

  static JsonNode write(ScimNode node) {
    JsonNodeWriter w = new JsonNodeWriter();
    try {
      TreeWriter.write(node, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // building nodes throws none
    }
    if (w.result == null) {
      throw new IllegalStateException("no value written");
    }
    return w.result;
  }

  private void add(JsonNode value) {
    JsonNode parent = open.peek();
    if (parent instanceof ObjectNode o && name != null) {
      o.set(name, value);
      name = null;
    } else if (parent instanceof ArrayNode a) {
      a.add(value);
    } else {
      result = value;
    }
  }

  @Override
  public void startObject() {
    ObjectNode o = NODES.objectNode();
    add(o);
    open.push(o);
  }

  @Override
  public void name(String name) {
    this.name = name;
  }

  @Override
  public void endObject() {
    open.pop();
  }

  @Override
  public void startArray() {
    ArrayNode a = NODES.arrayNode();
    add(a);
    open.push(a);
  }

  @Override
  public void endArray() {
    open.pop();
  }

  @Override
  public void string(String value) {
    add(NODES.stringNode(value));
  }

  @Override
  public void number(BigDecimal value) {
    add(NODES.numberNode(value));
  }

  @Override
  public void bool(boolean value) {
    add(NODES.booleanNode(value));
  }

  @Override
  public void nullValue() {
    add(NODES.nullNode());
  }
}

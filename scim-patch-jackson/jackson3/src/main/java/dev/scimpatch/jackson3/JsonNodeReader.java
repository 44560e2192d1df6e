package dev.scimpatch.jackson3;

import dev.scimpatch.Limits;
import dev.scimpatch.codec.TreeBuilder;
import dev.scimpatch.tree.ScimNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.POJONode;

/**
 * One conversion of a Jackson 3 tree into the core's tree: a walk that gives the core's
 * {@link TreeBuilder} the tree's events, which holds them to the limits of the JSON text the tree
 * stands for. Jackson 3's node types map here; binary nodes become the base64 text Jackson writes
 * for them, {@code double}s their decimal text, and POJO nodes are refused. Not thread-safe.
 */
final class JsonNodeReader {
  private final TreeBuilder tree;

  JsonNodeReader(Limits limits) {
    this.tree = TreeBuilder.forTree(limits);
  }

  ScimNode read(JsonNode json) {
    walk(json);
    return tree.build();
  }

  /** As deep as the tree: the builder refuses a container beyond maxJsonDepth before it is walked. */
  private void walk(@Nullable JsonNode json) {
    if (json == null) {
      tree.nullValue();
      return;
    }
    switch (json.getNodeType()) {
      case OBJECT -> {
        tree.startObject();
        for (Map.Entry<String, JsonNode> member : json.properties()) {
          tree.name(member.getKey());
          walk(member.getValue());
        }
        tree.endObject();
      }
      case ARRAY -> {
        tree.startArray();
        for (JsonNode element : json) {
          walk(element);
        }
        tree.endArray();
      }
      case STRING -> tree.string(json.stringValue());
      case BINARY -> {
        byte[] bytes = json.binaryValue();
        tree.string(bytes == null ? null : Base64.getEncoder().encodeToString(bytes));
      }
      case NUMBER -> number(json.numberValue());
      case BOOLEAN -> tree.bool(json.booleanValue());
      case NULL, MISSING -> tree.nullValue();
      case POJO -> {
        if (((POJONode) json).getPojo() != null) {
          throw tree.notJson("a POJO node is not JSON; convert it with a JsonMapper first");
        }
        tree.nullValue();
      }
    }
  }

  private void number(@Nullable Number n) {
    if (n == null) {
      tree.nullValue();
    } else if (n instanceof Double || n instanceof Float) {
      tree.number(n.doubleValue());
    } else if (n instanceof BigDecimal d) {
      tree.number(d);
    } else if (n instanceof BigInteger i) {
      tree.number(new BigDecimal(i));
    } else {
      tree.number(BigDecimal.valueOf(n.longValue()));
    }
  }
}

package dev.scimpatch.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.scimpatch.Limits;
import dev.scimpatch.codec.TreeBuilder;
import dev.scimpatch.tree.ScimNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One conversion of a Jackson tree into the core's tree: a walk that gives the core's
 * {@link TreeBuilder} the tree's events, which holds them to the limits of the JSON text the tree
 * stands for. What is Jackson's is here: its node types, binary nodes as the base64 text Jackson
 * writes for them, {@code double}s by their decimal text, POJO nodes refused. Not thread-safe: one
 * per conversion.
 */
final class JsonNodeReader {
  private final TreeBuilder tree;

  JsonNodeReader(Limits limits) {
    this.tree = TreeBuilder.forTree(limits);
  }

  /** The core's tree for {@code json}; see {@link ScimJson#fromJsonNode}. */
  ScimNode read(JsonNode json) {
    from(json);
    return tree.build();
  }

  /** Recursion as deep as the tree: the builder refuses a container beyond maxJsonDepth first. */
  private void from(@Nullable JsonNode json) {
    if (json == null) {
      tree.nullValue();
      return;
    }
    switch (json.getNodeType()) {
      case OBJECT -> {
        tree.startObject();
        for (Map.Entry<String, JsonNode> e : json.properties()) {
          tree.name(e.getKey());
          from(e.getValue());
        }
        tree.endObject();
      }
      case ARRAY -> {
        tree.startArray();
        for (JsonNode e : json) {
          from(e);
        }
        tree.endArray();
      }
      case STRING -> tree.string(json.textValue());
      case BINARY -> {
        byte[] bytes;
        try {
          bytes = json.binaryValue();
        } catch (IOException e) {
          throw tree.notJson("a binary node cannot be read: " + e.getMessage());
        }
        tree.string(bytes == null ? null : Base64.getEncoder().encodeToString(bytes));
      }
      case NUMBER -> number(json.numberValue());
      case BOOLEAN -> tree.bool(json.booleanValue());
      case NULL, MISSING -> tree.nullValue();
      case POJO -> {
        if (((POJONode) json).getPojo() != null) {
          throw tree.notJson("a POJO node is not JSON; convert it with an ObjectMapper first");
        }
        tree.nullValue();
      }
      default -> throw tree.notJson("a " + json.getNodeType() + " node is not JSON");
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

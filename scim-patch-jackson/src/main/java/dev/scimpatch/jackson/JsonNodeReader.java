package dev.scimpatch.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.codec.ScimCodec;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One conversion of a Jackson tree into the core's tree, held to the limits of JSON text: it
 * counts the bytes of the compact UTF-8 text the tree stands for as the codec writes it (a
 * subtree shared by several parents once per parent), and checks depth, names, strings and
 * numbers as the stream reader does. Not thread-safe: one per conversion.
 */
final class JsonNodeReader {
  private final Limits limits;
  private long length;

  JsonNodeReader(Limits limits) {
    this.limits = limits;
  }

  /** The core's tree for {@code json}; see {@link ScimJson#fromJsonNode}. */
  ScimNode read(JsonNode json) {
    return from(json, 0);
  }

  /** Counts bytes of the compact UTF-8 text the tree stands for, as the codec writes it. */
  private void count(long bytes) {
    length += bytes;
    if (length > limits.maxDocumentLength()) {
      throw refused("the JSON tree stands for a document longer than " + limits.maxDocumentLength() + " bytes");
    }
  }

  /** {@code depth}: the containers around {@code json}; as in the stream reader, at most maxJsonDepth nest. */
  private ScimNode from(@Nullable JsonNode json, int depth) {
    if (json == null) {
      return nullValue();
    }
    if (json.isContainerNode() && depth >= limits.maxJsonDepth()) {
      throw refused("the JSON tree is nested deeper than " + limits.maxJsonDepth() + " levels");
    }
    switch (json.getNodeType()) {
      case OBJECT: {
        count(2);
        ScimObject.Builder b = ScimObject.builder();
        for (Map.Entry<String, JsonNode> e : json.properties()) {
          String name = e.getKey();
          if (name == null) {
            throw refused("a member name is null");
          }
          if (name.length() > limits.maxNameLength()) {
            throw refused("a member name is longer than " + limits.maxNameLength() + " characters");
          }
          if (ScimCodec.hasUnpairedSurrogate(name)) {
            throw refused("a member name is not valid Unicode (unpaired surrogate)");
          }
          if (b.has(name)) {
            throw refused("duplicate member \"" + ScimJson.snippet(name) + "\" (names are case-insensitive)");
          }
          count(ScimCodec.jsonLength(name) + 2);
          b.put(name, from(e.getValue(), depth + 1));
        }
        return b.build();
      }
      case ARRAY: {
        count(2);
        ScimArray.Builder b = ScimArray.builder();
        for (JsonNode e : json) {
          count(1);
          b.add(from(e, depth + 1));
        }
        return b.build();
      }
      case STRING:
        return string(json.textValue());
      case BINARY: {
        byte[] bytes;
        try {
          bytes = json.binaryValue();
        } catch (IOException e) {
          throw refused("a binary node cannot be read: " + e.getMessage());
        }
        return bytes == null ? nullValue() : string(Base64.getEncoder().encodeToString(bytes));
      }
      case NUMBER:
        return number(json);
      case BOOLEAN:
        count(5);
        return ScimBoolean.of(json.booleanValue());
      case NULL:
      case MISSING:
        return nullValue();
      case POJO:
        if (((POJONode) json).getPojo() == null) {
          return nullValue();
        }
        throw refused("a POJO node is not JSON; convert it with an ObjectMapper first");
      default:
        throw refused("a " + json.getNodeType() + " node is not JSON");
    }
  }

  private ScimNode nullValue() {
    count(4);
    return ScimNull.INSTANCE;
  }

  private ScimNode string(@Nullable String text) {
    if (text == null) {
      return nullValue();
    }
    if (text.length() > limits.maxStringLength()) {
      throw refused("a string is longer than " + limits.maxStringLength() + " characters");
    }
    count(ScimCodec.jsonLength(text));
    return ScimString.of(text);
  }

  private ScimNode number(JsonNode json) {
    Number n = json.numberValue();
    if (n == null) {
      return nullValue();
    }
    BigDecimal value;
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (!Double.isFinite(d)) {
        throw refused("a number must be finite, not " + d);
      }
      value = new BigDecimal(Double.toString(d));
    } else if (n instanceof BigDecimal d) {
      value = d;
    } else if (n instanceof BigInteger i) {
      value = new BigDecimal(i);
    } else {
      value = BigDecimal.valueOf(n.longValue());
    }
    // Bound the digits before counting them exactly: a big number may hold millions.
    if (value.unscaledValue().bitLength() > 4L * limits.maxNumberLength()) {
      throw refused("a number is longer than " + limits.maxNumberLength() + " digits");
    }
    if (!ScimNumber.isInRange(value)) {
      throw refused("number out of range (scale beyond " + ScimNumber.MAX_SCALE + ")");
    }
    if (value.precision() > limits.maxNumberLength()) {
      throw refused("a number is longer than " + limits.maxNumberLength() + " digits");
    }
    ScimNumber number = ScimNumber.of(value);
    count(value.precision() + 2L);
    return number;
  }

  private static ScimPatchException refused(String reason) {
    return ScimPatchException.of(ScimType.INVALID_SYNTAX, reason);
  }
}

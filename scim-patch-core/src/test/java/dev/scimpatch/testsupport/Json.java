package dev.scimpatch.testsupport;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the JSON test-data files (Jackson, test scope only) and converts them to tree nodes. */
public final class Json {
  private Json() {}

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Reads a class-path resource as a JSON tree. */
  public static JsonNode resource(String name) {
    try (InputStream in = Json.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The elements of the {@code cases} array of a data file. */
  public static List<JsonNode> cases(String name) {
    List<JsonNode> cases = new ArrayList<>();
    resource(name).get("cases").forEach(cases::add);
    return cases;
  }

  /** Parses JSON text into a tree node. */
  public static ScimNode parse(String json) {
    try {
      return toNode(MAPPER.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Converts a Jackson tree into a scim-patch tree, numbers exactly. */
  public static ScimNode toNode(JsonNode json) {
    switch (json.getNodeType()) {
      case OBJECT: {
        ScimObject.Builder b = ScimObject.builder();
        for (Map.Entry<String, JsonNode> e : json.properties()) {
          b.put(e.getKey(), toNode(e.getValue()));
        }
        return b.build();
      }
      case ARRAY: {
        ScimArray.Builder b = ScimArray.builder();
        json.forEach(e -> b.add(toNode(e)));
        return b.build();
      }
      case STRING:
        return ScimString.of(json.textValue());
      case NUMBER:
        return ScimNumber.of(json.decimalValue());
      case BOOLEAN:
        return ScimBoolean.of(json.booleanValue());
      case NULL:
        return ScimNull.INSTANCE;
      default:
        throw new IllegalArgumentException("unsupported JSON node " + json.getNodeType());
    }
  }
}

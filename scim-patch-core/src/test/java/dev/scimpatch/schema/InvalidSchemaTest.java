package dev.scimpatch.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.SchemaGenerator;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Representations that {@link SchemaJson} refuses: each with its JSON pointer and reason
 * ({@code schemas/invalid.json}), and, for any damage to a valid one, nothing but an
 * {@link InvalidSchemaException} whose pointer leads into the document.
 */
class InvalidSchemaTest {

  private static final List<Schema> BUILT_INS = List.of(
      ResourceSchemas.userSchema(), ResourceSchemas.enterpriseUserSchema(), ResourceSchemas.groupSchema());

  @TestFactory
  Stream<DynamicTest> everyKindOfBadMember() {
    return Json.cases("/schemas/invalid.json").stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> {
      ScimNode document = Json.toNode(c.get("document"));
      InvalidSchemaException e = catchThrowableOfType(InvalidSchemaException.class, () -> read(c, document));
      assertThat(e).as("refused").isNotNull();
      assertThat(e.pointer()).as("pointer").isEqualTo(c.get("pointer").asText());
      assertThat(e.reason()).as("reason").isEqualTo(c.get("reason").asText());
      assertThat(e.getMessage()).endsWith(" at " + (e.pointer().isEmpty() ? "the document's root" : e.pointer()));
      assertThat(resolves(document, e.pointer())).as("the pointer leads into the document").isTrue();
    }));
  }

  private static void read(JsonNode c, ScimNode document) {
    if (c.get("read").asText().equals("schemas")) {
      SchemaJson.readSchemas(document);
      return;
    }
    List<Schema> schemas = new ArrayList<>(BUILT_INS);
    if (c.has("schemas")) {
      schemas.addAll(SchemaJson.readSchemas(Json.toNode(c.get("schemas"))));
    }
    SchemaJson.readResourceTypes(document, schemas);
  }

  private static final SchemaGenerator SCHEMAS = new SchemaGenerator();

  @TestFactory
  Stream<DynamicTest> damagedSchemasGiveInvalidSchemaExceptionOnly() {
    return Property.cases("a damaged schema document reads or throws InvalidSchemaException", rng -> {
      List<Schema> schemas = new ArrayList<>();
      for (int i = rng.nextInt(3); i >= 0; i--) {
        schemas.add(SCHEMAS.schema(rng));
      }
      ScimNode document = rng.nextBoolean() ? SchemaJson.writeSchemas(schemas)
          : schemas.size() == 1 ? SchemaJson.write(schemas.get(0))
          : ScimArray.of(schemas.stream().map(s -> (ScimNode) SchemaJson.write(s)).toList());
      ScimNode damaged = damage(rng, document);
      try {
        SchemaJson.readSchemas(damaged);
      } catch (InvalidSchemaException e) {
        assertThat(resolves(damaged, e.pointer())).as("%s in %s", e.getMessage(), damaged).isTrue();
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> damagedResourceTypesGiveInvalidSchemaExceptionOnly() {
    return Property.cases("a damaged resource type document reads or throws InvalidSchemaException", rng -> {
      ResourceSchema r = SCHEMAS.resourceSchema(rng);
      List<Schema> schemas = new ArrayList<>(r.extensions());
      schemas.add(r.core());
      ScimNode document = rng.nextBoolean() ? SchemaJson.write(r) : SchemaJson.writeResourceTypes(List.of(r));
      ScimNode damaged = damage(rng, document);
      try {
        SchemaJson.readResourceTypes(damaged, schemas);
      } catch (InvalidSchemaException e) {
        assertThat(resolves(damaged, e.pointer())).as("%s in %s", e.getMessage(), damaged).isTrue();
      }
    });
  }

  // ------------------------------------------------------------------ damage

  /** Values that damage puts in: wrong types, keywords of other members, and odd names. */
  private static final List<ScimNode> JUNK = List.of(ScimNull.INSTANCE, ScimBoolean.TRUE, ScimNumber.of(0),
      ScimNumber.of(-1), ScimString.of(""), ScimString.of("complex"), ScimString.of("readOnly"),
      ScimString.of("urn:a:b"), ScimString.of("1x"), ScimString.of("$ref"), ScimString.of("strin"),
      ScimArray.empty(), ScimObject.empty(), ScimArray.of(ScimString.of("x")), ScimObject.of("name", ScimString.of("x")),
      ScimObject.of("name", ScimString.of("x"), "type", ScimString.of("complex")));

  private static final List<String> NAMES = List.of("name", "NAME", "type", "subAttributes", "Resources", "id",
      "schema", "schemaExtensions", "required", "mutabilty", "a/b~c", "");

  /** {@code document} with one to three random members or elements replaced, removed or renamed. */
  private static ScimNode damage(RandomGenerator rng, ScimNode document) {
    ScimNode d = document;
    for (int n = 1 + rng.nextInt(3); n > 0; n--) {
      List<List<Object>> paths = new ArrayList<>();
      collect(d, new ArrayList<>(), paths);
      List<Object> path = paths.get(rng.nextInt(paths.size()));
      int r = rng.nextInt(10);
      if (path.isEmpty()) {
        d = JUNK.get(rng.nextInt(JUNK.size()));
      } else if (r < 5) {
        d = replace(d, path, JUNK.get(rng.nextInt(JUNK.size())));
      } else if (r < 8) {
        d = replace(d, path, null);
      } else {
        ScimNode parent = at(d, path.subList(0, path.size() - 1));
        if (parent instanceof ScimObject o && path.get(path.size() - 1) instanceof String name) {
          ScimNode value = o.get(name);
          d = replace(d, path.subList(0, path.size() - 1),
              o.without(name).with(NAMES.get(rng.nextInt(NAMES.size())), value == null ? ScimNull.INSTANCE : value));
        }
      }
    }
    return d;
  }

  private static void collect(ScimNode node, List<Object> path, List<List<Object>> out) {
    out.add(List.copyOf(path));
    if (node instanceof ScimObject o) {
      for (String name : o.names()) {
        path.add(name);
        collect(o.get(name), path, out);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof ScimArray a) {
      for (int i = 0; i < a.size(); i++) {
        path.add(i);
        collect(a.get(i), path, out);
        path.remove(path.size() - 1);
      }
    }
  }

  private static @Nullable ScimNode at(ScimNode node, List<Object> path) {
    ScimNode n = node;
    for (Object step : path) {
      n = n instanceof ScimObject o && step instanceof String s ? o.get(s)
          : n instanceof ScimArray a && step instanceof Integer i ? a.get(i) : null;
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /** {@code node} with the value at {@code path} replaced, or removed if {@code value} is null. */
  private static ScimNode replace(ScimNode node, List<Object> path, @Nullable ScimNode value) {
    if (path.isEmpty()) {
      return value == null ? ScimNull.INSTANCE : value;
    }
    Object step = path.get(0);
    List<Object> rest = path.subList(1, path.size());
    if (node instanceof ScimObject o && step instanceof String s) {
      ScimNode child = o.get(s);
      if (rest.isEmpty() && value == null) {
        return o.without(s);
      }
      return o.with(s, replace(child == null ? ScimNull.INSTANCE : child, rest, value));
    }
    if (node instanceof ScimArray a && step instanceof Integer i) {
      if (rest.isEmpty() && value == null) {
        return a.without(i);
      }
      return a.with(i, replace(a.get(i), rest, value));
    }
    throw new AssertionError("no " + step + " in " + node);
  }

  // ------------------------------------------------------------------ pointers

  /**
   * Whether an RFC 6901 pointer leads into {@code document}: every token names a member or element
   * that is there, except that the last may name a missing member of an object.
   */
  static boolean resolves(ScimNode document, String pointer) {
    if (pointer.isEmpty()) {
      return true;
    }
    if (!pointer.startsWith("/")) {
      return false;
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    ScimNode n = document;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      boolean last = i == tokens.length - 1;
      if (n instanceof ScimObject o) {
        String spelled = o.nameOf(token);
        if (spelled == null) {
          return last;
        }
        if (!spelled.equals(token)) {
          return false; // a pointer spells names as the document does
        }
        n = o.get(token);
      } else if (n instanceof ScimArray a) {
        if (!token.matches("0|[1-9][0-9]{0,8}") || Integer.parseInt(token) >= a.size()) {
          return false;
        }
        n = a.get(Integer.parseInt(token));
      } else {
        return false;
      }
    }
    return true;
  }
}

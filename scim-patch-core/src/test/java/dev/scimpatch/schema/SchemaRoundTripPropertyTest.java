package dev.scimpatch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.internal.json.MiniJson;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.SchemaGenerator;
import dev.scimpatch.tree.ScimNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Generated schemas and resource schemas, written and read back (also through JSON text), are equal. */
class SchemaRoundTripPropertyTest {

  private static final SchemaGenerator SCHEMAS = new SchemaGenerator();

  @TestFactory
  Stream<DynamicTest> schemasRoundTrip() {
    return Property.cases("SchemaJson.readSchemas(SchemaJson.writeSchemas(s)) equals s", rng -> {
      List<Schema> schemas = new ArrayList<>();
      for (int i = rng.nextInt(4); i > 0; i--) {
        Schema s = SCHEMAS.schema(rng);
        if (schemas.stream().noneMatch(x -> x.hasId(s.id()))) {
          schemas.add(s);
        }
      }
      for (Schema s : schemas) {
        assertThat(SchemaJson.readSchema(SchemaJson.write(s))).isEqualTo(s);
      }
      ScimNode written = SchemaJson.writeSchemas(schemas);
      assertThat(SchemaJson.readSchemas(written)).isEqualTo(schemas);
      ScimNode text = Objects.requireNonNull(MiniJson.parseDocument(written.toString()), "parses");
      assertThat(text).as("JSON text").isEqualTo(written);
      assertThat(SchemaJson.readSchemas(text)).isEqualTo(schemas);
    });
  }

  @TestFactory
  Stream<DynamicTest> resourceTypesRoundTrip() {
    return Property.cases("SchemaJson.readResourceTypes(SchemaJson.write(r), schemas) equals r", rng -> {
      ResourceSchema r = SCHEMAS.resourceSchema(rng);
      List<Schema> schemas = new ArrayList<>(r.extensions());
      schemas.add(rng.nextInt(schemas.size() + 1), r.core());
      assertThat(SchemaJson.readResourceTypes(SchemaJson.write(r), schemas)).containsExactly(r);
      ScimNode text = Objects.requireNonNull(MiniJson.parseDocument(SchemaJson.writeResourceTypes(List.of(r)).toString()));
      assertThat(SchemaJson.readResourceTypes(text, SchemaJson.readSchemas(SchemaJson.writeSchemas(schemas))))
          .containsExactly(r);
    });
  }
}

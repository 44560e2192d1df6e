package dev.scimpatch.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.testkit.StringMutator;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small JSON reader behind T11 (JSON in string values): what it reads, and that it refuses the rest. */
class MiniJsonTest {

  private static final ResourceGenerator RESOURCES = new ResourceGenerator();

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\":\"827f\",\"value\":\"DocumentMgmt-Admin\",\"displayName\":\"DocumentMgmt Admin\"}",
      " { \"a\" : [ 1 , -2.50 , 1e3 , true , false , null , \"x\\\"y\\\\z\\u00e9\\n\" ] , \"b\" : { } } ",
      "[]", "\"text\"", "0", "\t\r\n[\"\\uD83D\\uDE00\", -0.0e-0]\n", "[[[[[[[[1]]]]]]]]"})
  void readsWhatJacksonReads(String json) {
    assertThat(MiniJson.parse(json)).isEqualTo(Json.parse(json));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "{", "{\"a\":1,}", "{\"a\" 1}", "[1,]", "{\"a\":1}x", "'a'", "{\"a\":01}", "\"\\u12g4\"", "\"\\u+123\"",
      "\"\\q\"", "\"a\nb\"", "{\"a\":1,\"A\":2}", "[[[[[[[[[1]]]]]]]]]", "[[[[[[[[[[1]]]]]]]]]]", "tru", "nul", "{\"a\":1e99999}",
      "True", "NULL", "truex", "[true1]", "+1", "-", ".5", "1.", "{a:1}", "[1 2]", "\"\\u00e\"", "\"abc",
      "\"\\", "{\"a\"}", "{,}", "[,1]", "\f1", "1\f", "\u00a01", "\"\\u\uff10\uff10\uff14\uff11\""})
  void refusesTheRest(String json) {
    assertThat(MiniJson.parse(json)).isNull();
  }

  @TestFactory
  Stream<DynamicTest> readsPrintedTrees() {
    return Property.cases("MiniJson reads what ScimNode.toString() prints", rng -> {
      ScimNode resource = RESOURCES.resource(rng);
      assertThat(MiniJson.parse(resource.toString())).isEqualTo(resource);
    });
  }

  @TestFactory
  Stream<DynamicTest> readsMutatedJsonAsJacksonDoesOrRefusesIt() {
    return Property.cases("MiniJson reads mutated JSON as Jackson does, or refuses it", rng -> {
      String json = rng.nextInt(4) == 0
          ? StringMutator.randomString(rng, 40)
          : StringMutator.mutate(rng, RESOURCES.resource(rng).toString());
      ScimNode read = MiniJson.parse(json);
      if (read != null) {
        assertThat(read).as("read of %s", json).isEqualTo(Json.parse(json));
      }
    });
  }
}

package dev.scimpatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.testsupport.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small JSON reader behind T11 (JSON in string values): what it reads, and that it refuses the rest. */
class MiniJsonTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\":\"827f\",\"value\":\"DocumentMgmt-Admin\",\"displayName\":\"DocumentMgmt Admin\"}",
      " { \"a\" : [ 1 , -2.50 , 1e3 , true , false , null , \"x\\\"y\\\\z\\u00e9\\n\" ] , \"b\" : { } } ",
      "[]", "\"text\"", "0"})
  void readsWhatJacksonReads(String json) {
    assertThat(MiniJson.parse(json)).isEqualTo(Json.parse(json));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "{", "{\"a\":1,}", "{\"a\" 1}", "[1,]", "{\"a\":1}x", "'a'", "{\"a\":01}", "\"\\u12g4\"", "\"\\u+123\"",
      "\"\\q\"", "\"a\nb\"", "{\"a\":1,\"A\":2}", "[[[[[[[[[[1]]]]]]]]]]", "tru", "nul", "{\"a\":1e99999}"})
  void refusesTheRest(String json) {
    assertThat(MiniJson.parse(json)).isNull();
  }
}

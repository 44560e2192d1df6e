package dev.scimpatch.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.schema.AttributeType;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Filter evaluation (R-FLT-2 … R-FLT-11) from {@code rules/filter-evaluation.json}. */
class FilterEvaluationRulesTest {

  private static final String FILE = "/rules/filter-evaluation.json";

  @TestFactory
  Stream<DynamicTest> evaluation() {
    JsonNode resources = Json.resource(FILE).get("resources");
    return RuleCases.tests(FILE, c -> () -> {
      ScimObject resource = (ScimObject) Json.toNode(resources.get(c.get("resource").asText()));
      FilterEvaluator evaluator = FilterEvaluator.of(traits(c));
      if (c.has("error")) {
        RuleCases.assertError(c, null, () -> evaluate(c, evaluator, resource));
        return;
      }
      Object result = evaluate(c, evaluator, resource);
      if (c.has("matches")) {
        assertThat(result).isEqualTo(c.get("matches").asBoolean());
      } else {
        List<Integer> expected = new ArrayList<>();
        c.get("matched").forEach(i -> expected.add(i.asInt()));
        assertThat(result).isEqualTo(expected);
      }
    });
  }

  /** A top-level filter's outcome, or the indexes of the values a path's filter selects. */
  private static Object evaluate(JsonNode c, FilterEvaluator evaluator, ScimObject resource) {
    ScimObject before = resource;
    try {
      if (c.has("filter")) {
        return evaluator.matches(Filter.parse(c.get("filter").asText()), resource);
      }
      Path path = Path.parse(c.get("path").asText());
      ScimNode values = resource.get(path.attribute());
      List<Integer> matched = new ArrayList<>();
      if (values instanceof ScimArray array) {
        for (int i = 0; i < array.size(); i++) {
          if (evaluator.matches(path.filter(), array.get(i), path.attributePath())) {
            matched.add(i);
          }
        }
      }
      return matched;
    } finally {
      assertThat(resource).isEqualTo(before);
    }
  }

  /** Stand-in schema: {@code caseExact} and {@code types} of the case, keyed by "attr" or "attr.sub". */
  private static AttributeTraits traits(JsonNode c) {
    Set<String> caseExact = new HashSet<>();
    if (c.has("caseExact")) {
      c.get("caseExact").forEach(n -> caseExact.add(n.asText().toLowerCase(Locale.ROOT)));
    }
    Map<String, AttributeType> types = new HashMap<>();
    if (c.has("types")) {
      c.get("types").properties().forEach(e -> types.put(
          e.getKey().toLowerCase(Locale.ROOT),
          AttributeType.fromKeyword(e.getValue().asText()).orElseThrow()));
    }
    return new AttributeTraits() {
      @Override
      public boolean caseExact(AttributePath attribute) {
        return caseExact.contains(key(attribute));
      }

      @Override
      public Optional<AttributeType> type(AttributePath attribute) {
        return Optional.ofNullable(types.get(key(attribute)));
      }
    };
  }

  private static String key(AttributePath a) {
    String key = a.subAttribute() == null ? a.name() : a.name() + "." + a.subAttribute();
    return key.toLowerCase(Locale.ROOT);
  }
}

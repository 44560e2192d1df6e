package dev.scimpatch.engine;

import static dev.scimpatch.engine.EngineCases.apply;
import static dev.scimpatch.engine.EngineCases.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.engine.EngineCases.Case;
import dev.scimpatch.engine.EngineCases.Outcome;
import dev.scimpatch.engine.EngineCases.Valid;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * R-GEN-1 (RFC 7644 §3.5.2: operations apply in order, each to the resource the one before left):
 * operations that succeed one at a time, each as its own request, also succeed together as one
 * request, with the same resulting resource and {@code changed() == true} exactly when it differs
 * from the input. Schema URNs in {@code schemas} compare ignoring ASCII case (R-EXT-6), as member
 * names do in resource equality.
 */
class RequestOrderPropertyTest {

  @TestFactory
  Stream<DynamicTest> oneRequestEqualsOneAtATime() {
    return EngineCases.cases("R-GEN-1 one request = one operation at a time", EngineCases.ALL,
        RequestOrderPropertyTest::check);
  }

  static void check(Case c, RandomGenerator rng) {
    ScimObject resource = c.resource();
    Valid valid = EngineCases.validOperations(c, rng, 2 + rng.nextInt(5));
    List<PatchOperation> ops = valid.ops();
    if (ops.isEmpty()) {
      return;
    }
    Object where = where(resource, ops);
    Outcome together = apply(c.engine(), resource, ops);
    assertThat(together.ok())
        .as("one request failed: %s\nthough one at a time the operations lead to %s\n%s", together, valid.last(), where)
        .isTrue();
    ScimObject result = together.result().resource();
    assertThat(canonical(result)).as("one request vs. one operation at a time\n%s", where)
        .isEqualTo(canonical(valid.last()));
    assertThat(together.result().changed()).as("changed() of %s\n%s", result, where)
        .isEqualTo(!result.equals(resource));
  }

  /** The resource with its {@code schemas} URNs in lower case. */
  static ScimObject canonical(ScimObject resource) {
    if (!(resource.get("schemas") instanceof ScimArray schemas)) {
      return resource;
    }
    ScimArray.Builder b = ScimArray.builder();
    for (ScimNode urn : schemas) {
      b.add(urn instanceof ScimString s ? ScimString.of(s.value().toLowerCase(Locale.ROOT)) : urn);
    }
    return resource.with(resource.nameOf("schemas"), b.build());
  }
}

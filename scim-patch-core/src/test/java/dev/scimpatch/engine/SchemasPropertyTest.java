package dev.scimpatch.engine;

import static dev.scimpatch.engine.EngineCases.apply;
import static dev.scimpatch.engine.EngineCases.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.engine.EngineCases.Case;
import dev.scimpatch.engine.EngineCases.Outcome;
import dev.scimpatch.engine.EngineCases.Valid;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.testkit.ScimVocabulary;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * R-EXT-3 (RFC 7643 §3): after any successful request on a User, {@code schemas} lists the core
 * User URN, and lists the enterprise extension URN exactly when the enterprise extension object is
 * present and non-empty: adding the first extension attribute adds the URN, removing the last one
 * removes the URN and the container. URNs compare ignoring ASCII case (R-EXT-6).
 */
class SchemasPropertyTest {

  @TestFactory
  Stream<DynamicTest> schemas() {
    return EngineCases.cases("R-EXT-3 schemas", EngineCases.USER_SUBJECTS, SchemasPropertyTest::check);
  }

  static void check(Case c, RandomGenerator rng) {
    ScimObject resource = c.resource();
    assertThat(problem(resource)).as("generated resource %s", resource).isNull();

    Valid valid = EngineCases.validOperations(c, rng, 1 + rng.nextInt(5));
    for (int k = 1; k < valid.states().size(); k++) {
      ScimObject after = valid.states().get(k);
      assertThat(problem(after))
          .as("after %s\n%s", after, where(valid.states().get(k - 1), List.of(valid.ops().get(k - 1))))
          .isNull();
    }
    if (!valid.ops().isEmpty()) {
      Outcome together = apply(c.engine(), resource, valid.ops());
      if (together.ok()) {
        assertThat(problem(together.result().resource()))
            .as("after %s\n%s", together, where(resource, valid.ops())).isNull();
      }
    }
    List<PatchOperation> ops = c.ops().operations(rng, valid.last(), 1 + rng.nextInt(4));
    Outcome outcome = apply(c.engine(), valid.last(), ops);
    if (outcome.ok()) {
      assertThat(problem(outcome.result().resource()))
          .as("after %s\n%s", outcome, where(valid.last(), ops)).isNull();
    }
  }

  /** What is wrong with a user's {@code schemas}, or {@code null}. */
  static String problem(ScimObject user) {
    if (!(user.get("schemas") instanceof ScimArray schemas)) {
      return "no schemas array";
    }
    if (count(schemas, ScimVocabulary.CORE_USER) != 1) {
      return "schemas " + schemas + " does not list the core URN once";
    }
    ScimNode ext = user.get(ScimVocabulary.ENTERPRISE);
    boolean present = ext instanceof ScimObject o && !o.isEmpty();
    if (ext != null && !present) {
      return "the enterprise extension is " + ext + ", not a non-empty object";
    }
    if (count(schemas, ScimVocabulary.ENTERPRISE) != (present ? 1 : 0)) {
      return "schemas " + schemas + " lists the enterprise URN " + count(schemas, ScimVocabulary.ENTERPRISE)
          + " times, the extension being " + (present ? "present" : "absent");
    }
    return null;
  }

  private static int count(ScimArray schemas, String urn) {
    int n = 0;
    for (ScimNode s : schemas) {
      if (s instanceof ScimString str && str.value().equalsIgnoreCase(urn)) {
        n++;
      }
    }
    return n;
  }
}

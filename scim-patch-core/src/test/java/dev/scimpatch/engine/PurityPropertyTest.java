package dev.scimpatch.engine;

import static dev.scimpatch.engine.EngineCases.apply;
import static dev.scimpatch.engine.EngineCases.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.engine.EngineCases.Case;
import dev.scimpatch.engine.EngineCases.Outcome;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.tree.ScimObject;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code apply} is a function: it never changes the resource it is given (equal to a deep copy
 * taken before, same JSON), whether the request succeeds or fails (R-GEN-2); the same request on
 * the same resource gives an equal result, or the same failure; and {@code changed()} says
 * exactly whether the result differs from the input, the input itself being returned when it
 * does not (R-GEN-9).
 */
class PurityPropertyTest {

  @TestFactory
  Stream<DynamicTest> purity() {
    return EngineCases.cases("purity and determinism", EngineCases.ALL, PurityPropertyTest::check);
  }

  static void check(Case c, RandomGenerator rng) {
    ScimObject resource = c.resource();
    List<PatchOperation> ops = c.ops().operations(rng, resource, 1 + rng.nextInt(5));
    Object where = where(resource, ops);

    Outcome first = apply(c.engine(), resource, ops);

    Outcome second = apply(c.engine(), resource, ops);
    assertThat(second.ok()).as("second run %s, first %s\n%s", second, first, where).isEqualTo(first.ok());
    if (first.ok()) {
      assertThat(second.result().resource()).as("second result\n%s", where).isEqualTo(first.result().resource());
      assertThat(second.result().resource().names()).as("second result's members, in order\n%s", where)
          .isEqualTo(first.result().resource().names());
      assertThat(second.result().changed()).as("second changed()\n%s", where).isEqualTo(first.result().changed());
      boolean differs = !first.result().resource().equals(resource);
      assertThat(first.result().changed()).as("changed() vs. result != input: %s\n%s", first, where).isEqualTo(differs);
      if (!differs) {
        assertThat(first.result().resource()).as("unchanged result is the input itself\n%s", where).isSameAs(resource);
      }
    } else if (first.crash() != null) {
      // Not a ScimPatchException (ExceptionContractPropertyTest fails on it); still deterministic.
      assertThat(String.valueOf(second.crash())).as("second run %s, first %s\n%s", second, first, where)
          .isEqualTo(String.valueOf(first.crash()));
    } else {
      assertThat(second.error()).as("second run %s, first %s\n%s", second, first, where).isNotNull();
      assertThat(second.error().operationIndex()).as("second failure %s, first %s\n%s", second, first, where)
          .isEqualTo(first.error().operationIndex());
      assertThat(second.error().scimType()).as("second failure %s, first %s\n%s", second, first, where)
          .isEqualTo(first.error().scimType());
      assertThat(second.error().getMessage()).as("second failure %s, first %s\n%s", second, first, where)
          .isEqualTo(first.error().getMessage());
    }
  }
}

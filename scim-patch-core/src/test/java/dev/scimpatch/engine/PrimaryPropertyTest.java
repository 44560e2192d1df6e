package dev.scimpatch.engine;

import static dev.scimpatch.engine.EngineCases.apply;
import static dev.scimpatch.engine.EngineCases.primaryViolations;
import static dev.scimpatch.engine.EngineCases.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.engine.EngineCases.Case;
import dev.scimpatch.engine.EngineCases.Outcome;
import dev.scimpatch.engine.EngineCases.Valid;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * R-GEN-6 (RFC 7644 §3.5.2; RFC 7643 §2.4, R-CHR-6): after any successful request, at most one
 * value of each multi-valued attribute, in the resource or in an extension object, has
 * {@code primary: true}. Generated users start that way; the requests set {@code primary} through
 * added values, replaced arrays, value filters ({@code emails[value eq "..."].primary}) and merged
 * objects, in one operation or several, and through writes of one or two primary values to any
 * attribute ({@code OperationGenerator.primaryWrite}), which the engine must demote or refuse.
 *
 * <p>Groups are left out: the Group schema defines no {@code primary} for {@code members}.
 */
class PrimaryPropertyTest {

  @TestFactory
  Stream<DynamicTest> onePrimary() {
    return EngineCases.cases("R-GEN-6 one primary", EngineCases.USER_SUBJECTS, PrimaryPropertyTest::check);
  }

  static void check(Case c, RandomGenerator rng) {
    ScimObject resource = c.resource();
    assertThat(primaryViolations(resource)).as("generated resource %s", resource).isEmpty();

    // Operations that succeed one by one: every resource on the way, and the request as a whole.
    Valid valid = EngineCases.validOperations(c, rng, 1 + rng.nextInt(5));
    for (int k = 1; k < valid.states().size(); k++) {
      assertThat(primaryViolations(valid.states().get(k)))
          .as("after operation %d\n%s", k - 1, where(valid.states().get(k - 1), List.of(valid.ops().get(k - 1))))
          .isEmpty();
    }
    if (!valid.ops().isEmpty()) {
      Outcome together = apply(c.engine(), resource, valid.ops());
      if (together.ok()) {
        assertThat(primaryViolations(together.result().resource()))
            .as("after the request\n%s", where(resource, valid.ops())).isEmpty();
      }
    }

    // Writes of primary values, to any attribute, between operations that succeed.
    List<PatchOperation> writes = new ArrayList<>();
    if (rng.nextBoolean()) {
      writes.add(c.ops().plausible(rng, valid.last()));
    }
    writes.add(c.ops().primaryWrite(rng, valid.last()));
    if (rng.nextBoolean()) {
      writes.add(c.ops().primaryWrite(rng, valid.last()));
    }
    Outcome written = apply(c.engine(), valid.last(), writes);
    if (written.ok()) {
      assertThat(primaryViolations(written.result().resource()))
          .as("after the request\n%s", where(valid.last(), writes)).isEmpty();
    }

    // A request of any operations, against the resource: when it succeeds, one primary at most.
    List<PatchOperation> ops = c.ops().operations(rng, valid.last(), 1 + rng.nextInt(4));
    Outcome outcome = apply(c.engine(), valid.last(), ops);
    if (outcome.ok()) {
      assertThat(primaryViolations(outcome.result().resource()))
          .as("after the request\n%s", where(valid.last(), ops)).isEmpty();
    }
  }
}

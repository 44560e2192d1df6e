package dev.scimpatch.engine;

import static dev.scimpatch.engine.EngineCases.apply;
import static dev.scimpatch.engine.EngineCases.applyOk;
import static dev.scimpatch.engine.EngineCases.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.PatchResult;
import dev.scimpatch.engine.EngineCases.Case;
import dev.scimpatch.engine.EngineCases.Outcome;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * R-ADD-6, R-ADD-7, R-ADD-9: a successful request of adds is idempotent: applying it again to its
 * result succeeds, reports {@code changed() == false} and gives the same resource.
 *
 * <p>Where it holds: adds without value filters and without a path to a sub-attribute of a
 * multi-valued attribute (a filter can stop matching once its add is done, and a later append can
 * gain a sub-attribute an earlier unfiltered sub-attribute add set on all values), and with
 * {@code primary: true} in at most one operation (a second primary demotes the first, which the
 * second run then adds again as a value that differs in {@code primary}).
 */
class AddIdempotencePropertyTest {

  @TestFactory
  Stream<DynamicTest> idempotentAdds() {
    return EngineCases.cases("R-ADD-6 idempotent adds", EngineCases.ALL, AddIdempotencePropertyTest::check);
  }

  static void check(Case c, RandomGenerator rng) {
    ScimObject resource = rng.nextBoolean() ? c.resource() : EngineCases.validOperations(c, rng,
        1 + rng.nextInt(3)).last();
    int n = 1 + rng.nextInt(4);
    int primary = rng.nextInt(n + 1);
    List<PatchOperation> ops = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ops.add(c.ops().unfilteredAdd(rng, resource, i == primary));
    }
    Outcome once = apply(c.engine(), resource, ops);
    if (!once.ok()) {
      return;
    }
    ScimObject first = once.result().resource();
    PatchResult twice = applyOk(c.engine(), first, ops);
    Object where = where(resource, ops);
    assertThat(twice.resource()).as("applied twice vs. once (%s)\n%s", first, where).isEqualTo(first);
    assertThat(twice.changed()).as("changed() of the second run, once: %s\n%s", first, where).isFalse();
  }
}

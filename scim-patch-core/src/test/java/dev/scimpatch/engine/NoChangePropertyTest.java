package dev.scimpatch.engine;

import static dev.scimpatch.engine.EngineCases.applyOk;
import static dev.scimpatch.engine.EngineCases.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.PatchResult;
import dev.scimpatch.engine.EngineCases.Case;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * R-ADD-6, R-ADD-9, R-GEN-9, R-REM-8 and U-5: a request whose every operation asks for what the
 * resource already has succeeds, reports {@code changed() == false}, and returns the input itself
 * (so equal to it): an add of an existing member or e-mail (the whole value, a
 * subset of its sub-attributes, its {@code value} in another ASCII case), an add or replace of
 * {@code title}, {@code name}, an enterprise attribute or {@code displayName} with its current
 * value, a replace of {@code emails} or {@code members} with the current array, of {@code id},
 * {@code meta} or {@code schemas} with the current value, a remove of what is not there, an add of
 * {@code null}. The resource is a generated one, or what operations that succeed make of it.
 */
class NoChangePropertyTest {

  @TestFactory
  Stream<DynamicTest> addOfWhatIsThere() {
    return EngineCases.cases("R-ADD-6 add of what is there", EngineCases.ALL, NoChangePropertyTest::check);
  }

  static void check(Case c, RandomGenerator rng) {
    ScimObject resource = rng.nextBoolean() ? c.resource() : EngineCases.validOperations(c, rng,
        1 + rng.nextInt(3)).last();
    int n = 1 + rng.nextInt(3);
    List<PatchOperation> ops = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ops.add(c.ops().unchanging(rng, resource));
    }
    Object where = where(resource, ops);
    PatchResult result = applyOk(c.engine(), resource, ops);
    assertThat(result.changed()).as("changed() for %s\n%s", result.resource(), where).isFalse();
    assertThat(result.resource()).as("result\n%s", where).isEqualTo(resource);
    assertThat(result.resource()).as("result is the input itself\n%s", where).isSameAs(resource);
  }
}

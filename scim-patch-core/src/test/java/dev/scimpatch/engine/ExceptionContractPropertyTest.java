package dev.scimpatch.engine;

import static dev.scimpatch.engine.EngineCases.apply;
import static dev.scimpatch.engine.EngineCases.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.engine.EngineCases.Case;
import dev.scimpatch.engine.EngineCases.Outcome;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * R-ERR-4: for any generated request, including malformed operations (random and mutated paths,
 * values of any type and depth, keys that are not attribute names) and resources that do not fit
 * the schema ({@link ResourceGenerator}'s), {@code apply} returns or throws a
 * {@link ScimPatchException}: never a {@code NullPointerException}, {@code ClassCastException},
 * {@code IndexOutOfBoundsException} or any other exception. The exception names an operation of
 * the request (its index and path), has a 4xx status, and renders a message.
 */
class ExceptionContractPropertyTest {

  private static final ResourceGenerator ODD_RESOURCES = new ResourceGenerator();

  @TestFactory
  Stream<DynamicTest> onlyScimPatchException() {
    return EngineCases.cases("only ScimPatchException", EngineCases.ALL, ExceptionContractPropertyTest::check);
  }

  static void check(Case c, RandomGenerator rng) {
    ScimObject resource = rng.nextInt(4) == 0 ? ODD_RESOURCES.resource(rng) : c.resource();
    int n = 1 + rng.nextInt(4);
    List<PatchOperation> ops = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ops.add(rng.nextInt(5) < 3 ? c.ops().malformed(rng, resource) : c.ops().operation(rng, resource));
    }
    Outcome outcome = apply(c.engine(), resource, ops);
    if (outcome.crash() != null) {
      throw new AssertionError("apply threw " + outcome.crash() + "; only ScimPatchException may escape\n"
          + where(resource, ops), outcome.crash());
    }
    if (!outcome.ok()) {
      ScimPatchException e = outcome.error();
      Object where = where(resource, ops);
      assertThat(e.operationIndex()).as("operationIndex of %s\n%s", outcome, where).isBetween(0, n - 1);
      PatchOperation failed = ops.get(e.operationIndex());
      assertThat(e.path()).as("path of %s\n%s", outcome, where)
          .isEqualTo(failed.path() == null ? null : failed.path().toString());
      assertThat(e.status()).as("status of %s\n%s", outcome, where).isBetween(400, 499);
      assertThat(e.getMessage()).as("message\n%s", where).isNotBlank();
    }
  }
}

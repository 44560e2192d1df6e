package dev.scimpatch.engine;

import static dev.scimpatch.engine.EngineCases.apply;
import static dev.scimpatch.engine.EngineCases.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.ScimPatchException;
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
 * R-GEN-2 (atomicity): take operations that succeed one after the other and insert an operation
 * that must fail ({@code OperationGenerator.failing}: a changed {@code id}, a removed
 * {@code userName}, {@code active: "yes"}, an unknown attribute, a filter that matches nothing on
 * replace, two primaries, ...) at every position {@code k}, now and then with a second failing
 * operation after it. Then {@code apply} throws a {@link ScimPatchException} that names the first
 * failing operation: its {@code operationIndex()} is {@code k}, its path is that operation's, and
 * its status and {@code scimType} are those the operation gets alone on the resource the first
 * {@code k} operations make; and the resource given to {@code apply} is unchanged: equal to a deep
 * copy taken before, printing the same JSON.
 *
 * <p>The first {@code k} operations succeed one at a time. Should they do otherwise as one request
 * (see {@link RequestOrderPropertyTest}), what they do as one request decides: if they fail, the
 * first failing operation is the one they name, and the request must fail there instead.
 */
class AtomicityPropertyTest {

  @TestFactory
  Stream<DynamicTest> atomicity() {
    return EngineCases.cases("R-GEN-2 atomicity", EngineCases.ALL, AtomicityPropertyTest::check);
  }

  static void check(Case c, RandomGenerator rng) {
    ScimObject resource = c.resource();
    Valid valid = EngineCases.validOperations(c, rng, rng.nextInt(5));
    List<PatchOperation> ops = valid.ops();

    PatchOperation failing = c.ops().failing(rng, resource);
    PatchOperation later = rng.nextInt(3) == 0 ? c.ops().failing(rng, resource) : null;
    for (int k = 0; k <= ops.size(); k++) {
      ScimObject before = valid.states().get(k);
      Outcome alone = apply(c.engine(), before, List.of(failing));
      assertThat(alone.error())
          .as("the failing operation must fail alone on the resource before it: %s\n%s", alone,
              where(before, List.of(failing)))
          .isNotNull();

      List<PatchOperation> request = new ArrayList<>(ops);
      request.add(k, failing);
      if (later != null) {
        request.add(k + 1 + rng.nextInt(request.size() - k), later);
      }
      Outcome outcome = apply(c.engine(), resource, request);
      Object where = where(resource, request);
      assertThat(outcome.error()).as("request with a failing operation at %d: %s\n%s", k, outcome, where)
          .isNotNull();
      ScimPatchException e = outcome.error();

      Outcome expected = alone;
      int expectedIndex = k;
      if (e.operationIndex() != k || e.status() != alone.error().status() || e.scimType() != alone.error().scimType()) {
        // The operations before k, as one request, may leave another resource than one at a time
        // (RequestOrderPropertyTest): what they do as one request decides.
        if (k > 0) {
          Outcome prefix = apply(c.engine(), resource, ops.subList(0, k));
          if (prefix.ok()) {
            expected = apply(c.engine(), prefix.result().resource(), List.of(failing));
            assertThat(expected.error())
                .as("the failing operation must fail alone on the resource before it: %s\n%s", expected,
                    where(prefix.result().resource(), List.of(failing)))
                .isNotNull();
          } else {
            assertThat(prefix.error()).as("operations that succeed one at a time, as one request: %s\n%s", prefix,
                where(resource, ops.subList(0, k))).isNotNull();
            expected = prefix;
            expectedIndex = prefix.error().operationIndex();
          }
        }
      }
      PatchOperation named = request.get(expectedIndex);
      assertThat(e.operationIndex()).as("operationIndex of %s (expected: %s)\n%s", outcome, expected, where)
          .isEqualTo(expectedIndex);
      assertThat(e.path()).as("path of %s\n%s", outcome, where)
          .isEqualTo(named.path() == null ? null : named.path().toString());
      assertThat(e.status()).as("status of %s (expected: %s)\n%s", outcome, expected, where)
          .isEqualTo(expected.error().status());
      assertThat(e.scimType()).as("scimType of %s (expected: %s)\n%s", outcome, expected, where)
          .isEqualTo(expected.error().scimType());
    }
  }
}

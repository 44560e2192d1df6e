package dev.scimpatch.client;

import static dev.scimpatch.client.PatchDiffPropertyTest.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.Dialect;
import dev.scimpatch.Emulation;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.profile.RequestReader;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.testkit.GroupGenerator;
import dev.scimpatch.testkit.OperationGenerator;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.UserGenerator;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.TestFactory;

/**
 * The law of {@link PatchDiff#rewrite}: for every preset that emulates a target or writes a
 * dialect, a request an RFC client sends, rewritten for the preset, passes the preset's checks
 * (read from the message written in its dialect) and gives, under the preset, what the original
 * gives under strict; and rewriting is idempotent: a rewritten request is kept as it is. With the
 * User and Group schemas, and without a schema.
 *
 * <p>Some targets cannot take every change: AWS and Adra keep one email (E6), Google takes one
 * member per request (E5), AWS refuses some operations outright (E7). For those presets alone a
 * rewrite may fail, and then only with the error that says no request in the dialect makes the
 * change; every other preset must always succeed.
 */
class RewritePropertyTest {

  private static final UserGenerator USERS = new UserGenerator();
  private static final GroupGenerator GROUPS = new GroupGenerator();

  /** The presets whose restrictions some RFC requests cannot be rewritten to meet. */
  private static final Set<String> LIMITED = Set.of("aws", "google", "adra");

  static List<Profile> targets() {
    List<Profile> out = new ArrayList<>();
    for (Profile p : Profile.presets()) {
      if (p.differences().stream().anyMatch(s -> s instanceof Emulation || s instanceof Dialect)) {
        out.add(p);
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicNode> rewrittenRequestsPassTheTargetAndDoTheSame() {
    return targets().stream().map(target -> DynamicContainer.dynamicContainer(target.name(),
        Property.cases("rewrite for " + target.name() + " does what strict does", rng -> holds(rng, target))));
  }

  private static void holds(RandomGenerator rng, Profile target) {
    boolean users = rng.nextBoolean();
    // a third of the cases without a schema: the same resources and requests, types from the resource
    boolean schemaless = rng.nextInt(3) == 0;
    @Nullable ResourceSchema schema = schemaless ? null : users ? ResourceSchemas.user() : ResourceSchemas.group();
    OperationGenerator generator = users ? OperationGenerator.users() : OperationGenerator.groups();
    if (schemaless) {
      generator = generator.withoutSchema();
    }
    ScimObject old = users ? USERS.user(rng) : GROUPS.group(rng);
    PatchEngine strict = schema == null ? PatchEngine.schemaless() : PatchEngine.of(schema);
    // A request an RFC client sends: operations that succeed in turn under strict.
    List<PatchOperation> ops = new ArrayList<>();
    ScimObject expected = old;
    int count = 1 + rng.nextInt(4);
    for (int i = 0; i < count; i++) {
      PatchOperation op = generator.plausible(rng, expected);
      try {
        expected = strict.apply(expected, PatchRequest.of(op)).resource();
        ops.add(op);
      } catch (ScimPatchException refused) {
        // not an operation this client sends for this resource
      }
    }
    if (ops.isEmpty()) {
      return;
    }
    PatchRequest request = new PatchRequest(ops);
    List<PatchOperation> rewritten;
    try {
      rewritten = PatchDiff.of(schema).rewrite(request, target, old);
    } catch (ScimPatchException e) {
      assertThat(LIMITED).as("%s cannot be rewritten for %s: %s", request, target.name(), e.getMessage())
          .contains(target.name());
      assertThat(e.getMessage()).contains("no request in the " + target.name() + " dialect");
      return;
    }
    if (rewritten.isEmpty()) {
      assertThat(state(expected)).as("%s changes nothing, so its rewrite is empty", request).isEqualTo(state(old));
      return;
    }
    ScimObject message = PatchMessages.write(rewritten, target);
    ResourceType type = ResourceType.of(schema, target);
    ScimObject result = PatchEngine.of(type).apply(old, RequestReader.of(type).read(message)).resource();
    assertThat(state(result)).as("%s rewritten as %s", request, message).isEqualTo(state(expected));
    // idempotent: a rewritten request is one the target takes, so it is kept as it is
    assertThat(PatchDiff.of(schema).rewrite(new PatchRequest(rewritten), target, old)).isEqualTo(rewritten);
  }
}

package dev.scimpatch.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.testkit.GroupGenerator;
import dev.scimpatch.testkit.OperationGenerator;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.testkit.UserGenerator;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The laws of {@link PatchDiff}, on seeded resources: {@code apply(old, diff(old, new))} is
 * {@code new} (as a state: {@code meta}, unassigned members and the order and case of the URNs in
 * {@code schemas} aside), schema-aware and schema-less; the diff of equal resources is
 * empty; a diff is empty only for equal resources.
 */
class PatchDiffPropertyTest {

  private static final UserGenerator USERS = new UserGenerator();
  private static final GroupGenerator GROUPS = new GroupGenerator();
  private static final ResourceGenerator RESOURCES = new ResourceGenerator();

  /** A resource and a changed copy: the result of a few operations an RFC client would send. */
  record Change(ScimObject old, ScimObject updated) {}

  static Change change(RandomGenerator rng, @Nullable ResourceSchema schema, OperationGenerator ops, ScimObject old) {
    PatchEngine engine = schema == null ? PatchEngine.schemaless() : PatchEngine.of(schema);
    ScimObject updated = old;
    int count = rng.nextInt(6);
    for (int i = 0; i < count; i++) {
      PatchOperation op = ops.plausible(rng, updated);
      try {
        updated = engine.apply(updated, PatchRequest.of(op)).resource();
      } catch (ScimPatchException refused) {
        // a plausible operation may still fail on this resource; the next one may not
      }
    }
    return new Change(old, updated);
  }

  static Change userChange(RandomGenerator rng) {
    return change(rng, ResourceSchemas.user(), OperationGenerator.users(), USERS.user(rng));
  }

  static Change groupChange(RandomGenerator rng) {
    return change(rng, ResourceSchemas.group(), OperationGenerator.groups(), GROUPS.group(rng));
  }

  static Change schemalessChange(RandomGenerator rng) {
    if (rng.nextBoolean()) {
      return change(rng, null, OperationGenerator.users().withoutSchema(), USERS.user(rng));
    }
    ScimObject old = RESOURCES.resource(rng);
    // Another resource's attributes, with the old one's id, meta, schemas and extension
    // containers, which the server keeps (schemas follows the containers, R-EXT-3).
    ScimObject.Builder updated = ScimObject.builder();
    RESOURCES.resource(rng).forEach((name, value) -> {
      ScimNode before = old.get(name);
      // An attribute keeps its type (schema-less, the engine infers it from the resource).
      if (!Names.isUrn(name) && !kept(name) && (before == null || before.kind() == value.kind())) {
        updated.put(name, valid(value));
      }
    });
    old.forEach((name, value) -> {
      if (Names.isUrn(name) || kept(name)) {
        updated.put(name, value);
      }
    });
    return new Change(old, updated.build());
  }

  /**
   * A value a PATCH request can give: the generator's arbitrary JSON made a valid SCIM value. A
   * multi-valued attribute has no null or empty values and at most one primary one (R-GEN-6).
   */
  private static ScimNode valid(ScimNode value) {
    if (!(value instanceof ScimArray a)) {
      return value;
    }
    ScimArray.Builder out = ScimArray.builder();
    boolean primary = false;
    for (ScimNode e : a) {
      if (e.isNull() || e instanceof ScimArray || (e instanceof ScimObject o && state(o).isEmpty())) {
        continue;
      }
      if (e instanceof ScimObject o && o.has("primary")) {
        boolean p = ScimBoolean.TRUE.equals(o.get("primary"));
        e = p && !primary ? o : o.without("primary");
        primary |= p;
      }
      out.add(e);
    }
    return out.build();
  }

  private static boolean kept(String name) {
    return Names.isUrn(name) || List.of("id", "externalid", "meta", "schemas").contains(Ascii.toLowerCase(name));
  }

  /**
   * The state a resource describes: without {@code meta} and without unassigned members, since
   * absent, {@code null} and {@code []} are one state (R-CHR-14).
   */
  static ScimObject state(ScimObject resource) {
    ScimObject out = (ScimObject) assigned(resource.without("meta"));
    // schemas is the server's, kept in step with the extensions; URNs match ignoring case
    if (out.get("schemas") instanceof ScimArray urns) {
      out = out.with("schemas", ScimArray.of(urns.stream()
          .map(u -> u instanceof ScimString str ? ScimString.of(Ascii.toLowerCase(str.value())) : u)
          .sorted(Comparator.comparing(ScimNode::toString)).toList()));
    }
    return out;
  }

  private static ScimNode assigned(ScimNode node) {
    if (node instanceof ScimObject o) {
      ScimObject.Builder out = ScimObject.builder();
      o.forEach((name, value) -> {
        ScimNode v = assigned(value);
        if (!v.isNull() && !(v instanceof ScimArray x && x.isEmpty()) && !(v instanceof ScimObject x && x.isEmpty())) {
          out.put(name, v);
        }
      });
      return out.build();
    }
    if (node instanceof ScimArray a) {
      // an unassigned value of a multi-valued attribute is no value (R-CHR-14)
      return ScimArray.of(a.stream().map(PatchDiffPropertyTest::assigned)
          .filter(v -> !v.isNull() && !(v instanceof ScimObject x && x.isEmpty())).toList());
    }
    return node;
  }

  private static void lawHolds(@Nullable ResourceSchema schema, Change c) {
    PatchDiff diff = PatchDiff.of(schema);
    List<PatchOperation> ops = diff.diff(c.old(), c.updated());
    ScimObject old = state(c.old());
    ScimObject updated = state(c.updated());
    if (old.equals(updated)) {
      assertThat(ops).isEmpty();
      return;
    }
    assertThat(ops).isNotEmpty();
    PatchEngine engine = schema == null ? PatchEngine.schemaless() : PatchEngine.of(schema);
    ScimObject result = engine.apply(c.old(), new PatchRequest(ops)).resource();
    assertThat(state(result)).as("apply(old, %s)", ops).isEqualTo(updated);
    assertThat(diff.diff(c.old(), c.old())).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> usersDiffThere() {
    return Property.cases("apply(old, diff(old, new)) == new, User schema",
        rng -> lawHolds(ResourceSchemas.user(), userChange(rng)));
  }

  @TestFactory
  Stream<DynamicTest> groupsDiffThere() {
    return Property.cases("apply(old, diff(old, new)) == new, Group schema",
        rng -> lawHolds(ResourceSchemas.group(), groupChange(rng)));
  }

  @TestFactory
  Stream<DynamicTest> schemalessResourcesDiffThere() {
    return Property.cases("apply(old, diff(old, new)) == new, schema-less",
        rng -> lawHolds(null, schemalessChange(rng)));
  }
}

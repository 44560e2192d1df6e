package dev.scimpatch.client;

import static dev.scimpatch.testsupport.Allocations.allocatedBytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.Emulation;
import dev.scimpatch.Profile;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cost of a diff, counted: for each shape of change, made at size n and 4n, the bytes this
 * thread allocates computing (and checking) the diff grow by at most 4.5 times. A quadratic cost
 * grows 16 times. No timings: counts only.
 */
class DiffGrowthTest {

  private static final double MAX_GROWTH = 4.5;

  /** Two states of a resource of one size, and the target to diff for. */
  record Case(@Nullable ResourceSchema schema, ScimObject old, ScimObject updated, Profile target) {}

  record Shape(String name, int size, IntFunction<Case> maker) {}

  private static List<Shape> shapes() {
    return List.of(
        new Shape("every other member removed, as many added (filtered removes, one add)", 500,
            n -> new Case(ResourceSchemas.group(), group(n, 0, 1), group(n, 1, 2).with("members",
                concat(members(n, 1, 2), members(n, n, 1))), Profile.strict())),
        new Shape("members in reverse order (a whole replace)", 1_000,
            n -> new Case(ResourceSchemas.group(), group(n, 0, 1), group(n, 0, 1).with("members", reversed(members(n, 0, 1))),
                Profile.strict())),
        new Shape("every member removed for AWS without its 100-member limit (one filtered remove each)", 500,
            n -> new Case(ResourceSchemas.group(), group(n, 0, 1), group(n, 0, 1).without("members"),
                Profile.named("aws").without(Emulation.MaxMembershipChanges.class))),
        new Shape("every other member removed for GitHub (no filters: a whole replace)", 500,
            n -> new Case(ResourceSchemas.group(), group(n, 0, 1), group(n, 0, 1).with("members", members(n, 1, 2)),
                Profile.named("github"))),
        new Shape("every attribute of a schema-less resource changed", 500,
            n -> new Case(null, flat(n, 0), flat(n, 1), Profile.strict())),
        new Shape("a sub-attribute of every value changed (schema-less)", 500,
            n -> new Case(null, tagged(n, 0), tagged(n, 1), Profile.strict())));
  }

  @TestFactory
  List<DynamicTest> costGrowsLinearly() {
    return shapes().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
      measure(s.maker().apply(s.size())); // warm up: class loading and JIT allocate too
      long a = measure(s.maker().apply(s.size()));
      long b = measure(s.maker().apply(4 * s.size()));
      assertThat((double) b / a).as("%s: %d bytes allocated at n, %d at 4n", s.name(), a, b)
          .isLessThanOrEqualTo(MAX_GROWTH).isGreaterThanOrEqualTo(1.5);
    })).toList();
  }

  private static long measure(Case c) {
    long before = allocatedBytes();
    List<?> ops = PatchDiff.of(c.schema()).diff(c.old(), c.updated(), c.target());
    long bytes = allocatedBytes() - before;
    assertThat(ops).isNotEmpty();
    return bytes;
  }

  private static ScimObject group(int n, int from, int step) {
    return ScimObject.builder()
        .put("schemas", ScimArray.of(ScimString.of("urn:ietf:params:scim:schemas:core:2.0:Group")))
        .put("id", ScimString.of("g1")).put("displayName", ScimString.of("Group"))
        .put("members", members(n, from, step)).build();
  }

  private static ScimArray members(int n, int from, int step) {
    ScimArray.Builder out = ScimArray.builder();
    for (int i = from; i < from + n; i += step) {
      out.add(ScimObject.of("value", ScimString.of("m" + i), "display", ScimString.of("Member " + i)));
    }
    return out.build();
  }

  private static ScimArray concat(ScimArray a, ScimArray b) {
    ScimArray.Builder out = ScimArray.builder();
    a.forEach(out::add);
    b.forEach(out::add);
    return out.build();
  }

  private static ScimArray reversed(ScimArray a) {
    ScimArray.Builder out = ScimArray.builder();
    for (int i = a.size() - 1; i >= 0; i--) {
      out.add(a.get(i));
    }
    return out.build();
  }

  private static ScimObject flat(int n, int version) {
    ScimObject.Builder out = ScimObject.builder().put("id", ScimString.of("r1"));
    for (int i = 0; i < n; i++) {
      out.put("a" + i, ScimString.of("v" + version + "-" + i));
    }
    return out.build();
  }

  private static ScimObject tagged(int n, int weight) {
    ScimArray.Builder tags = ScimArray.builder();
    for (int i = 0; i < n; i++) {
      tags.add(ScimObject.of("value", ScimString.of("t" + i), "weight", ScimNumber.of(weight)));
    }
    return ScimObject.of("id", ScimString.of("r1"), "tags", tags.build());
  }
}

package dev.scimpatch.engine;

import static dev.scimpatch.testsupport.Allocations.allocatedBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimpatch.Limits;
import dev.scimpatch.PatchResult;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.internal.json.MiniJson;
import dev.scimpatch.profile.RequestReader;
import dev.scimpatch.resolve.ResolvedRequest;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The cost model, counted (issue 10): for every hostile request shape, made at size n and 4n, the
 * work the engine counts (values looked at, comparisons, index entries, copies; {@link Work}) and
 * the bytes this thread allocates reading, resolving and applying the request grow by at most
 * 4.5 times, under {@code strict}, {@code lenient} and {@code entra}. A quadratic cost grows 16
 * times. No timings: counts only.
 *
 * <p>The shapes are those measured in the issue (each an O(k²) or O(n·k) cost before), and more
 * of the same causes: a value with no indexable {@code value}, many selectors over one attribute,
 * {@code schemas} kept once per extension, objects copied per member, substring search.
 */
class WorkGrowthTest {

  private static final double MAX_GROWTH = 4.5;
  private static final List<String> PROFILES = List.of("strict", "lenient", "entra");

  /** One request on one resource, of one size. */
  record Case(@Nullable ResourceSchema schema, ScimObject resource, String body) {}

  /** A request shape: the case of a given size, under a given profile. */
  record Shape(String name, int size, ShapeMaker maker) {}

  interface ShapeMaker {
    Case make(String profile, int size);
  }

  record Cost(long work, long bytes) {}

  private static List<Shape> shapes() {
    List<Shape> s = new ArrayList<>();
    s.add(new Shape("a: one add of k emails without value (User)", 2_000,
        (p, k) -> new Case(ResourceSchemas.user(), user(), add("emails",
            array(k, i -> "{\"type\":\"work\",\"display\":\"d" + i + "\"}")))));
    s.add(new Shape("b: one add of k emails sharing one value, different display", 2_000,
        (p, k) -> new Case(ResourceSchemas.user(), user(), add("emails",
            array(k, i -> "{\"value\":\"same@example.com\",\"display\":\"d" + i + "\"}")))));
    s.add(new Shape("c: one add of k numbers to a multi-valued attribute (schema-less)", 4_000,
        (p, k) -> new Case(null, schemaless(), add("numbers", array(k, i -> Integer.toString(i))))));
    s.add(new Shape("d: one add of k Group members given by $ref only", 2_000,
        (p, k) -> new Case(ResourceSchemas.group(), group(0), add("members",
            array(k, i -> "{\"$ref\":\"https://example.com/v2/Users/r" + i + "\"}")))));
    s.add(new Shape("e: removes of k members by $ref, group of 10k", 500,
        (p, k) -> new Case(ResourceSchemas.group(), group(10 * k), p.equals("entra")
            ? ops(List.of("{\"op\":\"remove\",\"path\":\"members\",\"value\":"
                + array(k, i -> "{\"$ref\":\"https://example.com/v2/Users/u" + (7 * i) + "\"}") + "}"))
            : ops(list(k, i -> "{\"op\":\"remove\",\"path\":\"members[$ref eq \\\"https://example.com/v2/Users/u"
                + (7 * i) + "\\\"]\"}")))));
    s.add(new Shape("f1: 20 removes members[value ew ...] (no match), group of n", 1_000,
        (p, n) -> new Case(ResourceSchemas.group(), group(n),
            ops(list(20, i -> "{\"op\":\"remove\",\"path\":\"members[value ew \\\"zz" + i + "\\\"]\"}")))));
    s.add(new Shape("f2: k removes members[value ew ...] (no match), group of 1000", 40,
        (p, k) -> new Case(ResourceSchemas.group(), group(1_000),
            ops(list(k, i -> "{\"op\":\"remove\",\"path\":\"members[value ew \\\"zz" + i + "\\\"]\"}")))));
    s.add(new Shape("g: add an email of m chars, then 20 co operations with needles of m/40", 20_000,
        (p, m) -> new Case(ResourceSchemas.user(), user(), ops(longEmailThenCo(m)))));
    s.add(new Shape("h: no-path add whose value holds E extension URNs (schema-less)", 1_000,
        (p, e) -> new Case(null, schemaless(), "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"add\",\"value\":{" + String.join(",",
                list(e, i -> "\"urn:example:ext:x" + i + "\":{\"a\":" + i + "}")) + "}}]}")));
    s.add(new Shape("i: add name with an object of m unknown sub-attributes (User)", 2_000,
        (p, m) -> new Case(ResourceSchemas.user(), user(), add("name",
            "{" + String.join(",", list(m, i -> "\"u" + i + "\":\"x\"")) + "}"))));
    s.add(new Shape("j: a 64-term or filter remove on a group of n", 2_000,
        (p, n) -> new Case(ResourceSchemas.group(), group(n), ops(List.of("{\"op\":\"remove\",\"path\":\"members["
            + String.join(" or ", list(64, i -> "value eq \\\"u" + (i * 13) + "\\\"")) + "]\"}")))));
    s.add(new Shape("k: k adds of one primary email each", 500,
        (p, k) -> new Case(ResourceSchemas.user(), user(), ops(list(k, i -> "{\"op\":\"add\",\"path\":\"emails\","
            + "\"value\":[{\"value\":\"e" + i + "@example.com\",\"primary\":true}]}")))));
    s.add(new Shape("l: k replaces of emails[value eq ...].display, after adding k emails", 500,
        (p, k) -> {
          List<String> ops = new ArrayList<>();
          ops.add("{\"op\":\"add\",\"path\":\"emails\",\"value\":" + array(k, i -> "{\"value\":\"e" + i + "@x.com\"}") + "}");
          ops.addAll(list(k, i -> "{\"op\":\"replace\",\"path\":\"emails[value eq \\\"e" + i
              + "@x.com\\\"].display\",\"value\":\"d" + i + "\"}"));
          return new Case(ResourceSchemas.user(), user(), ops(ops));
        }));
    s.add(new Shape("m: one add of k emails, each with a different unknown sub-attribute", 1_000,
        (p, k) -> new Case(ResourceSchemas.user(), user(), add("emails",
            array(k, i -> "{\"x" + i + "\":\"same\",\"type\":\"work\"}")))));
    s.add(new Shape("n: k replaces of the extension's manager, on an enterprise user", 500,
        (p, k) -> new Case(ResourceSchemas.user(), user(), ops(list(k, i -> "{\"op\":\"replace\",\"path\":"
            + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value\",\"value\":\"m" + i + "\"}")))));
    return s;
  }

  @TestFactory
  Stream<DynamicTest> everyShapeGrowsLinearly() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Shape shape : shapes()) {
      for (String profile : PROFILES) {
        tests.add(DynamicTest.dynamicTest(shape.name() + " under " + profile, () -> checkGrowth(shape, profile)));
      }
    }
    return tests.stream();
  }

  private static void checkGrowth(Shape shape, String profile) {
    Case small = shape.maker().make(profile, shape.size());
    Case large = shape.maker().make(profile, 4 * shape.size());
    // Warm up, so that both are measured with the same code compiled.
    for (int i = 0; i < 3; i++) {
      measure(small, profile);
      measure(large, profile);
    }
    Cost a = measure(small, profile);
    Cost b = measure(large, profile);
    double workGrowth = (double) b.work() / a.work();
    double byteGrowth = (double) b.bytes() / a.bytes();
    assertThat(workGrowth)
        .as("%s under %s: work %d at n, %d at 4n", shape.name(), profile, a.work(), b.work())
        .isLessThanOrEqualTo(MAX_GROWTH)
        .isGreaterThanOrEqualTo(1.5); // the shape does grow: it is measuring something
    assertThat(byteGrowth)
        .as("%s under %s: %d bytes allocated at n, %d at 4n", shape.name(), profile, a.bytes(), b.bytes())
        .isLessThanOrEqualTo(MAX_GROWTH);
  }

  private static Cost measure(Case c, String profile) {
    ResourceType type = ResourceType.of(c.schema(), Profile.named(profile))
        .withLimits(Limits.defaults(), Limits.resourceDefaults());
    ScimNode body = Objects.requireNonNull(MiniJson.parse(c.body()));
    long before = allocatedBytes();
    ResolvedRequest request = RequestReader.of(type).read(body);
    Run run = PatchEngine.of(type).run(c.resource(), request);
    PatchResult result = run.finish();
    long bytes = allocatedBytes() - before;
    assertThat(result.changed()).as("every shape changes the resource, or selects and finds nothing")
        .isIn(true, false);
    return new Cost(run.work().spent(), bytes);
  }

  // ------------------------------------------------------------------ the budget

  @Test
  void workThatNoIndexAnswersIsRefusedPastTheBudget() {
    // f at a size past the budget: k unindexable filters over n members.
    Case c = new Case(ResourceSchemas.group(), group(20_000),
        ops(list(1_000, i -> "{\"op\":\"remove\",\"path\":\"members[value ew \\\"zz" + i + "\\\"]\"}")));
    ResourceType type = ResourceType.of(c.schema(), Profile.strict());
    ScimNode body = Objects.requireNonNull(MiniJson.parse(c.body()));
    ResolvedRequest request = RequestReader.of(type).read(body);
    assertThatThrownBy(() -> PatchEngine.of(type).apply(c.resource(), request))
        .isInstanceOfSatisfying(ScimPatchException.class, e -> {
          assertThat(e.scimType()).isEqualTo(ScimType.TOO_MANY);
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.operationIndex()).as("the operation that passed the budget is named").isBetween(10, 999);
        });
  }

  @Test
  void theBudgetIsALimitAcceptedAtNAndRefusedAtNPlusOne() {
    ScimObject resource = group(100);
    ScimNode body = Objects.requireNonNull(MiniJson.parse(
        ops(List.of("{\"op\":\"remove\",\"path\":\"members[value ew \\\"zz\\\"]\"}"))));
    ResourceType strict = ResourceType.of(ResourceSchemas.group(), Profile.strict());
    ResolvedRequest request = RequestReader.of(strict).read(body);
    long needed = PatchEngine.of(strict).run(resource, request).work().spent();

    ResourceType enough = strict.withLimits(Limits.builder().maxWork(needed).build(), Limits.resourceDefaults());
    assertThat(PatchEngine.of(enough).apply(resource, request).changed()).isFalse();
    ResourceType short1 = strict.withLimits(Limits.builder().maxWork(needed - 1).build(), Limits.resourceDefaults());
    assertThatThrownBy(() -> PatchEngine.of(short1).apply(resource, request))
        .isInstanceOfSatisfying(ScimPatchException.class,
            e -> assertThat(e.scimType()).isEqualTo(ScimType.TOO_MANY));
  }

  @Test
  void theDefaultBudgetServesTheCommonLargeRequests() {
    // 1,000 members removed by 1,000 operations from 100,000, and a 100-term or filter: indexed.
    ScimObject resource = group(100_000);
    ResourceType type = ResourceType.of(ResourceSchemas.group(), Profile.strict())
        .withLimits(Limits.defaults(), Limits.resourceDefaults());
    List<String> ops = new ArrayList<>(list(1_000, i -> "{\"op\":\"remove\",\"path\":\"members[value eq \\\"u"
        + (i * 31) + "\\\"]\"}"));
    ops.add("{\"op\":\"remove\",\"path\":\"members[" + String.join(" or ",
        list(100, i -> "value eq \\\"u" + (i * 37 + 1) + "\\\"")) + "]\"}");
    ResolvedRequest request = RequestReader.of(type).read(Objects.requireNonNull(MiniJson.parse(ops(ops))));
    Run run = PatchEngine.of(type).run(resource, request);
    PatchResult result = run.finish();
    assertThat(result.resource().get("members")).isNotNull();
    assertThat(run.work().spent()).isLessThan(Limits.defaults().maxWork() / 4);
  }

  // ------------------------------------------------------------------ making requests

  private static List<String> longEmailThenCo(int m) {
    int p = m / 40;
    List<String> ops = new ArrayList<>();
    ops.add("{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"" + "a".repeat(m) + "\"}]}");
    for (int i = 0; i < 20; i++) {
      // a needle that a naive search compares almost whole at every position of the value
      ops.add("{\"op\":\"remove\",\"path\":\"emails[value co \\\"" + "a".repeat(p - 1) + "b" + i + "\\\"]\"}");
    }
    return ops;
  }

  private static ScimObject user() {
    return object("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"userName\":\"bjensen\"}");
  }

  private static ScimObject schemaless() {
    return object("{\"schemas\":[\"urn:example:core\"],\"id\":\"1\"}");
  }

  private static ScimObject group(int n) {
    return object("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"id\":\"g\",\"displayName\":\"G\""
        + (n == 0 ? "" : ",\"members\":" + array(n, i -> "{\"value\":\"u" + i
            + "\",\"$ref\":\"https://example.com/v2/Users/u" + i + "\",\"display\":\"User " + i + "\"}"))
        + "}");
  }

  private static ScimObject object(String json) {
    return (ScimObject) Objects.requireNonNull(MiniJson.parse(json));
  }

  private static String add(String path, String value) {
    return ops(List.of("{\"op\":\"add\",\"path\":\"" + path + "\",\"value\":" + value + "}"));
  }

  private static String ops(List<String> operations) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + String.join(",", operations) + "]}";
  }

  private static String array(int n, IntFunction<String> element) {
    return "[" + String.join(",", list(n, element)) + "]";
  }

  private static List<String> list(int n, IntFunction<String> element) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(element.apply(i));
    }
    return out;
  }
}

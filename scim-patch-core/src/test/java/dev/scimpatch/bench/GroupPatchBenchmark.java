package dev.scimpatch.bench;

import dev.scimpatch.PatchResult;
import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.path.Path;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The group workloads of the engine issue, at n = 1,000, 10,000 and 100,000 members: removing
 * 1,000 members by 1,000 filtered operations, and adding 1,000 members by 1,000 operations (and by
 * one). A request must cost O(n + k): the time per tenfold n should grow about tenfold or less,
 * never a hundredfold.
 *
 * <p>Run with {@code ./mvnw -B -Pbench -pl scim-patch-core test-compile exec:exec
 * -Dbench.args=GroupPatchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GroupPatchBenchmark {

  /** Members in the group. */
  @Param({"1000", "10000", "100000"})
  public int n;

  /** Members removed or added per request. */
  private static final int K = 1000;

  private final PatchEngine engine = PatchEngine.of(ResourceSchemas.group());
  private ScimObject group;
  private PatchRequest removeByFilter;
  private PatchRequest addOneByOne;
  private PatchRequest addInOneOperation;

  @Setup
  public void setUp() {
    ScimArray.Builder members = ScimArray.builder();
    for (int i = 0; i < n; i++) {
      members.add(member("user-" + i));
    }
    group = ScimObject.builder()
        .put("schemas", ScimArray.of(ScimString.of("urn:ietf:params:scim:schemas:core:2.0:Group")))
        .put("id", ScimString.of("g1"))
        .put("displayName", ScimString.of("Everyone"))
        .put("members", members.build())
        .build();

    List<PatchOperation> removes = new ArrayList<>();
    int step = n / K;
    for (int j = 0; j < K; j++) {
      removes.add(new PatchOperation.Remove(Path.parse("members[value eq \"user-" + (j * step) + "\"]")));
    }
    removeByFilter = new PatchRequest(removes);

    List<PatchOperation> adds = new ArrayList<>();
    ScimArray.Builder newMembers = ScimArray.builder();
    for (int j = 0; j < K; j++) {
      adds.add(PatchOperation.add("members", ScimArray.of(member("new-" + j))));
      newMembers.add(member("new-" + j));
    }
    addOneByOne = new PatchRequest(adds);
    addInOneOperation = PatchRequest.of(PatchOperation.add("members", newMembers.build()));

    // Fail the run at once if a workload does not do what it says.
    check(engine.apply(group, removeByFilter), n - K);
    check(engine.apply(group, addOneByOne), n + K);
    check(engine.apply(group, addInOneOperation), n + K);
  }

  private static ScimObject member(String id) {
    return ScimObject.builder()
        .put("value", ScimString.of(id))
        .put("$ref", ScimString.of("https://example.com/v2/Users/" + id))
        .put("type", ScimString.of("User"))
        .build();
  }

  private static void check(PatchResult result, int members) {
    int size = result.resource().get("members") instanceof ScimArray a ? a.size() : 0;
    if (!result.changed() || size != members) {
      throw new IllegalStateException("expected " + members + " members, got " + size);
    }
  }

  /** 1,000 operations {@code remove members[value eq "..."]}. */
  @Benchmark
  public PatchResult removeThousandByFilter() {
    return engine.apply(group, removeByFilter);
  }

  /** 1,000 operations {@code add members [one member]}. */
  @Benchmark
  public PatchResult addThousandOneByOne() {
    return engine.apply(group, addOneByOne);
  }

  /** One operation {@code add members [1,000 members]}. */
  @Benchmark
  public PatchResult addThousandInOneOperation() {
    return engine.apply(group, addInOneOperation);
  }
}

package dev.scimpatch.jackson.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.Profile;
import dev.scimpatch.codec.TreePatcher;
import dev.scimpatch.schema.ResourceSchemas;
import java.io.IOException;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Group membership from JSON bytes to JSON bytes, against the floor (Jackson 2 alone reading the
 * stored group and the request and writing the group back), on groups of n members
 * ({@code value} a UUID, {@code $ref}, {@code display}; about 150 bytes each), strict profile,
 * Group schema:
 * <ul>
 *   <li>{@code add}: one operation {@code add members} with 1,000 new members;</li>
 *   <li>{@code remove}: 1,000 operations {@code remove members[value eq "<uuid>"]}, members spread
 *       over the whole group.</li>
 * </ul>
 * {@link BenchMain} reports ours / floor for each workload and n.
 *
 * <p>The Jackson 3 adapter's benchmark of the same name ({@code dev.scimpatch.jackson3.bench})
 * extends this class and gives Jackson 3's {@link #line}: the same groups, requests, parameters,
 * settings and checks (the setup checks what {@link #ours} returns).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class GroupMembersBenchmark {

  /** Members added or removed per request. */
  static final int K = 1000;

  /** {@code add}: 1,000 members in one operation; {@code remove}: 1,000 filtered removes. */
  @Param({"add", "remove"})
  public String workload;

  /** Members of the stored group. */
  @Param({"1000", "10000", "100000"})
  public int n;

  private JacksonLine line;
  private TreePatcher<?, ?, ?> patch;
  private byte[] resource;
  private byte[] request;

  /** {@return the Jackson line measured: {@link JacksonLine#JACKSON_2}} */
  protected JacksonLine line() {
    return JacksonLine.JACKSON_2;
  }

  /** Makes the facade and the documents, and checks that {@link #ours} does what the patch says. */
  @Setup
  public void setUp() {
    line = line();
    // Stored groups of 10,000 members and more are over 1 MiB: the facades read stored resources
    // with Limits.resourceDefaults() (64 MiB), as BenchData.largeResourceFacade says.
    patch = line.facades().facade(ResourceSchemas.group(), Profile.strict());
    resource = BenchData.group(n);
    request = switch (workload) {
      case "add" -> addRequest();
      case "remove" -> removeRequest(n);
      default -> throw new IllegalArgumentException("workload: " + workload);
    };
    JsonNode out = BenchData.read(ours());
    int expected = workload.equals("add") ? n + K : n - K;
    BenchData.check(out.path("members").size() == expected,
        workload + " n=" + n + ": expected " + expected + " members, got " + out.path("members").size());
  }

  /** One {@code add members} of {@link #K} new members. */
  static byte[] addRequest() {
    ArrayNode value = BenchData.array();
    for (int j = 0; j < K; j++) {
      value.add(BenchData.member(BenchData.userId("new", j), j));
    }
    return BenchData.request(List.of(BenchData.op("add", "members", value)));
  }

  /** {@link #K} operations {@code remove members[value eq "..."]}, one every n / K members. */
  static byte[] removeRequest(int n) {
    List<ObjectNode> ops = new ArrayList<>();
    int step = n / K;
    for (int j = 0; j < K; j++) {
      ops.add(BenchData.op("remove", "members[value eq \"" + BenchData.memberId(j * step) + "\"]", null));
    }
    return BenchData.request(ops);
  }

  /** The adapter's {@code ScimPatch.apply(byte[], byte[])}: read, apply, write. */
  @Benchmark
  public byte[] ours() {
    return patch.apply(resource, request);
  }

  /** Jackson alone ({@link JacksonLine#floor}): read the group and the request, write the group. */
  @Benchmark
  public byte[] floor(Blackhole bh) throws IOException {
    return line.floor(resource, request, bh);
  }
}

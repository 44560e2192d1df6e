package dev.scimpatch.bench;

import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
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
 * Peer comparison for {@link PathParseBenchmark}: the UnboundID SCIM 2 SDK's
 * {@code Path.fromString} over the same eight paths, with the same JMH settings.
 *
 * <p>This source directory (src/bench/java) and the SDK are on the test class path only in the
 * {@code bench} profile; the default build neither compiles this class nor resolves the SDK.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UnboundIdPathParseBenchmark {

  /** A key of {@link BenchPaths#PATHS}. */
  @Param({"1_attr", "2_sub", "3_filter", "4_and_sub", "5_uuid", "6_ext_urn", "7_core_urn", "8_nested"})
  public String path;

  private String input;

  @Setup
  public void setUp() throws BadRequestException {
    input = BenchPaths.path(path);
    // Fail the run at once, not in the measurement loop, if a path does not parse.
    Path.fromString(input);
  }

  /** {@code com.unboundid.scim2.common.Path.fromString(String)}. */
  @Benchmark
  public Path unboundId() throws BadRequestException {
    return Path.fromString(input);
  }
}

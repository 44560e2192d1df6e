package dev.scimpatch.jackson.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The benchmark JVM's CPU time per operation, all its threads (the benchmark's, the garbage
 * collector's, the JIT's), as the secondary result {@code cpu.time.norm} in µs/op: on a shared
 * machine, other processes stretch the wall-clock time of an iteration but not, or much less, the
 * CPU time it uses. Use with {@code -prof dev.scimpatch.jackson.bench.CpuTimeProfiler}; {@link
 * BenchMain} reports its ratios beside the wall-clock ones.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  /** The secondary result's name. */
  static final String LABEL = "cpu.time.norm";

  private long start;

  /** Creates the profiler; JMH calls this. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "CPU time of the benchmark JVM (all threads) per operation, µs/op";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = cpuNanos();
  }

  @Override
  @SuppressWarnings("rawtypes") // the interface's signature
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    long cpu = cpuNanos() - start;
    long ops = result.getMetadata().getMeasuredOps();
    if (ops <= 0 || start < 0 || cpu < 0) {
      return List.of();
    }
    return List.of(new ScalarResult(LABEL, cpu / 1_000.0 / ops, "us/op", AggregationPolicy.AVG));
  }

  /** The process's CPU time so far (on Linux in clock ticks, 10 ms: 1% of a 1 s iteration), or -1. */
  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }
}

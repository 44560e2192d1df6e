package dev.scimpatch.bench;

import dev.scimpatch.path.Path;
import dev.scimpatch.path.PathParser;
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
 * Parsing a PATCH path: {@link Path#parse} (no known schema URNs) and a {@link PathParser} that
 * knows the two User schema URNs, over the eight paths of {@link BenchPaths}.
 *
 * <p>Run with {@code ./mvnw -B -Pbench -pl scim-patch-core test-compile exec:exec}; JMH options
 * go in {@code -Dbench.args=...}. The annotations are short defaults for a small machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PathParseBenchmark {

  /** A key of {@link BenchPaths#PATHS}. */
  @Param({"1_attr", "2_sub", "3_filter", "4_and_sub", "5_uuid", "6_ext_urn", "7_core_urn", "8_nested"})
  public String path;

  private String input;
  private PathParser knownUrns;

  @Setup
  public void setUp() {
    input = BenchPaths.path(path);
    knownUrns = PathParser.builder().schemaUrns(BenchPaths.USER_URNS).build();
    // Fail the run at once, not in the measurement loop, if a path does not parse.
    Path.parse(input);
    knownUrns.parse(input);
  }

  /** {@link Path#parse}: the default parser, no known schema URNs. */
  @Benchmark
  public Path defaultParser() {
    return Path.parse(input);
  }

  /** A parser built with the core and enterprise User schema URNs. */
  @Benchmark
  public Path knownUrns() {
    return knownUrns.parse(input);
  }
}

package dev.scimpatch.jackson.bench;

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
 * The hostile shapes of {@link HostileShapes}, ours only, from JSON bytes to JSON bytes (reading
 * counts), each at its base size ({@code scale = 1}) and four times it ({@code scale = 4}).
 * {@link BenchMain} reports the growth, time at 4 / time at 1: about 4 when the cost is linear,
 * 16 when quadratic. A request the library refuses ({@code ScimPatchException}) is measured as
 * well: refusing must be cheap; the report says which were refused and why.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class HostileShapesBenchmark {

  /** The shape, a key of {@link HostileShapes#KEYS}. */
  @Param({"a_emailsNoValue", "b_emailsSameValue", "c_schemalessNumbers", "d_membersRefOnly", "e_entraRemoveRefs",
      "f_removeEwNoMatch", "g_longValueCo", "h_extensionUrns", "i_nameUnknownSubs", "j_or64Remove"})
  public String shape;

  /** The size, in base sizes: 1 or 4. */
  @Param({"1", "4"})
  public int scale;

  private HostileShapes.Case c;

  /** Makes the documents and prints what the library does with them. */
  @Setup
  public void setUp() {
    c = HostileShapes.of(shape, scale);
    String outcome = BenchMain.outcome(c.apply());
    System.out.println("# " + shape + " x" + scale + ": " + c.what() + " -> " + outcome);
    BenchMain.saveOutcome(shape, scale, outcome);
  }

  /**
   * {@code ScimPatch.apply(byte[], byte[])}: the patched resource, or the refusal.
   *
   * @return the bytes or the {@code ScimPatchException}
   */
  @Benchmark
  public Object ours() {
    return c.apply();
  }
}

package dev.scimpatch.jackson3.bench;

import static dev.scimpatch.jackson.bench.BenchMain.allocation;
import static dev.scimpatch.jackson.bench.BenchMain.cpuTime;
import static dev.scimpatch.jackson.bench.BenchMain.print;
import static dev.scimpatch.jackson.bench.BenchMain.ratio;
import static dev.scimpatch.jackson.bench.BenchMain.rows;
import static dev.scimpatch.jackson.bench.BenchMain.time;
import static dev.scimpatch.jackson.bench.BenchMain.workload;

import dev.scimpatch.jackson.bench.BenchMain.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Runs the Jackson 3 adapter's benchmarks and the Jackson 2 adapter's on the same workloads in one
 * JMH run, and prints for each workload, for time and for allocation (B/op, with {@code -prof gc}):
 * Jackson 3 adapter / Jackson 3 floor, Jackson 2 adapter / Jackson 2 floor, Jackson 3 adapter /
 * Jackson 2 adapter, and Jackson 3 floor / Jackson 2 floor (what the two Jacksons alone differ by);
 * with {@code -prof cpu}, for the benchmark JVM's CPU time as well, which other load on a shared
 * machine stretches less than the wall-clock time. The report is also written to
 * {@code target/bench-report.md}.
 *
 * <ul>
 *   <li>{@code BenchMain [JMH options] [regexps]}: run, then report; without a regexp, {@link
 *       EntraPatchBenchmark} and {@link GroupMembersBenchmark} of both adapters;</li>
 *   <li>{@code BenchMain --report RESULT.json}: the report of a saved run
 *       ({@code -rf json -rff RESULT.json}).</li>
 * </ul>
 *
 * <p>Running and reading results is the Jackson 2 adapter's {@link dev.scimpatch.jackson.bench.BenchMain}
 * ({@code -prof cpu} works here too).
 */
public final class BenchMain {

  private static final String TWO = dev.scimpatch.jackson.bench.BenchMain.class.getPackageName();
  private static final String THREE = BenchMain.class.getPackageName();
  /** Both adapters' workloads: dev.scimpatch.jackson.bench and dev.scimpatch.jackson3.bench. */
  private static final String BOTH = "^dev\\.scimpatch\\.jackson3?\\.bench\\.(EntraPatchBenchmark|GroupMembersBenchmark)\\.";

  /** The columns of a workload: each adapter and each floor. */
  private static final int J2 = 0;
  private static final int J2_FLOOR = 1;
  private static final int J3 = 2;
  private static final int J3_FLOOR = 3;

  private BenchMain() {}

  /**
   * Runs JMH and prints the ratios.
   *
   * @param args JMH's command line, or {@code --report FILE}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    List<Row> rows = rows(args, BOTH);
    if (rows != null) {
      print(report(rows));
    }
  }

  static String report(List<Row> rows) {
    Map<String, @Nullable Row[]> workloads = new LinkedHashMap<>();
    for (Row r : rows) {
      int column = column(r);
      if (column >= 0) {
        workloads.computeIfAbsent(r.className() + " " + r.params(), k -> new Row[4])[column] = r;
      }
    }
    StringBuilder out = new StringBuilder();
    if (workloads.isEmpty()) {
      return out.append("No result of either adapter's EntraPatchBenchmark or GroupMembersBenchmark.\n").toString();
    }
    out.append("### Jackson 3 adapter beside the Jackson 2 adapter, one JMH run\n\n")
        .append("Floors: each Jackson alone reading the resource and the request into its tree and writing the resource")
        .append(" back (Jackson 2: `ObjectMapper`; Jackson 3: `JsonMapper`; both as they come). ")
        .append("Jackson ").append(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION)
        .append(", Jackson ").append(tools.jackson.databind.cfg.PackageVersion.VERSION)
        .append(", JDK ").append(Runtime.version()).append(" (this JVM's).\n\n");
    table(out, "Time, µs/op", workloads, r -> time(r), Row::score, Row::error);
    if (rows.stream().anyMatch(r -> !Double.isNaN(r.alloc()))) {
      table(out, "Allocation, B/op (-prof gc)", workloads, r -> allocation(r), Row::alloc, Row::allocError);
    } else {
      out.append("(No allocation figures: run with -prof gc.)\n\n");
    }
    if (rows.stream().anyMatch(r -> !Double.isNaN(r.cpu()))) {
      table(out, "CPU time of the benchmark JVM, all threads, µs/op (-prof cpu)", workloads, r -> cpuTime(r), Row::cpu,
          Row::cpuError);
    }
    out.append("Errors are JMH's 99.9% confidence half-widths; a ratio's error is propagated from both.\n");
    return out.toString();
  }

  /** {@return the column of a row, or -1 if it is neither adapter's {@code ours} or {@code floor}} */
  private static int column(Row r) {
    boolean ours = r.method().equals("ours");
    if (!ours && !r.method().equals("floor")) {
      return -1;
    }
    if (r.packageName().equals(TWO)) {
      return ours ? J2 : J2_FLOOR;
    }
    if (r.packageName().equals(THREE)) {
      return ours ? J3 : J3_FLOOR;
    }
    return -1;
  }

  private static void table(StringBuilder out, String title, Map<String, @Nullable Row[]> workloads,
      Function<Row, String> value, ToDoubleFunction<Row> score, ToDoubleFunction<Row> error) {
    out.append("#### ").append(title).append("\n\n")
        .append("| workload | J2 adapter | J2 floor | J3 adapter | J3 floor")
        .append(" | **J3 adapter / J3 floor** | **J2 adapter / J2 floor** | **J3 adapter / J2 adapter** | J3 floor / J2 floor |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (@Nullable Row[] w : workloads.values()) {
      Row any = first(w);
      out.append("| ").append(workload(any));
      for (Row r : w) {
        out.append(" | ").append(r == null ? "-" : value.apply(r));
      }
      out.append(" | ").append(ratioOf(w[J3], w[J3_FLOOR], score, error))
          .append(" | ").append(ratioOf(w[J2], w[J2_FLOOR], score, error))
          .append(" | ").append(ratioOf(w[J3], w[J2], score, error))
          .append(" | ").append(ratioOf(w[J3_FLOOR], w[J2_FLOOR], score, error))
          .append(" |\n");
    }
    out.append('\n');
  }

  private static Row first(@Nullable Row[] w) {
    for (Row r : w) {
      if (r != null) {
        return r;
      }
    }
    throw new IllegalArgumentException("an empty workload");
  }

  /** {@return a / b in one measure, with its error; {@code -} if either is missing} */
  private static String ratioOf(@Nullable Row a, @Nullable Row b, ToDoubleFunction<Row> score,
      ToDoubleFunction<Row> error) {
    if (a == null || b == null || Double.isNaN(score.applyAsDouble(a)) || Double.isNaN(score.applyAsDouble(b))) {
      return "-";
    }
    return ratio(score.applyAsDouble(a), error.applyAsDouble(a), score.applyAsDouble(b), error.applyAsDouble(b));
  }
}

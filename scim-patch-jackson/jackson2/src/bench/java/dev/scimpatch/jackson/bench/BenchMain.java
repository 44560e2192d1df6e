package dev.scimpatch.jackson.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimpatch.ScimPatchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks as {@code org.openjdk.jmh.Main} does, with the same options, and then prints
 * the ratios: ours / floor for {@link EntraPatchBenchmark} and {@link GroupMembersBenchmark}, and
 * for {@link HostileShapesBenchmark} the growth from the base size to four times it, with what the
 * library does with each shape (as the benchmark's setup saw it, saved in
 * {@code target/bench-outcomes}). Run with {@code -prof gc} for the allocation columns. The report
 * is also written to {@code target/bench-report.md}. {@code -prof cpu} stands for {@code -prof}
 * {@link CpuTimeProfiler}, the JVM's CPU time per operation, for the CPU columns. Without a benchmark regexp, every benchmark of
 * this package runs (not the core's, whose list is on the class path too).
 *
 * <ul>
 *   <li>{@code BenchMain [JMH options] [regexps]}: run, then report;</li>
 *   <li>{@code BenchMain --report RESULT.json}: the report of a saved run
 *       ({@code -rf json -rff RESULT.json});</li>
 *   <li>{@code BenchMain --outcomes}: what the library does with each hostile shape and how long
 *       one call takes, without JMH (a quick look, not a measurement).</li>
 * </ul>
 *
 * <p>The Jackson 3 adapter's {@code dev.scimpatch.jackson3.bench.BenchMain} runs and reads results
 * with {@link #rows} and prints its report with the formatting here.
 */
public final class BenchMain {

  private static final String PACKAGE = BenchMain.class.getPackageName();
  private static final String ALLOC = "gc.alloc.rate.norm";

  /** The targets of the issue, ours / floor in time. */
  private static final Map<String, Double> TIME_TARGETS = Map.of(
      "EntraPatchBenchmark", 1.3, "add", 1.5, "remove", 3.0);
  private static final double ALLOC_TARGET = 1.5;

  private BenchMain() {}

  /**
   * Runs JMH and prints the ratios.
   *
   * @param args JMH's command line, or {@code --report FILE}, or {@code --outcomes}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--outcomes")) {
      outcomes();
      return;
    }
    // JMH lists every BenchmarkList on the class path, the core's too (its test classes): without a
    // regexp, run this package's benchmarks only.
    List<Row> rows = rows(args, "^" + PACKAGE.replace(".", "\\.") + "\\.");
    if (rows != null) {
      print(report(rows, true));
    }
  }

  /**
   * The results of a saved run, {@code --report RESULT.json} (JMH's {@code -rf json -rff
   * RESULT.json}), or of a JMH run with this command line, as {@code org.openjdk.jmh.Main} takes it
   * ({@code -prof cpu} standing for {@link CpuTimeProfiler}).
   *
   * @param args {@code --report FILE}, or JMH's command line
   * @param defaultInclude the benchmark regexp when the command line gives none
   * @return one row a benchmark and parameter set, or {@code null} when JMH was only asked for its
   *     help or a list
   * @throws Exception if JMH fails or the file cannot be read
   */
  public static @Nullable List<Row> rows(String[] args, String defaultInclude) throws Exception {
    if (args.length == 2 && args[0].equals("--report")) {
      return fromJson(BenchData.MAPPER.readTree(Path.of(args[1]).toFile()));
    }
    String[] jmhArgs = args.clone();
    for (int i = 1; i < jmhArgs.length; i++) {
      if (jmhArgs[i - 1].equals("-prof") && jmhArgs[i].equals("cpu")) {
        jmhArgs[i] = CpuTimeProfiler.class.getName();
      }
    }
    CommandLineOptions options = new CommandLineOptions(jmhArgs);
    if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
        || options.shouldListProfilers() || options.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(jmhArgs);
      return null;
    }
    Options run = options.getIncludes().isEmpty()
        ? new OptionsBuilder().parent(options).include(defaultInclude).build()
        : options;
    return fromRunResults(new Runner(run).run());
  }

  /**
   * Prints a report and writes it to {@code target/bench-report.md} (when {@code target} exists).
   *
   * @param report the report, Markdown
   * @throws IOException if it cannot be written
   */
  public static void print(String report) throws IOException {
    System.out.println();
    System.out.println(report);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("bench-report.md"), report, StandardCharsets.UTF_8);
      System.out.println("(also in " + target.resolve("bench-report.md").toAbsolutePath() + ")");
    }
  }

  // ------------------------------------------------------------------ results

  /**
   * One benchmark's result.
   *
   * @param benchmark the benchmark as JMH names it, {@code dev.scimpatch.jackson.bench.GroupMembersBenchmark.ours}
   * @param params the parameters, by name
   * @param score the average time
   * @param error the half-width of JMH's 99.9% confidence interval, NaN if unknown
   * @param unit the unit of the time
   * @param best the best (lowest) iteration's average time: on a shared machine, the least disturbed
   * @param alloc bytes allocated per operation, NaN without {@code -prof gc}
   * @param allocError its error
   * @param cpu CPU time per operation, NaN without {@link CpuTimeProfiler}
   * @param cpuError its error
   */
  public record Row(String benchmark, Map<String, String> params, double score, double error, String unit,
      double best, double alloc, double allocError, double cpu, double cpuError) {

    /** {@return the benchmark's package, {@code dev.scimpatch.jackson.bench}} */
    public String packageName() {
      String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
      return type.substring(0, Math.max(0, type.lastIndexOf('.')));
    }

    /** {@return the benchmark's simple class name, {@code GroupMembersBenchmark}} */
    public String className() {
      String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
      return type.substring(type.lastIndexOf('.') + 1);
    }

    /** {@return the benchmark method, {@code ours}} */
    public String method() {
      return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }
  }

  private static List<Row> fromRunResults(Collection<RunResult> results) {
    List<Row> rows = new ArrayList<>();
    for (RunResult r : results) {
      Map<String, String> params = new TreeMap<>();
      for (Object key : r.getParams().getParamsKeys()) {
        params.put(key.toString(), r.getParams().getParam(key.toString()));
      }
      Result<?> primary = r.getPrimaryResult();
      Result<?> alloc = secondary(r, ALLOC);
      Result<?> cpu = secondary(r, CpuTimeProfiler.LABEL);
      rows.add(new Row(r.getParams().getBenchmark(), params, primary.getScore(), primary.getScoreError(),
          primary.getScoreUnit(), primary.getStatistics().getMin(), alloc == null ? Double.NaN : alloc.getScore(),
          alloc == null ? Double.NaN : alloc.getScoreError(), cpu == null ? Double.NaN : cpu.getScore(),
          cpu == null ? Double.NaN : cpu.getScoreError()));
    }
    return rows;
  }

  private static @Nullable Result<?> secondary(RunResult r, String label) {
    Map<String, ?> secondaries = r.getSecondaryResults();
    for (Map.Entry<String, ?> e : secondaries.entrySet()) {
      if (e.getKey().endsWith(label) && e.getValue() instanceof Result<?> result) {
        return result;
      }
    }
    return null;
  }

  private static List<Row> fromJson(JsonNode results) {
    List<Row> rows = new ArrayList<>();
    for (JsonNode r : results) {
      Map<String, String> params = new TreeMap<>();
      r.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
      JsonNode primary = r.path("primaryMetric");
      JsonNode alloc = null;
      JsonNode cpu = null;
      for (var e : r.path("secondaryMetrics").properties()) {
        if (e.getKey().endsWith(ALLOC)) {
          alloc = e.getValue();
        } else if (e.getKey().endsWith(CpuTimeProfiler.LABEL)) {
          cpu = e.getValue();
        }
      }
      rows.add(new Row(r.path("benchmark").asText(), params, number(primary.path("score")),
          number(primary.path("scoreError")), primary.path("scoreUnit").asText(), min(primary.path("rawData")),
          alloc == null ? Double.NaN : number(alloc.path("score")),
          alloc == null ? Double.NaN : number(alloc.path("scoreError")),
          cpu == null ? Double.NaN : number(cpu.path("score")), cpu == null ? Double.NaN : number(cpu.path("scoreError"))));
    }
    return rows;
  }

  private static double min(JsonNode rawData) {
    double min = Double.NaN;
    for (JsonNode fork : rawData) {
      for (JsonNode iteration : fork) {
        min = Double.isNaN(min) ? iteration.doubleValue() : Math.min(min, iteration.doubleValue());
      }
    }
    return min;
  }

  private static double number(JsonNode n) {
    return n.isNumber() ? n.doubleValue() : Double.NaN;
  }

  // ------------------------------------------------------------------ report

  static String report(List<Row> rows, boolean withOutcomes) {
    StringBuilder out = new StringBuilder();
    Map<String, Row[]> pairs = new LinkedHashMap<>();
    Map<String, Row[]> growth = new LinkedHashMap<>();
    for (Row r : rows) {
      if (!r.packageName().equals(PACKAGE)) {
        continue; // another adapter's benchmark of a run that had both (dev.scimpatch.jackson3.bench)
      }
      if (r.className().equals("HostileShapesBenchmark")) {
        Row[] p = growth.computeIfAbsent(r.params().get("shape"), k -> new Row[2]);
        p["1".equals(r.params().get("scale")) ? 0 : 1] = r;
      } else if (r.method().equals("ours") || r.method().equals("floor")) {
        Row[] p = pairs.computeIfAbsent(r.className() + " " + r.params(), k -> new Row[2]);
        p[r.method().equals("ours") ? 0 : 1] = r;
      }
    }
    if (!pairs.isEmpty()) {
      out.append("### ours / floor (floor: Jackson 2 readTree of resource and request, writeValueAsBytes of the resource)\n\n")
          .append("| workload | ours µs/op | floor µs/op | time ours/floor | best iterations | CPU ours/floor | target")
          .append(" | ours B/op | floor B/op | alloc ours/floor |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Row[] p : pairs.values()) {
        Row ours = p[0];
        Row floor = p[1];
        Row any = ours != null ? ours : floor;
        String workload = workload(any);
        Double target = TIME_TARGETS.get(any.className().equals("EntraPatchBenchmark")
            ? "EntraPatchBenchmark" : any.params().getOrDefault("workload", ""));
        out.append("| ").append(workload)
            .append(" | ").append(ours == null ? "-" : time(ours))
            .append(" | ").append(floor == null ? "-" : time(floor))
            .append(" | ").append(ours == null || floor == null ? "-" : ratio(ours.score(), ours.error(), floor.score(), floor.error()))
            .append(" | ").append(ours == null || floor == null ? "-" : ratio(ours.best(), Double.NaN, floor.best(), Double.NaN))
            .append(" | ").append(ours == null || floor == null || Double.isNaN(ours.cpu()) ? "-"
                : ratio(ours.cpu(), ours.cpuError(), floor.cpu(), floor.cpuError()))
            .append(" | ").append(target == null ? "-" : "≤ " + target)
            .append(" | ").append(ours == null ? "-" : bytes(ours))
            .append(" | ").append(floor == null ? "-" : bytes(floor))
            .append(" | ").append(ours == null || floor == null || Double.isNaN(ours.alloc()) ? "-"
                : ratio(ours.alloc(), ours.allocError(), floor.alloc(), floor.allocError()) + " (≤ " + ALLOC_TARGET + ")")
            .append(" |\n");
      }
      out.append("\nErrors are JMH's 99.9% confidence half-widths; a ratio's error is propagated from both. ")
          .append("Best iterations: the ratio of each side's fastest measurement iteration, less disturbed by other load. ")
          .append("CPU: the benchmark JVM's CPU time per operation, all threads (-prof cpu).\n\n");
    }
    if (!growth.isEmpty()) {
      out.append("### Hostile shapes (ours only): growth from n to 4n (≈4 linear, ≈16 quadratic)\n\n")
          .append("| shape | n | µs/op at n | µs/op at 4n | growth | best iterations | CPU growth | B/op at n | B/op at 4n")
          .append(" | alloc growth |").append(withOutcomes ? " outcome at n / 4n |\n" : "\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|").append(withOutcomes ? "---|\n" : "\n");
      for (Map.Entry<String, Row[]> e : growth.entrySet()) {
        Row n1 = e.getValue()[0];
        Row n4 = e.getValue()[1];
        String shape = e.getKey();
        out.append("| ").append(shape)
            .append(" | ").append(sizeOf(shape))
            .append(" | ").append(n1 == null ? "-" : time(n1))
            .append(" | ").append(n4 == null ? "-" : time(n4))
            .append(" | ").append(n1 == null || n4 == null ? "-" : ratio(n4.score(), n4.error(), n1.score(), n1.error()))
            .append(" | ").append(n1 == null || n4 == null ? "-" : ratio(n4.best(), Double.NaN, n1.best(), Double.NaN))
            .append(" | ").append(n1 == null || n4 == null || Double.isNaN(n1.cpu()) ? "-"
                : ratio(n4.cpu(), n4.cpuError(), n1.cpu(), n1.cpuError()))
            .append(" | ").append(n1 == null ? "-" : bytes(n1))
            .append(" | ").append(n4 == null ? "-" : bytes(n4))
            .append(" | ").append(n1 == null || n4 == null || Double.isNaN(n1.alloc()) ? "-"
                : ratio(n4.alloc(), n4.allocError(), n1.alloc(), n1.allocError()))
            .append(" |");
        if (withOutcomes) {
          out.append(' ').append(savedOutcome(shape, 1)).append(" / ").append(savedOutcome(shape, 4)).append(" |");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String sizeOf(String shape) {
    try {
      return String.format(Locale.ROOT, "%,d", HostileShapes.baseSize(shape));
    } catch (IllegalArgumentException e) {
      return "?";
    }
  }

  /**
   * {@return what a row of {@link EntraPatchBenchmark} or {@link GroupMembersBenchmark} measures, in
   * words}
   *
   * @param r the row
   */
  public static String workload(Row r) {
    if (r.className().equals("EntraPatchBenchmark")) {
      return "Entra user patch (6 ops)";
    }
    if (r.className().equals("GroupMembersBenchmark")) {
      String n = String.format(Locale.ROOT, "%,d", Integer.parseInt(r.params().getOrDefault("n", "0")));
      return switch (r.params().getOrDefault("workload", "")) {
        case "add" -> "add 1,000 members, 1 op, n = " + n;
        case "remove" -> "remove 1,000 members, 1,000 ops, n = " + n;
        default -> r.className() + " " + r.params();
      };
    }
    return r.className() + " " + r.params();
  }

  /**
   * {@return the average time, with its error}
   *
   * @param r the row
   */
  public static String time(Row r) {
    return fmt(r.score()) + " ± " + fmt(r.error());
  }

  /**
   * {@return the CPU time per operation, with its error; {@code -} without {@code -prof cpu}}
   *
   * @param r the row
   */
  public static String cpuTime(Row r) {
    return Double.isNaN(r.cpu()) ? "-" : fmt(r.cpu()) + " ± " + fmt(r.cpuError());
  }

  /**
   * {@return the bytes allocated per operation, with their error; {@code -} without {@code -prof gc}}
   *
   * @param r the row
   */
  public static String allocation(Row r) {
    return Double.isNaN(r.alloc()) ? "-" : String.format(Locale.ROOT, "%,.0f ± %s", r.alloc(),
        Double.isNaN(r.allocError()) ? "?" : String.format(Locale.ROOT, "%,.0f", r.allocError()));
  }

  private static String bytes(Row r) {
    return Double.isNaN(r.alloc()) ? "-" : String.format(Locale.ROOT, "%,.0f", r.alloc());
  }

  /**
   * {@return a / b, with its error propagated from both (relative errors added in quadrature)}
   *
   * @param a the numerator
   * @param ea its error, NaN if unknown (the ratio is then printed alone)
   * @param b the denominator
   * @param eb its error
   */
  public static String ratio(double a, double ea, double b, double eb) {
    double q = a / b;
    double rel = Math.sqrt(sq(ea / a) + sq(eb / b));
    return Double.isNaN(rel) ? String.format(Locale.ROOT, "%.2f", q)
        : String.format(Locale.ROOT, "%.2f ± %.2f", q, q * rel);
  }

  private static double sq(double x) {
    return x * x;
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "?";
    }
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  // ------------------------------------------------------------------ outcomes

  /**
   * {@return what a call gave, in a few words}
   *
   * @param result the bytes, or the {@code ScimPatchException}
   */
  static String outcome(Object result) {
    if (result instanceof ScimPatchException e) {
      String reason = e.reason();
      return "refused " + e.status() + (e.scimType() == null ? "" : " " + e.scimType().toString())
          + ": " + (reason.length() > 90 ? reason.substring(0, 90) + "..." : reason);
    }
    return "applied, " + ((byte[]) result).length + " bytes out";
  }

  private static final Path OUTCOMES = Path.of("target", "bench-outcomes");

  /**
   * Saves what the library did with a hostile shape, in the benchmark's own JVM, for the report.
   *
   * @param shape the shape
   * @param scale its scale
   * @param outcome what {@link #outcome} says
   */
  static void saveOutcome(String shape, int scale, String outcome) {
    if (Files.isDirectory(OUTCOMES.getParent())) {
      try {
        Files.createDirectories(OUTCOMES);
        Files.writeString(OUTCOMES.resolve(shape + "-x" + scale + ".txt"), outcome, StandardCharsets.UTF_8);
      } catch (IOException e) {
        System.err.println("cannot save the outcome: " + e);
      }
    }
  }

  private static String savedOutcome(String shape, int scale) {
    Path file = OUTCOMES.resolve(shape + "-x" + scale + ".txt");
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).replace("|", "\\|") : "?";
    } catch (IOException e) {
      return "?";
    }
  }

  private static void outcomes() {
    for (String key : HostileShapes.KEYS) {
      for (int scale : new int[] {1, 4}) {
        HostileShapes.Case c = HostileShapes.of(key, scale);
        for (int i = 0; i < 3; i++) {
          c.apply();
        }
        long t0 = System.nanoTime();
        Object result = c.apply();
        long micros = (System.nanoTime() - t0) / 1000;
        System.out.printf(Locale.ROOT, "%s x%d (%s; request %,d bytes, resource %,d bytes)%n  measured facade: %,d µs, %s%n"
                + "  every default:   %s%n",
            key, scale, c.what(), c.request().length, c.resource().length, micros, outcome(result),
            outcome(c.apply(c.defaults())));
      }
    }
    System.out.println("(each time is one call after three warm-up calls: a quick look, not a measurement)");
  }
}

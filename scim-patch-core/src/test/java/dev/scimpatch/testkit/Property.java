package dev.scimpatch.testkit;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a seeded property as JUnit dynamic tests: one {@link DynamicTest} per case, each with its
 * own reproducible seed.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> roundTrip() {
 *   PathGenerator paths = new PathGenerator();
 *   return Property.cases("path round trip", rng -> {
 *     Path p = paths.path(rng);
 *     assertThat(Path.parse(p.toString())).isEqualTo(p);
 *   });
 * }
 * }</pre>
 *
 * <p>Two system properties steer a run:
 * <ul>
 *   <li>{@value #CASES_PROPERTY}: the number of cases per property (default
 *       {@value #DEFAULT_CASES});</li>
 *   <li>{@value #SEED_PROPERTY}: the base seed, in decimal ({@code -42}) or hexadecimal
 *       ({@code 0x2a}, up to 64 bits); without it a random base seed is drawn for each
 *       property.</li>
 * </ul>
 *
 * <p>Case {@code i} runs with {@code new SplittableRandom(caseSeed(base, i))}, and
 * {@code caseSeed(base, 0) == base}. So a failing case is reproduced alone with
 * {@code -Dscimpatch.seed=<its seed> -Dscimpatch.cases=1}, which the failure message spells out.
 *
 * <p>Only this class depends on JUnit; the generators of this package take any
 * {@link RandomGenerator}.
 */
public final class Property {

  /** The system property that sets the number of cases per property. */
  public static final String CASES_PROPERTY = "scimpatch.cases";

  /** The system property that sets the base seed. */
  public static final String SEED_PROPERTY = "scimpatch.seed";

  /** The number of cases when {@value #CASES_PROPERTY} is not set. */
  public static final int DEFAULT_CASES = 10_000;

  private Property() {}

  /**
   * {@return the cases of a property: {@link #caseCount()} dynamic tests named after the property
   * and their seeds, the base seed being {@link #baseSeed()}}
   *
   * @param name the property's name, used in display names and failure messages
   * @param body the property: it draws its input from the generator it is given and throws (an
   *     {@link AssertionError} or anything else) when the property does not hold
   */
  public static Stream<DynamicTest> cases(String name, Consumer<RandomGenerator> body) {
    return cases(name, baseSeed(), caseCount(), body);
  }

  /**
   * {@return {@code count} cases of a property starting from an explicit base seed}
   *
   * @param name the property's name, used in display names and failure messages
   * @param baseSeed the seed of case 0
   * @param count how many to return
   * @param body the property: it draws its input from the generator it is given and throws when the
   *     property does not hold
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static Stream<DynamicTest> cases(
      String name, long baseSeed, int count, Consumer<RandomGenerator> body) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return IntStream.range(0, count).mapToObj(i -> {
      long seed = caseSeed(baseSeed, i);
      return DynamicTest.dynamicTest(
          name + " [case " + i + ", seed " + formatSeed(seed) + "]", () -> check(name, seed, body));
    });
  }

  /**
   * Runs one case of a property with the given seed, outside of any test factory.
   *
   * @param name the property's name, used in display names and failure messages
   * @param caseSeed the case's seed
   * @param body the property: it draws its input from the generator it is given and throws when the
   *     property does not hold
   * @throws AssertionError if the property fails, naming the property, the seed and the flags
   *     that reproduce the case, with the original failure as its cause
   */
  public static void check(String name, long caseSeed, Consumer<RandomGenerator> body) {
    try {
      body.accept(new SplittableRandom(caseSeed));
    } catch (Throwable t) {
      throw new AssertionError(
          "property '" + name + "' failed for seed " + formatSeed(caseSeed)
              + "; reproduce with -D" + SEED_PROPERTY + "=" + formatSeed(caseSeed)
              + " -D" + CASES_PROPERTY + "=1: " + t,
          t);
    }
  }

  /**
   * {@return the seed of case {@code index} of a run with base seed {@code base}: {@code base}
   * itself for case 0, and for the others {@code base} mixed with a scrambled index, so that no two
   * cases draw overlapping sequences}
   *
   * @param base the base seed of the run
   * @param index the case's index, from 0
   */
  public static long caseSeed(long base, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    return index == 0 ? base : base ^ mix64(index * 0x9E3779B97F4A7C15L);
  }

  /**
   * {@return the number of cases per property: {@value #CASES_PROPERTY}, or
   * {@value #DEFAULT_CASES}}
   */
  public static int caseCount() {
    String value = System.getProperty(CASES_PROPERTY);
    if (value == null || value.isBlank()) {
      return DEFAULT_CASES;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n < 0) {
        throw new IllegalArgumentException(CASES_PROPERTY + " must not be negative: " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(CASES_PROPERTY + " is not a number: " + value, e);
    }
  }

  /**
   * {@return the base seed: {@value #SEED_PROPERTY} if set, otherwise a new random seed (each call
   * draws another)}
   */
  public static long baseSeed() {
    String value = System.getProperty(SEED_PROPERTY);
    if (value == null || value.isBlank()) {
      return SeedSource.RANDOM.nextLong();
    }
    return parseSeed(value);
  }

  /**
   * Parses a seed as {@link #SEED_PROPERTY} accepts it: a decimal {@code long}, or {@code 0x}
   * followed by up to 16 hexadecimal digits (read as an unsigned 64-bit value).
   *
   * @param value the text
   * @return the seed
   * @throws IllegalArgumentException if it is neither
   */
  public static long parseSeed(String value) {
    String s = value.trim();
    try {
      if (s.startsWith("0x") || s.startsWith("0X")) {
        return Long.parseUnsignedLong(s.substring(2), 16);
      }
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED_PROPERTY + " is not a decimal or 0x-hex long: " + value, e);
    }
  }

  /**
   * Formats a seed as {@link #parseSeed(String)} reads it back: {@code 0x} and 16 hex digits.
   *
   * @param seed the seed
   * @return the seed as {@code 0x} and 16 hexadecimal digits
   */
  public static String formatSeed(long seed) {
    return String.format(Locale.ROOT, "0x%016x", seed);
  }

  /** Stafford's variant 13 of the MurmurHash3 finalizer; maps 0 to 0. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Holds the random source of default seeds, created on first use. */
  private static final class SeedSource {
    static final SecureRandom RANDOM = new SecureRandom();
  }
}

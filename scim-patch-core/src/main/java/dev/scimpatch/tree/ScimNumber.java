package dev.scimpatch.tree;

import dev.scimpatch.internal.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON number, held exactly as a {@link BigDecimal} (never a {@code double}).
 *
 * <p>Equality and ordering are by numeric value: {@code 1}, {@code 1.0} and {@code 1e0} are
 * equal. {@link #toString()} keeps the scale the number was given with, so {@code 1.50} prints as
 * {@code 1.50}.
 *
 * <p>Every number has a scale within {@link #MAX_SCALE} ({@link #isInRange(BigDecimal)}), however
 * it is made, and {@code parse(n.toString()).equals(n)}.
 *
 * @param value the number, with a scale within {@link #MAX_SCALE}
 * @since 0.1
 */
public record ScimNumber(BigDecimal value) implements ScimNode, Comparable<ScimNumber> {

  /**
   * The largest scale, positive or negative, that a number may have: {@code 1e1000} and
   * {@code 1e-1000} parse, {@code 1e1001} does not. No SCIM value needs more, and the bound
   * keeps hostile exponents ({@code 1e2147483647}) out of arithmetic and printing.
   */
  public static final int MAX_SCALE = 1000;

  /**
   * Creates a number node.
   *
   * @param value the number; its scale is kept for {@link #toString()}
   * @throws IllegalArgumentException if the value's scale is beyond {@link #MAX_SCALE}
   */
  public ScimNumber {
    Objects.requireNonNull(value, "value");
    if (!isInRange(value)) {
      throw new IllegalArgumentException(outOfRange(value.toString()));
    }
  }

  /**
   * Returns a number node for an integer.
   *
   * @param value the integer
   * @return the node, of scale 0
   */
  public static ScimNumber of(long value) {
    return new ScimNumber(BigDecimal.valueOf(value));
  }

  /**
   * Returns a number node.
   *
   * @param value the number; its scale is kept for {@link #toString()}
   * @return the node
   * @throws IllegalArgumentException if the value's scale is beyond {@link #MAX_SCALE}
   */
  public static ScimNumber of(BigDecimal value) {
    return new ScimNumber(value);
  }

  /**
   * Parses a number written in JSON syntax (RFC 8259 §6): an optional minus, an integer part
   * without leading zeros, an optional fraction and an optional exponent.
   *
   * @param json the number's text, for example {@code "-1.50"} or {@code "1e3"}; no spaces, no
   *     leading {@code +}
   * @return the node, with the scale the text gives
   * @throws NumberFormatException if {@code json} is not a JSON number, or its scale is beyond
   *     {@link #MAX_SCALE} (as {@code 1e1001} is)
   */
  public static ScimNumber parse(String json) {
    if (!Text.isJsonNumber(json, 0, json.length())) {
      throw new NumberFormatException("not a JSON number: " + json);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(json);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new NumberFormatException("number out of range: " + json);
    }
    if (!isInRange(value)) {
      throw new NumberFormatException(outOfRange(json));
    }
    return new ScimNumber(value);
  }

  private static String outOfRange(String number) {
    return "number out of range (scale beyond " + MAX_SCALE + "): " + number;
  }

  /**
   * Whether a value's scale is within {@link #MAX_SCALE}, as every number node's is.
   *
   * @param value the value to check
   * @return whether a number node can hold it
   */
  public static boolean isInRange(BigDecimal value) {
    return Math.abs((long) value.scale()) <= MAX_SCALE; // long: -Integer.MIN_VALUE overflows an int
  }

  /** {@return whether the value is a whole number, whatever its scale ({@code 2.0} is)} */
  public boolean isIntegral() {
    return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
  }

  @Override
  public int compareTo(ScimNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScimNumber n && value.compareTo(n.value) == 0;
  }

  /** A hash of the numeric value: the unscaled digits without trailing zeros, and the exponent. */
  @Override
  public int hashCode() {
    if (value.signum() == 0) {
      return 0;
    }
    // Not stripTrailingZeros(): its scale overflows for values such as 100e2147483647, which the
    // constructor refuses today; hashing does not rely on that.
    BigInteger unscaled = value.unscaledValue();
    long scale = value.scale();
    BigInteger[] qr = unscaled.divideAndRemainder(BigInteger.TEN);
    while (qr[1].signum() == 0) {
      unscaled = qr[0];
      scale--;
      qr = unscaled.divideAndRemainder(BigInteger.TEN);
    }
    return 31 * unscaled.hashCode() + Long.hashCode(scale);
  }

  @Override
  public Kind kind() {
    return Kind.NUMBER;
  }

  /** Returns the number in JSON syntax. */
  @Override
  public String toString() {
    return value.toString();
  }
}

package dev.scimpatch.tree;

import dev.scimpatch.internal.Text;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number, held exactly as a {@link BigDecimal} (never a {@code double}).
 *
 * <p>Equality and ordering are by numeric value: {@code 1}, {@code 1.0} and {@code 1e0} are
 * equal. {@link #toString()} keeps the scale the number was given with, so {@code 1.50} prints as
 * {@code 1.50}.
 *
 * @param value the number
 */
public record ScimNumber(BigDecimal value) implements ScimNode, Comparable<ScimNumber> {

  /** Creates a number node. */
  public ScimNumber {
    Objects.requireNonNull(value, "value");
  }

  /** Returns a number node for an integer. */
  public static ScimNumber of(long value) {
    return new ScimNumber(BigDecimal.valueOf(value));
  }

  /** Returns a number node. */
  public static ScimNumber of(BigDecimal value) {
    return new ScimNumber(value);
  }

  /**
   * Parses a number written in JSON syntax (RFC 8259 §6): an optional minus, an integer part
   * without leading zeros, an optional fraction and an optional exponent.
   *
   * @throws NumberFormatException if {@code json} is not a JSON number
   */
  public static ScimNumber parse(String json) {
    if (!Text.isJsonNumber(json, 0, json.length())) {
      throw new NumberFormatException("not a JSON number: " + json);
    }
    return new ScimNumber(new BigDecimal(json));
  }

  /** Whether the value is a whole number. */
  public boolean isIntegral() {
    return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
  }

  @Override
  public int compareTo(ScimNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScimNumber n && value.compareTo(n.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
  }

  @Override
  public String jsonType() {
    return "number";
  }

  /** Returns the number in JSON syntax. */
  @Override
  public String toString() {
    return value.toString();
  }
}

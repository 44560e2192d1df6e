package dev.scimpatch;

import dev.scimpatch.internal.Ascii;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rule of {@link Emulation.DeniedOperations} (E7): an operation the emulated server refuses, on an
 * attribute (a top-level name, ASCII case ignored), with or without a value filter, on one
 * resource type or on all.
 *
 * @param op the operation
 * @param attribute the attribute's name
 * @param filtered which paths it covers
 * @param resourceType the resource type's name ({@code Group}), or {@code null} for all; with
 *     schema-less resources, where the type is unknown, every rule applies
 * @since 0.1
 */
public record DeniedOperation(Op op, String attribute, Filtered filtered, @Nullable String resourceType) {

  /**
   * Which paths a rule covers.
   *
   * @since 0.1
   */
  public enum Filtered {
    /** With or without a value filter. */
    ANY,
    /** Only with one. */
    WITH_FILTER,
    /** Only without one. */
    WITHOUT_FILTER
  }

  /**
   * Creates a rule.
   *
   * @param op the operation refused
   * @param attribute the top-level attribute's name, ASCII case ignored
   * @param filtered which paths it covers
   * @param resourceType the resource type's name, ASCII case ignored, or {@code null} for all
   */
  public DeniedOperation {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(filtered, "filtered");
  }

  /**
   * Creates a rule for every resource type.
   *
   * @param op the operation refused
   * @param attribute the top-level attribute's name, ASCII case ignored
   * @param filtered which paths it covers
   */
  public DeniedOperation(Op op, String attribute, Filtered filtered) {
    this(op, attribute, filtered, null);
  }

  /**
   * Whether the rule covers an operation.
   *
   * @param op the operation
   * @param attribute the top-level attribute it changes
   * @param hasFilter whether its path has a value filter
   * @param type the resource type's name, or {@code null} when unknown
   * @return whether this rule refuses it
   */
  public boolean covers(Op op, String attribute, boolean hasFilter, @Nullable String type) {
    return this.op == op && Ascii.equalsIgnoreCase(this.attribute, attribute)
        && (filtered == Filtered.ANY || (filtered == Filtered.WITH_FILTER) == hasFilter)
        && (resourceType == null || type == null || Ascii.equalsIgnoreCase(resourceType, type));
  }

  /** Returns the rule as messages quote it, for example {@code remove members (no filter) on Group}. */
  @Override
  public String toString() {
    return op.keyword() + " " + attribute + switch (filtered) {
      case ANY -> "";
      case WITH_FILTER -> "[...]";
      case WITHOUT_FILTER -> " (no filter)";
    } + (resourceType == null ? "" : " on " + resourceType);
  }
}

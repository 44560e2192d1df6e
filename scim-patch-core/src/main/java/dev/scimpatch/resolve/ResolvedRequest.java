package dev.scimpatch.resolve;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.request.PatchOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request resolved against a {@link ResourceType} and ready for the engine: its canonical
 * operations (what the client meant, after the profile's tolerances), and the steps the engine
 * applies, each remembering which operation of the client's message it came from, so that an
 * error names what the client sent. A tolerant profile may rewrite one operation into several or
 * into none.
 *
 * @since 0.1
 */
public final class ResolvedRequest {

  /**
   * One step and its source: an operation to apply, or the failure of one that does not resolve,
   * which the engine reports when it reaches it.
   *
   * @param operation the step, or {@code null} for a failure
   * @param failure why the client's operation does not resolve, or {@code null}
   * @param sourceIndex the zero-based index, in the client's message, of the operation it came from
   * @param sourcePath that operation's path as the client wrote it, or {@code null}
   * @since 0.1
   */
  public record Step(@Nullable ResolvedOperation operation, @Nullable ScimPatchException failure, int sourceIndex,
      @Nullable String sourcePath) {
    /**
     * Creates a step: exactly one of {@code operation} and {@code failure}.
     *
     * @param operation the step, or {@code null} for a failure
     * @param failure why the client's operation does not resolve, or {@code null} for a step
     * @param sourceIndex the zero-based index of the client's operation it came from
     * @param sourcePath that operation's path as the client wrote it, or {@code null}
     * @throws IllegalArgumentException if both or neither of {@code operation} and {@code failure}
     *     are given
     */
    public Step {
      if ((operation == null) == (failure == null)) {
        throw new IllegalArgumentException("a step is an operation or a failure");
      }
    }

    /**
     * Returns the operation.
     *
     * @return the operation, if this step is not a failure
     * @throws ScimPatchException the failure, naming the client's operation
     */
    public ResolvedOperation operationOrThrow() {
      if (failure != null) {
        throw failure.withOperation(sourceIndex, sourcePath);
      }
      return Objects.requireNonNull(operation);
    }
  }

  private final List<PatchOperation> operations;
  private final List<Step> steps;

  private ResolvedRequest(List<PatchOperation> operations, List<Step> steps) {
    this.operations = List.copyOf(operations);
    this.steps = List.copyOf(steps);
  }

  /** {@return a builder of a request, with no operations or steps yet} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the canonical operations} Empty where the profile accepts an empty {@code Operations}
   * array (T4), and where it drops or rewrites away every operation (T15, T16, S1).
   */
  public List<PatchOperation> operations() {
    return operations;
  }

  /** {@return the steps, in the order the engine applies them} */
  public List<Step> steps() {
    return steps;
  }

  /**
   * Collects resolved operations with their sources.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<PatchOperation> operations = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a resolved operation.
     *
     * @param resolved what one canonical operation resolved into
     * @param sourceIndex the index of the client's operation it came from
     * @param sourcePath the client's path, or {@code null}
     * @return this builder
     */
    public Builder add(ResourceType.Resolved resolved, int sourceIndex, @Nullable String sourcePath) {
      PatchOperation canonical = resolved.operation();
      if (canonical != null) {
        operations.add(canonical);
      }
      ScimPatchException failure = resolved.failure();
      if (failure != null) {
        steps.add(new Step(null, failure, sourceIndex, sourcePath));
      }
      for (ResolvedOperation step : resolved.steps()) {
        steps.add(new Step(step, null, sourceIndex, sourcePath));
      }
      return this;
    }

    /** {@return the request of the operations added so far} */
    public ResolvedRequest build() {
      return new ResolvedRequest(operations, steps);
    }
  }
}

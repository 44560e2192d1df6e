package dev.scimpatch.request;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.tree.ScimNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A PATCH request: one or more operations, applied in order and atomically (RFC 7644 §3.5.2).
 *
 * @param operations the operations, at least one
 * @since 0.1
 */
public record PatchRequest(List<PatchOperation> operations) {

  /** The URN a PatchOp message lists in its {@code schemas}. */
  public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  /**
   * Creates a request.
   *
   * @throws ScimPatchException {@code 400 invalidSyntax} if there are no operations (R-ENV-2)
   * @throws NullPointerException if the list or an operation is null
   */
  public PatchRequest {
    operations = List.copyOf(operations);
    if (operations.isEmpty()) {
      throw ScimPatchException.of(ScimType.INVALID_SYNTAX, "a PATCH request needs one or more operations (R-ENV-2)");
    }
  }

  /** Returns a request of the given operations. */
  public static PatchRequest of(PatchOperation... operations) {
    return new PatchRequest(List.of(operations));
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PatchRequest} fluently; paths are parsed with {@link dev.scimpatch.path.Path#parse(String)}. */
  public static final class Builder {
    private final List<PatchOperation> operations = new ArrayList<>();

    private Builder() {}

    /** Appends an operation. */
    public Builder operation(PatchOperation operation) {
      operations.add(Objects.requireNonNull(operation, "operation"));
      return this;
    }

    /** Appends an add at a path. */
    public Builder add(String path, ScimNode value) {
      return operation(PatchOperation.add(path, value));
    }

    /** Appends an add without a path. */
    public Builder add(ScimNode value) {
      return operation(PatchOperation.add(value));
    }

    /** Appends a remove. */
    public Builder remove(String path) {
      return operation(PatchOperation.remove(path));
    }

    /** Appends a replace at a path. */
    public Builder replace(String path, ScimNode value) {
      return operation(PatchOperation.replace(path, value));
    }

    /** Appends a replace without a path. */
    public Builder replace(ScimNode value) {
      return operation(PatchOperation.replace(value));
    }

    /**
     * Returns the request.
     *
     * @throws ScimPatchException {@code 400 invalidSyntax} if no operation was added
     */
    public PatchRequest build() {
      return new PatchRequest(operations);
    }
  }
}

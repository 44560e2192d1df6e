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
   * @param operations the operations, in the order they apply; copied
   * @throws ScimPatchException {@code 400 invalidSyntax} if there are no operations (R-ENV-2)
   * @throws NullPointerException if the list or an operation is null
   */
  public PatchRequest {
    operations = List.copyOf(operations);
    if (operations.isEmpty()) {
      throw ScimPatchException.of(ScimType.INVALID_SYNTAX, "a PATCH request needs one or more operations (R-ENV-2)");
    }
  }

  /**
   * Returns a request of the given operations.
   *
   * @param operations the operations, in the order they apply; one or more
   * @return the request
   * @throws ScimPatchException {@code 400 invalidSyntax} if there are none
   */
  public static PatchRequest of(PatchOperation... operations) {
    return new PatchRequest(List.of(operations));
  }

  /** {@return a builder of a request, with no operations yet} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PatchRequest} fluently; paths are parsed with
   * {@link dev.scimpatch.path.Path#parse(String)} as they are given.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<PatchOperation> operations = new ArrayList<>();

    private Builder() {}

    /**
     * Appends an operation.
     *
     * @param operation the operation
     * @return this builder
     */
    public Builder operation(PatchOperation operation) {
      operations.add(Objects.requireNonNull(operation, "operation"));
      return this;
    }

    /**
     * Appends an add at a path ({@link PatchOperation#add(String, ScimNode)}).
     *
     * @param path the path's text
     * @param value the value to add
     * @return this builder
     * @throws ScimPatchException {@code 400 invalidPath} or {@code invalidFilter} if the path does
     *     not parse
     */
    public Builder add(String path, ScimNode value) {
      return operation(PatchOperation.add(path, value));
    }

    /**
     * Appends an add without a path ({@link PatchOperation#add(ScimNode)}).
     *
     * @param value the value, an object of attributes to add
     * @return this builder
     */
    public Builder add(ScimNode value) {
      return operation(PatchOperation.add(value));
    }

    /**
     * Appends a remove ({@link PatchOperation#remove(String)}).
     *
     * @param path the path's text
     * @return this builder
     * @throws ScimPatchException {@code 400 invalidPath} or {@code invalidFilter} if the path does
     *     not parse
     */
    public Builder remove(String path) {
      return operation(PatchOperation.remove(path));
    }

    /**
     * Appends a replace at a path ({@link PatchOperation#replace(String, ScimNode)}).
     *
     * @param path the path's text
     * @param value the replacement value
     * @return this builder
     * @throws ScimPatchException {@code 400 invalidPath} or {@code invalidFilter} if the path does
     *     not parse
     */
    public Builder replace(String path, ScimNode value) {
      return operation(PatchOperation.replace(path, value));
    }

    /**
     * Appends a replace without a path ({@link PatchOperation#replace(ScimNode)}).
     *
     * @param value the value, an object of attributes to replace
     * @return this builder
     */
    public Builder replace(ScimNode value) {
      return operation(PatchOperation.replace(value));
    }

    /**
     * Returns the request.
     *
     * @return the request of the operations appended so far
     * @throws ScimPatchException {@code 400 invalidSyntax} if no operation was added
     */
    public PatchRequest build() {
      return new PatchRequest(operations);
    }
  }
}

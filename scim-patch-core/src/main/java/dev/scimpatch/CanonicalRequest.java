package dev.scimpatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The canonical operations a PatchOp message was read into under a {@link Profile}, each
 * remembering which operation of the message it came from, so that an error names the
 * operation the client sent: a tolerant profile may rewrite one operation into several (a
 * no-path value with path keys, a remove with a value array) or into none.
 *
 * <p>Apply it with {@link dev.scimpatch.engine.PatchEngine#apply(dev.scimpatch.tree.ScimObject,
 * CanonicalRequest)}.
 */
public final class CanonicalRequest {

  private final List<PatchOperation> operations;
  private final List<Integer> sources;
  private final List<@Nullable String> sourcePaths;

  private CanonicalRequest(List<PatchOperation> operations, List<Integer> sources, List<@Nullable String> sourcePaths) {
    this.operations = List.copyOf(operations);
    this.sources = List.copyOf(sources);
    this.sourcePaths = java.util.Collections.unmodifiableList(new ArrayList<>(sourcePaths));
  }

  /** Returns a request whose operations each stand for themselves. */
  public static CanonicalRequest of(PatchRequest request) {
    return of(request.operations());
  }

  /** Returns a request whose operations (possibly none) each stand for themselves. */
  public static CanonicalRequest of(List<PatchOperation> operations) {
    Builder b = new Builder();
    for (int i = 0; i < operations.size(); i++) {
      PatchOperation op = operations.get(i);
      b.add(op, i, op.path() == null ? null : op.path().toString());
    }
    return b.build();
  }

  /** Returns the canonical operations; empty only where the profile accepts no operations (T4). */
  public List<PatchOperation> operations() {
    return operations;
  }

  /** Returns the zero-based index, in the message, of the operation canonical operation {@code i} came from. */
  public int sourceIndex(int i) {
    return sources.get(i);
  }

  /** Returns the path, as the message wrote it, of the operation canonical operation {@code i} came from, or {@code null}. */
  public @Nullable String sourcePath(int i) {
    return sourcePaths.get(i);
  }

  /** Collects canonical operations with their sources. */
  static final class Builder {
    private final List<PatchOperation> operations = new ArrayList<>();
    private final List<Integer> sources = new ArrayList<>();
    private final List<@Nullable String> sourcePaths = new ArrayList<>();

    void add(PatchOperation op, int source, @Nullable String sourcePath) {
      operations.add(Objects.requireNonNull(op));
      sources.add(source);
      sourcePaths.add(sourcePath);
    }

    CanonicalRequest build() {
      return new CanonicalRequest(operations, sources, sourcePaths);
    }
  }
}

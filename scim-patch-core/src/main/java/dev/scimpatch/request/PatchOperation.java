package dev.scimpatch.request;

import dev.scimpatch.Op;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.path.Path;
import dev.scimpatch.tree.ScimNode;
import org.jspecify.annotations.Nullable;

/**
 * One operation of a PATCH request (RFC 7644 §3.5.2): {@link Add}, {@link Remove} or
 * {@link Replace}.
 *
 * <p>The RFC's structural rules hold by construction: a remove has a path, or building it fails
 * with {@code 400 noTarget} (R-REM-1); an add or replace has a value, or building it fails with
 * {@code 400 invalidValue} (R-ENV-6, R-ENV-7). A JSON {@code null} value is a value
 * ({@link dev.scimpatch.tree.ScimNull}), meaning "unassign" (R-CHR-14).
 *
 * @since 0.1
 */
public sealed interface PatchOperation permits PatchOperation.Add, PatchOperation.Remove, PatchOperation.Replace {

  /** Returns which operation this is; its {@code toString()} is the keyword RFC 7644 spells it with. */
  Op op();

  /** Returns the path, or {@code null} for an add or replace without one. */
  @Nullable Path path();

  /** Returns the value of an add or replace, or {@code null} for a remove. */
  @Nullable ScimNode value();

  /** Returns an add of {@code value} at {@code path} (parsed with {@link Path#parse(String)}). */
  static Add add(String path, ScimNode value) {
    return new Add(Path.parse(path), value);
  }

  /** Returns an add without a path: {@code value} is an object of attributes to add. */
  static Add add(ScimNode value) {
    return new Add(null, value);
  }

  /** Returns a remove of {@code path} (parsed with {@link Path#parse(String)}). */
  static Remove remove(String path) {
    return new Remove(Path.parse(path));
  }

  /** Returns a replace of {@code path} (parsed with {@link Path#parse(String)}) with {@code value}. */
  static Replace replace(String path, ScimNode value) {
    return new Replace(Path.parse(path), value);
  }

  /** Returns a replace without a path: {@code value} is an object of attributes to replace. */
  static Replace replace(ScimNode value) {
    return new Replace(null, value);
  }

  /**
   * {@code add} (RFC 7644 §3.5.2.1).
   *
   * @param path the target, or {@code null} for the resource itself
   * @param value the value to add
   */
  record Add(@Nullable Path path, ScimNode value) implements PatchOperation {
    /**
     * Creates an add.
     *
     * @throws ScimPatchException {@code 400 invalidValue} if {@code value} is null
     */
    public Add {
      if (value == null) {
        throw ScimPatchException.of(ScimType.INVALID_VALUE, "an add operation needs a value (R-ENV-6)");
      }
    }

    @Override
    public Op op() {
      return Op.ADD;
    }
  }

  /**
   * {@code remove} (RFC 7644 §3.5.2.2).
   *
   * @param path the target
   */
  record Remove(Path path) implements PatchOperation {
    /**
     * Creates a remove.
     *
     * @throws ScimPatchException {@code 400 noTarget} if {@code path} is null (R-REM-1)
     */
    public Remove {
      if (path == null) {
        throw ScimPatchException.of(ScimType.NO_TARGET, "a remove operation needs a path (R-REM-1)");
      }
    }

    @Override
    public Op op() {
      return Op.REMOVE;
    }

    /** A remove has no value: returns {@code null}. */
    @Override
    public @Nullable ScimNode value() {
      return null;
    }
  }

  /**
   * {@code replace} (RFC 7644 §3.5.2.3).
   *
   * @param path the target, or {@code null} for the resource itself
   * @param value the replacement value
   */
  record Replace(@Nullable Path path, ScimNode value) implements PatchOperation {
    /**
     * Creates a replace.
     *
     * @throws ScimPatchException {@code 400 invalidValue} if {@code value} is null
     */
    public Replace {
      if (value == null) {
        throw ScimPatchException.of(ScimType.INVALID_VALUE, "a replace operation needs a value (R-ENV-7)");
      }
    }

    @Override
    public Op op() {
      return Op.REPLACE;
    }
  }
}

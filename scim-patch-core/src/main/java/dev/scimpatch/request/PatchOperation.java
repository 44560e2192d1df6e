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

  /** {@return which operation this is; its {@code toString()} is the keyword RFC 7644 spells it with} */
  Op op();

  /** {@return the path, or {@code null} for an add or replace without one} */
  @Nullable Path path();

  /** {@return the value of an add or replace, or {@code null} for a remove} */
  @Nullable ScimNode value();

  /**
   * Returns an add of {@code value} at {@code path} (parsed with {@link Path#parse(String)}).
   *
   * @param path the path's text, for example {@code "emails[type eq \"work\"]"}
   * @param value the value to add; {@link dev.scimpatch.tree.ScimNull} for a JSON {@code null}
   * @return the operation
   * @throws ScimPatchException {@code 400 invalidPath} or {@code invalidFilter} if the path does
   *     not parse
   */
  static Add add(String path, ScimNode value) {
    return new Add(Path.parse(path), value);
  }

  /**
   * Returns an add without a path: {@code value} is an object of attributes to add.
   *
   * @param value the value, normally an object whose keys are attribute names or schema URNs
   * @return the operation
   */
  static Add add(ScimNode value) {
    return new Add(null, value);
  }

  /**
   * Returns a remove of {@code path} (parsed with {@link Path#parse(String)}).
   *
   * @param path the path's text, for example {@code "members[value eq \"2819c223\"]"}
   * @return the operation
   * @throws ScimPatchException {@code 400 invalidPath} or {@code invalidFilter} if the path does
   *     not parse
   */
  static Remove remove(String path) {
    return new Remove(Path.parse(path));
  }

  /**
   * Returns a replace of {@code path} (parsed with {@link Path#parse(String)}) with {@code value}.
   *
   * @param path the path's text, for example {@code "name.givenName"}
   * @param value the replacement value; {@link dev.scimpatch.tree.ScimNull} for a JSON {@code null}
   * @return the operation
   * @throws ScimPatchException {@code 400 invalidPath} or {@code invalidFilter} if the path does
   *     not parse
   */
  static Replace replace(String path, ScimNode value) {
    return new Replace(Path.parse(path), value);
  }

  /**
   * Returns a replace without a path: {@code value} is an object of attributes to replace.
   *
   * @param value the value, normally an object whose keys are attribute names or schema URNs
   * @return the operation
   */
  static Replace replace(ScimNode value) {
    return new Replace(null, value);
  }

  /**
   * {@code add} (RFC 7644 §3.5.2.1).
   *
   * @param path the target, or {@code null} for the resource itself
   * @param value the value to add
   * @since 0.1
   */
  record Add(@Nullable Path path, ScimNode value) implements PatchOperation {
    /**
     * Creates an add.
     *
     * @param path the target, or {@code null} for the resource itself
     * @param value the value to add; {@link dev.scimpatch.tree.ScimNull} for a JSON {@code null}
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
   * @since 0.1
   */
  record Remove(Path path) implements PatchOperation {
    /**
     * Creates a remove.
     *
     * @param path the target
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
   * @since 0.1
   */
  record Replace(@Nullable Path path, ScimNode value) implements PatchOperation {
    /**
     * Creates a replace.
     *
     * @param path the target, or {@code null} for the resource itself
     * @param value the replacement value; {@link dev.scimpatch.tree.ScimNull} for a JSON {@code null}
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

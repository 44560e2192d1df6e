package dev.scimpatch;

import dev.scimpatch.tree.ScimObject;
import java.util.Objects;

/**
 * The outcome of a successful PATCH: the patched resource, and whether anything changed. A server
 * leaves {@code meta.lastModified} and {@code meta.version} alone when nothing did (R-GEN-9).
 *
 * @param resource the patched resource (the input itself when nothing changed)
 * @param changed whether any operation changed the resource
 * @since 0.1
 */
public record PatchResult(ScimObject resource, boolean changed) {
  /**
   * Creates a result.
   *
   * @param resource the patched resource, not {@code null}
   * @param changed whether any operation changed it
   */
  public PatchResult {
    Objects.requireNonNull(resource, "resource");
  }
}

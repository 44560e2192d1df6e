package dev.scimpatch.response;

import dev.scimpatch.tree.ScimObject;
import java.util.Objects;

/**
 * What a server does with an applied request: store {@link #stored()}, answer with
 * {@link #body()} and the {@code ETag} {@link #version()}.
 *
 * @param stored the resource to store: patched, and stamped if the exchange asked for it
 * @param body the response body: {@code stored} shaped by {@code returned} and the parameters
 * @param version the version of {@code stored} ({@link Versions#version}), for the {@code ETag}
 * @param changed whether the request changed the resource
 * @since 0.1
 */
public record Reply(ScimObject stored, ScimObject body, String version, boolean changed) {

  /**
   * Checks the parts.
   *
   * @param stored the resource to store
   * @param body the response body
   * @param version the version of {@code stored}
   * @param changed whether the request changed the resource
   * @throws NullPointerException if one is {@code null}
   */
  public Reply {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(version, "version");
  }
}

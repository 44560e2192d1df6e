package dev.scimpatch.jackson3;

import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.codec.Patcher;
import dev.scimpatch.codec.TreePatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCIM PATCH in one call, for Jackson 3: a resource and a PatchOp request in, the patched
 * resource out, or a {@link ScimPatchException} that {@link ScimErrors} turns into the SCIM error
 * response.
 *
 * <pre>{@code
 * ScimPatch patch = ScimPatch.builder().schema(ResourceSchemas.user()).build();  // once
 *
 * try {
 *   ObjectNode patched = patch.apply(storedUser, requestBody);
 * } catch (ScimPatchException e) {
 *   // return e.status() with ScimErrors.toBytes(e)
 * }
 * }</pre>
 *
 * <p>The core's {@link TreePatcher} bound to Jackson 3's trees and {@link ScimJson}: the same
 * methods, results and errors as the Jackson 2 adapter's {@code dev.scimpatch.jackson.ScimPatch},
 * byte for byte. Immutable and thread-safe: build one per resource type and share it.
 *
 * @since 0.1
 */
public final class ScimPatch extends TreePatcher<JsonNode, ObjectNode, ScimJson> {

  private ScimPatch(Patcher patcher) {
    super(patcher, ScimJson.defaults(), ScimJson.class, ScimJson.defaults()::toObjectNode);
  }

  /**
   * Returns a builder: strict profile, no schema, {@link Limits#defaults()} for requests and
   * {@link Limits#resourceDefaults()} for stored resources, Jackson 3's {@link ScimJson} as the
   * codec.
   *
   * @return the builder
   */
  public static Patcher.Builder<ScimPatch> builder() {
    return Patcher.builder(ScimJson.defaults(), ScimPatch::new);
  }
}

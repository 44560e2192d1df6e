package dev.scimpatch.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.Limits;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.codec.Patcher;
import dev.scimpatch.codec.TreePatcher;

/**
 * SCIM PATCH in one call, for Jackson 2: a resource and a PatchOp request in, the patched
 * resource out, or a {@link ScimPatchException} that {@link ScimErrors} turns into the SCIM error
 * response.
 *
 * <pre>{@code
 * ScimPatch patch = ScimPatch.builder().schema(ResourceSchemas.user()).build();  // once
 *
 * try {
 *   ObjectNode patched = patch.apply(storedUser, requestBody);
 *   // store it, stamp meta.lastModified, return 200 with it
 * } catch (ScimPatchException e) {
 *   // return e.status() with ScimErrors.toJsonNode(e)
 * }
 * }</pre>
 *
 * <p>This is the core's {@link TreePatcher} bound to Jackson 2's trees ({@link JsonNode},
 * {@link ObjectNode}) and {@link ScimJson}; see there for what each method does. Immutable and
 * thread-safe: build one per resource type and share it.
 *
 * @since 0.1
 */
public final class ScimPatch extends TreePatcher<JsonNode, ObjectNode, ScimJson> {

  private ScimPatch(Patcher patcher) {
    super(patcher, ScimJson.defaults(), ScimJson.class, ScimJson.defaults()::toObjectNode);
  }

  /**
   * Returns a builder: strict profile, no schema, default limits ({@link Limits#defaults()} for
   * requests, {@link Limits#resourceDefaults()} for stored resources), {@link ScimJson} as the
   * codec, reading each with its limits.
   *
   * @return the builder
   */
  public static Patcher.Builder<ScimPatch> builder() {
    return Patcher.builder(ScimJson.defaults(), ScimPatch::new);
  }

  /** {@return the JSON reader and writer, as {@link #codec()}} */
  public ScimJson json() {
    return codec();
  }
}

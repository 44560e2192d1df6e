/**
 * scim-patch core: SCIM 2.0 PATCH paths and filters, an immutable resource tree, and the
 * patch engine. No runtime dependencies.
 *
 * <p>Exported API packages:
 * <ul>
 *   <li>{@code dev.scimpatch}: requests ({@link dev.scimpatch.PatchRequest}, {@link dev.scimpatch.PatchOperation}), errors ({@link dev.scimpatch.ScimPatchException},
 *       {@link dev.scimpatch.ScimType}) and {@link dev.scimpatch.Limits};</li>
 *   <li>{@code dev.scimpatch.engine}: the patch engine;</li>
 *   <li>{@code dev.scimpatch.path}: attribute paths and value filters (RFC 7644 §3.4.2.2,
 *       §3.5.2 Figure 7) and their evaluation;</li>
 *   <li>{@code dev.scimpatch.tree}: the immutable resource tree;</li>
 *   <li>{@code dev.scimpatch.schema}: RFC 7643 attribute characteristics.</li>
 * </ul>
 * {@code dev.scimpatch.internal} is not exported.
 */
module dev.scimpatch.core {
  requires static transitive org.jspecify;

  exports dev.scimpatch;
  exports dev.scimpatch.engine;
  exports dev.scimpatch.path;
  exports dev.scimpatch.schema;
  exports dev.scimpatch.tree;
}

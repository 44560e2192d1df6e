import org.jspecify.annotations.NullMarked;

/**
 * scim-patch core: SCIM 2.0 PATCH paths and filters, an immutable resource tree, RFC 7643
 * schemas, the patch engine, vendor profiles and everything else that is not JSON. No runtime
 * dependencies.
 *
 * <p>Exported API packages, from the bottom layer up (each uses only those below it):
 * <ul>
 *   <li>{@code dev.scimpatch.tree}: the immutable resource tree;</li>
 *   <li>{@code dev.scimpatch.schema}: RFC 7643 attribute characteristics and schemas;</li>
 *   <li>{@code dev.scimpatch}: errors ({@link dev.scimpatch.ScimPatchException},
 *       {@link dev.scimpatch.ScimType}), {@link dev.scimpatch.Limits},
 *       {@link dev.scimpatch.PatchResult} and {@link dev.scimpatch.Profile};</li>
 *   <li>{@code dev.scimpatch.path}: attribute paths and value filters (RFC 7644 §3.4.2.2,
 *       §3.5.2 Figure 7) and their evaluation;</li>
 *   <li>{@code dev.scimpatch.request}: the request model;</li>
 *   <li>{@code dev.scimpatch.response}: responses: shaping by {@code returned} and the
 *       {@code attributes} parameters, versions and preconditions;</li>
 *   <li>{@code dev.scimpatch.resolve}: names and values resolved against a resource type;</li>
 *   <li>{@code dev.scimpatch.profile}: reading PatchOp messages under a profile;</li>
 *   <li>{@code dev.scimpatch.engine}: the patch engine;</li>
 *   <li>{@code dev.scimpatch.client}: the client side: requests computed as the difference of two
 *       resources, and rewritten for a target's dialect;</li>
 *   <li>{@code dev.scimpatch.codec}: the JSON codec interface, the {@code Patcher} facade, SCIM
 *       error documents and pretty-printed JSON;</li>
 *   <li>{@code dev.scimpatch.validation}: Bean Validation constraints, for applications that
 *       have {@code jakarta.validation};</li>
 *   <li>{@code dev.scimpatch.cli}: the command-line tool, over any codec, which each JSON adapter's
 *       {@code main} runs.</li>
 * </ul>
 * {@code dev.scimpatch.internal} and {@code dev.scimpatch.internal.json} are not exported.
 */
@NullMarked
module dev.scimpatch.core {
  requires static transitive org.jspecify;
  requires static jakarta.validation; // only for dev.scimpatch.validation, whose users require it themselves

  exports dev.scimpatch;
  exports dev.scimpatch.cli;
  exports dev.scimpatch.client;
  exports dev.scimpatch.codec;
  exports dev.scimpatch.engine;
  exports dev.scimpatch.path;
  exports dev.scimpatch.profile;
  exports dev.scimpatch.request;
  exports dev.scimpatch.resolve;
  exports dev.scimpatch.response;
  exports dev.scimpatch.schema;
  exports dev.scimpatch.tree;
  exports dev.scimpatch.validation;

  uses dev.scimpatch.codec.ScimCodec;
}

package dev.scimpatch.codec;

import dev.scimpatch.Limits;
import dev.scimpatch.PatchResult;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.response.Exchange;
import dev.scimpatch.response.Reply;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.tree.ScimObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * SCIM PATCH in one call for a JSON library's trees and bytes: a resource and a PatchOp request
 * in, the patched resource out, or a {@link ScimPatchException} that the adapter's error writer
 * turns into the SCIM error response. Each JSON adapter's {@code ScimPatch} is this class bound to
 * its library's tree types and codec; all the logic is here and in {@link Patcher}.
 *
 * <p>This is the core's {@link Patcher} plus the library's trees: requests are read under the
 * profile ({@link Profile#strict()} unless the builder says otherwise), with the schema's URNs and
 * the profile's extensions known, and applied atomically, never changing the arguments. No
 * exception but {@code ScimPatchException} escapes {@code apply} for any input, however
 * malformed; a {@code null} argument gives a {@code NullPointerException}, and a failing stream an
 * {@link UncheckedIOException}. A request problem is a 4xx error; a stored resource that is not a
 * JSON object is a {@code 500}, since it is the server's. The {@link Limits} of requests and stored
 * resources are the builder's.
 *
 * <p>Immutable and thread-safe: build one per resource type and share it.
 *
 * @param <N> the library's tree node type
 * @param <O> its object node type
 * @param <C> its codec
 * @since 0.1
 */
public class TreePatcher<N, O extends N, C extends ScimCodec> {

  private final Patcher patcher;
  private final C codec;
  private final Function<ScimObject, O> toObjectTree;
  private final ClientSide client;

  /**
   * Binds a patcher to a JSON library.
   *
   * @param patcher the core facade, built with the library's codec
   * @param defaultCodec the library's codec to use when the patcher's is another's
   * @param codecType the codec's class
   * @param toObjectTree converts a resource to the library's object tree
   */
  protected TreePatcher(Patcher patcher, C defaultCodec, Class<C> codecType, Function<ScimObject, O> toObjectTree) {
    this.patcher = Objects.requireNonNull(patcher, "patcher");
    this.codec = codecType.isInstance(patcher.codec()) ? codecType.cast(patcher.codec()) : defaultCodec;
    this.toObjectTree = Objects.requireNonNull(toObjectTree, "toObjectTree");
    this.client = new ClientSide(patcher);
  }

  /** {@return the core facade this one wraps, for what takes the core's trees} */
  public Patcher patcher() {
    return patcher;
  }

  /** {@return the profile requests are read and applied under} */
  public Profile profile() {
    return patcher.profile();
  }

  /** {@return the schema (with the profile's extensions), or empty when resources are schema-less} */
  public Optional<ResourceSchema> schema() {
    return patcher.schema();
  }

  /** {@return the JSON library's codec: the one built with, or the library's default for another} */
  public C codec() {
    return codec;
  }

  /**
   * Applies a PatchOp request to a resource.
   *
   * @param resource the stored resource; not a JSON object is a {@code 500}
   * @param patchRequest the PatchOp message
   * @return the patched resource, a new tree; the arguments are not changed
   * @throws ScimPatchException if the request is malformed or an operation fails
   */
  public O apply(N resource, N patchRequest) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(patchRequest, "patchRequest");
    return toObjectTree.apply(patcher.applyTrees(resource, patchRequest).resource());
  }

  /**
   * Applies a PatchOp request to a resource, both UTF-8 JSON.
   *
   * @param resourceJson the stored resource; not a JSON object is a {@code 500}
   * @param patchRequestJson the PatchOp message
   * @return the patched resource as compact UTF-8 JSON
   * @throws ScimPatchException if the request is malformed or an operation fails
   */
  public byte[] apply(byte[] resourceJson, byte[] patchRequestJson) {
    return patcher.apply(resourceJson, patchRequestJson);
  }

  /**
   * Computes the PatchOp message that turns one resource into another under RFC 7644: minimal,
   * and empty ({@code "Operations": []}) when they are equal, {@code meta} aside. See
   * {@link dev.scimpatch.client.PatchDiff}.
   *
   * @param oldResource the resource as the server has it
   * @param newResource the resource as it should be
   * @return the message, a new tree
   * @throws ScimPatchException {@code 400 mutability} for a change to a readOnly attribute or an
   *     immutable one with a value; {@code 400} for a resource that is not an object or that the
   *     schema refuses
   */
  public O diff(N oldResource, N newResource) {
    return diff(oldResource, newResource, Profile.strict());
  }

  /**
   * Computes the PatchOp message that turns one resource into another in a target's dialect: one
   * the target's profile accepts, with that effect under it. See
   * {@link dev.scimpatch.client.PatchDiff#diff(ScimObject, ScimObject, Profile)}.
   *
   * @param oldResource the resource as the target has it
   * @param newResource the resource as it should be
   * @param target the target's profile, for example {@code Profile.named("seismic")}
   * @return the message, a new tree
   * @throws ScimPatchException as {@link #diff(Object, Object)}, and when no request in the
   *     target's dialect makes the change
   */
  public O diff(N oldResource, N newResource, Profile target) {
    Objects.requireNonNull(oldResource, "oldResource");
    Objects.requireNonNull(newResource, "newResource");
    return toObjectTree.apply(client.diffTrees(oldResource, newResource, target));
  }

  /**
   * Computes the PatchOp message that turns one resource into another in a target's dialect, both
   * UTF-8 JSON; see {@link #diff(Object, Object, Profile)}.
   *
   * @param oldJson the resource as the target has it
   * @param newJson the resource as it should be
   * @param target the target's profile
   * @return the message as compact UTF-8 JSON
   * @throws ScimPatchException as {@link #diff(Object, Object, Profile)}
   */
  public byte[] diff(byte[] oldJson, byte[] newJson, Profile target) {
    return client.diff(oldJson, newJson, target);
  }

  /**
   * Rewrites a PatchOp request for a target's dialect: the result, under the target's profile, has
   * the effect the request has under RFC 7644 on {@code current}. The request is read under this
   * facade's profile. See {@link dev.scimpatch.client.PatchDiff#rewrite}.
   *
   * @param patchRequest the PatchOp message
   * @param target the target's profile
   * @param current the resource the request is for
   * @return the rewritten message, a new tree
   * @throws ScimPatchException if the request is refused or fails under RFC 7644, and when no
   *     request in the target's dialect has its effect
   */
  public O rewrite(N patchRequest, Profile target, N current) {
    Objects.requireNonNull(patchRequest, "patchRequest");
    Objects.requireNonNull(current, "current");
    return toObjectTree.apply(client.rewriteTrees(patchRequest, target, current));
  }

  /**
   * Rewrites a PatchOp request for a target's dialect, all UTF-8 JSON; see
   * {@link #rewrite(Object, Profile, Object)}.
   *
   * @param patchRequestJson the PatchOp message
   * @param target the target's profile
   * @param currentJson the resource the request is for
   * @return the rewritten message as compact UTF-8 JSON
   * @throws ScimPatchException as {@link #rewrite(Object, Profile, Object)}
   */
  public byte[] rewrite(byte[] patchRequestJson, Profile target, byte[] currentJson) {
    return client.rewrite(patchRequestJson, target, currentJson);
  }

  /**
   * Applies a PatchOp request as a server answers it: {@code If-Match} / {@code If-None-Match}
   * checked first ({@code 412}), {@code meta} stamped on a change if asked, and the response
   * shaped by {@code returned} ({@code password} never) and the {@code attributes} parameters.
   * See {@link Patcher#patch(byte[], byte[], Exchange)}.
   *
   * @param resourceJson the stored resource
   * @param patchRequestJson the PatchOp request body
   * @param exchange the request's headers and parameters; {@link Exchange#none()} for none
   * @return what to store, what to send, and the {@code ETag}
   * @throws ScimPatchException as {@link Patcher#patch(byte[], byte[], Exchange)}
   */
  public Reply patch(byte[] resourceJson, byte[] patchRequestJson, Exchange exchange) {
    return patcher.patch(resourceJson, patchRequestJson, exchange);
  }

  /**
   * Applies a request already read (bound by a framework's JSON module, say) as a server answers
   * it. See {@link Patcher#patch(ScimObject, PatchRequest, Exchange)}.
   *
   * @param resource the stored resource
   * @param request the request, read under this facade's profile
   * @param exchange the request's headers and parameters; {@link Exchange#none()} for none
   * @return what to store, what to send, and the {@code ETag}
   * @throws ScimPatchException as {@link Patcher#patch(byte[], byte[], Exchange)}
   */
  public Reply patch(ScimObject resource, PatchRequest request, Exchange exchange) {
    return patcher.patch(resource, request, exchange);
  }

  /**
   * Replaces a resource as a server answers a PUT (RFC 7644 §3.5.1): readOnly values of the
   * replacement ignored, immutable ones matched, required ones present, through the same engine
   * and errors as a PATCH. See {@link Patcher#put(byte[], byte[], Exchange)}.
   *
   * @param resourceJson the stored resource
   * @param replacementJson the resource the client sends
   * @param exchange the request's headers and parameters; {@link Exchange#none()} for none
   * @return what to store, what to send, and the {@code ETag}
   * @throws ScimPatchException as {@link Patcher#put(byte[], byte[], Exchange)}
   */
  public Reply put(byte[] resourceJson, byte[] replacementJson, Exchange exchange) {
    return patcher.put(resourceJson, replacementJson, exchange);
  }

  /**
   * Applies a PatchOp request to a resource and tells whether anything changed, so the server can
   * leave {@code meta.lastModified} and {@code meta.version} alone when nothing did (R-GEN-9).
   *
   * @param resourceJson the stored resource; not a JSON object is a {@code 500}
   * @param patchRequestJson the PatchOp message
   * @return the patched resource and whether anything changed
   * @throws ScimPatchException if the request is malformed or an operation fails
   */
  public PatchResult applyForResult(byte[] resourceJson, byte[] patchRequestJson) {
    return patcher.applyForResult(resourceJson, patchRequestJson);
  }

  /**
   * Streams: reads the resource and the request, writes the patched resource as UTF-8 JSON.
   * Closes none of the streams.
   *
   * @param resourceJson the stored resource; not a JSON object is a {@code 500}
   * @param patchRequestJson the PatchOp message
   * @param out where the patched resource is written
   * @return whether anything changed
   * @throws ScimPatchException if the request is malformed or an operation fails; nothing is
   *     written then
   * @throws UncheckedIOException if a stream fails
   */
  public boolean apply(InputStream resourceJson, InputStream patchRequestJson, OutputStream out) {
    return patcher.apply(resourceJson, patchRequestJson, out);
  }

  /**
   * Applies a request already read (or built in code) to a resource tree, under the profile, whose
   * emulated restrictions apply to it as to a message.
   *
   * @param resource the resource
   * @param request the request
   * @return the patched resource and whether anything changed
   * @throws ScimPatchException if the profile refuses the request or an operation fails
   */
  public PatchResult apply(ScimObject resource, PatchRequest request) {
    return patcher.apply(resource, request);
  }

  /**
   * Reads a PatchOp request body under this facade's profile: the canonical operations the
   * engine will apply.
   *
   * @param patchRequestJson the PatchOp message, UTF-8 JSON
   * @return the request
   * @throws ScimPatchException as {@link Patcher#readRequest(byte[])}
   */
  public PatchRequest readRequest(byte[] patchRequestJson) {
    return patcher.readRequest(patchRequestJson);
  }

  /**
   * Reads a PatchOp request from a tree of the JSON library under this facade's profile.
   *
   * @param patchRequest the PatchOp message
   * @return the request
   * @throws ScimPatchException as {@link Patcher#readRequest(byte[])}
   */
  public PatchRequest readRequest(N patchRequest) {
    return patcher.readRequest(patcher.requestTree(patchRequest));
  }

  /**
   * Reads a PatchOp request body under this facade's profile into canonical operations; empty
   * when the profile accepts an empty {@code Operations} array (T4).
   *
   * @param patchRequestJson the PatchOp message, UTF-8 JSON
   * @return the canonical operations
   * @throws ScimPatchException as {@link Patcher#readOperations(byte[])}
   */
  public List<PatchOperation> readOperations(byte[] patchRequestJson) {
    return patcher.readOperations(patchRequestJson);
  }

}

package dev.scimpatch.codec;

import dev.scimpatch.Limits;
import dev.scimpatch.PatchResult;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.UniquenessCheck;
import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.internal.Text;
import dev.scimpatch.internal.json.JsonLength;
import dev.scimpatch.profile.RequestReader;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.response.AttributeSelection;
import dev.scimpatch.response.Exchange;
import dev.scimpatch.response.Reply;
import dev.scimpatch.response.Shaping;
import dev.scimpatch.response.Versions;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.schema.Uniqueness;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * SCIM PATCH over a {@link ScimCodec}: a stored resource and a PatchOp request in, the patched
 * resource out, or a {@link ScimPatchException} whose {@link ErrorDocument} is the SCIM error
 * response. The JSON adapters' facades are this class with their codec and tree types.
 *
 * <p>One {@link ResourceType} (the schema, the profile's extensions and its tolerances) is built
 * when the patcher is, and both the request reader and the engine use it. Requests are read under
 * the profile ({@link RequestReader}), and applied by the {@link PatchEngine}: atomically, never
 * changing the arguments. Nothing but {@code ScimPatchException} escapes for any input, however
 * malformed; a {@code null} argument gives a {@code NullPointerException}; a stream that fails
 * gives an {@link UncheckedIOException}. A request problem is a 4xx error; a stored resource that
 * cannot be read or is not a JSON object is a {@code 500}, since it is the server's.
 *
 * <p>Immutable and thread-safe: build one per resource type and share it.
 *
 * @since 0.1
 */
public final class Patcher {

  private final ScimCodec codec;
  private final ScimCodec requestCodec;
  private final ScimCodec resourceCodec;
  private final Limits limits;
  private final Limits resourceLimits;
  private final RequestReader reader;
  private final PatchEngine engine;
  private final UniquenessCheck uniqueness;
  private final @Nullable ResourceSchema schema;

  private Patcher(Builder<?> b) {
    this.codec = b.codec;
    this.limits = b.limits;
    this.resourceLimits = b.resourceLimits;
    this.requestCodec = b.codec.withLimits(b.limits);
    this.resourceCodec = b.codec.withLimits(b.resourceLimits);
    ResourceType type = ResourceType.of(b.schema, b.profile).withLimits(b.limits, b.resourceLimits);
    this.reader = RequestReader.of(type);
    this.engine = PatchEngine.of(type);
    this.uniqueness = b.uniqueness;
    this.schema = type.schema().orElse(null);
  }

  /**
   * Returns a builder: strict profile, no schema, default limits.
   *
   * @param codec the JSON codec requests and resources are read with
   * @return the builder
   */
  public static Builder<Patcher> builder(ScimCodec codec) {
    return new Builder<>(codec, p -> p);
  }

  /**
   * Returns a builder of an adapter's facade over a patcher, such as the Jackson adapter's
   * {@code ScimPatch}: the same settings, and the facade made from the patcher they build.
   *
   * @param codec the adapter's codec, which {@link Builder#codec} may change
   * @param facade makes the facade from the patcher
   * @param <T> the facade
   * @return the builder
   */
  public static <T> Builder<T> builder(ScimCodec codec, Function<Patcher, T> facade) {
    return new Builder<>(codec, facade);
  }

  /** {@return the profile requests are read and applied under} */
  public Profile profile() {
    return reader.type().profile();
  }

  /** {@return the schema (with the profile's extensions), or empty when resources are schema-less} */
  public Optional<ResourceSchema> schema() {
    return reader.type().schema();
  }

  /** {@return the resource type requests are resolved against} */
  public ResourceType type() {
    return reader.type();
  }

  /** {@return the limits of requests: their JSON, paths and filters, the work they may cost} */
  public Limits limits() {
    return limits;
  }

  /** {@return the limits of stored resources: what the patcher reads, and what every result fits} */
  public Limits resourceLimits() {
    return resourceLimits;
  }

  /** {@return the codec requests and resources are read and written with} */
  public ScimCodec codec() {
    return codec;
  }

  /**
   * Applies a PatchOp request to a resource, both JSON.
   *
   * @param resourceJson the stored resource, a JSON object
   * @param patchRequestJson the PatchOp request body
   * @return the patched resource as compact UTF-8 JSON
   * @throws ScimPatchException if the request is malformed or an operation fails
   */
  public byte[] apply(byte[] resourceJson, byte[] patchRequestJson) {
    Objects.requireNonNull(resourceJson, "resourceJson");
    Objects.requireNonNull(patchRequestJson, "patchRequestJson");
    ScimObject resource = storedResource(() -> resourceCodec.read(resourceJson));
    PatchResult result = unique(resource, engine.apply(resource, reader.read(requestCodec.read(patchRequestJson))));
    byte[] out = codec.writeBytes(result.resource());
    if (result.changed() && out.length > resourceLimits.maxDocumentLength()) {
      throw tooLarge(out.length);
    }
    return out;
  }

  /**
   * Applies a PatchOp request to a resource and tells whether anything changed, so the server can
   * leave {@code meta.lastModified} and {@code meta.version} alone when nothing did (R-GEN-9).
   *
   * @param resourceJson the stored resource, a JSON object
   * @param patchRequestJson the PatchOp request body
   * @return the patched resource, as a tree, and whether anything changed
   * @throws ScimPatchException if the request is malformed or an operation fails
   */
  public PatchResult applyForResult(byte[] resourceJson, byte[] patchRequestJson) {
    Objects.requireNonNull(resourceJson, "resourceJson");
    Objects.requireNonNull(patchRequestJson, "patchRequestJson");
    ScimObject resource = storedResource(() -> resourceCodec.read(resourceJson));
    return apply(resource, requestCodec.read(patchRequestJson));
  }

  /**
   * Streams: reads the resource and the request, writes the patched resource as UTF-8 JSON. Closes
   * none of the streams.
   *
   * @param resourceJson the stored resource, a JSON object
   * @param patchRequestJson the PatchOp request body
   * @param out where the patched resource is written, also when nothing changed
   * @return whether anything changed
   * @throws ScimPatchException if the request is malformed or an operation fails; nothing is
   *     written then
   * @throws UncheckedIOException if a stream fails
   */
  public boolean apply(InputStream resourceJson, InputStream patchRequestJson, OutputStream out) {
    Objects.requireNonNull(resourceJson, "resourceJson");
    Objects.requireNonNull(patchRequestJson, "patchRequestJson");
    Objects.requireNonNull(out, "out");
    ScimObject resource = storedResource(() -> resourceCodec.read(resourceJson));
    PatchResult result = apply(resource, requestCodec.read(patchRequestJson));
    codec.write(result.resource(), out);
    return result.changed();
  }

  /**
   * Applies a PatchOp message, as a tree, to a resource tree.
   *
   * @param resource the stored resource
   * @param patchRequest the PatchOp message
   * @return the patched resource and whether anything changed
   * @throws ScimPatchException if the request is malformed or an operation fails
   */
  public PatchResult apply(ScimObject resource, ScimNode patchRequest) {
    Objects.requireNonNull(resource, "resource");
    return fits(unique(resource, engine.apply(resource, reader.read(Objects.requireNonNull(patchRequest, "patchRequest")))));
  }

  /**
   * Applies a PatchOp message to a resource, both trees of the codec's JSON library (Jackson's
   * {@code JsonNode}, say), converted with the request and the resource limits.
   *
   * @param resourceTree the stored resource
   * @param patchRequestTree the PatchOp message
   * @return the patched resource and whether anything changed
   * @throws ScimPatchException if the request is malformed or an operation fails; {@code 500} if
   *     the resource cannot be converted or is not an object
   * @throws IllegalArgumentException if the codec does not convert trees of that type
   */
  public PatchResult applyTrees(Object resourceTree, Object patchRequestTree) {
    Objects.requireNonNull(resourceTree, "resourceTree");
    Objects.requireNonNull(patchRequestTree, "patchRequestTree");
    ScimObject resource = storedResource(() -> tree(resourceCodec, resourceTree));
    return apply(resource, tree(requestCodec, patchRequestTree));
  }

  /**
   * Converts a request tree of the codec's JSON library with the request limits.
   *
   * @param tree the tree
   * @return the core's tree
   * @throws ScimPatchException {@code 400 invalidSyntax} if it is not JSON within the limits
   * @throws IllegalArgumentException if the codec does not convert trees of that type
   */
  public ScimNode requestTree(Object tree) {
    return tree(requestCodec, Objects.requireNonNull(tree, "tree"));
  }

  static ScimNode tree(ScimCodec codec, Object tree) {
    ScimNode node = codec.fromTree(tree);
    if (node == null) {
      throw new IllegalArgumentException("the codec does not convert a " + tree.getClass().getName());
    }
    return node;
  }

  /**
   * Applies a PatchOp request as a server answers it: preconditions checked before anything is
   * applied ({@code 412}), the result stamped on a change if asked, and shaped for the response by
   * {@code returned} and the {@code attributes} parameters (RFC 7644 §3.5.2: the response is
   * subject to them). Store {@link Reply#stored()}, send {@link Reply#body()} with the
   * {@code ETag} {@link Reply#version()}.
   *
   * @param resourceJson the stored resource, a JSON object
   * @param patchRequestJson the PatchOp request body
   * @param exchange the request's headers and parameters
   * @return what to store and what to send
   * @throws ScimPatchException as {@link #apply(byte[], byte[])}; {@code 412} for a failed
   *     precondition; {@code 400 invalidPath} for a bad {@code attributes} parameter, both before
   *     anything is applied
   */
  public Reply patch(byte[] resourceJson, byte[] patchRequestJson, Exchange exchange) {
    Objects.requireNonNull(resourceJson, "resourceJson");
    Objects.requireNonNull(patchRequestJson, "patchRequestJson");
    ScimObject resource = storedResource(() -> resourceCodec.read(resourceJson));
    return patch(resource, requestCodec.read(patchRequestJson), exchange);
  }

  /**
   * Applies a PatchOp message, as a tree, as a server answers it; as {@link #patch(byte[], byte[], Exchange)}.
   *
   * @param resource the stored resource
   * @param patchRequest the PatchOp message
   * @param exchange the request's headers and parameters
   * @return what to store and what to send
   * @throws ScimPatchException as {@link #patch(byte[], byte[], Exchange)}
   */
  public Reply patch(ScimObject resource, ScimNode patchRequest, Exchange exchange) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(patchRequest, "patchRequest");
    return answer(resource, exchange, () -> apply(resource, patchRequest));
  }

  /**
   * Applies a request already read (bound by a framework's JSON module, say) as a server answers
   * it; as {@link #patch(byte[], byte[], Exchange)}.
   *
   * @param resource the stored resource
   * @param request the request
   * @param exchange the request's headers and parameters
   * @return what to store and what to send
   * @throws ScimPatchException as {@link #patch(byte[], byte[], Exchange)}
   */
  public Reply patch(ScimObject resource, PatchRequest request, Exchange exchange) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(request, "request");
    return answer(resource, exchange, () -> apply(resource, request));
  }

  /**
   * A change as a server answers it: the attribute lists and the preconditions checked before
   * anything is applied, the result stamped on a change if asked, and shaped for the response.
   */
  private Reply answer(ScimObject resource, Exchange exchange, Supplier<PatchResult> change) {
    Objects.requireNonNull(exchange, "exchange");
    AttributeSelection selection = AttributeSelection.parse(exchange.attributes(), exchange.excludedAttributes(), schema);
    Versions.checkPreconditions(resource, exchange.ifMatch(), exchange.ifNoneMatch());
    PatchResult result = change.get();
    Clock clock = exchange.stamp();
    ScimObject stored = result.changed() && clock != null ? Versions.stamp(result.resource(), clock) : result.resource();
    return new Reply(stored, Shaping.shape(stored, schema, selection), Versions.version(stored), result.changed());
  }

  /**
   * Replaces a resource as a server answers a PUT (RFC 7644 §3.5.1), through the same engine,
   * checks and errors as a PATCH ({@link PatchEngine#put}): preconditions first, the result
   * within the stored-resource limits and checked for uniqueness, stamped and shaped as
   * {@link #patch(byte[], byte[], Exchange)} does.
   *
   * @param resourceJson the stored resource, a JSON object
   * @param replacementJson the resource the client sends, a JSON object
   * @param exchange the request's headers and parameters
   * @return what to store and what to send
   * @throws ScimPatchException {@code 400} as {@link PatchEngine#put} says, {@code 412} for a failed
   *     precondition, {@code 409 uniqueness}; nothing is changed
   */
  public Reply put(byte[] resourceJson, byte[] replacementJson, Exchange exchange) {
    Objects.requireNonNull(resourceJson, "resourceJson");
    Objects.requireNonNull(replacementJson, "replacementJson");
    ScimObject resource = storedResource(() -> resourceCodec.read(resourceJson));
    ScimNode replacement = requestCodec.read(replacementJson);
    if (!(replacement instanceof ScimObject object)) {
      throw ScimPatchException.of(ScimType.INVALID_SYNTAX, "a PUT body is a resource, a JSON object, not "
          + replacement.jsonType() + " (RFC 7644 §3.5.1)");
    }
    return put(resource, object, exchange);
  }

  /**
   * Replaces a resource, as a tree, as a server answers a PUT; as {@link #put(byte[], byte[], Exchange)}.
   *
   * @param resource the stored resource
   * @param replacement the resource the client sends
   * @param exchange the request's headers and parameters
   * @return what to store and what to send
   * @throws ScimPatchException as {@link #put(byte[], byte[], Exchange)}
   */
  public Reply put(ScimObject resource, ScimObject replacement, Exchange exchange) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(replacement, "replacement");
    return answer(resource, exchange, () -> fits(unique(resource, engine.put(resource, replacement))));
  }

  /**
   * The result, if its JSON text fits what the patcher reads as a stored resource; else
   * {@code 400 invalidValue}, so that no later PATCH of the resource fails on reading it.
   */
  private PatchResult fits(PatchResult result) {
    if (result.changed()) {
      long length = JsonLength.of(result.resource(), resourceLimits.maxDocumentLength() + 1);
      if (length > resourceLimits.maxDocumentLength()) {
        throw tooLarge(length);
      }
    }
    return result;
  }

  /**
   * The result, if the uniqueness check finds no conflict for a value the request changed of an
   * attribute whose uniqueness is {@code server} or {@code global}; else {@code 409 uniqueness}.
   */
  private PatchResult unique(ScimObject before, PatchResult result) {
    ResourceSchema s = schema;
    if (s == null || !result.changed()) {
      return result;
    }
    ScimObject after = result.resource();
    check(s.core().id(), s.core().attributes(), before, after);
    for (Schema ext : s.extensions()) {
      ScimNode b = before.get(ext.id());
      ScimNode a = after.get(ext.id());
      if (a instanceof ScimObject afterExt && !afterExt.equals(b)) {
        check(ext.id(), ext.attributes(), b instanceof ScimObject o ? o : ScimObject.empty(), afterExt);
      }
    }
    return result;
  }

  private void check(String urn, List<Attribute> attributes, ScimObject before, ScimObject after) {
    for (Attribute a : attributes) {
      if (a.uniqueness() == Uniqueness.NONE) {
        continue;
      }
      ScimNode now = after.get(a.name());
      if (now == null || now.isNull() || now.equals(before.get(a.name()))) {
        continue;
      }
      List<ScimNode> values = a.multiValued() && now instanceof ScimArray array ? array.elements() : List.of(now);
      ScimNode was = before.get(a.name());
      for (ScimNode v : values) {
        if (a.multiValued() && was instanceof ScimArray old && old.elements().contains(v)) {
          continue; // held before: not the request's
        }
        if (uniqueness.conflicts(urn, a, v)) {
          throw ScimPatchException.of(ScimType.UNIQUENESS, Text.quote(a.name()) + " must be unique ("
              + a.uniqueness().keyword() + "), and another resource has the value the request gives it");
        }
      }
    }
  }

  private ScimPatchException tooLarge(long length) {
    return ScimPatchException.of(ScimType.INVALID_VALUE, "the patched resource would be "
        + (length > resourceLimits.maxDocumentLength() + 1 ? "about " : "") + length
        + " bytes of JSON, more than this server stores (" + resourceLimits.maxDocumentLength() + ")");
  }

  /**
   * Applies a request built in code (or read before) to a resource tree, under the profile: its
   * emulated restrictions apply to it as to a message.
   *
   * @param resource the stored resource
   * @param request the request
   * @return the patched resource and whether anything changed
   * @throws ScimPatchException if the profile refuses the request or an operation fails
   */
  public PatchResult apply(ScimObject resource, PatchRequest request) {
    Objects.requireNonNull(resource, "resource");
    return fits(unique(resource, engine.apply(resource, reader.read(Objects.requireNonNull(request, "request")))));
  }

  /**
   * Reads a PatchOp request body under the profile: the canonical operations the engine applies.
   * An operation that does not resolve against the schema (an attribute it does not define, a
   * value of the wrong type) is read as it is; the engine refuses it when the request is applied.
   *
   * @param patchRequestJson the PatchOp request body
   * @return the request of the canonical operations
   * @throws ScimPatchException {@code 400} as {@link dev.scimpatch.profile.PatchMessages} says, for
   *     what the profile refuses (its emulation, 501 where E8 says so; T9, T15), and
   *     {@code 400 invalidSyntax} for a request left without operations, as a request has one or
   *     more: an empty {@code Operations} array even where the profile accepts one, or operations
   *     the profile all drops
   */
  public PatchRequest readRequest(byte[] patchRequestJson) {
    return readRequest(requestCodec.read(patchRequestJson));
  }

  /**
   * Reads a PatchOp message, as a tree, under the profile.
   *
   * @param patchRequest the PatchOp message
   * @return the request of the canonical operations
   * @throws ScimPatchException as {@link #readRequest(byte[])}
   */
  public PatchRequest readRequest(ScimNode patchRequest) {
    return reader.readRequest(patchRequest);
  }

  /**
   * Reads a PatchOp request body under the profile into its canonical operations; empty when the
   * profile accepts an empty {@code Operations} array (T4).
   *
   * @param patchRequestJson the PatchOp request body
   * @return the canonical operations, in the order the engine applies them
   * @throws ScimPatchException as {@link #readRequest(byte[])}, but for the empty array
   */
  public List<PatchOperation> readOperations(byte[] patchRequestJson) {
    return reader.read(requestCodec.read(patchRequestJson)).operations();
  }

  /**
   * Lists every operation of a request the profile refuses, each read alone, with its reason; a
   * request whose JSON or envelope is refused gives that one error.
   *
   * @param patchRequestJson the PatchOp request body
   * @return the refusals, each naming its operation; empty when the request is accepted
   */
  public List<ScimPatchException> refusals(byte[] patchRequestJson) {
    ScimNode body;
    try {
      body = requestCodec.read(patchRequestJson);
    } catch (ScimPatchException e) {
      return List.of(e);
    }
    return reader.refusals(body);
  }

  /**
   * Reads a stored resource: it must be a JSON object; anything else, or what reading it throws,
   * is the server's fault, a {@code 500}. For adapters that convert their own trees.
   *
   * @param read reads or converts the resource
   * @return the resource
   * @throws ScimPatchException {@code 500} if it cannot be read or is not an object
   */
  public static ScimObject storedResource(Supplier<ScimNode> read) {
    ScimNode node;
    try {
      node = read.get();
    } catch (ScimPatchException e) {
      throw ScimPatchException.ofStatus(500, "the stored resource cannot be read: " + e.reason());
    }
    if (node instanceof ScimObject o) {
      return o;
    }
    throw ScimPatchException.ofStatus(500, "the stored resource is not a JSON object but " + node.jsonType());
  }

  /**
   * Builds a {@link Patcher}, or an adapter's facade over one.
   *
   * @param <T> what {@link #build()} returns
   * @since 0.1
   */
  public static final class Builder<T> {
    private ScimCodec codec;
    private final Function<Patcher, T> facade;
    private Profile profile = Profile.strict();
    private @Nullable ResourceSchema schema;
    private Limits limits = Limits.defaults();
    private Limits resourceLimits = Limits.resourceDefaults();
    private UniquenessCheck uniqueness = UniquenessCheck.none();

    private Builder(ScimCodec codec, Function<Patcher, T> facade) {
      this.codec = Objects.requireNonNull(codec, "codec");
      this.facade = Objects.requireNonNull(facade, "facade");
    }

    /**
     * Sets the profile. Default {@link Profile#strict()}.
     *
     * @param profile the profile requests are read and applied under
     * @return this builder
     */
    public Builder<T> profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the resource schema; {@code null} (the default) means schema-less resources.
     *
     * @param schema the schema, or {@code null}
     * @return this builder
     */
    public Builder<T> schema(@Nullable ResourceSchema schema) {
      this.schema = schema;
      return this;
    }

    /**
     * Sets the limits paths and filters are parsed with. Default {@link Limits#defaults()}.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder<T> limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the limits of stored resources: how large a resource the patcher reads, and what every
     * result must fit so that it can be read back. Default {@link Limits#resourceDefaults()}.
     *
     * @param resourceLimits the limits
     * @return this builder
     */
    public Builder<T> resourceLimits(Limits resourceLimits) {
      this.resourceLimits = Objects.requireNonNull(resourceLimits, "resourceLimits");
      return this;
    }

    /**
     * Sets the JSON codec, for other stream limits say. Default: the one the builder was made with.
     *
     * @param codec the codec
     * @return this builder
     */
    public Builder<T> codec(ScimCodec codec) {
      this.codec = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /**
     * Sets the check of attributes whose uniqueness is {@code server} or {@code global}: the
     * patcher asks it about every such value a request changes, and a conflict is
     * {@code 409 uniqueness}. Default: none (the server checks after the patch).
     *
     * @param uniqueness the check
     * @return this builder
     */
    public Builder<T> uniqueness(UniquenessCheck uniqueness) {
      this.uniqueness = Objects.requireNonNull(uniqueness, "uniqueness");
      return this;
    }

    /** {@return the patcher, or the facade over it; each call builds a new one} */
    public T build() {
      return facade.apply(new Patcher(this));
    }
  }
}

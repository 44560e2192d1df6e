package dev.scimpatch.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimpatch.CanonicalRequest;
import dev.scimpatch.PatchMessages;
import dev.scimpatch.PatchOperation;
import dev.scimpatch.PatchRequest;
import dev.scimpatch.PatchResult;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * SCIM PATCH in one call: a resource and a PatchOp request in, the patched resource out, or a
 * {@link ScimPatchException} that {@link ScimErrors} turns into the SCIM error response.
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
 * <p>Requests are read under the profile ({@link Profile#strict()} unless the builder says
 * otherwise; {@link PatchMessages}), with the schema's URNs and the profile's extensions known,
 * and applied by the core {@link PatchEngine}: atomically, never changing the arguments. No exception
 * but {@code ScimPatchException} escapes {@code apply} for any input, however malformed; a
 * {@code null} argument gives a {@code NullPointerException}. A request problem is a 4xx error; a
 * stored resource that is not a JSON object is a {@code 500}, since it is the server's.
 *
 * <p>Immutable and thread-safe: build one per resource type and share it.
 */
public final class ScimPatch {

  private final Profile profile;
  private final @Nullable ResourceSchema schema;
  private final PatchEngine engine;
  private final PathParser paths;
  private final ScimJson json;

  private ScimPatch(Builder b) {
    this.profile = b.profile;
    this.schema = b.schema;
    this.engine = PatchEngine.of(b.schema, b.profile);
    this.paths = PathParser.builder().schemaUrns(knownUrns(engine, b.profile)).build();
    this.json = b.json;
  }

  /** The schema URNs paths are parsed with: the schema's, with the profile's extensions. */
  private static List<String> knownUrns(PatchEngine engine, Profile profile) {
    List<String> urns = new ArrayList<>();
    engine.schema().ifPresent(s -> urns.addAll(s.schemaUrns()));
    profile.extensions().forEach(e -> {
      if (!urns.contains(e.id())) {
        urns.add(e.id());
      }
    });
    return urns;
  }

  /** Returns a builder: strict profile, no schema, default JSON limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the profile. */
  public Profile profile() {
    return profile;
  }

  /** Returns the schema, or empty when resources are schema-less. */
  public Optional<ResourceSchema> schema() {
    return Optional.ofNullable(schema);
  }

  /**
   * Applies a PatchOp request to a resource.
   *
   * @return the patched resource, a new tree; the arguments are not changed
   * @throws ScimPatchException if the request is malformed or an operation fails
   */
  public ObjectNode apply(JsonNode resource, JsonNode patchRequest) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(patchRequest, "patchRequest");
    ScimObject stored = resource(convertResource(resource));
    return json.toObjectNode(engine.apply(stored, canonical(json.fromJsonNode(patchRequest))).resource());
  }

  /**
   * Applies a PatchOp request to a resource, both UTF-8 JSON.
   *
   * @return the patched resource as compact UTF-8 JSON
   * @throws ScimPatchException if the request is malformed or an operation fails
   */
  public byte[] apply(byte[] resourceJson, byte[] patchRequestJson) {
    return json.writeBytes(applyForResult(resourceJson, patchRequestJson).resource());
  }

  /**
   * Applies a PatchOp request to a resource and tells whether anything changed, so the server can
   * leave {@code meta.lastModified} and {@code meta.version} alone when nothing did (R-GEN-9).
   *
   * @throws ScimPatchException if the request is malformed or an operation fails
   */
  public PatchResult applyForResult(byte[] resourceJson, byte[] patchRequestJson) {
    Objects.requireNonNull(resourceJson, "resourceJson");
    Objects.requireNonNull(patchRequestJson, "patchRequestJson");
    ScimObject resource = resource(resourceJson);
    return engine.apply(resource, canonical(json.read(patchRequestJson)));
  }

  /**
   * Streams: reads the resource and the request, writes the patched resource as UTF-8 JSON.
   * Closes none of the streams.
   *
   * @return whether anything changed
   * @throws ScimPatchException if the request is malformed or an operation fails; nothing is
   *     written then
   */
  public boolean apply(InputStream resourceJson, InputStream patchRequestJson, OutputStream out) {
    Objects.requireNonNull(out, "out");
    ScimObject resource = resource(readResource(resourceJson));
    PatchResult result = engine.apply(resource, canonical(json.read(patchRequestJson)));
    json.write(result.resource(), out);
    return result.changed();
  }

  /** Applies a request already read to a resource tree (no further profile rewriting). */
  public PatchResult apply(ScimObject resource, PatchRequest request) {
    return engine.apply(resource, request);
  }

  /**
   * Reads a PatchOp request body under this facade's profile: the canonical operations the
   * engine will apply.
   *
   * @throws ScimPatchException {@code 400} as {@link PatchMessages} says, and the refusals of the
   *     profile's emulation; {@code 400 invalidSyntax} for an empty {@code Operations} array even
   *     where the profile accepts one, as a request has one or more operations (see
   *     {@link #readOperations(byte[])})
   */
  public PatchRequest readRequest(byte[] patchRequestJson) {
    return new PatchRequest(readOperations(patchRequestJson));
  }

  /**
   * Reads a PatchOp request from a Jackson tree under this facade's profile.
   *
   * @throws ScimPatchException as {@link #readRequest(byte[])}
   */
  public PatchRequest readRequest(JsonNode patchRequest) {
    return new PatchRequest(readOperations(json.fromJsonNode(patchRequest)));
  }

  /**
   * Reads a PatchOp request body under this facade's profile into canonical operations; empty
   * when the profile accepts an empty {@code Operations} array (T4).
   *
   * @throws ScimPatchException {@code 400} as {@link PatchMessages} says, and the refusals of the
   *     profile's emulation
   */
  public List<PatchOperation> readOperations(byte[] patchRequestJson) {
    return readOperations(json.read(patchRequestJson));
  }

  private List<PatchOperation> readOperations(ScimNode body) {
    return canonical(body).operations();
  }

  /** The canonical operations, remembering the message's operations so errors name them. */
  private CanonicalRequest canonical(ScimNode body) {
    return PatchMessages.readCanonical(body, paths, profile, engine.schema().orElse(null));
  }

  private ScimObject resource(byte[] resourceJson) {
    return resource(readResource(resourceJson));
  }

  private ScimNode readResource(byte[] resourceJson) {
    try {
      return json.read(resourceJson);
    } catch (ScimPatchException e) {
      throw storedResource(e);
    }
  }

  private ScimNode readResource(InputStream resourceJson) {
    try {
      return json.read(resourceJson);
    } catch (ScimPatchException e) {
      throw storedResource(e);
    }
  }

  private ScimNode convertResource(JsonNode resource) {
    try {
      return json.fromJsonNode(resource);
    } catch (ScimPatchException e) {
      throw storedResource(e);
    }
  }

  private static ScimObject resource(ScimNode node) {
    if (node instanceof ScimObject o) {
      return o;
    }
    throw ScimPatchException.ofStatus(500, "the stored resource is not a JSON object but " + node.jsonType());
  }

  private static ScimPatchException storedResource(ScimPatchException e) {
    return ScimPatchException.ofStatus(500, "the stored resource cannot be read: " + e.reason());
  }

  /** Builds a {@link ScimPatch}. */
  public static final class Builder {
    private Profile profile = Profile.strict();
    private @Nullable ResourceSchema schema;
    private ScimJson json = ScimJson.defaults();

    private Builder() {}

    /** Sets the profile. Default {@link Profile#strict()}. */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** Sets the resource schema; {@code null} (the default) means schema-less resources. */
    public Builder schema(@Nullable ResourceSchema schema) {
      this.schema = schema;
      return this;
    }

    /** Sets the JSON reader and writer, for other stream limits. Default {@link ScimJson#defaults()}. */
    public Builder json(ScimJson json) {
      this.json = Objects.requireNonNull(json, "json");
      return this;
    }

    /** Returns the facade. */
    public ScimPatch build() {
      return new ScimPatch(this);
    }
  }
}

package dev.scimpatch.engine;

import dev.scimpatch.PatchResult;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.path.Path;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.resolve.ResolvedOperation;
import dev.scimpatch.resolve.ResolvedRequest;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.tree.ScimObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Applies PATCH requests (RFC 7644 §3.5.2) to resources, with or without a schema. Immutable and
 * thread-safe: build one per resource type and reuse it.
 *
 * <pre>{@code
 * PatchEngine engine = PatchEngine.of(ResourceSchemas.user());
 * PatchResult result = engine.apply(user, PatchRequest.builder()
 *     .replace("emails[type eq \"work\"].value", ScimString.of("bjensen@example.com"))
 *     .build());
 * }</pre>
 *
 * <p><b>Atomic.</b> Operations apply in order, each to the result of the one before; the first
 * failure throws a {@link ScimPatchException} naming the operation's index and path, and nothing
 * of the request takes effect. The input is never modified (trees are immutable): the result is a
 * new tree that shares everything the request did not touch.
 *
 * <p><b>What it decides where the RFC is silent</b> (the strict answers; a profile's semantics
 * switches give others):
 * <ul>
 *   <li>Replacing a complex attribute merges: sub-attributes not given stay (R-REP-5); so does a
 *       value merged into the values a filter selects (R-REP-6, R-ADD-10).</li>
 *   <li>Adding to a multi-valued attribute appends in request order and skips a value equal to an
 *       existing one on every sub-attribute given, strings compared per {@code caseExact}
 *       (R-ADD-6, U-8).</li>
 *   <li>A filter that matches nothing: {@code replace} and {@code add} fail with
 *       {@code noTarget} (R-REP-8, R-ADD-11); {@code remove} succeeds and changes nothing
 *       (R-REM-8).</li>
 *   <li>Setting {@code primary: true} on one value sets it false on the others (R-GEN-6); one
 *       operation that sets it on two values is {@code invalidValue} (U-7).</li>
 *   <li>{@code readOnly} attributes ({@code id}, {@code meta}, User {@code groups},
 *       {@code schemas}) and assigned {@code immutable} ones cannot change; sending back the value
 *       they already have is accepted (U-5). A required attribute cannot be made unassigned.
 *       All of these are {@code mutability}.</li>
 *   <li>With a schema, values are type-checked ({@code invalidValue}), unknown attributes in paths are
 *       {@code invalidPath}, filters compare per {@code caseExact}, and names are written in the
 *       schema's spelling. A sub-attribute the schema does not define, inside a complex value, is
 *       kept as sent: RFC 7644's own examples send Group members a {@code display} that RFC 7643
 *       §8.7.1 does not define. Without one, any attribute goes, multi-valuedness comes from the
 *       document, and names keep the spelling the resource (else the request) has.</li>
 *   <li>Adding the first attribute of an extension adds its URN to {@code schemas}; removing its
 *       last removes the URN and the empty container (R-EXT-3).</li>
 *   <li>An add of {@code null} adds nothing; a replace with {@code null} or {@code []} unassigns
 *       (RFC 7643 §2.5).</li>
 *   <li>Without a path, each key of the value is an attribute name or a schema URN holding an
 *       object of that schema's attributes; other keys ({@code name.givenName}) are
 *       {@code invalidPath} (U-4).</li>
 * </ul>
 *
 * <p><b>Cost.</b> One working copy per request: a multi-valued attribute is copied once, on first
 * touch, and frozen once. Filters' {@code eq} terms ({@code and}, {@code or} of them included) and
 * the duplicate check of an add use hash indexes on the values, built at most once per attribute
 * per request and kept up to date, so removing k members of an n-member group by k filtered
 * operations costs O(n + k). What no index answers (a {@code co} filter, k times over n values)
 * is counted against {@link dev.scimpatch.Limits#maxWork()}: past it, {@code 400 tooMany}.
 *
 * @since 0.1
 */
public final class PatchEngine {

  /**
   * The deepest value an operation may carry: objects and arrays nested at most this many levels.
   * RFC 7643 §2.3.8 keeps real values within three (a multi-valued complex attribute holding a
   * multi-valued sub-attribute); the bound keeps patched resources within what JSON readers
   * accept. Deeper is {@code 400 invalidValue}.
   */
  public static final int MAX_VALUE_DEPTH = 8;

  private static final PatchEngine SCHEMALESS = new PatchEngine(ResourceType.schemaless());

  private final ResourceType type;

  private PatchEngine(ResourceType type) {
    this.type = type;
  }

  /**
   * Returns an engine for a resource type: its schema (or none), its profile's extensions, and the
   * profile's semantics switches (S2–S7) and engine-side emulation (E6, E11). The profile's other
   * switches act where requests are read ({@link dev.scimpatch.profile.RequestReader}); requests
   * built in code are resolved with its value tolerances.
   *
   * @param type the resource type, built once and shared with the request reader
   * @return the engine
   */
  public static PatchEngine of(ResourceType type) {
    Objects.requireNonNull(type, "type");
    return type == ResourceType.schemaless() ? SCHEMALESS : new PatchEngine(type);
  }

  /**
   * Returns an engine for resources of the given schema, with the strict profile.
   *
   * @param schema the resource schema, for example {@link dev.scimpatch.schema.ResourceSchemas#user()}
   * @return the engine
   */
  public static PatchEngine of(ResourceSchema schema) {
    return of(ResourceType.of(Objects.requireNonNull(schema, "schema"), Profile.strict()));
  }

  /**
   * Returns an engine for resources of the given schema ({@code null}: schema-less) under a profile;
   * the same as {@code of(ResourceType.of(schema, profile))}.
   *
   * @param schema the resource schema, or {@code null} for schema-less resources
   * @param profile the profile
   * @return the engine
   */
  public static PatchEngine of(@Nullable ResourceSchema schema, Profile profile) {
    return of(ResourceType.of(schema, profile));
  }

  /** {@return an engine for resources without a schema, with the strict profile} */
  public static PatchEngine schemaless() {
    return SCHEMALESS;
  }

  /** {@return the resource type the engine applies requests to} */
  public ResourceType type() {
    return type;
  }

  /** {@return the profile whose semantics this engine follows} */
  public Profile profile() {
    return type.profile();
  }

  /** {@return the schema (with the profile's extensions), or empty for a schema-less engine} */
  public Optional<ResourceSchema> schema() {
    return type.schema();
  }

  /**
   * Applies a request to a resource.
   *
   * @param resource the resource; not modified
   * @param request the request, resolved against this engine's resource type as it is applied
   * @return the patched resource and whether anything changed
   * @throws ScimPatchException if an operation fails; its {@link ScimPatchException#operationIndex()}
   *     and {@link ScimPatchException#path()} name the operation, and nothing was applied
   */
  public PatchResult apply(ScimObject resource, PatchRequest request) {
    return run(resource, request).finish();
  }

  /** Applies a request and returns the run, to be finished: its work can be read (tests count it). */
  Run run(ScimObject resource, PatchRequest request) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(request, "request");
    Run run = new Run(type, resource);
    List<PatchOperation> operations = request.operations();
    for (int i = 0; i < operations.size(); i++) {
      PatchOperation op = operations.get(i);
      try {
        for (ResolvedOperation step : type.resolve(op).stepsOrThrow()) {
          run.apply(step);
        }
      } catch (ScimPatchException e) {
        Path path = op.path();
        throw e.withOperation(i, path == null ? null : path.toString());
      }
    }
    return run;
  }

  /**
   * Replaces a resource as PUT does (RFC 7644 §3.5.1), through the same checks and errors as a
   * PATCH: readOnly attributes of the replacement are ignored, immutable ones must match, required
   * ones must be there, readWrite ones it leaves out are removed (writeOnly ones are kept), and the
   * rest take the replacement's values whole. The profile's value tolerances apply; its emulated
   * restrictions, which are about PATCH messages, do not.
   *
   * @param current the stored resource; not modified
   * @param replacement the resource the client sends
   * @return the replaced resource and whether anything changed
   * @throws ScimPatchException {@code 400 mutability} for a change of an immutable value,
   *     {@code 400 invalidValue} for a missing required attribute or a value of the wrong type,
   *     {@code 400 invalidPath} for an attribute the schema does not define; nothing is changed
   */
  public PatchResult put(ScimObject current, ScimObject replacement) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(replacement, "replacement");
    List<PatchOperation> ops = Put.operations(type.schema().orElse(null), current, replacement);
    try {
      return apply(current, ops);
    } catch (ScimPatchException e) {
      throw e.withoutOperation(); // the operations are ours: the client sent a resource
    }
  }

  /**
   * Applies operations to a resource; no operations change nothing (a profile may accept an empty
   * {@code Operations} array, T4).
   *
   * @param resource the resource; not modified
   * @param operations the operations, in the order they apply; may be empty
   * @return the patched resource and whether anything changed
   * @throws ScimPatchException if an operation fails; its {@link ScimPatchException#operationIndex()}
   *     and {@link ScimPatchException#path()} name the operation, and nothing was applied
   */
  public PatchResult apply(ScimObject resource, List<PatchOperation> operations) {
    Objects.requireNonNull(operations, "operations");
    return operations.isEmpty() ? new PatchResult(resource, false) : apply(resource, new PatchRequest(operations));
  }

  /**
   * Applies a request resolved against this engine's resource type (as a
   * {@link dev.scimpatch.profile.RequestReader} reads one); an error names the operation of the
   * client's message the failing step came from.
   *
   * @param resource the resource; not modified
   * @param request the request, resolved against this engine's resource type
   * @return the patched resource and whether anything changed
   * @throws ScimPatchException if an operation fails; nothing was applied
   */
  public PatchResult apply(ScimObject resource, ResolvedRequest request) {
    return run(resource, request).finish();
  }

  /** Applies a resolved request and returns the run, to be finished. */
  Run run(ScimObject resource, ResolvedRequest request) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(request, "request");
    Run run = new Run(type, resource);
    for (ResolvedRequest.Step step : request.steps()) {
      try {
        run.apply(step.operationOrThrow());
      } catch (ScimPatchException e) {
        throw e.withOperation(step.sourceIndex(), step.sourcePath());
      }
    }
    return run;
  }
}

package dev.scimpatch.client;

import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.tree.ScimObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Computes the PATCH request that turns one state of a resource into another, and rewrites a
 * request for the dialect of a target server: the client side of RFC 7644 §3.5.2.
 *
 * <pre>{@code
 * PatchDiff users = PatchDiff.of(ResourceSchemas.user());
 * List<PatchOperation> ops = users.diff(stored, wanted);              // RFC 7644, minimal
 * List<PatchOperation> forSeismic = users.diff(stored, wanted, Profile.named("seismic"));
 * ScimObject message = users.message(forSeismic, Profile.named("seismic"));
 * }</pre>
 *
 * <p>The law: applying {@code diff(old, updated, target)} to {@code old} under {@code target}
 * gives {@code updated}, {@code meta} aside. Every request this class returns has been read and
 * applied under the target before it is returned, so it passes the target's checks and has that
 * effect; where no request of the target's dialect has it, the methods throw instead.
 *
 * <p>A diff is minimal in this sense: an attribute that did not change gets no operation; a
 * changed sub-attribute of a complex attribute gets one; a multi-valued attribute gets one
 * operation per removed value, one per changed sub-attribute of a kept value, and one for all
 * values added. Values are matched by {@code value}, else {@code $ref}, else as a whole, and
 * addressed by an {@code eq} filter on that. Where that cannot give {@code updated} (values that
 * a filter cannot tell apart, an order that adding at the end cannot give, a target that takes no
 * filters or only {@code replace}) the attribute is replaced whole.
 *
 * <p>{@code meta} is the server's and is ignored; {@code schemas} follows the extension
 * attributes, as the engine keeps it (R-EXT-3), and gets no operation. A change to a readOnly
 * attribute, or to an immutable one that has a value, is {@code 400 mutability}, since no PATCH
 * request makes it (R-GEN-3..5). An immutable attribute without a value may be set, as the
 * engine allows.
 *
 * <p>Instances are immutable and thread-safe. The work is linear in the size of both resources.
 *
 * @since 0.1
 */
public final class PatchDiff {

  private static final PatchDiff SCHEMALESS = new PatchDiff(null);

  private final @Nullable ResourceSchema schema;

  private PatchDiff(@Nullable ResourceSchema schema) {
    this.schema = schema;
  }

  /** {@return a diff for resources without a schema: arrays are multi-valued, objects complex} */
  public static PatchDiff schemaless() {
    return SCHEMALESS;
  }

  /**
   * Returns a diff for resources of a schema.
   *
   * @param schema the resource schema, or {@code null} for resources without one
   * @return the diff
   */
  public static PatchDiff of(@Nullable ResourceSchema schema) {
    return schema == null ? SCHEMALESS : new PatchDiff(schema);
  }

  /** {@return the resource schema, or empty for schema-less resources} */
  public Optional<ResourceSchema> schema() {
    return Optional.ofNullable(schema);
  }

  /**
   * Returns the operations that turn {@code old} into {@code updated} under RFC 7644 (the
   * {@link Profile#strict() strict} profile).
   *
   * @param old the resource as the server has it
   * @param updated the resource as it should be
   * @return the operations, in order; empty when the two are equal ({@code meta} aside)
   * @throws ScimPatchException {@code 400 mutability} for a change to a readOnly attribute or to an
   *     immutable one that has a value; {@code 400 invalidPath} for an attribute the schema does
   *     not define or a name no path can spell; {@code 400} for a value the schema refuses
   */
  public List<PatchOperation> diff(ScimObject old, ScimObject updated) {
    return diff(old, updated, Profile.strict());
  }

  /**
   * Returns the operations that turn {@code old} into {@code updated} in the dialect of a target:
   * a request the target's profile accepts (its emulated restrictions, E1–E11) and that has that
   * effect under it, spelled as its dialect switches (D1–D3) say when written with
   * {@link #message(List, Profile)}.
   *
   * @param old the resource as the target has it
   * @param updated the resource as it should be
   * @param target the profile of the target, for example {@code Profile.named("seismic")}
   * @return the operations, in order; empty when the two are equal ({@code meta} aside)
   * @throws ScimPatchException as {@link #diff(ScimObject, ScimObject)} says, and when no request
   *     in the target's dialect makes the change: the message names the attribute and why, with
   *     the target's status
   */
  public List<PatchOperation> diff(ScimObject old, ScimObject updated, Profile target) {
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(target, "target");
    return new Planner(ResourceType.of(schema, target), old, updated).plan();
  }

  /**
   * Rewrites a request for the dialect of a target: returns operations that the target accepts and
   * that give what {@code request} gives under RFC 7644 (the strict profile) when applied to
   * {@code current}. A request the target accepts with that effect already is returned as it is.
   *
   * @param request the request, as an RFC 7644 client would send it
   * @param target the profile of the target
   * @param current the resource the request is for, as the target has it
   * @return the operations, in order; empty when the request changes nothing
   * @throws ScimPatchException what the request gives under the strict profile, if it fails there;
   *     and when no request in the target's dialect has the same effect (as
   *     {@link #diff(ScimObject, ScimObject, Profile)} says)
   */
  public List<PatchOperation> rewrite(PatchRequest request, Profile target, ScimObject current) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(current, "current");
    // RFC 7644 with the schema extensions the target knows, whose attributes the request may set
    Profile rfc = Profile.strict().withExtensions(target.extensions().toArray(new Schema[0]));
    ScimObject expected = PatchEngine.of(ResourceType.of(schema, rfc)).apply(current, request).resource();
    Planner planner = new Planner(ResourceType.of(schema, target), current, expected);
    return planner.achieves(request.operations()) ? request.operations() : planner.plan();
  }

  /**
   * Writes operations as a PatchOp message in a target's dialect, as
   * {@link PatchMessages#write(List, Profile)} does: no operations give an empty operations array,
   * which a client does not send.
   *
   * @param operations the operations, for example of {@link #diff(ScimObject, ScimObject, Profile)}
   * @param target the profile whose dialect switches spell the message
   * @return the message
   */
  public ScimObject message(List<PatchOperation> operations, Profile target) {
    return PatchMessages.write(operations, target);
  }

  @Override
  public String toString() {
    return "PatchDiff[" + (schema == null ? "schema-less" : schema.name()) + "]";
  }
}

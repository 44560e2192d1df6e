package dev.scimpatch;

import dev.scimpatch.path.Path;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes PatchOp messages (RFC 7644 §3.5.2) as trees, independent of any JSON library:
 * an adapter turns bytes into a {@link ScimNode} and hands it here.
 *
 * <p>Reading is strict, with the error map of the rule digest's R-ERR-4 table:
 * <table>
 *   <caption>Request structure errors</caption>
 *   <tr><th>failure</th><th>error</th><th>rule</th></tr>
 *   <tr><td>the body is not an object</td><td>400 invalidSyntax</td><td>R-ENV-1</td></tr>
 *   <tr><td>{@code schemas} missing, not an array, or without the PatchOp URN</td>
 *       <td>400 invalidSyntax</td><td>R-ENV-1</td></tr>
 *   <tr><td>{@code Operations} missing, not an array, or empty</td><td>400 invalidSyntax</td>
 *       <td>R-ENV-2</td></tr>
 *   <tr><td>an operation that is not an object, or whose {@code op} is missing or not exactly
 *       {@code add}, {@code remove} or {@code replace}</td><td>400 invalidSyntax</td>
 *       <td>R-ENV-3, R-ENV-4</td></tr>
 *   <tr><td>{@code path} not a string, or not a path</td><td>400 invalidPath (invalidFilter
 *       inside brackets)</td><td>R-ENV-5, R-PATH-11, R-PATH-12</td></tr>
 *   <tr><td>{@code add} or {@code replace} without {@code value}</td><td>400 invalidValue</td>
 *       <td>R-ENV-6, R-ENV-7</td></tr>
 *   <tr><td>{@code remove} without {@code path}</td><td>400 noTarget</td><td>R-REM-1</td></tr>
 *   <tr><td>{@code remove} with a {@code value}</td><td>400 invalidValue</td><td>R-ENV-8</td></tr>
 * </table>
 * Member names are matched exactly as RFC 7644 spells them ({@code Operations}, {@code op},
 * {@code path}, {@code value}, {@code schemas}; R-ENV-10); other members are ignored. Errors in an
 * operation name its index.
 */
public final class PatchMessages {
  private PatchMessages() {}

  /**
   * Reads a PatchOp message, parsing paths with {@link PathParser#defaults()}.
   *
   * @throws ScimPatchException as the table above says
   */
  public static PatchRequest read(ScimNode body) {
    return read(body, PathParser.defaults());
  }

  /**
   * Reads a PatchOp message, parsing paths with {@code paths} (for example one that knows the
   * resource type's schema URNs).
   *
   * @throws ScimPatchException as the table above says
   */
  public static PatchRequest read(ScimNode body, PathParser paths) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(paths, "paths");
    return new PatchRequest(new ProfileReader(Profile.strict(), paths, null).read(body).operations());
  }

  /**
   * Reads a PatchOp message under a profile: its tolerances rewrite the input into canonical
   * operations, and its emulation checks refuse what the emulated server refuses (see
   * {@link Profile}). Value shapes that depend on attribute types (T5, T7, T8, T15, T16) need the
   * schema; without one they leave values as they are.
   *
   * @param schema the resource schema, or {@code null} for schema-less resources
   * @return the canonical operations; empty only when the profile accepts an empty
   *     {@code Operations} array (T4)
   * @throws ScimPatchException as the table above says, as far as the profile does not relax it,
   *     and for what the profile's emulation refuses
   */
  public static List<PatchOperation> read(ScimNode body, PathParser paths, Profile profile, @Nullable ResourceSchema schema) {
    return readCanonical(body, paths, profile, schema).operations();
  }

  /**
   * Reads a PatchOp message under a profile, as {@link #read(ScimNode, PathParser, Profile,
   * ResourceSchema)} does, keeping for each canonical operation the operation of the message it
   * came from, so that errors name what the client sent.
   */
  public static CanonicalRequest readCanonical(ScimNode body, PathParser paths, Profile profile, @Nullable ResourceSchema schema) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(profile, "profile");
    return new ProfileReader(profile, paths, schema).read(body);
  }

  /**
   * Writes a request as a PatchOp message: {@code schemas}, then {@code Operations} with
   * {@code op}, {@code path} (canonical syntax) and {@code value} members.
   */
  public static ScimObject write(PatchRequest request) {
    ScimArray.Builder ops = ScimArray.builder();
    for (PatchOperation op : request.operations()) {
      ScimObject.Builder b = ScimObject.builder().put("op", ScimString.of(op.op()));
      Path path = op.path();
      if (path != null) {
        b.put("path", ScimString.of(path.toString()));
      }
      if (op instanceof PatchOperation.Add add) {
        b.put("value", add.value());
      } else if (op instanceof PatchOperation.Replace replace) {
        b.put("value", replace.value());
      }
      ops.add(b.build());
    }
    return ScimObject.builder()
        .put("schemas", ScimArray.of(ScimString.of(PatchRequest.SCHEMA)))
        .put("Operations", ops.build())
        .build();
  }
}

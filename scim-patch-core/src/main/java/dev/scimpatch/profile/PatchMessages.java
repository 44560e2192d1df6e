package dev.scimpatch.profile;

import dev.scimpatch.Dialect;
import dev.scimpatch.Op;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.path.ComparisonOperator;
import dev.scimpatch.path.Filter;
import dev.scimpatch.path.Path;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.resolve.ResourceType;
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
 * <p>Reading is strict, with this error map (the README's "Rule ids" section explains the ids):
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
 * operation name its index. To read under a profile, or with a schema, use a {@link RequestReader}.
 *
 * @since 0.1
 */
public final class PatchMessages {
  private PatchMessages() {}

  /**
   * Reads a PatchOp message strictly, with no schema: paths are parsed with no known schema URNs.
   *
   * @param body the message
   * @return the request
   * @throws ScimPatchException as the table above says
   */
  public static PatchRequest read(ScimNode body) {
    return read(body, ResourceType.schemaless());
  }

  /**
   * Reads a PatchOp message under a resource type: its schema URNs parse paths, its profile's
   * tolerances and emulation apply. An operation that does not resolve against the schema (an
   * attribute it does not define, a value of the wrong type) is read as it is, as
   * {@link RequestReader#readRequest(ScimNode)} says; the engine refuses it when it applies it.
   *
   * @param body the message
   * @param type the resource type
   * @return the request's canonical operations
   * @throws ScimPatchException as the table above says, as far as the profile does not relax it,
   *     for what the profile refuses (its emulation; T9, T15), and {@code 400 invalidSyntax} when
   *     the profile leaves no operation (a request has one or more)
   */
  public static PatchRequest read(ScimNode body, ResourceType type) {
    Objects.requireNonNull(body, "body");
    return RequestReader.of(type).readRequest(body);
  }

  /**
   * Writes a request as a PatchOp message: {@code schemas}, then {@code Operations} with
   * {@code op}, {@code path} (canonical syntax) and {@code value} members.
   *
   * @param request the request
   * @return the message
   */
  public static ScimObject write(PatchRequest request) {
    return write(request.operations(), Profile.strict());
  }

  /**
   * Writes operations as a PatchOp message in a profile's dialect: {@code schemas}, then the
   * operations member (D2) with {@code op} (spelled as D1 says), {@code path} (canonical syntax)
   * and {@code value} members. No operations give an empty operations array: the message of a
   * change that changes nothing, which a server refuses (R-ENV-2), so a client does not send it.
   *
   * @param operations the operations, in order; none for an empty message
   * @param dialect the profile whose {@link Dialect} switches say how to spell the message
   * @return the message
   */
  public static ScimObject write(List<PatchOperation> operations, Profile dialect) {
    boolean capitalized = dialect.has(Dialect.OpSpelling.CAPITALIZED);
    boolean valueArrays = dialect.has(Dialect.MemberRemoval.VALUE_ARRAY);
    ScimArray.Builder ops = ScimArray.builder();
    int i = 0;
    while (i < operations.size()) {
      PatchOperation op = operations.get(i++);
      String keyword = op.op().keyword();
      if (capitalized) {
        keyword = Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
      }
      Path path = op.path();
      ScimNode value = op.value();
      ScimNode member = valueArrays ? memberValue(op) : null;
      if (member != null && path != null) {
        // D3: a run of removes of single members becomes one remove whose value lists them.
        ScimArray.Builder members = ScimArray.builder().add(ScimObject.of("value", member));
        for (; i < operations.size() && (member = memberValue(operations.get(i))) != null; i++) {
          members.add(ScimObject.of("value", member));
        }
        path = new Path(path.schema(), path.attribute(), null, null);
        value = members.build();
      }
      ScimObject.Builder b = ScimObject.builder().put("op", ScimString.of(keyword));
      if (path != null) {
        b.put("path", ScimString.of(path.toString()));
      }
      if (value != null) {
        b.put("value", value);
      }
      ops.add(b.build());
    }
    return ScimObject.builder()
        .put("schemas", ScimArray.of(ScimString.of(PatchRequest.SCHEMA)))
        .put(dialect.has(Dialect.OperationsMember.LOWER_CASE) ? "operations" : "Operations", ops.build())
        .build();
  }

  /** The value a remove of one member by {@code members[value eq "…"]} names, or {@code null} for another operation. */
  private static @Nullable ScimNode memberValue(PatchOperation op) {
    Path path = op.path();
    if (op.op() != Op.REMOVE || path == null || path.subAttribute() != null
        || !Ascii.equalsIgnoreCase(path.attribute(), "members")
        || !(path.filter() instanceof Filter.Comparison c) || c.operator() != ComparisonOperator.EQ
        || c.attribute().subAttribute() != null || !Ascii.equalsIgnoreCase(c.attribute().name(), "value")) {
      return null;
    }
    return c.value();
  }
}

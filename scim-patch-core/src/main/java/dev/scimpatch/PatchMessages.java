package dev.scimpatch;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Text;
import dev.scimpatch.path.Path;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
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
    if (!(body instanceof ScimObject message)) {
      throw syntax("a PATCH request body is a JSON object, not " + body.jsonType() + " (R-ENV-1)");
    }
    ScimNode schemas = member(message, "schemas");
    if (!(schemas instanceof ScimArray urns) || urns.stream().noneMatch(
        u -> u instanceof ScimString s && Ascii.equalsIgnoreCase(s.value(), PatchRequest.SCHEMA))) {
      throw syntax("\"schemas\" must list " + PatchRequest.SCHEMA + " (R-ENV-1)");
    }
    ScimNode operations = member(message, "Operations");
    if (operations == null) {
      String other = message.nameOf("Operations");
      throw syntax(other == null ? "\"Operations\" is missing (R-ENV-2)"
          : "\"Operations\" is spelled " + Text.quote(other) + " (R-ENV-10)");
    }
    if (!(operations instanceof ScimArray list)) {
      throw syntax("\"Operations\" must be an array of operations, not " + operations.jsonType() + " (R-ENV-2)");
    }
    if (list.isEmpty()) {
      throw syntax("\"Operations\" must hold one or more operations (R-ENV-2)");
    }
    List<PatchOperation> ops = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      ScimNode op = list.get(i);
      String pathText = op instanceof ScimObject o && member(o, "path") instanceof ScimString p ? p.value() : null;
      try {
        ops.add(operation(op, paths));
      } catch (ScimPatchException e) {
        throw e.withOperation(i, pathText);
      }
    }
    return new PatchRequest(ops);
  }

  private static PatchOperation operation(ScimNode node, PathParser paths) {
    if (!(node instanceof ScimObject op)) {
      throw syntax("an operation is a JSON object, not " + node.jsonType());
    }
    ScimNode kind = member(op, "op");
    if (!(kind instanceof ScimString k)) {
      throw syntax(kind == null ? "\"op\" is missing (R-ENV-3)" : "\"op\" must be a string (R-ENV-3)");
    }
    ScimNode pathNode = member(op, "path");
    Path path = null;
    if (pathNode != null && !pathNode.isNull()) {
      if (!(pathNode instanceof ScimString p)) {
        throw ScimPatchException.of(ScimType.INVALID_PATH, "\"path\" must be a string, not " + pathNode.jsonType() + " (R-ENV-5)");
      }
      path = paths.parse(p.value());
    }
    ScimNode value = member(op, "value");
    switch (k.value()) {
      case "add":
        return new PatchOperation.Add(path, value);
      case "replace":
        return new PatchOperation.Replace(path, value);
      case "remove":
        if (value != null) {
          throw ScimPatchException.of(ScimType.INVALID_VALUE,
              "a remove operation takes no \"value\"; its path says what to remove (R-ENV-8)");
        }
        return new PatchOperation.Remove(path);
      default:
        throw syntax("\"op\" is " + Text.quote(Text.snippet(k.value(), 0, 32))
            + "; RFC 7644 knows \"add\", \"remove\" and \"replace\" (R-ENV-3, R-ENV-4)");
    }
  }

  /** A member spelled exactly {@code name}, or {@code null}. */
  private static @Nullable ScimNode member(ScimObject object, String name) {
    return name.equals(object.nameOf(name)) ? object.get(name) : null;
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

  private static ScimPatchException syntax(String reason) {
    return ScimPatchException.of(ScimType.INVALID_SYNTAX, reason);
  }
}

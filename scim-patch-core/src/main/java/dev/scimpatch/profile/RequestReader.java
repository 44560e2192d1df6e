package dev.scimpatch.profile;

import dev.scimpatch.Emulation.OperationPaths;
import dev.scimpatch.Op;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.Semantics.NullValue;
import dev.scimpatch.Semantics.RemoveWithValue;
import dev.scimpatch.Tolerance.AttrExpPaths;
import dev.scimpatch.Tolerance.BareExtensionUrn;
import dev.scimpatch.Tolerance.EmptyOperations;
import dev.scimpatch.Tolerance.ExtensionSeparator;
import dev.scimpatch.Tolerance.MemberNames;
import dev.scimpatch.Tolerance.NoPathKeys;
import dev.scimpatch.Tolerance.OpCase;
import dev.scimpatch.Tolerance.PatchOpSchema;
import dev.scimpatch.Tolerance.SelfNamedEnvelope;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import dev.scimpatch.internal.Text;
import dev.scimpatch.path.AttributePath;
import dev.scimpatch.path.ComparisonOperator;
import dev.scimpatch.path.Filter;
import dev.scimpatch.path.Path;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.resolve.ResolvedRequest;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads PatchOp messages (RFC 7644 §3.5.2) under a {@link ResourceType}'s profile: the message
 * tolerances (T1–T4, T6, T10, T12–T14) and the remove-with-value semantics (S1, S8) rewrite each
 * operation into canonical ones; each is then resolved against the resource type (names, values,
 * T5, T7–T11, T15, T16) and checked against the emulated server's restrictions (E1–E5, E7, E9,
 * E10). What comes out is a {@link ResolvedRequest} the engine applies as it applies any other.
 *
 * <p>Errors name the operation of the message they come from. The strict reading and its error
 * map are in {@link PatchMessages}.
 *
 * <p>Immutable and thread-safe: build one per resource type and reuse it.
 *
 * @since 0.1
 */
public final class RequestReader {

  private final ResourceType type;
  private final Profile profile;
  private final PathParser paths;

  private RequestReader(ResourceType type) {
    this.type = type;
    this.profile = type.profile();
    this.paths = type.pathParser();
  }

  /**
   * Returns a reader for the resource type: its profile, and its limits for paths and filters.
   *
   * @param type the resource type
   * @return the reader
   */
  public static RequestReader of(ResourceType type) {
    return new RequestReader(Objects.requireNonNull(type, "type"));
  }

  /** {@return the resource type this reader resolves against, whose profile it follows} */
  public ResourceType type() {
    return type;
  }

  /**
   * Reads a PatchOp message.
   *
   * @param body the message
   * @return the request, resolved; without operations only where the profile accepts an empty
   *     {@code Operations} array (T4)
   * @throws ScimPatchException as {@link PatchMessages} says, as far as the profile does not relax
   *     it, and for what the profile's emulation refuses
   */
  public ResolvedRequest read(ScimNode body) {
    ScimArray operations = envelope(body);
    if (operations.isEmpty()) {
      return ResolvedRequest.builder().build();
    }
    return operations(operations);
  }

  /**
   * Reads a PatchOp message into its canonical operations. Operations that do not resolve against
   * the resource type (an attribute the schema does not define, say) are read as they are: the
   * engine refuses them when it applies them.
   *
   * @param body the message, as a tree
   * @return the request of the canonical operations
   * @throws ScimPatchException as {@link #read(ScimNode)}, and {@code 400 invalidSyntax} for a
   *     message that leaves no operation, which a {@link PatchRequest} cannot be
   */
  public PatchRequest readRequest(ScimNode body) {
    return new PatchRequest(read(body).operations());
  }

  /**
   * Resolves a request built in code under the profile, which checks its restrictions on it as on
   * a message (E1–E5, E7, E9, E10).
   *
   * @param request the request, whose operations are taken as canonical: of the profile's
   *     tolerances, only those on values apply (T5, T7–T11, T15, T16)
   * @return the request, resolved
   * @throws ScimPatchException as {@link #read(ScimNode)}
   */
  public ResolvedRequest read(PatchRequest request) {
    List<PatchOperation> ops = request.operations();
    Restrictions restrictions = restrictions();
    restrictions.checkOperationCount(ops.size());
    ResolvedRequest.Builder out = ResolvedRequest.builder();
    for (int i = 0; i < ops.size(); i++) {
      PatchOperation op = ops.get(i);
      String pathText = op.path() == null ? null : Objects.requireNonNull(op.path()).toString();
      try {
        if (!Restrictions.allows(profile, op.op())) {
          throw notImplemented(op.op());
        }
        if (op.path() == null && profile.has(OperationPaths.REQUIRED)) {
          throw pathRequired();
        }
        resolve(List.of(op), restrictions, out, i, pathText);
      } catch (ScimPatchException e) {
        throw e.withOperation(i, pathText);
      }
    }
    return out.build();
  }

  /**
   * Reads a PatchOp message and lists every operation the profile refuses, each read alone, so that
   * a client sees all that is wrong at once; a message whose envelope is refused gives that one
   * error.
   *
   * @param body the message, as a tree
   * @return the refusals, each naming its operation; empty when the message is accepted
   */
  public List<ScimPatchException> refusals(ScimNode body) {
    ScimArray operations;
    try {
      operations = envelope(body);
    } catch (ScimPatchException e) {
      return List.of(e);
    }
    try {
      operations(operations);
      return List.of();
    } catch (ScimPatchException whole) {
      List<ScimPatchException> each = new ArrayList<>();
      for (int i = 0; i < operations.size(); i++) {
        try {
          operation(operations, i, restrictions(), ResolvedRequest.builder());
        } catch (ScimPatchException e) {
          each.add(e);
        }
      }
      return each.isEmpty() ? List.of(whole) : each;
    }
  }

  private Restrictions restrictions() {
    return new Restrictions(profile, type.schema().map(ResourceSchema::name).orElse(null));
  }

  // ------------------------------------------------------------------ envelope (T1-T4, E4)

  /** The {@code Operations} of a message, after its envelope is checked. */
  private ScimArray envelope(ScimNode body) {
    if (!(body instanceof ScimObject message)) {
      throw syntax("a PATCH request body is a JSON object, not " + body.jsonType() + " (R-ENV-1)");
    }
    ScimNode schemas = member(message, "schemas");
    if (profile.has(PatchOpSchema.REQUIRED) && !(schemas instanceof ScimArray urns && listsPatchOp(urns))) {
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
    if (list.isEmpty() && !profile.has(EmptyOperations.NO_CHANGE)) {
      throw syntax("\"Operations\" must hold one or more operations (R-ENV-2)");
    }
    return list;
  }

  private static boolean listsPatchOp(ScimArray urns) {
    for (ScimNode u : urns) {
      if (u instanceof ScimString s && Ascii.equalsIgnoreCase(s.value(), PatchRequest.SCHEMA)) {
        return true;
      }
    }
    return false;
  }

  private ResolvedRequest operations(ScimArray list) {
    Restrictions restrictions = restrictions();
    restrictions.checkOperationCount(list.size());
    ResolvedRequest.Builder out = ResolvedRequest.builder();
    for (int i = 0; i < list.size(); i++) {
      operation(list, i, restrictions, out);
    }
    return out.build();
  }

  /** Reads operation {@code i} of the message into {@code out}; an error names it. */
  private void operation(ScimArray list, int i, Restrictions restrictions, ResolvedRequest.Builder out) {
    ScimNode op = list.get(i);
    String pathText = op instanceof ScimObject o && member(o, "path") instanceof ScimString p ? p.value() : null;
    try {
      resolve(operation(op), restrictions, out, i, pathText);
    } catch (ScimPatchException e) {
      throw e.withOperation(i, pathText);
    }
  }

  /** Resolves the canonical operations of one client operation and checks the emulated restrictions. */
  private void resolve(List<PatchOperation> canonical, Restrictions restrictions, ResolvedRequest.Builder out,
      int source, @Nullable String sourcePath) {
    List<ResourceType.Resolved> resolved = new ArrayList<>(canonical.size());
    for (PatchOperation c : canonical) {
      ResourceType.Resolved r = type.resolve(c);
      PatchOperation kept = r.failure() != null ? c : r.operation();
      if (kept != null) {
        restrictions.check(kept);
      }
      resolved.add(r);
    }
    restrictions.checkMembershipChanges();
    for (ResourceType.Resolved r : resolved) {
      out.add(r, source, sourcePath);
    }
  }

  /** A member by name: exact (R-ENV-10) or ignoring ASCII case (T2). */
  private @Nullable ScimNode member(ScimObject object, String name) {
    if (profile.has(MemberNames.CASE_INSENSITIVE)) {
      return object.get(name);
    }
    return name.equals(object.nameOf(name)) ? object.get(name) : null;
  }

  // ------------------------------------------------------------------ one operation

  private List<PatchOperation> operation(ScimNode node) {
    if (!(node instanceof ScimObject op)) {
      throw syntax("an operation is a JSON object, not " + node.jsonType());
    }
    ScimNode kindNode = member(op, "op");
    if (!(kindNode instanceof ScimString k)) {
      throw syntax(kindNode == null ? "\"op\" is missing (R-ENV-3)" : "\"op\" must be a string (R-ENV-3)");
    }
    Op kind = kind(k.value());
    if (!Restrictions.allows(profile, kind)) {
      throw notImplemented(kind);
    }
    ScimNode pathNode = member(op, "path");
    ScimNode value = member(op, "value");
    if (pathNode == null || pathNode.isNull()) {
      if (profile.has(OperationPaths.REQUIRED)) {
        throw pathRequired();
      }
      if (kind == Op.REMOVE) {
        throw ScimPatchException.of(ScimType.NO_TARGET, "a remove operation needs a path (R-REM-1)");
      }
      return withoutPath(kind, value);
    }
    if (!(pathNode instanceof ScimString p)) {
      throw ScimPatchException.of(ScimType.INVALID_PATH, "\"path\" must be a string, not " + pathNode.jsonType() + " (R-ENV-5)");
    }
    String text = p.value();
    // T13: a known extension's URN alone, or followed by a colon and nothing (as the UnboundID SDK
    // prints a whole extension's path).
    String urn = text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
    Schema bare = profile.has(BareExtensionUrn.EXTENSION_CONTAINER) ? type.extension(urn).orElse(null) : null;
    if (bare != null) {
      return extensionContainer(kind, bare, value);
    }
    Path path = path(text);
    if (kind == Op.REMOVE) {
      return remove(path, value);
    }
    return List.of(make(kind, path, required(kind, value)));
  }

  /**
   * The operation a keyword names (T1). An operation of JSON Patch (RFC 6902) that SCIM does not
   * have ({@code move}, {@code copy}, {@code test}) is one the server does not implement (E8); any
   * other keyword is malformed, {@code 400 invalidSyntax} whatever E8 says.
   */
  private Op kind(String op) {
    for (Op kind : Op.values()) {
      if (sameKeyword(kind.keyword(), op)) {
        return kind;
      }
    }
    String reason = "\"op\" is " + Text.quote(Text.snippet(op, 0, 32))
        + "; RFC 7644 knows \"add\", \"remove\" and \"replace\" (R-ENV-3, R-ENV-4)";
    for (String other : JSON_PATCH_ONLY) {
      if (sameKeyword(other, op)) {
        throw Restrictions.unsupported(profile, reason, ScimType.INVALID_SYNTAX);
      }
    }
    throw syntax(reason);
  }

  /** The operations of JSON Patch (RFC 6902) that SCIM PATCH does not have. */
  private static final List<String> JSON_PATCH_ONLY = List.of("move", "copy", "test");

  private boolean sameKeyword(String keyword, String op) {
    return profile.has(OpCase.CASE_INSENSITIVE) ? Ascii.equalsIgnoreCase(keyword, op) : keyword.equals(op);
  }

  /** The value of an add or replace, which must have one (R-ENV-6, R-ENV-7), checked for S8. */
  private ScimNode required(Op kind, @Nullable ScimNode value) {
    if (value == null) {
      throw ScimPatchException.of(ScimType.INVALID_VALUE,
          "an " + kind.keyword() + " operation needs a value (" + (kind == Op.ADD ? "R-ENV-6" : "R-ENV-7") + ")");
    }
    checkNulls(value);
    return value;
  }

  private static PatchOperation make(Op kind, @Nullable Path path, ScimNode value) {
    return kind == Op.ADD ? new PatchOperation.Add(path, value) : new PatchOperation.Replace(path, value);
  }

  /** The path, after T12 (dot after an extension URN) and T14 (attribute expressions). */
  private Path path(String text) {
    String t = text;
    if (profile.has(ExtensionSeparator.COLON_OR_DOT)) {
      for (Schema ext : type.schema().map(ResourceSchema::extensions).orElse(List.of())) {
        String urn = ext.id();
        if (t.length() > urn.length() + 1 && Ascii.startsWithIgnoreCase(t, urn) && t.charAt(urn.length()) == '.') {
          t = urn + ":" + t.substring(urn.length() + 1);
          break;
        }
      }
    }
    if (profile.has(AttrExpPaths.AS_VALUE_FILTER) && t.indexOf('[') < 0 && t.indexOf(' ') > 0) {
      Filter f;
      try {
        f = paths.parseFilter(t);
      } catch (ScimPatchException e) {
        f = null;
      }
      if (f instanceof Filter.Comparison c && c.attribute().subAttribute() == null && Names.isAttrName(c.attribute().name())) {
        AttributePath a = c.attribute();
        return new Path(a.schema(), a.name(),
            new Filter.Comparison(AttributePath.of("value"), c.operator(), c.value()), null);
      }
    }
    return paths.parse(t);
  }

  // ------------------------------------------------------------------ remove (S1)

  private List<PatchOperation> remove(Path path, @Nullable ScimNode value) {
    if (value == null) {
      return List.of(new PatchOperation.Remove(path));
    }
    if (type.drops(path.schema(), path.attribute())) {
      return List.of(); // T15, T16 drop the operation before S1 looks at its value
    }
    ScimNode v = value;
    if (profile.has(SelfNamedEnvelope.UNWRAP) && path.filter() == null && path.subAttribute() == null
        && v instanceof ScimObject o && o.size() == 1) {
      ScimNode inner = o.get(path.attribute());
      v = inner != null ? inner : v; // T10, Salesforce's {"members": [...]}
    }
    RemoveWithValue answer = profile.get(RemoveWithValue.class);
    switch (answer) {
      case REJECT:
        throw ScimPatchException.of(ScimType.INVALID_VALUE,
            "a remove operation takes no \"value\"; its path says what to remove (R-ENV-8)");
      case IGNORE_VALUE:
        return List.of(new PatchOperation.Remove(path));
      case SELECT_MATCHING:
      case SELECT_MATCHING_EMPTY_MEANS_ALL:
        break;
    }
    List<ScimNode> selectors = v instanceof ScimArray a ? a.elements() : v.isNull() ? List.of() : List.of(v);
    if (selectors.isEmpty()) {
      return answer == RemoveWithValue.SELECT_MATCHING_EMPTY_MEANS_ALL ? List.of(new PatchOperation.Remove(path)) : List.of();
    }
    List<PatchOperation> out = new ArrayList<>(selectors.size());
    Filter given = path.filter();
    for (ScimNode selector : selectors) {
      Filter select = selector(path, selector);
      Filter filter = given == null ? select : Filter.and(given, select);
      out.add(new PatchOperation.Remove(new Path(path.schema(), path.attribute(), filter, path.subAttribute())));
    }
    return out;
  }

  /** S1: one element of a remove's value as a filter: {@code eq} terms joined by {@code and}. */
  private static Filter selector(Path path, ScimNode selector) {
    if (selector.isScalar()) {
      String sub = path.subAttribute();
      return new Filter.Comparison(AttributePath.of(sub != null ? sub : "value"), ComparisonOperator.EQ, selector);
    }
    if (selector instanceof ScimObject o && path.subAttribute() == null) {
      List<Filter> terms = new ArrayList<>();
      for (ScimObject.Member m : o.members()) {
        if (m.value().isScalar() && (Names.isAttrName(m.name()) || Names.isRef(m.name()))) {
          terms.add(new Filter.Comparison(AttributePath.of(m.name()), ComparisonOperator.EQ, m.value()));
        } else if (!m.value().isNull()) {
          throw ScimPatchException.of(ScimType.INVALID_VALUE, "a value selecting what to remove holds sub-attribute names"
              + " with scalar values; " + Text.quote(m.name()) + " holds " + m.value().jsonType());
        }
      }
      if (terms.size() == 1) {
        return terms.get(0);
      }
      if (!terms.isEmpty()) {
        return new Filter.And(terms);
      }
    }
    throw ScimPatchException.of(ScimType.INVALID_VALUE, "a remove's value selects values by their sub-attributes; "
        + selector.jsonType() + " selects nothing");
  }

  // ------------------------------------------------------------------ no path (T6), bare extension URN (T13)

  private List<PatchOperation> withoutPath(Op kind, @Nullable ScimNode given) {
    ScimNode value = required(kind, given);
    if (!(value instanceof ScimObject object) || !profile.has(NoPathKeys.ATTRIBUTE_PATHS)) {
      return List.of(make(kind, null, value)); // resolving says what is wrong with it (R-NOPATH-1, U-4)
    }
    List<PatchOperation> out = new ArrayList<>();
    ScimObject.Builder plain = ScimObject.builder();
    for (ScimObject.Member m : object.members()) {
      String key = m.name();
      boolean schemaKey = m.value() instanceof ScimObject
          && type.schema().flatMap(s -> s.schema(key)).isPresent();
      if (Names.isAttrName(key) || schemaKey || key.indexOf('[') >= 0) {
        plain.put(key, m.value()); // keys with filters stay errors (U-4)
      } else {
        flush(kind, plain, out);
        out.add(make(kind, path(key), m.value()));
      }
    }
    flush(kind, plain, out);
    return out;
  }

  /** Emits the plain keys gathered so far as one operation without a path, keeping key order. */
  private static void flush(Op kind, ScimObject.Builder plain, List<PatchOperation> out) {
    if (plain.size() > 0) {
      ScimObject keys = plain.build();
      out.add(make(kind, null, keys));
      for (String name : keys.names()) {
        plain.remove(name);
      }
    }
  }

  private List<PatchOperation> extensionContainer(Op kind, Schema ext, @Nullable ScimNode value) {
    if (kind == Op.REMOVE) {
      if (ext.open()) {
        throw ScimPatchException.of(ScimType.INVALID_PATH, "the attributes of " + ext.id() + " are open; name the one to remove");
      }
      List<PatchOperation> out = new ArrayList<>();
      for (Attribute a : ext.attributes()) {
        if (a.mutability() != Mutability.READ_ONLY) {
          out.add(new PatchOperation.Remove(new Path(ext.id(), a.name(), null, null)));
        }
      }
      return out;
    }
    if (value == null) {
      throw ScimPatchException.of(ScimType.INVALID_VALUE, "an " + kind.keyword() + " operation needs a value");
    }
    return withoutPath(kind, ScimObject.of(ext.id(), value));
  }

  /** S8 {@code REJECT}: no null anywhere in a value. */
  private void checkNulls(ScimNode value) {
    if (!profile.has(NullValue.REJECT)) {
      return;
    }
    if (value.isNull()) {
      throw ScimPatchException.of(ScimType.INVALID_VALUE, "this server takes no null values (" + profile.name() + ", S8)");
    }
    if (value instanceof ScimObject o) {
      o.forEach((k, v) -> checkNulls(v));
    } else if (value instanceof ScimArray a) {
      a.forEach(this::checkNulls);
    }
  }

  // ------------------------------------------------------------------ errors

  private ScimPatchException notImplemented(Op kind) {
    return Restrictions.unsupported(profile, "this server does not implement " + kind.keyword()
        + " (" + profile.name() + ", E1)", ScimType.INVALID_SYNTAX);
  }

  private ScimPatchException pathRequired() {
    return syntax("this server needs a path on every operation (" + profile.name() + ", E2)");
  }

  private static ScimPatchException syntax(String reason) {
    return ScimPatchException.of(ScimType.INVALID_SYNTAX, reason);
  }
}

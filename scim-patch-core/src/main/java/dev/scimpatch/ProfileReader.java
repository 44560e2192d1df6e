package dev.scimpatch;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.json.MiniJson;
import dev.scimpatch.internal.Names;
import dev.scimpatch.internal.Text;
import dev.scimpatch.path.AttributePath;
import dev.scimpatch.path.ComparisonOperator;
import dev.scimpatch.path.Filter;
import dev.scimpatch.path.Path;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.AttributeType;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a PatchOp message under a {@link Profile}: the message and value tolerances (T1–T16) and
 * the remove-with-value semantics (S1, S8) rewrite the input into canonical operations, in one
 * pass; the emulation checks (E1–E5, E7–E10) then run on those operations. What comes out is a
 * request the strict engine understands; the engine then applies every rule as for any request.
 */
final class ProfileReader {

  private final Profile profile;
  private final PathParser paths;
  private final @Nullable ResourceSchema schema;

  ProfileReader(Profile profile, PathParser paths, @Nullable ResourceSchema schema) {
    this.profile = profile;
    this.paths = paths;
    this.schema = schema == null || profile.extensions().isEmpty() ? schema : schema.withExtensions(profile.extensions());
  }

  // ------------------------------------------------------------------ envelope (T1-T4, E4)

  CanonicalRequest read(ScimNode body) {
    if (!(body instanceof ScimObject message)) {
      throw syntax("a PATCH request body is a JSON object, not " + body.jsonType() + " (R-ENV-1)");
    }
    ScimNode schemas = member(message, "schemas");
    if (profile.patchOpSchemaRequired() && (!(schemas instanceof ScimArray urns) || urns.stream().noneMatch(
        u -> u instanceof ScimString s && Ascii.equalsIgnoreCase(s.value(), PatchRequest.SCHEMA)))) {
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
      if (profile.emptyOperations() == Profile.EmptyOperations.NO_CHANGE) {
        return new CanonicalRequest.Builder().build();
      }
      throw syntax("\"Operations\" must hold one or more operations (R-ENV-2)");
    }
    if (profile.maxOperations() > 0 && list.size() > profile.maxOperations()) {
      throw ScimPatchException.of(ScimType.TOO_MANY, "the request has " + list.size()
          + " operations; this server takes at most " + profile.maxOperations() + " (" + profile.name() + ", E4)");
    }
    CanonicalRequest.Builder out = new CanonicalRequest.Builder();
    Map<String, Integer> touched = new HashMap<>();
    int membershipChanges = 0;
    for (int i = 0; i < list.size(); i++) {
      ScimNode op = list.get(i);
      String pathText = op instanceof ScimObject o && member(o, "path") instanceof ScimString p ? p.value() : null;
      try {
        List<PatchOperation> canonical = operation(op);
        for (PatchOperation c : canonical) {
          emulate(c, touched);
          membershipChanges += membershipChanges(c);
        }
        if (profile.maxMembershipChanges() > 0 && membershipChanges > profile.maxMembershipChanges()) {
          throw ScimPatchException.of(ScimType.TOO_MANY, "the request changes " + membershipChanges
              + " members; this server takes at most " + profile.maxMembershipChanges() + " (" + profile.name() + ", E5)");
        }
        for (PatchOperation c : canonical) {
          out.add(c, i, pathText);
        }
      } catch (ScimPatchException e) {
        throw e.withOperation(i, pathText);
      }
    }
    return out.build();
  }

  /** A member by name: exact (R-ENV-10) or ignoring ASCII case (T2). */
  private @Nullable ScimNode member(ScimObject object, String name) {
    if (profile.memberNames() == Profile.MemberNames.CASE_INSENSITIVE) {
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
    Profile.Op kind = kind(k.value());
    if (!profile.allowedOps().contains(kind)) {
      throw unsupported("this server does not implement " + kind.keyword() + " (" + profile.name() + ", E1)", ScimType.INVALID_SYNTAX);
    }
    ScimNode pathNode = member(op, "path");
    ScimNode value = member(op, "value");
    if (pathNode == null || pathNode.isNull()) {
      if (profile.pathRequired()) {
        throw syntax("this server needs a path on every operation (" + profile.name() + ", E2)");
      }
      if (kind == Profile.Op.REMOVE) {
        throw ScimPatchException.of(ScimType.NO_TARGET, "a remove operation needs a path (R-REM-1)");
      }
      return withoutPath(kind, value);
    }
    if (!(pathNode instanceof ScimString p)) {
      throw ScimPatchException.of(ScimType.INVALID_PATH, "\"path\" must be a string, not " + pathNode.jsonType() + " (R-ENV-5)");
    }
    String text = p.value();
    Schema bare = bareExtension(text);
    if (bare != null) {
      return extensionContainer(kind, bare, value);
    }
    Path path = path(text);
    if (kind == Profile.Op.REMOVE) {
      return remove(path, value);
    }
    if (value == null) {
      throw ScimPatchException.of(ScimType.INVALID_VALUE,
          "an " + kind.keyword() + " operation needs a value (" + (kind == Profile.Op.ADD ? "R-ENV-6" : "R-ENV-7") + ")");
    }
    checkNulls(value);
    Attribute def = definition(path.schema(), path.attribute());
    if (def == IGNORED || (def != null && path.subAttribute() != null
        && def.subAttribute(path.subAttribute()).map(this::readOnly).orElse(false))) {
      return List.of();
    }
    ScimNode shaped = shapeAt(path, def, value);
    return List.of(make(kind, path, shaped));
  }

  private Profile.Op kind(String op) {
    for (Profile.Op kind : Profile.Op.values()) {
      boolean same = profile.opCase() == Profile.OpCase.CASE_INSENSITIVE
          ? Ascii.equalsIgnoreCase(kind.keyword(), op) : kind.keyword().equals(op);
      if (same) {
        return kind;
      }
    }
    String reason = "\"op\" is " + Text.quote(Text.snippet(op, 0, 32))
        + "; RFC 7644 knows \"add\", \"remove\" and \"replace\" (R-ENV-3, R-ENV-4)";
    throw unsupported(reason, ScimType.INVALID_SYNTAX);
  }

  private static PatchOperation make(Profile.Op kind, @Nullable Path path, ScimNode value) {
    return kind == Profile.Op.ADD ? new PatchOperation.Add(path, value) : new PatchOperation.Replace(path, value);
  }

  /** The path, after T12 (dot after an extension URN) and T14 (attribute expressions). */
  private Path path(String text) {
    String t = text;
    if (profile.extensionSeparator() == Profile.ExtensionSeparator.COLON_OR_DOT && schema != null) {
      for (Schema ext : schema.extensions()) {
        String urn = ext.id();
        if (t.length() > urn.length() + 1 && Ascii.startsWithIgnoreCase(t, urn) && t.charAt(urn.length()) == '.') {
          t = urn + ":" + t.substring(urn.length() + 1);
          break;
        }
      }
    }
    if (profile.attrExpPaths() && t.indexOf('[') < 0 && t.indexOf(' ') > 0) {
      Filter f;
      try {
        f = paths.parseFilter(t);
      } catch (ScimPatchException e) {
        f = null;
      }
      if (f instanceof Filter.Comparison c && c.attribute().subAttribute() == null) {
        AttributePath a = c.attribute();
        return new Path(a.schema(), a.name(),
            new Filter.Comparison(AttributePath.of("value"), c.operator(), c.value()), null);
      }
    }
    return paths.parse(t);
  }

  // ------------------------------------------------------------------ remove (S1)

  private List<PatchOperation> remove(Path path, @Nullable ScimNode value) {
    if (definition(path.schema(), path.attribute()) == IGNORED) {
      return List.of();
    }
    if (value == null) {
      return List.of(new PatchOperation.Remove(path));
    }
    if (profile.selfNamedEnvelope() == Profile.SelfNamedEnvelope.UNWRAP && path.filter() == null
        && path.subAttribute() == null && value instanceof ScimObject o && o.size() == 1 && o.has(path.attribute())) {
      value = o.get(path.attribute()); // T10, Salesforce's {"members": [...]}
    }
    switch (profile.removeWithValue()) {
      case REJECT:
        throw ScimPatchException.of(ScimType.INVALID_VALUE,
            "a remove operation takes no \"value\"; its path says what to remove (R-ENV-8)");
      case IGNORE_VALUE:
        return List.of(new PatchOperation.Remove(path));
      default:
        break;
    }
    List<ScimNode> selectors = value instanceof ScimArray a ? a.elements() : value.isNull() ? List.of() : List.of(value);
    if (selectors.isEmpty()) {
      return profile.removeWithValue() == Profile.RemoveWithValue.SELECT_MATCHING_EMPTY_MEANS_ALL
          ? List.of(new PatchOperation.Remove(path)) : List.of();
    }
    List<PatchOperation> out = new ArrayList<>(selectors.size());
    for (ScimNode selector : selectors) {
      Filter select = selector(path, selector);
      Filter filter = path.filter() == null ? select : Filter.and(path.filter(), select);
      out.add(new PatchOperation.Remove(new Path(path.schema(), path.attribute(), filter, path.subAttribute())));
    }
    return out;
  }

  /** S1: one element of a remove's value as a filter: {@code eq} terms joined by {@code and}. */
  private static Filter selector(Path path, ScimNode selector) {
    if (selector.isScalar()) {
      String name = path.subAttribute() != null ? path.subAttribute() : "value";
      return new Filter.Comparison(AttributePath.of(name), ComparisonOperator.EQ, selector);
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

  // ------------------------------------------------------------------ no path (T6, T15, T16)

  private List<PatchOperation> withoutPath(Profile.Op kind, @Nullable ScimNode value) {
    if (value == null) {
      throw ScimPatchException.of(ScimType.INVALID_VALUE,
          "an " + kind.keyword() + " operation needs a value (" + (kind == Profile.Op.ADD ? "R-ENV-6" : "R-ENV-7") + ")");
    }
    checkNulls(value);
    if (!(value instanceof ScimObject object)) {
      return List.of(make(kind, null, value)); // the engine says why not (R-NOPATH-1)
    }
    List<PatchOperation> out = new ArrayList<>();
    ScimObject.Builder plain = ScimObject.builder();
    for (ScimObject.Member m : object.members()) {
      String key = m.name();
      if (Names.isAttrName(key)) {
        Attribute def = definition(null, key);
        if (def != IGNORED) {
          plain.put(key, shape(def, m.value()));
        }
      } else if (schemaOf(key) != null && m.value() instanceof ScimObject attributes) {
        Schema s = schemaOf(key);
        ScimObject.Builder inner = ScimObject.builder();
        for (ScimObject.Member a : attributes.members()) {
          Attribute def = Names.isAttrName(a.name()) ? definition(s.id(), a.name()) : null;
          if (def != IGNORED) {
            inner.put(a.name(), shape(def, a.value()));
          }
        }
        plain.put(key, inner.build());
      } else if (profile.noPathKeys() == Profile.NoPathKeys.ATTRIBUTE_PATHS && key.indexOf('[') < 0) {
        flush(kind, plain, out);
        Path path = path(key);
        Attribute def = definition(path.schema(), path.attribute());
        if (def != IGNORED) {
          out.add(make(kind, path, shapeAt(path, def, m.value())));
        }
      } else {
        plain.put(key, m.value()); // the engine refuses it with the strict reason (U-4)
      }
    }
    flush(kind, plain, out);
    return out;
  }

  /** Emits the plain keys gathered so far as one operation without a path, keeping key order. */
  private static void flush(Profile.Op kind, ScimObject.Builder plain, List<PatchOperation> out) {
    if (plain.size() > 0) {
      out.add(make(kind, null, plain.build()));
      for (String name : plain.build().names()) {
        plain.remove(name);
      }
    }
  }

  private @Nullable Schema schemaOf(String key) {
    if (schema != null) {
      return schema.schema(key).orElse(null);
    }
    return null;
  }

  // ------------------------------------------------------------------ bare extension URN (T13)

  private @Nullable Schema bareExtension(String text) {
    if (profile.bareExtensionUrn() != Profile.BareExtensionUrn.EXTENSION_CONTAINER || schema == null) {
      return null;
    }
    return schema.extension(text).orElse(null);
  }

  private List<PatchOperation> extensionContainer(Profile.Op kind, Schema ext, @Nullable ScimNode value) {
    if (kind == Profile.Op.REMOVE) {
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

  // ------------------------------------------------------------------ value shapes (T5, T7-T11, T15, S8)

  /** A marker: the profile drops operations on this attribute (T15, T16). */
  private static final Attribute IGNORED = Attribute.builder("ignored").build();

  /** The definition of an attribute, {@code null} if unknown (or schema-less), {@link #IGNORED} if dropped. */
  private @Nullable Attribute definition(@Nullable String urn, String name) {
    if (schema == null) {
      return null;
    }
    Optional<Schema> named = urn == null ? Optional.empty() : schema.schema(urn);
    if (urn != null && named.isEmpty()) {
      return null; // the engine says which schemas there are
    }
    boolean open = named.map(Schema::open).orElse(false);
    Optional<Attribute> def = schema.attribute(urn, name);
    if (def.isEmpty()) {
      return !open && profile.unknownAttributes() == Profile.UnknownAttributes.IGNORE ? IGNORED : null;
    }
    return readOnly(def.get()) ? IGNORED : def.get();
  }

  /**
   * T15 for a readOnly attribute or sub-attribute in the input: {@code true} if it is to be
   * dropped; {@code REJECT} refuses it here, even unchanged; {@code IGNORE_IF_UNCHANGED} leaves
   * it to the engine, which accepts the current value only.
   */
  private boolean readOnly(Attribute def) {
    if (def.mutability() != Mutability.READ_ONLY) {
      return false;
    }
    if (profile.readOnlyEcho() == Profile.ReadOnlyEcho.REJECT) {
      throw ScimPatchException.of(ScimType.MUTABILITY, Text.quote(def.name()) + " is readOnly; this server refuses it"
          + " even unchanged (" + profile.name() + ", T15)");
    }
    return profile.readOnlyEcho() == Profile.ReadOnlyEcho.IGNORE;
  }

  /** Shapes the value of an operation on {@code path}, whose attribute is {@code def}. */
  private ScimNode shapeAt(Path path, @Nullable Attribute def, ScimNode value) {
    if (def == null) {
      return value;
    }
    ScimNode v = value;
    if (profile.selfNamedEnvelope() == Profile.SelfNamedEnvelope.UNWRAP && path.filter() == null
        && path.subAttribute() == null && v instanceof ScimObject o && o.size() == 1 && o.has(def.name())) {
      v = o.get(def.name()); // T10
    }
    String sub = path.subAttribute();
    if (sub != null) {
      Optional<Attribute> subDef = def.subAttribute(sub);
      return subDef.isPresent() ? shapeSimple(subDef.get(), v) : v;
    }
    if (path.filter() != null) {
      return def.isComplex() ? shapeElement(def, v) : shapeSimple(def, v);
    }
    return shape(def, v);
  }

  /** Shapes a whole attribute value. */
  private ScimNode shape(@Nullable Attribute def, ScimNode value) {
    if (def == null || def == IGNORED || value.isNull()) {
      return value;
    }
    if (def.multiValued()) {
      if (!(value instanceof ScimArray array)) {
        if (profile.singleValueForMultiValued() == Profile.SingleValueForMultiValued.REJECT) {
          throw ScimPatchException.of(ScimType.INVALID_VALUE,
              Text.quote(def.name()) + " is multi-valued: its value is an array (" + profile.name() + ", T9)");
        }
        return def.isComplex() ? shapeElement(def, value) : shapeSimple(def, value);
      }
      ScimArray.Builder b = ScimArray.builder();
      for (ScimNode e : array) {
        b.add(def.isComplex() ? shapeElement(def, e) : shapeSimple(def, e));
      }
      return b.build();
    }
    ScimNode v = value;
    if (profile.singletonArrays() == Profile.SingletonArrays.UNWRAP && v instanceof ScimArray a && a.size() == 1) {
      v = a.get(0); // T8
    }
    return def.isComplex() ? shapeElement(def, v) : shapeSimple(def, v);
  }

  /** Shapes one complex value: T7, T11, and its sub-attributes. */
  private ScimNode shapeElement(Attribute def, ScimNode value) {
    ScimNode v = value;
    if (v.isScalar() && !def.multiValued() && profile.scalarForComplex() == Profile.ScalarForComplex.WRAP_AS_VALUE) {
      v = ScimObject.of("value", v); // T7
    }
    if (profile.jsonInStrings() == Profile.JsonInStrings.PARSE_OBJECT && v instanceof ScimObject o && o.size() == 1
        && o.get("value") instanceof ScimString s && s.value().startsWith("{")
        && MiniJson.parse(s.value()) instanceof ScimObject parsed) {
      v = parsed; // T11
    }
    if (!(v instanceof ScimObject object)) {
      return v;
    }
    ScimObject shaped = object;
    for (ScimObject.Member m : object.members()) {
      Optional<Attribute> sub = def.subAttribute(m.name());
      if (sub.isEmpty()) {
        continue;
      }
      if (readOnly(sub.get())) {
        shaped = shaped.without(m.name()); // T15
      } else {
        ScimNode s = sub.get().multiValued() && m.value() instanceof ScimArray a ? a : shapeSimple(sub.get(), m.value());
        if (s != m.value()) {
          shaped = shaped.with(m.name(), s);
        }
      }
    }
    return shaped;
  }

  /** Shapes one simple value: T8 ({@code [{"value": x}]}) and T5 (typed strings). */
  private ScimNode shapeSimple(Attribute def, ScimNode value) {
    ScimNode v = value;
    if (profile.singletonArrays() == Profile.SingletonArrays.UNWRAP && !def.multiValued()) {
      if (v instanceof ScimArray a && a.size() == 1) {
        v = a.get(0);
      }
      if (v instanceof ScimObject o && o.size() == 1) {
        ScimNode inner = o.get("value");
        if (inner != null && inner.isScalar()) {
          v = inner;
        }
      }
    }
    if (v instanceof ScimString s && profile.scalarCoercion() != Profile.ScalarCoercion.NONE) {
      String text = s.value();
      if (def.type() == AttributeType.BOOLEAN) {
        if (Ascii.equalsIgnoreCase(text, "true")) {
          return ScimBoolean.TRUE;
        } else if (Ascii.equalsIgnoreCase(text, "false")) {
          return ScimBoolean.FALSE;
        }
      } else if (profile.scalarCoercion() == Profile.ScalarCoercion.SCHEMA_TYPED_STRINGS
          && (def.type() == AttributeType.INTEGER || def.type() == AttributeType.DECIMAL)) {
        try {
          return ScimNumber.parse(text.strip());
        } catch (NumberFormatException e) {
          return v; // the engine's type check says what is wrong
        }
      }
    }
    return v;
  }

  /** S8 {@code REJECT}: no null anywhere in a value. */
  private void checkNulls(ScimNode value) {
    if (profile.nullValue() != Profile.NullValue.REJECT) {
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

  // ------------------------------------------------------------------ emulation (E1-E3, E7, E9, E10)

  private void emulate(PatchOperation op, Map<String, Integer> touched) {
    Path path = op.path();
    Profile.Op kind = op instanceof PatchOperation.Add ? Profile.Op.ADD
        : op instanceof PatchOperation.Remove ? Profile.Op.REMOVE : Profile.Op.REPLACE;
    List<String> attributes = new ArrayList<>();
    if (path != null) {
      attributes.add(path.attribute());
      checkFilter(path);
    } else if (op instanceof PatchOperation.Add a) {
      keys(a.value(), attributes);
    } else if (op instanceof PatchOperation.Replace r) {
      keys(r.value(), attributes);
    }
    for (String attribute : attributes) {
      for (Profile.Deny rule : profile.denied()) {
        if (rule.covers(kind, attribute, path != null && path.hasFilter(), schema == null ? null : schema.name())) {
          throw unsupported("this server refuses " + rule + " (" + profile.name() + ", E7)", ScimType.MUTABILITY);
        }
      }
      for (String once : profile.onceOnlyAttributes()) {
        if (Ascii.equalsIgnoreCase(once, attribute) && touched.merge(Ascii.toLowerCase(once), 1, Integer::sum) > 1) {
          throw syntax("this server takes one operation on " + Text.quote(once) + " per request (" + profile.name() + ", E9)");
        }
      }
    }
  }

  /** The attribute names a value without a path sets, those under a schema URN key included. */
  private static void keys(ScimNode value, List<String> out) {
    if (value instanceof ScimObject o) {
      for (ScimObject.Member m : o.members()) {
        if (!Names.isAttrName(m.name()) && m.value() instanceof ScimObject inner) {
          out.addAll(inner.names());
        } else {
          out.add(m.name());
        }
      }
    }
  }

  /** E3 and E10 on a canonical path. */
  private void checkFilter(Path path) {
    Filter f = path.filter();
    if (f == null) {
      return;
    }
    boolean scoped = profile.pathFilterAttributes().isEmpty() || profile.pathFilterAttributes().contains(path.attribute());
    boolean ok = !scoped || switch (profile.pathFilters()) {
      case FULL -> true;
      case NONE -> false;
      case EQ_AND_ONLY -> (f instanceof Filter.And and ? and.operands() : List.of(f)).stream()
          .allMatch(t -> t instanceof Filter.Comparison c && c.operator() == ComparisonOperator.EQ);
      case EQ_ON_VALUE_ONLY -> f instanceof Filter.Comparison c && c.operator() == ComparisonOperator.EQ
          && Ascii.equalsIgnoreCase(c.attribute().name(), "value") && c.attribute().subAttribute() == null;
    };
    if (!ok) {
      throw ScimPatchException.atIndex(ScimType.INVALID_FILTER, "this server does not support "
          + (profile.pathFilters() == Profile.PathFilters.NONE ? "value filters in paths" : "this value filter")
          + " (" + profile.name() + ", E3)", path.toString(), -1);
    }
    if (path.subAttribute() == null && profile.filteredPathTarget() == Profile.FilteredPathTarget.SUB_ATTRIBUTE_ONLY) {
      throw ScimPatchException.of(ScimType.INVALID_PATH,
          "this server takes a filtered path only with a sub-attribute (" + profile.name() + ", E10)");
    }
  }

  /** E5: members a canonical operation adds or removes (an unfiltered remove counts as one). */
  private static int membershipChanges(PatchOperation op) {
    Path path = op.path();
    ScimNode value = op instanceof PatchOperation.Add a ? a.value() : op instanceof PatchOperation.Replace r ? r.value() : null;
    if (path == null) {
      int n = 0;
      if (value instanceof ScimObject o) {
        for (ScimObject.Member m : o.members()) {
          if (Ascii.equalsIgnoreCase(m.name(), "members")) {
            n += count(m.value());
          } else if (!Names.isAttrName(m.name()) && m.value() instanceof ScimObject inner && inner.get("members") != null) {
            n += count(inner.get("members"));
          }
        }
      }
      return n;
    }
    if (!Ascii.equalsIgnoreCase(path.attribute(), "members")) {
      return 0;
    }
    return value == null ? 1 : count(value);
  }

  private static int count(ScimNode value) {
    return value instanceof ScimArray a ? a.size() : value.isNull() ? 0 : 1;
  }

  // ------------------------------------------------------------------ errors

  private ScimPatchException unsupported(String reason, ScimType type) {
    return profile.unsupported() == Profile.Unsupported.NOT_IMPLEMENTED
        ? ScimPatchException.ofStatus(501, reason)
        : ScimPatchException.of(type, reason);
  }

  private static ScimPatchException syntax(String reason) {
    return ScimPatchException.of(ScimType.INVALID_SYNTAX, reason);
  }
}

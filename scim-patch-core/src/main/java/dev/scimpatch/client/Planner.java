package dev.scimpatch.client;

import dev.scimpatch.Emulation;
import dev.scimpatch.Op;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import dev.scimpatch.internal.Text;
import dev.scimpatch.path.AttributePath;
import dev.scimpatch.path.ComparisonOperator;
import dev.scimpatch.path.Filter;
import dev.scimpatch.path.Path;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.profile.RequestReader;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchOperation.Add;
import dev.scimpatch.request.PatchOperation.Remove;
import dev.scimpatch.request.PatchOperation.Replace;
import dev.scimpatch.resolve.AttributeRef;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One diff: the attributes that differ between two states of a resource, each with the forms of
 * operations that could change it, most specific first; and the search for the first forms that
 * the target reads and that give the new state when applied, which is checked by reading the
 * written message under the target and applying it with the engine, as the target would.
 */
final class Planner {

  /** Rounds of apply-and-compare before giving up; each round moves every attribute that failed. */
  private static final int MAX_ROUNDS = 12;

  private final ResourceType type;
  private final Profile target;
  private final RequestReader reader;
  private final PatchEngine engine;
  private final ScimObject old;
  private final ScimObject updated;
  /**
   * Whether the target takes only {@code replace} (Seismic): a change to a multi-valued attribute
   * is then a replace of the whole attribute, since such servers document no filtered paths.
   */
  private final boolean replaceOnly;

  Planner(ResourceType type, ScimObject old, ScimObject updated) {
    this.type = type;
    this.target = type.profile();
    this.reader = RequestReader.of(type);
    this.engine = PatchEngine.of(type);
    this.old = old;
    this.updated = updated;
    this.replaceOnly = target.get(Emulation.AllowedOps.class).ops().equals(Set.of(Op.REPLACE));
  }

  // ------------------------------------------------------------------ the search

  List<PatchOperation> plan() {
    List<Unit> units = units();
    if (units.isEmpty()) {
      return List.of();
    }
    for (Unit u : units) {
      u.skipUnreadable();
    }
    for (int round = 0; ; round++) {
      List<PatchOperation> ops = new ArrayList<>();
      List<Unit> owners = new ArrayList<>();
      for (Unit u : units) {
        for (PatchOperation op : u.current()) {
          ops.add(op);
          owners.add(u);
        }
      }
      ScimObject result;
      try {
        result = apply(ops);
      } catch (ScimPatchException e) {
        int i = e.operationIndex();
        Unit owner = i >= 0 && i < owners.size() ? owners.get(i) : null;
        if (owner != null && !owner.refusedInFull) {
          // a refusal of a whole request tells more than a form the target does not read at all
          owner.refusal = e;
          owner.refusedInFull = true;
        }
        if (owner == null || round == MAX_ROUNDS || !owner.next()) {
          throw impossible(owner, e);
        }
        continue;
      }
      List<Unit> wrong = new ArrayList<>();
      for (Unit u : units) {
        if (!same(u.valueIn(result), u.after)) {
          wrong.add(u);
        }
      }
      if (wrong.isEmpty()) {
        if (!sameResource(result, updated)) {
          throw ScimPatchException.of(ScimType.MUTABILITY, "no request" + inDialect()
              + " gives the resource its new 'schemas' " + shown(updated.get("schemas"))
              + ": the server keeps 'schemas' (readOnly) in step with the extension attributes (R-EXT-3),"
              + " which give " + shown(result.get("schemas")));
        }
        return List.copyOf(ops);
      }
      for (Unit u : wrong) {
        if (round == MAX_ROUNDS || !u.next()) {
          throw ScimPatchException.of(ScimType.INVALID_VALUE, "no request" + inDialect() + " gives "
              + Text.quote(u.path.toString()) + " its new value: the closest gives " + shown(u.valueIn(result))
              + " instead of " + shown(u.after));
        }
      }
    }
  }

  /** A value as an error message shows it: one line of at most 120 characters. */
  private static String shown(@Nullable ScimNode value) {
    return value == null ? "no value" : Text.snippet(value.toString(), 0, 120);
  }

  /** Whether {@code ops} read under the target and applied to the old state give the new one. */
  boolean achieves(List<PatchOperation> ops) {
    try {
      return sameResource(apply(ops), updated);
    } catch (ScimPatchException e) {
      return false;
    }
  }

  private ScimObject apply(List<PatchOperation> ops) {
    return engine.apply(old, reader.read(PatchMessages.write(ops, target))).resource();
  }

  /**
   * Equal but for {@code meta}, for the order of {@code schemas}, which the server keeps, and for
   * unassigned members: absent, {@code null} and {@code []} are one state (R-CHR-14).
   */
  static boolean sameResource(ScimObject a, ScimObject b) {
    ScimObject x = assignedOnly(a.without("meta"));
    ScimObject y = assignedOnly(b.without("meta"));
    if (x.equals(y)) {
      return true;
    }
    return urns(x.get("schemas")).equals(urns(y.get("schemas")))
        && x.without("schemas").equals(y.without("schemas"));
  }

  /** Whether two values are the same state: equal once unassigned members are dropped (R-CHR-14). */
  static boolean same(@Nullable ScimNode a, @Nullable ScimNode b) {
    if (!assigned(a) || !assigned(b)) {
      return !assigned(a) && !assigned(b);
    }
    ScimNode x = Objects.requireNonNull(a);
    ScimNode y = Objects.requireNonNull(b);
    return x.equals(y) || state(x).equals(state(y));
  }

  private static ScimNode state(ScimNode n) {
    if (n instanceof ScimObject o) {
      return assignedOnly(o);
    }
    if (n instanceof ScimArray a) {
      ScimArray.Builder out = ScimArray.builder();
      for (ScimNode e : a) {
        if (assigned(e)) {
          out.add(e instanceof ScimObject o ? assignedOnly(o) : e);
        }
      }
      return out.build();
    }
    return n;
  }

  /**
   * The object without its unassigned members, and its complex members' and values' likewise; a
   * multi-valued attribute loses its unassigned values ({@code null}, {@code {}}).
   */
  private static ScimObject assignedOnly(ScimObject o) {
    ScimObject.Builder out = ScimObject.builder();
    for (ScimObject.Member m : o.members()) {
      if (assigned(m.value())) {
        out.put(m.name(), state(m.value()));
      }
    }
    return out.build();
  }

  private static Set<String> urns(@Nullable ScimNode schemas) {
    Set<String> out = new HashSet<>();
    if (schemas instanceof ScimArray a) {
      for (ScimNode n : a) {
        out.add(n instanceof ScimString s ? Ascii.toLowerCase(s.value()) : n.toString());
      }
    } else if (schemas != null) {
      out.add(schemas.toString());
    }
    return out;
  }

  private String inDialect() {
    return target.equals(Profile.strict()) ? "" : " in the " + target.name() + " dialect";
  }

  private ScimPatchException impossible(@Nullable Unit unit, ScimPatchException last) {
    ScimPatchException cause = unit != null && unit.refusal != null ? unit.refusal : last;
    String what = unit == null ? "makes this change" : "changes " + Text.quote(unit.path.toString());
    String reason = "no request" + inDialect() + " " + what + ": " + cause.reason();
    ScimType t = cause.scimType();
    return t != null && cause.status() == 400 ? ScimPatchException.of(t, reason) : ScimPatchException.ofStatus(cause.status(), reason);
  }

  // ------------------------------------------------------------------ the attributes that differ

  private List<Unit> units() {
    List<Unit> out = new ArrayList<>();
    for (String name : names(old, updated)) {
      if (Ascii.equalsIgnoreCase(name, "meta") || Ascii.equalsIgnoreCase(name, "schemas")) {
        continue;
      }
      ScimNode before = old.get(name);
      ScimNode after = updated.get(name);
      if ((before instanceof ScimObject || after instanceof ScimObject) && isContainer(name)) {
        ScimObject b = before instanceof ScimObject o ? o : ScimObject.empty();
        ScimObject a = after instanceof ScimObject o ? o : ScimObject.empty();
        if (!same(before, after)) {
          for (String inner : names(b, a)) {
            unit(out, name, inner, b.get(inner), a.get(inner));
          }
        }
      } else {
        unit(out, null, name, before, after);
      }
    }
    return out;
  }

  private boolean isContainer(String key) {
    return type.schema().isPresent() ? !Names.isAttrName(key) && type.isSchemaKey(key) : Names.isUrn(key);
  }

  private void unit(List<Unit> out, @Nullable String container, String name, @Nullable ScimNode before,
      @Nullable ScimNode after) {
    if (same(before, after)) {
      return;
    }
    AttributeRef ref = type.lookup(container, name);
    Attribute def = ref == null ? null : ref.definition();
    String shown = container == null ? name : container + ":" + name;
    if (def != null && def.mutability() == Mutability.READ_ONLY) {
      throw ScimPatchException.of(ScimType.MUTABILITY, Text.quote(shown)
          + " is readOnly, so no PATCH request changes it (R-GEN-3); the two resources differ there");
    }
    if (def != null && def.mutability() == Mutability.IMMUTABLE && assigned(before)) {
      throw ScimPatchException.of(ScimType.MUTABILITY, Text.quote(shown)
          + " is immutable and has a value, so no PATCH request changes it (R-GEN-5)");
    }
    Path path = path(container, name, null, null, shown);
    boolean multi = def != null ? def.multiValued() : before instanceof ScimArray || after instanceof ScimArray;
    out.add(new Unit(container, name, path, after, forms(path, multi, before, after)));
  }

  private static Path path(@Nullable String container, String name, @Nullable Filter filter, @Nullable String sub,
      String shown) {
    try {
      return new Path(container, name, filter, sub);
    } catch (IllegalArgumentException e) {
      throw ScimPatchException.of(ScimType.INVALID_PATH, "no PATCH path reaches " + Text.quote(shown)
          + ": " + e.getMessage());
    }
  }

  /** The member names of both objects: the old one's, then those only the new one has. */
  private static List<String> names(ScimObject b, ScimObject a) {
    List<String> out = new ArrayList<>(b.names());
    for (String n : a.names()) {
      if (!b.has(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Whether a value is assigned: not absent or {@code null}, nor an object or array with nothing
   * assigned in it, such as {@code {}} and {@code []} (R-CHR-14).
   */
  static boolean assigned(@Nullable ScimNode n) {
    if (n instanceof ScimObject o) {
      for (ScimNode v : o.values()) {
        if (assigned(v)) {
          return true;
        }
      }
      return false;
    }
    if (n instanceof ScimArray a) {
      for (ScimNode e : a) {
        if (assigned(e)) {
          return true;
        }
      }
      return false;
    }
    return n != null && !n.isNull();
  }

  // ------------------------------------------------------------------ the forms of a change

  private List<List<PatchOperation>> forms(Path p, boolean multi, @Nullable ScimNode before, @Nullable ScimNode after) {
    List<List<PatchOperation>> forms = new ArrayList<>();
    if (!assigned(after)) {
      forms.add(List.of(new Remove(p)));
      forms.add(List.of(new Replace(p, after == null ? (multi ? ScimArray.empty() : ScimNull.INSTANCE) : after)));
      if (multi) {
        forms.add(List.of(new Replace(p, ScimNull.INSTANCE)));
        if (before instanceof ScimArray b) {
          // value by value, for a server that removes no attribute whole (Omni, AWS, Google members)
          addIfAny(forms, new Elements(p, b, ScimArray.empty()).form());
        }
      }
      return forms;
    }
    ScimNode value = Objects.requireNonNull(after);
    if (!assigned(before)) {
      if (before != null) {
        forms.add(List.of(new Replace(p, value)));
      }
      forms.add(List.of(new Add(p, value)));
      forms.add(List.of(new Replace(p, value)));
      return forms;
    }
    if (multi && before instanceof ScimArray b && after instanceof ScimArray a) {
      if (!replaceOnly) {
        addIfAny(forms, new Elements(p, b, a).form());
      }
      forms.add(List.of(new Replace(p, value)));
      forms.add(List.of(new Remove(p), new Add(p, value)));
      forms.add(List.of(new Replace(p, ScimNull.INSTANCE), new Replace(p, value)));
      return forms;
    }
    if (!multi && before instanceof ScimObject b && after instanceof ScimObject a) {
      forms.addAll(subForms(p, b, a));
      if (b.names().stream().allMatch(a::has)) { // replace merges (R-REP-5): only when nothing goes
        forms.add(List.of(new Replace(p, value)));
        forms.add(List.of(new Add(p, value)));
      }
      forms.add(List.of(new Remove(p), new Add(p, value)));
      forms.add(List.of(new Replace(p, ScimNull.INSTANCE), new Replace(p, value)));
      return forms;
    }
    forms.add(List.of(new Replace(p, value)));
    forms.add(List.of(new Add(p, value)));
    // a value of another type: unassigned first, as a request that removes it and then sets it
    forms.add(List.of(new Remove(p), new Add(p, value)));
    forms.add(List.of(new Replace(p, ScimNull.INSTANCE), new Replace(p, value)));
    return forms;
  }

  private static void addIfAny(List<List<PatchOperation>> forms, List<PatchOperation> form) {
    if (!form.isEmpty()) {
      forms.add(form);
    }
  }

  /** One operation per changed sub-attribute of a complex value: three spellings of the same. */
  private static List<List<PatchOperation>> subForms(Path p, ScimObject b, ScimObject a) {
    List<PatchOperation> replaceRemove = new ArrayList<>();
    List<PatchOperation> replaceOnly = new ArrayList<>();
    List<PatchOperation> addRemove = new ArrayList<>();
    for (String sub : names(b, a)) {
      ScimNode before = b.get(sub);
      ScimNode after = a.get(sub);
      if (Objects.equals(before, after)) {
        continue;
      }
      if (!Names.isAttrName(sub) && !Names.isRef(sub)) {
        return List.of();
      }
      Path sp = p.withSubAttribute(sub);
      if (after != null && assigned(after)) {
        replaceRemove.add(new Replace(sp, after));
        replaceOnly.add(new Replace(sp, after));
        addRemove.add(new Add(sp, after));
      } else {
        replaceRemove.add(new Remove(sp));
        replaceOnly.add(new Replace(sp, ScimNull.INSTANCE));
        addRemove.add(new Remove(sp));
      }
    }
    return List.of(replaceRemove, replaceOnly, addRemove);
  }

  /**
   * The values of a multi-valued attribute, matched by identity: {@code value}, else {@code $ref},
   * else the whole value. Its one form, when there is one: an operation per changed sub-attribute
   * of a kept value and per removed value, each through an {@code eq} filter that selects that
   * value alone, then one add of the new values, which the server appends. There is none when
   * filters cannot tell the values apart, or when the new order is not the old one with the new
   * values at the end.
   */
  private static final class Elements {
    private final Path p;
    private final ScimArray before;
    private final ScimArray after;

    Elements(Path p, ScimArray before, ScimArray after) {
      this.p = p;
      this.before = before;
      this.after = after;
    }

    /** {@return the operations, or none when this attribute's change has no such form} */
    List<PatchOperation> form() {
      Map<ScimNode, ScimNode> oldByKey = new LinkedHashMap<>();
      Map<String, Integer> selects = new HashMap<>();
      for (ScimNode e : before) {
        ScimNode key = key(e);
        if (oldByKey.putIfAbsent(key, e) != null) {
          return List.of();
        }
        count(selects, e);
      }
      Map<ScimNode, ScimNode> newByKey = new LinkedHashMap<>();
      for (ScimNode e : after) {
        if (newByKey.putIfAbsent(key(e), e) != null) {
          return List.of();
        }
      }
      // The order the server gives: the kept values where they were, the added ones at the end.
      List<ScimNode> order = new ArrayList<>();
      List<ScimNode> removed = new ArrayList<>();
      for (ScimNode key : oldByKey.keySet()) {
        if (newByKey.containsKey(key)) {
          order.add(key);
        } else {
          removed.add(oldByKey.get(key));
        }
      }
      ScimArray.Builder added = ScimArray.builder();
      for (Map.Entry<ScimNode, ScimNode> e : newByKey.entrySet()) {
        if (!oldByKey.containsKey(e.getKey())) {
          order.add(e.getKey());
          added.add(e.getValue());
        }
      }
      if (!order.equals(new ArrayList<>(newByKey.keySet()))) {
        return List.of();
      }
      List<PatchOperation> changes = new ArrayList<>();
      for (Map.Entry<ScimNode, ScimNode> e : oldByKey.entrySet()) {
        ScimNode now = newByKey.get(e.getKey());
        if (now != null && !now.equals(e.getValue())) {
          Filter f = filter(e.getValue(), selects);
          if (f == null || !(e.getValue() instanceof ScimObject b) || !(now instanceof ScimObject a)) {
            return List.of();
          }
          List<List<PatchOperation>> subs = subForms(p, b, a);
          if (subs.isEmpty()) {
            return List.of();
          }
          for (PatchOperation op : subs.get(0)) {
            changes.add(withFilter(op, f));
          }
        }
      }
      List<PatchOperation> filtered = new ArrayList<>(changes);
      for (ScimNode e : removed) {
        Filter f = filter(e, selects);
        if (f == null) {
          return List.of();
        }
        filtered.add(new Remove(new Path(p.schema(), p.attribute(), f, null)));
      }
      ScimArray adds = added.build();
      if (!adds.isEmpty()) {
        filtered.add(new Add(p, adds));
      }
      return filtered;
    }

    private PatchOperation withFilter(PatchOperation op, Filter f) {
      Path sp = Objects.requireNonNull(op.path());
      Path fp = new Path(sp.schema(), sp.attribute(), f, sp.subAttribute());
      return op instanceof Add a ? new Add(fp, a.value())
          : op instanceof Replace r ? new Replace(fp, r.value()) : new Remove(fp);
    }
  }

  /** A value's identity: its {@code value}, else its {@code $ref}, else itself. */
  private static ScimNode key(ScimNode e) {
    ScimNode v = valueOf(e);
    if (v != null) {
      return ScimObject.of("value", v);
    }
    ScimNode r = e instanceof ScimObject o ? o.get("$ref") : null;
    if (r instanceof ScimString) {
      return ScimObject.of("$ref", r);
    }
    return ScimArray.of(e);
  }

  /** The scalar a filter on {@code value} compares: a simple value itself, or a complex one's {@code value}. */
  private static @Nullable ScimNode valueOf(ScimNode e) {
    if (e.isScalar()) {
      return e;
    }
    ScimNode v = e instanceof ScimObject o ? o.get("value") : null;
    return v != null && v.isScalar() ? v : null;
  }

  /** Counts, per folded {@code value} and {@code $ref}, the values an {@code eq} filter on it selects. */
  private static void count(Map<String, Integer> selects, ScimNode e) {
    ScimNode v = valueOf(e);
    if (v != null) {
      selects.merge("v" + folded(v), 1, Integer::sum);
    }
    if (e instanceof ScimObject o && o.get("$ref") instanceof ScimString r) {
      selects.merge("r" + folded(r), 1, Integer::sum);
    }
  }

  /** Case folded, as a filter on an attribute that is not caseExact compares: a filter that may select more is refused. */
  private static String folded(ScimNode scalar) {
    return scalar instanceof ScimString s ? "s" + Ascii.toLowerCase(s.value()) : scalar.jsonType() + scalar;
  }

  /** An {@code eq} filter that selects {@code e} alone among the old values, or {@code null}. */
  private static @Nullable Filter filter(ScimNode e, Map<String, Integer> selects) {
    ScimNode v = valueOf(e);
    if (v != null) {
      return selects.getOrDefault("v" + folded(v), 0) == 1 ? new Filter.Comparison(AttributePath.of("value"), ComparisonOperator.EQ, v) : null;
    }
    if (e instanceof ScimObject o && o.get("$ref") instanceof ScimString r) {
      return selects.getOrDefault("r" + folded(r), 0) == 1 ? new Filter.Comparison(AttributePath.of("$ref"), ComparisonOperator.EQ, r) : null;
    }
    return null;
  }

  // ------------------------------------------------------------------ one attribute

  /** An attribute that differs, with its forms and the one being tried. */
  private final class Unit {
    final @Nullable String container;
    final String name;
    final Path path;
    final @Nullable ScimNode after;
    final List<List<PatchOperation>> forms;
    int form;
    /**
     * What an error reports: why the first form the target read was refused when applied in full
     * (E4, E5, E6, the engine), else why the first form it did not read was.
     */
    @Nullable ScimPatchException refusal;
    boolean refusedInFull;

    Unit(@Nullable String container, String name, Path path, @Nullable ScimNode after, List<List<PatchOperation>> forms) {
      this.container = container;
      this.name = name;
      this.path = path;
      this.after = after;
      this.forms = forms;
    }

    List<PatchOperation> current() {
      return forms.get(form);
    }

    /** Moves to the next form the target reads; false when there is none. */
    boolean next() {
      form++;
      return skipUnreadable();
    }

    /**
     * Moves to the first form, from the current one, whose operations the target reads one by one
     * (its operations, paths, filters and denied operations).
     *
     * @return true; false when there is no form left to try
     * @throws ScimPatchException when forms are left but the target reads none of them
     */
    boolean skipUnreadable() {
      if (form >= forms.size()) {
        form = forms.size() - 1;
        return false;
      }
      ScimPatchException last = null;
      for (; form < forms.size(); form++) {
        try {
          for (PatchOperation op : forms.get(form)) {
            reader.read(PatchMessages.write(List.of(op), target));
          }
          return true;
        } catch (ScimPatchException e) {
          if (refusal == null) {
            refusal = e;
          }
          last = e;
        }
      }
      form = forms.size() - 1;
      throw impossible(this, Objects.requireNonNull(last));
    }

    /** {@return the attribute's value in a resource, or {@code null} if it has none} */
    @Nullable ScimNode valueIn(ScimObject resource) {
      if (container == null) {
        return resource.get(name);
      }
      return resource.get(container) instanceof ScimObject c ? c.get(name) : null;
    }
  }
}

package dev.scimpatch.client;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import dev.scimpatch.path.AttributePath;
import dev.scimpatch.path.ComparisonOperator;
import dev.scimpatch.path.Filter;
import dev.scimpatch.path.Path;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchOperation.Add;
import dev.scimpatch.request.PatchOperation.Remove;
import dev.scimpatch.request.PatchOperation.Replace;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The forms of a change to one attribute: the ways to write it as operations, most specific
 * first. A complex attribute gets one operation per changed sub-attribute; a multi-valued one one
 * per changed sub-attribute of a kept value, one filtered remove per removed value and one add of
 * the new values; then come whole replaces, and removes followed by adds. Which of them a target
 * reads, and which gives the new value, the {@link Planner} finds out.
 */
final class Forms {
  private Forms() {}

  /** The member names of both objects: the old one's, then those only the new one has. */
  static List<String> names(ScimObject b, ScimObject a) {
    List<String> out = new ArrayList<>(b.names());
    for (String n : a.names()) {
      if (!b.has(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * The forms of one attribute's change, most specific first.
   *
   * @param p the attribute's path
   * @param multi whether it is multi-valued
   * @param before its old value, or {@code null}
   * @param after its new value, or {@code null}
   * @param replaceOnly whether the target takes only {@code replace} (Seismic): a change to a
   *     multi-valued attribute is then a replace of the whole attribute, since such servers
   *     document no filtered paths
   * @return the forms, each a list of operations
   */
  static List<List<PatchOperation>> of(Path p, boolean multi, @Nullable ScimNode before, @Nullable ScimNode after,
      boolean replaceOnly) {
    List<List<PatchOperation>> forms = new ArrayList<>();
    if (!States.assigned(after)) {
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
    if (!States.assigned(before)) {
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
      if (after != null && States.assigned(after)) {
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
}

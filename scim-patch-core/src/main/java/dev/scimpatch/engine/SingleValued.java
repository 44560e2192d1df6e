package dev.scimpatch.engine;

import dev.scimpatch.Semantics.ComplexReplace;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import org.jspecify.annotations.Nullable;

/**
 * Writes of single-valued attributes and of sub-attributes of a complex value (R-ADD-4, R-ADD-7,
 * R-ADD-8, R-REP-2, R-REP-4, R-REP-5, R-REM-2, R-REM-3). Values arrive checked; a {@code null}
 * reaches a write only from a replace or a remove, and means "unassign".
 */
final class SingleValued {

  private final Run run;

  SingleValued(Run run) {
    this.run = run;
  }

  /** Sets a simple value; {@code null} unassigns. */
  void set(Target t, ScimNode value) {
    if (value.isNull()) {
      unassign(t);
      return;
    }
    ScimNode v = value;
    if (v instanceof ScimArray array) {
      v = ScimArray.of(run.multi().keepLastPrimary(t, array.elements())); // an array stored whole keeps one primary too
    }
    ScimNode current = t.container().get(t.name());
    MutabilityRules.checkChange(t.def(), t.name(), current, v);
    if (!v.equals(current)) {
      t.container().put(t.name(), v);
      run.changed();
    }
  }

  /** Add or replace of a complex value: merges the given sub-attributes (R-ADD-4, R-REP-5); {@code null} unassigns. */
  void merge(Target t, ScimNode value) {
    if (value.isNull()) {
      unassign(t);
      return;
    }
    ScimObject given = Run.requireObject(t, value);
    ScimNode current = t.container().get(t.name());
    ScimObject old = current instanceof ScimObject o ? o : ScimObject.empty();
    setObject(t, current, mergeInto(t, old, given));
  }

  /** Replace of a complex value: as {@link #merge}, or under S5 {@code OVERWRITE} the value whole. */
  void replace(Target t, ScimNode value) {
    if (value.isNull() || !run.profile().has(ComplexReplace.OVERWRITE)) {
      merge(t, value);
      return;
    }
    ScimObject given = Run.requireObject(t, value);
    ScimNode current = t.container().get(t.name());
    ScimObject old = current instanceof ScimObject o ? o : ScimObject.empty();
    // S5: every sub-attribute not given is removed, with the same checks as a removal.
    ScimObject.Builder kept = ScimObject.builder();
    for (ScimObject.Member m : old.members()) {
      if (given.has(m.name())) {
        kept.put(m.name(), m.value());
      } else {
        Attribute subDef = t.def() == null ? null : t.def().subAttribute(m.name()).orElse(null);
        MutabilityRules.checkSubChange(t, subDef, m.name(), m.value(), null);
      }
    }
    setObject(t, current, mergeInto(t, kept.build(), given));
  }

  /** Writes a sub-attribute of a single complex value (R-ADD-8, R-REP-2); {@code null} removes it. */
  void writeSub(Target t, String sub, @Nullable Attribute subDef, ScimNode value) {
    ScimNode current = t.container().get(t.name());
    ScimObject old = current instanceof ScimObject o ? o : ScimObject.empty();
    setObject(t, current, withSub(t, old, sub, subDef, value));
  }

  /** Removes a sub-attribute of a single complex value (R-REM-3). */
  void removeSub(Target t, String sub, @Nullable Attribute subDef) {
    ScimNode current = t.container().get(t.name());
    if (current instanceof ScimObject object && object.has(sub)) {
      MutabilityRules.checkSubChange(t, subDef, sub, object.get(sub), null);
      setObject(t, object, object.without(sub));
    }
  }

  /** {@code element} with sub-attribute {@code sub} set to {@code value}, or removed for {@code null}. */
  ScimObject withSub(Target t, ScimObject element, String sub, @Nullable Attribute subDef, ScimNode value) {
    String name = subDef != null ? subDef.name() : Run.spellingIn(element, sub);
    ScimNode old = element.get(name);
    if (value.isNull()) {
      MutabilityRules.checkSubChange(t, subDef, name, old, null);
      return element.without(name);
    }
    MutabilityRules.checkSubChange(t, subDef, name, old, value);
    return element.with(name, value);
  }

  /** Merges {@code given} into {@code old}: given sub-attributes win; {@code null} removes one. */
  ScimObject mergeInto(Target t, ScimObject old, ScimObject given) {
    Attribute def = t.def();
    run.work().spend(old.size() + given.size());
    ScimObject.Builder merged = old.toBuilder();
    for (ScimObject.Member m : given.members()) {
      Attribute subDef = def == null ? null : def.subAttribute(m.name()).orElse(null);
      String name = subDef != null ? subDef.name() : Run.spellingIn(old, m.name());
      ScimNode before = old.get(name);
      if (m.value().isNull()) {
        if (before != null) {
          MutabilityRules.checkSubChange(t, subDef, name, before, null);
          merged.remove(name);
        }
        continue;
      }
      MutabilityRules.checkSubChange(t, subDef, name, before, m.value());
      merged.put(name, m.value());
    }
    return merged.build();
  }

  private void setObject(Target t, @Nullable ScimNode current, ScimObject updated) {
    if (updated.isEmpty()) {
      if (current != null && !current.isNull()) {
        unassign(t);
      }
      return;
    }
    MutabilityRules.checkChange(t.def(), t.name(), current, updated);
    if (!updated.equals(current)) {
      t.container().put(t.name(), updated);
      run.changed();
    }
  }

  /** Makes an attribute unassigned (R-REM-2, R-REM-3, R-REP-10). */
  void unassign(Target t) {
    ScimNode current = t.container().get(t.name());
    if (current == null || !MutabilityRules.isAssigned(current)) {
      return; // already unassigned (absent, null or []): nothing changes
    }
    MutabilityRules.checkUnassign(t, current);
    t.container().remove(t.name());
    run.changed();
  }
}

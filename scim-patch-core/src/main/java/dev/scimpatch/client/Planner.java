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
import dev.scimpatch.path.Filter;
import dev.scimpatch.path.Path;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.profile.RequestReader;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.resolve.AttributeRef;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.List;
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
        if (!States.same(u.valueIn(result), u.after)) {
          wrong.add(u);
        }
      }
      if (wrong.isEmpty()) {
        if (!States.sameResource(result, updated)) {
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
      return States.sameResource(apply(ops), updated);
    } catch (ScimPatchException e) {
      return false;
    }
  }

  private ScimObject apply(List<PatchOperation> ops) {
    return engine.apply(old, reader.read(PatchMessages.write(ops, target))).resource();
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
    for (String name : Forms.names(old, updated)) {
      if (Ascii.equalsIgnoreCase(name, "meta") || Ascii.equalsIgnoreCase(name, "schemas")) {
        continue;
      }
      ScimNode before = old.get(name);
      ScimNode after = updated.get(name);
      if ((before instanceof ScimObject || after instanceof ScimObject) && isContainer(name)) {
        ScimObject b = before instanceof ScimObject o ? o : ScimObject.empty();
        ScimObject a = after instanceof ScimObject o ? o : ScimObject.empty();
        if (!States.same(before, after)) {
          for (String inner : Forms.names(b, a)) {
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
    if (States.same(before, after)) {
      return;
    }
    AttributeRef ref = type.lookup(container, name);
    Attribute def = ref == null ? null : ref.definition();
    String shown = container == null ? name : container + ":" + name;
    if (def != null && def.mutability() == Mutability.READ_ONLY) {
      throw ScimPatchException.of(ScimType.MUTABILITY, Text.quote(shown)
          + " is readOnly, so no PATCH request changes it (R-GEN-3); the two resources differ there");
    }
    if (def != null && def.mutability() == Mutability.IMMUTABLE && States.assigned(before)) {
      throw ScimPatchException.of(ScimType.MUTABILITY, Text.quote(shown)
          + " is immutable and has a value, so no PATCH request changes it (R-GEN-5)");
    }
    Path path = path(container, name, null, null, shown);
    boolean multi = def != null ? def.multiValued() : before instanceof ScimArray || after instanceof ScimArray;
    out.add(new Unit(container, name, path, after, Forms.of(path, multi, before, after, replaceOnly)));
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

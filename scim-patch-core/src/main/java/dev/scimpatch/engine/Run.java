package dev.scimpatch.engine;

import dev.scimpatch.PatchOperation;
import dev.scimpatch.PatchResult;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.DateTimes;
import dev.scimpatch.internal.Names;
import dev.scimpatch.internal.Text;
import dev.scimpatch.path.AttributePath;
import dev.scimpatch.path.ComparisonOperator;
import dev.scimpatch.path.Filter;
import dev.scimpatch.path.Path;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One request being applied: the working copy of the resource and the rules that change it. */
final class Run {

  private static final String SCHEMAS = "schemas";

  private final PatchEngine engine;
  private final Profile profile;
  private final @Nullable ResourceSchema rs;
  private final ScimObject input;
  private final Container root;
  /** Extension containers touched by the request, by folded URN. */
  private final Map<String, Extension> extensions = new LinkedHashMap<>();
  private boolean changed;

  private static final class Extension {
    String urn;
    final Container container;

    Extension(String urn, Container container) {
      this.urn = urn;
      this.container = container;
    }
  }

  /**
   * Where one attribute lives and what it is.
   *
   * @param container the resource or an extension container
   * @param name the name to write: the schema's spelling, else the resource's, else the request's
   * @param def the definition, or {@code null} without a schema (common attributes always have one)
   * @param schemaUrn the URN of the schema that defines it ({@code null} without a schema)
   */
  private record Target(Container container, String name, @Nullable Attribute def, @Nullable String schemaUrn) {
    AttributePath scope() {
      return new AttributePath(schemaUrn, name, null);
    }

    AttributePath sub(String subName) {
      return new AttributePath(schemaUrn, name, subName);
    }
  }

  Run(PatchEngine engine, ScimObject input) {
    this.engine = engine;
    this.profile = engine.profile();
    this.rs = engine.resourceSchema();
    this.input = input;
    this.root = new Container(input);
  }

  // ------------------------------------------------------------------ operations

  void apply(PatchOperation op) {
    applyOne(op);
    syncSchemas();
  }

  private void applyOne(PatchOperation op) {
    if (op instanceof PatchOperation.Remove remove) {
      Path path = remove.path();
      remove(resolve(path.schema(), path.attribute()), path);
      return;
    }
    boolean replace = op instanceof PatchOperation.Replace;
    ScimNode value = replace ? ((PatchOperation.Replace) op).value() : ((PatchOperation.Add) op).value();
    if (deeperThan(value, PatchEngine.MAX_VALUE_DEPTH)) {
      throw invalidValue("the value is nested deeper than " + PatchEngine.MAX_VALUE_DEPTH + " levels");
    }
    Path path = op.path();
    if (path == null) {
      withoutPath(value, replace);
    } else {
      write(resolve(path.schema(), path.attribute()), path.filter(), path.subAttribute(), value, replace);
    }
  }

  /**
   * Keeps {@code schemas} in step with the extensions an operation changed (R-EXT-3), so the next
   * operation of the request sees it as a request of its own would (R-GEN-1).
   */
  void syncSchemas() {
    for (Extension ext : extensions.values()) {
      if (ext.container.changedSinceLastAsked()) {
        updateSchemas(ext.urn, !ext.container.isEmpty());
      }
    }
  }

  /** Add or replace without a path (R-ADD-2, R-REP-1, R-NOPATH-1..4). */
  private void withoutPath(ScimNode value, boolean replace) {
    if (!(value instanceof ScimObject object)) {
      throw invalidValue("without a path, the value must be an object of attributes, not "
          + value.jsonType() + " (R-NOPATH-1)");
    }
    for (ScimObject.Member m : object.members()) {
      String key = m.name();
      if (Names.isAttrName(key)) {
        write(resolve(null, key), null, null, m.value(), replace);
      } else if (isSchemaKey(key)) {
        if (!(m.value() instanceof ScimObject attributes)) {
          throw invalidValue("the value of schema " + Text.quote(key) + " must be an object of its attributes, not "
              + m.value().jsonType());
        }
        for (ScimObject.Member inner : attributes.members()) {
          if (!Names.isAttrName(inner.name())) {
            throw invalidPath(Text.quote(inner.name()) + " is not an attribute name");
          }
          write(resolve(key, inner.name()), null, null, inner.value(), replace);
        }
      } else {
        throw invalidPath(Text.quote(key) + " is not an attribute name or a schema URN; a value without a path "
            + "takes attribute names as keys (U-4)");
      }
    }
  }

  private boolean isSchemaKey(String key) {
    if (rs != null) {
      if (rs.schema(key).isPresent()) {
        return true;
      }
      if (Names.isUrn(key)) {
        throw invalidPath("unknown schema " + Text.quote(key) + "; " + rs.name() + " has " + rs.schemaUrns());
      }
      return false;
    }
    return Names.isUrn(key);
  }

  private void write(Target t, @Nullable Filter filter, @Nullable String sub, ScimNode value, boolean replace) {
    Attribute subDef = sub == null ? null : subDefinition(t, sub);
    String subName = sub == null ? null : subDef != null ? subDef.name() : sub;
    if (filter != null) {
      checkFilter(t, filter);
      writeSelected(t, filter, subName, subDef, value, replace);
    } else if (subName != null) {
      writeSub(t, subName, subDef, value, replace);
    } else if (isMultiValued(t, value)) {
      if (replace) {
        replaceValues(t, value);
      } else {
        addValues(t, value);
      }
    } else if (isComplex(t, value)) {
      merge(t, value, replace);
    } else {
      setSimple(t, value, replace);
    }
  }

  private void remove(Target t, Path path) {
    String sub = path.subAttribute();
    Attribute subDef = sub == null ? null : subDefinition(t, sub);
    String subName = sub == null ? null : subDef != null ? subDef.name() : sub;
    Filter filter = path.filter();
    if (filter != null) {
      checkFilter(t, filter);
      if (!isMultiValued(t, null)) {
        if (profile.unmatchedFilterOnRemove() == Profile.UnmatchedRemove.NO_TARGET) {
          throw noTarget("the filter [" + filter + "] matched no value: " + Text.quote(t.name) + " has none (S4)");
        }
        return; // nothing to select from: no change (R-REM-8)
      }
      WorkingArray values = array(t);
      List<Integer> selected = select(t, values, filter);
      if (selected.isEmpty() && profile.unmatchedFilterOnRemove() == Profile.UnmatchedRemove.NO_TARGET) {
        throw noTarget("the filter [" + filter + "] matched no value of " + Text.quote(t.name) + " (S4)");
      }
      if (subName == null) {
        removeValues(t, values, selected);
      } else {
        for (int i : selected) {
          clearSub(t, values, i, subName, subDef);
        }
      }
    } else if (subName != null) {
      if (isMultiValued(t, null)) {
        WorkingArray values = array(t);
        for (int i : values.positions()) {
          clearSub(t, values, i, subName, subDef);
        }
      } else {
        ScimNode current = t.container.get(t.name);
        if (current instanceof ScimObject object && object.has(subName)) {
          checkSubChange(t, subDef, subName, object.get(subName), null);
          setObject(t, object, object.without(subName));
        }
      }
    } else {
      unassign(t);
    }
  }

  /** Whether objects and arrays nest deeper than {@code levels} in {@code node}; looks no deeper than that. */
  private static boolean deeperThan(ScimNode node, int levels) {
    if (node instanceof ScimObject o) {
      if (levels == 0) {
        return true;
      }
      for (ScimObject.Member m : o.members()) {
        if (deeperThan(m.value(), levels - 1)) {
          return true;
        }
      }
    } else if (node instanceof ScimArray a) {
      if (levels == 0) {
        return true;
      }
      for (ScimNode e : a) {
        if (deeperThan(e, levels - 1)) {
          return true;
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ resolution

  /** Resolves an attribute name and optional schema URN (R-PATH-5, R-PATH-7, R-PATH-8, R-EXT-4). */
  private Target resolve(@Nullable String urn, String name) {
    if (rs == null) {
      return resolveSchemaless(urn, name);
    }
    if (urn != null) {
      Schema s = rs.schema(urn).orElseThrow(() -> invalidPath(
          "unknown schema " + Text.quote(urn) + "; " + rs.name() + " has " + rs.schemaUrns()));
      if (s == rs.core()) {
        Attribute def = rs.coreAttribute(name).orElseThrow(() -> unknownAttribute(name, s.id()));
        return new Target(root, def.name(), def, s.id());
      }
      Optional<Attribute> def = s.attribute(name);
      if (def.isEmpty() && s.open()) {
        Container container = extension(s.id());
        String spelling = container.spelling(name);
        return new Target(container, spelling != null ? spelling : name, null, s.id());
      }
      Attribute d = def.orElseThrow(() -> unknownAttribute(name, s.id()));
      return new Target(extension(s.id()), d.name(), d, s.id());
    }
    Optional<Attribute> core = rs.coreAttribute(name);
    if (core.isPresent()) {
      return new Target(root, core.get().name(), core.get(), rs.core().id());
    }
    Target found = null;
    for (Schema s : rs.extensions()) {
      Optional<Attribute> def = s.attribute(name);
      if (def.isPresent()) {
        if (found != null) {
          throw invalidPath(Text.quote(name) + " is defined by more than one extension; qualify it with its schema URN (R-EXT-4)");
        }
        found = new Target(extension(s.id()), def.get().name(), def.get(), s.id());
      }
    }
    if (found == null) {
      throw unknownAttribute(name, null);
    }
    return found;
  }

  private Target resolveSchemaless(@Nullable String urn, String name) {
    Container container = root;
    if (urn != null && !isCoreUrn(urn)) {
      container = extension(urn);
    }
    Attribute common = container == root ? commonAttribute(name) : null;
    String spelling = common != null ? common.name() : container.spelling(name);
    return new Target(container, spelling != null ? spelling : name, common, null);
  }

  private static @Nullable Attribute commonAttribute(String name) {
    for (Attribute a : ResourceSchema.commonAttributes()) {
      if (Ascii.equalsIgnoreCase(a.name(), name)) {
        return a;
      }
    }
    return null;
  }

  /** Schema-less: the first entry of {@code schemas} is the core schema, unless it holds an extension container. */
  private boolean isCoreUrn(String urn) {
    if (root.get(urn) instanceof ScimObject) {
      return false;
    }
    return input.get(SCHEMAS) instanceof ScimArray schemas && !schemas.isEmpty()
        && schemas.get(0) instanceof ScimString first && Ascii.equalsIgnoreCase(first.value(), urn);
  }

  private Container extension(String urn) {
    String key = Ascii.toLowerCase(urn);
    Extension ext = extensions.get(key);
    if (ext != null && rs == null && !ext.container.modified() && root.spelling(urn) == null) {
      ext.urn = urn; // nothing written yet: the spelling of the operation that writes it
    }
    if (ext == null) {
      String spelling = rs != null ? urn : root.spelling(urn);
      ScimNode existing = root.get(urn);
      ext = new Extension(spelling != null ? spelling : urn,
          new Container(existing instanceof ScimObject o ? o : ScimObject.empty()));
      extensions.put(key, ext);
    }
    return ext.container;
  }

  private @Nullable Attribute subDefinition(Target t, String sub) {
    if (t.def == null) {
      ScimNode current = t.container.get(t.name);
      if (current != null && !current.isNull() && !(current instanceof ScimObject) && !(current instanceof ScimArray)) {
        throw invalidPath(Text.quote(t.name) + " is not complex and has no sub-attribute " + Text.quote(sub));
      }
      return null;
    }
    if (!t.def.isComplex()) {
      throw invalidPath(Text.quote(t.name) + " is " + t.def.type() + ", not complex: it has no sub-attribute "
          + Text.quote(sub) + " (R-PATH-11)");
    }
    return t.def.subAttribute(sub).orElseThrow(() -> invalidPath(
        Text.quote(sub) + " is not a sub-attribute of " + Text.quote(t.name) + " (R-PATH-11)"));
  }

  /** Names inside a value filter must be sub-attributes of the filtered attribute (R-PATH-12). */
  private void checkFilter(Target t, Filter filter) {
    if (t.def != null && !t.def.multiValued()) {
      throw invalidPath("a value filter selects values of a multi-valued attribute; " + Text.quote(t.name)
          + " is single-valued");
    }
    if (t.def == null) {
      return;
    }
    if (filter instanceof Filter.And a) {
      a.operands().forEach(f -> checkFilter(t, f));
    } else if (filter instanceof Filter.Or o) {
      o.operands().forEach(f -> checkFilter(t, f));
    } else if (filter instanceof Filter.Not n) {
      checkFilter(t, n.operand());
    } else {
      AttributePath a = filter instanceof Filter.Comparison c ? c.attribute() : ((Filter.Present) filter).attribute();
      boolean known = a.schema() == null && a.subAttribute() == null
          && (t.def.isComplex() ? t.def.subAttribute(a.name()).isPresent() : Ascii.equalsIgnoreCase(a.name(), "value"));
      if (!known) {
        throw ScimPatchException.atIndex(ScimType.INVALID_FILTER,
            Text.quote(a.toString()) + " is not a sub-attribute of " + Text.quote(t.name) + " (R-PATH-12)",
            filter.toString(), -1);
      }
    }
  }

  private boolean isMultiValued(Target t, @Nullable ScimNode value) {
    if (t.def != null) {
      return t.def.multiValued();
    }
    if (t.container.holdsArray(t.name)) {
      return true;
    }
    return t.container.get(t.name) == null && value instanceof ScimArray;
  }

  private boolean isComplex(Target t, ScimNode value) {
    if (t.def != null) {
      return t.def.isComplex();
    }
    ScimNode current = t.container.get(t.name);
    return current instanceof ScimObject || (current == null && value instanceof ScimObject);
  }

  private WorkingArray array(Target t) {
    boolean caseExact = t.def == null ? false
        : t.def.isComplex() ? t.def.subAttribute("value").map(Attribute::caseExact).orElse(false)
        : t.def.caseExact();
    return t.container.array(t.name, caseExact);
  }

  // ------------------------------------------------------------------ single-valued

  private void setSimple(Target t, ScimNode value, boolean replace) {
    if (value.isNull()) {
      if (replace) {
        unassign(t);
      }
      return;
    }
    ScimNode v = normalize(t.def, value, t.name);
    if (v instanceof ScimArray array) {
      v = ScimArray.of(keepLastPrimary(t, array.elements())); // an array stored whole keeps one primary too
    }
    ScimNode current = t.container.get(t.name);
    checkChange(t.def, t.name, current, v);
    if (!v.equals(current)) {
      t.container.put(t.name, v);
      changed = true;
    }
  }

  /** Add or replace a complex value: merge the given sub-attributes (R-ADD-4, R-REP-5). */
  private void merge(Target t, ScimNode value, boolean replace) {
    if (value.isNull()) {
      if (replace) {
        unassign(t);
      }
      return;
    }
    ScimObject given = requireObject(t, value);
    ScimNode current = t.container.get(t.name);
    ScimObject old = current instanceof ScimObject o ? o : ScimObject.empty();
    if (replace && profile.complexReplace() == Profile.ComplexReplace.OVERWRITE) {
      // S5: every sub-attribute not given is removed, with the same checks as a removal.
      for (ScimObject.Member m : old.members()) {
        if (!given.has(m.name())) {
          Attribute subDef = t.def == null ? null : t.def.subAttribute(m.name()).orElse(null);
          checkSubChange(t, subDef, m.name(), m.value(), null);
          old = old.without(m.name());
        }
      }
    }
    ScimObject merged = mergeInto(t, old, given, replace);
    setObject(t, current, merged);
  }

  /** Writes a sub-attribute without a filter (R-ADD-8, R-REP-2). */
  private void writeSub(Target t, String sub, @Nullable Attribute subDef, ScimNode value, boolean replace) {
    if (isMultiValued(t, null)) {
      WorkingArray values = array(t);
      List<Integer> all = values.positions();
      if (all.isEmpty()) {
        throw noTarget(Text.quote(t.name) + " has no values to set " + Text.quote(sub) + " on");
      }
      writeElements(t, values, all, sub, subDef, value, replace);
      return;
    }
    ScimNode current = t.container.get(t.name);
    ScimObject old = current instanceof ScimObject o ? o : ScimObject.empty();
    if (value.isNull() && !replace) {
      return;
    }
    ScimObject updated = withSub(t, old, sub, subDef, value);
    setObject(t, current, updated);
  }

  private ScimObject withSub(Target t, ScimObject element, String sub, @Nullable Attribute subDef, ScimNode value) {
    String name = subDef != null ? subDef.name() : spellingIn(element, sub);
    ScimNode old = element.get(name);
    if (value.isNull()) {
      checkSubChange(t, subDef, name, old, null);
      return element.without(name);
    }
    ScimNode v = normalize(subDef, value, t.name + "." + name);
    checkSubChange(t, subDef, name, old, v);
    return element.with(name, v);
  }

  private void setObject(Target t, @Nullable ScimNode current, ScimObject updated) {
    if (updated.isEmpty()) {
      if (current != null && !current.isNull()) {
        unassign(t);
      }
      return;
    }
    checkChange(t.def, t.name, current, updated);
    if (!updated.equals(current)) {
      t.container.put(t.name, updated);
      changed = true;
    }
  }

  /** Makes an attribute unassigned (R-REM-2, R-REM-3, R-REP-10). */
  private void unassign(Target t) {
    ScimNode current = t.container.get(t.name);
    if (!isAssigned(current)) {
      return; // already unassigned (absent, null or []): nothing changes
    }
    checkChange(t.def, t.name, current, null);
    if (t.def != null && t.def.required()) {
      throw mutability(Text.quote(t.name) + " is required and cannot be removed (R-REM-7)");
    }
    t.container.remove(t.name);
    changed = true;
  }

  // ------------------------------------------------------------------ multi-valued

  /** Add to a multi-valued attribute: append, skipping duplicates (R-ADD-5, R-ADD-6, R-ADD-13). */
  private void addValues(Target t, ScimNode value) {
    List<ScimNode> elements = keepLastPrimary(t, elements(t, value));
    if (elements.isEmpty()) {
      return;
    }
    WorkingArray values = array(t);
    int primary = -1;
    boolean hadValues = !values.isEmpty();
    for (ScimNode e : elements) {
      if (profile.duplicateOnAdd() == Profile.DuplicateOnAdd.SKIP_EQUAL && containsEqual(t, values, e)) {
        continue;
      }
      if (t.def != null && t.def.mutability() == Mutability.READ_ONLY) {
        throw mutability(Text.quote(t.name) + " is readOnly (R-GEN-4)");
      }
      if (t.def != null && t.def.mutability() == Mutability.IMMUTABLE && hadValues) {
        throw mutability(Text.quote(t.name) + " is immutable and already has values (R-GEN-5)");
      }
      values.append(e);
      touch(t);
      if (isPrimary(e)) {
        primary = values.capacity() - 1;
      }
    }
    if (primary >= 0) {
      demoteOthers(t, values, primary);
    }
    checkCardinality(t, values.size());
  }

  /** E6: attributes the emulated server holds one value of. */
  private void checkCardinality(Target t, int size) {
    if (size > 1 && !profile.singleValueAttributes().isEmpty() && profile.singleValueAttributes().contains(t.name)) {
      throw invalidValue(Text.quote(t.name) + " holds at most one value on this server (" + profile.name() + ", E6)");
    }
  }

  /** Replace all values of a multi-valued attribute (R-REP-3); {@code []} or null unassigns. */
  private void replaceValues(Target t, ScimNode value) {
    List<ScimNode> elements = value.isNull() ? List.of() : keepLastPrimary(t, elements(t, value));
    if (elements.isEmpty()) {
      unassign(t);
      return;
    }
    checkCardinality(t, elements.size());
    ScimArray replacement = ScimArray.of(elements);
    ScimNode current = t.container.get(t.name);
    checkChange(t.def, t.name, current, replacement);
    if (!replacement.equals(current)) {
      t.container.put(t.name, replacement);
      changed = true;
    }
  }

  /** Add or replace at {@code attr[filter]} or {@code attr[filter].sub} (R-ADD-10, R-REP-6, R-REP-7). */
  private void writeSelected(Target t, Filter filter, @Nullable String sub, @Nullable Attribute subDef,
      ScimNode value, boolean replace) {
    Profile.UnmatchedFilter answer = replace ? profile.unmatchedFilterOnReplace() : profile.unmatchedFilterOnAdd();
    if (!isMultiValued(t, null)) {
      boolean absent = t.container.get(t.name) == null;
      if (!absent || answer == Profile.UnmatchedFilter.NO_TARGET) {
        throw noTarget("the filter matched no value: " + Text.quote(t.name) + " has none");
      }
      if (answer == Profile.UnmatchedFilter.NO_CHANGE) {
        return;
      }
    }
    WorkingArray values = array(t);
    List<Integer> selected = select(t, values, filter);
    if (selected.isEmpty()) {
      if (answer == Profile.UnmatchedFilter.NO_CHANGE) {
        return;
      }
      if (answer == Profile.UnmatchedFilter.CREATE_FROM_FILTER) {
        createFromFilter(t, values, filter, sub, subDef, value);
        return;
      }
      throw noTarget("the filter [" + filter + "] matched no value of " + Text.quote(t.name)
          + (replace ? " (R-REP-8)" : " (R-ADD-11)"));
    }
    writeElements(t, values, selected, sub, subDef, value, replace);
  }

  private void writeElements(Target t, WorkingArray values, List<Integer> positions, @Nullable String sub,
      @Nullable Attribute subDef, ScimNode value, boolean replace) {
    int primaries = 0;
    int primary = -1;
    for (int i : positions) {
      ScimNode element = values.get(i);
      ScimNode updated;
      if (sub != null) {
        if (!(element instanceof ScimObject object)) {
          throw invalidPath("the values of " + Text.quote(t.name) + " are not complex: they have no sub-attribute "
              + Text.quote(sub));
        }
        if (value.isNull() && !replace) {
          continue;
        }
        updated = withSub(t, object, sub, subDef, value);
      } else if (element instanceof ScimObject object && (t.def == null || t.def.isComplex())) {
        if (value.isNull()) {
          if (replace) {
            removeValues(t, values, List.of(i));
          }
          continue;
        }
        updated = mergeInto(t, object, requireObject(t, value), replace);
      } else {
        if (value.isNull()) {
          if (replace) {
            removeValues(t, values, List.of(i));
          }
          continue;
        }
        updated = normalize(t.def, value, t.name);
      }
      if (isPrimary(updated)) {
        primaries++;
        primary = i;
      }
      if (!updated.equals(element)) {
        checkElementChange(t);
        values.set(i, updated);
        touch(t);
      }
    }
    requireOnePrimary(t, primaries);
    if (primary >= 0) {
      demoteOthers(t, values, primary);
    }
  }

  /**
   * S2, S3: a new value made of the filter's {@code eq} terms and the operation's value; it must
   * satisfy the filter, else {@code noTarget} as without the switch (erratum 8097).
   */
  private void createFromFilter(Target t, WorkingArray values, Filter filter, @Nullable String sub,
      @Nullable Attribute subDef, ScimNode value) {
    ScimObject element = fromEqTerms(filter);
    if (element == null || (t.def != null && !t.def.isComplex())) {
      throw noTarget("the filter [" + filter + "] matched no value of " + Text.quote(t.name)
          + ", and only eq terms joined by and can make one (" + profile.name() + ", erratum 8097)");
    }
    element = (ScimObject) normalize(t.def, element, t.name);
    if (sub != null) {
      if (value.isNull()) {
        return;
      }
      element = withSub(t, element, sub, subDef, value);
    } else {
      element = mergeInto(t, element, requireObject(t, value), false);
    }
    if (!engine.evaluator().matches(filter, element, t.scope())) {
      throw noTarget("the value made from the filter [" + filter + "] would not match it (erratum 8097)");
    }
    addValues(t, element);
  }

  /** The object {@code a eq x and b eq y} describes, or {@code null} if the filter is not such. */
  private static @Nullable ScimObject fromEqTerms(Filter filter) {
    List<Filter> terms = filter instanceof Filter.And and ? and.operands() : List.of(filter);
    ScimObject element = ScimObject.empty();
    for (Filter term : terms) {
      if (!(term instanceof Filter.Comparison c) || c.operator() != ComparisonOperator.EQ
          || c.attribute().schema() != null || c.attribute().subAttribute() != null
          || !c.value().isScalar() || element.has(c.attribute().name())) {
        return null;
      }
      element = element.with(c.attribute().name(), c.value());
    }
    return element;
  }

  private void removeValues(Target t, WorkingArray values, List<Integer> positions) {
    if (positions.isEmpty()) {
      return; // R-REM-8
    }
    checkElementChange(t);
    for (int i : positions) {
      values.remove(i);
    }
    touch(t);
    if (values.isEmpty() && t.def != null && t.def.required()) {
      throw mutability(Text.quote(t.name) + " is required: its last value cannot be removed (R-REM-9)");
    }
  }

  private void clearSub(Target t, WorkingArray values, int i, String sub, @Nullable Attribute subDef) {
    if (values.get(i) instanceof ScimObject element && element.has(sub)) {
      checkSubChange(t, subDef, sub, element.get(sub), null);
      checkElementChange(t);
      values.set(i, element.without(sub));
      touch(t);
    }
  }

  /** The positions a filter selects, through the value index where the filter allows. */
  private List<Integer> select(Target t, WorkingArray values, Filter filter) {
    AttributePath scope = t.scope();
    String literal = indexableLiteral(t, filter);
    List<Integer> candidates = literal == null ? values.positions() : values.withKey(values.keyOf(literal));
    List<Integer> selected = new ArrayList<>(candidates.size());
    for (int i : candidates) {
      ScimNode element = values.get(i);
      if (element != null && engine.evaluator().matches(filter, element, scope)) {
        selected.add(i);
      }
    }
    if (selected.size() > 1 && profile.filterMatches() == Profile.FilterMatches.AT_MOST_ONE) {
      throw ScimPatchException.atIndex(ScimType.INVALID_FILTER, "the filter selects " + selected.size()
          + " values of " + Text.quote(t.name) + "; this server allows one (" + profile.name() + ", E11)", filter.toString(), -1);
    }
    return selected;
  }

  /**
   * The string of a {@code value eq "..."} term that every selected value must satisfy, if the
   * filter has one and string equality is what it means (not a dateTime comparison).
   */
  private @Nullable String indexableLiteral(Target t, Filter filter) {
    if (filter instanceof Filter.And and) {
      for (Filter f : and.operands()) {
        String literal = indexableLiteral(t, f);
        if (literal != null) {
          return literal;
        }
      }
      return null;
    }
    if (filter instanceof Filter.Comparison c && c.operator() == ComparisonOperator.EQ
        && c.value() instanceof ScimString s && c.attribute().schema() == null
        && c.attribute().subAttribute() == null && Ascii.equalsIgnoreCase(c.attribute().name(), "value")) {
      Optional<AttributeType> type = engine.traits().type(t.sub("value"));
      if (type.isPresent() ? type.get() != AttributeType.DATE_TIME : DateTimes.parse(s.value()) == null) {
        return s.value();
      }
    }
    return null;
  }

  /** Whether the array has a value equal to {@code e} on every sub-attribute {@code e} gives (U-8). */
  private boolean containsEqual(Target t, WorkingArray values, ScimNode e) {
    String key = values.key(e);
    List<Integer> candidates = key == null ? values.positions() : values.withKey(key);
    for (int i : candidates) {
      ScimNode existing = values.get(i);
      if (existing != null && sameOnGiven(t, e, existing)) {
        return true;
      }
    }
    return false;
  }

  private boolean sameOnGiven(Target t, ScimNode given, ScimNode existing) {
    if (given instanceof ScimObject g) {
      if (!(existing instanceof ScimObject x)) {
        return false;
      }
      for (ScimObject.Member m : g.members()) {
        ScimNode other = x.get(m.name());
        if (other == null || !sameValue(m.value(), other, caseExact(t, m.name()))) {
          return false;
        }
      }
      return true;
    }
    return sameValue(given, existing, engine.traits().caseExact(t.scope()));
  }

  /** Whether sub-attribute {@code name} compares case-exactly; a name the grammar does not allow has no definition. */
  private boolean caseExact(Target t, String name) {
    return (Names.isAttrName(name) || Names.isRef(name)) && engine.traits().caseExact(t.sub(name));
  }

  private static boolean sameValue(ScimNode a, ScimNode b, boolean caseExact) {
    if (!caseExact && a instanceof ScimString x && b instanceof ScimString y) {
      return Text.foldCase(x.value()).equals(Text.foldCase(y.value()));
    }
    return a.equals(b);
  }

  private List<ScimNode> elements(Target t, ScimNode value) {
    List<ScimNode> given = value instanceof ScimArray a ? a.elements() : value.isNull() ? List.of() : List.of(value);
    List<ScimNode> out = new ArrayList<>(given.size());
    for (ScimNode e : given) {
      if (e.isNull()) {
        throw invalidValue("a value of " + Text.quote(t.name) + " cannot be null");
      }
      ScimNode normalized = normalize(t.def, e, t.name);
      if (normalized instanceof ScimObject o) {
        normalized = withoutNulls(o);
        if (((ScimObject) normalized).isEmpty()) {
          continue;
        }
      }
      out.add(normalized);
    }
    return out;
  }

  // ------------------------------------------------------------------ primary (R-GEN-6)

  private static boolean isPrimary(@Nullable ScimNode element) {
    return element instanceof ScimObject o && ScimBoolean.TRUE.equals(o.get("primary"));
  }

  /**
   * The values of one operation with at most one primary: two or more are {@code invalidValue}
   * (U-7), or under S6 {@code LAST_WINS} all but the last are made non-primary.
   */
  private List<ScimNode> keepLastPrimary(Target t, List<ScimNode> elements) {
    int last = -1;
    int primaries = 0;
    for (int i = 0; i < elements.size(); i++) {
      if (isPrimary(elements.get(i))) {
        primaries++;
        last = i;
      }
    }
    requireOnePrimary(t, primaries);
    if (primaries <= 1) {
      return elements;
    }
    List<ScimNode> out = new ArrayList<>(elements);
    for (int i = 0; i < out.size(); i++) {
      if (i != last && out.get(i) instanceof ScimObject o && isPrimary(o)) {
        out.set(i, o.with(spellingIn(o, "primary"), ScimBoolean.FALSE));
      }
    }
    return out;
  }

  private void requireOnePrimary(Target t, int primaries) {
    if (primaries > 1 && profile.multiplePrimary() == Profile.MultiplePrimary.REJECT) {
      throw invalidValue("one operation sets primary on " + primaries + " values of " + Text.quote(t.name)
          + "; at most one value is primary (R-GEN-6, U-7)");
    }
  }

  private void demoteOthers(Target t, WorkingArray values, int keep) {
    for (int i : values.positions()) {
      if (i != keep && values.get(i) instanceof ScimObject o && isPrimary(o)) {
        values.set(i, o.with(spellingIn(o, "primary"), ScimBoolean.FALSE));
        touch(t);
      }
    }
  }

  // ------------------------------------------------------------------ values

  private ScimObject requireObject(Target t, ScimNode value) {
    ScimNode v = normalize(t.def, value, t.name);
    if (!(v instanceof ScimObject o)) {
      throw invalidValue(Text.quote(t.name) + " is complex: its value must be an object, not " + value.jsonType()
          + " (R-ADD-4)");
    }
    return o;
  }

  /** Merges {@code given} into {@code old}: given sub-attributes win; null removes on replace. */
  private ScimObject mergeInto(Target t, ScimObject old, ScimObject given, boolean replace) {
    ScimObject merged = old;
    for (ScimObject.Member m : given.members()) {
      Attribute subDef = t.def == null ? null : t.def.subAttribute(m.name()).orElse(null);
      String name = subDef != null ? subDef.name() : spellingIn(old, m.name());
      ScimNode before = old.get(name);
      if (m.value().isNull()) {
        if (replace && before != null) {
          checkSubChange(t, subDef, name, before, null);
          merged = merged.without(name);
        }
        continue;
      }
      checkSubChange(t, subDef, name, before, m.value());
      merged = merged.with(name, m.value());
    }
    return merged;
  }

  private static String spellingIn(ScimObject object, String name) {
    String existing = object.nameOf(name);
    return existing != null ? existing : name;
  }

  private static ScimObject withoutNulls(ScimObject o) {
    ScimObject out = o;
    for (ScimObject.Member m : o.members()) {
      if (m.value().isNull()) {
        out = out.without(m.name());
      }
    }
    return out;
  }

  /**
   * Checks a value against its definition (R-GEN-7, R-CHR-9) and writes complex values with the
   * schema's sub-attribute names. Without a definition the value is taken as it is. For a
   * multi-valued definition, {@code value} is one element.
   */
  private ScimNode normalize(@Nullable Attribute def, ScimNode value, String where) {
    if (def == null || value.isNull()) {
      return value;
    }
    if (def.isComplex()) {
      if (!(value instanceof ScimObject object)) {
        throw invalidValue(Text.quote(where) + " is complex: its value must be an object, not " + value.jsonType());
      }
      ScimObject.Builder b = ScimObject.builder();
      for (ScimObject.Member m : object.members()) {
        Attribute sub = def.subAttribute(m.name()).orElse(null);
        if (sub == null) {
          // RFC 7644's own examples send Group members a "display" that RFC 7643 §8.7.1 does not
          // define: a sub-attribute the schema does not know is kept as sent, if it is simple
          // (complex attributes have no complex sub-attributes, RFC 7643 §2.3.8).
          if (!m.value().isScalar() && !m.value().isNull()) {
            throw invalidValue(Text.quote(m.name()) + " is not a sub-attribute of " + Text.quote(where)
                + ", and no sub-attribute holds " + m.value().jsonType() + " (R-CHR-10)");
          }
          b.put(m.name(), m.value());
          continue;
        }
        ScimNode v = m.value();
        if (sub.multiValued() && v instanceof ScimArray array) {
          ScimArray.Builder values = ScimArray.builder();
          for (ScimNode e : array) {
            values.add(checkType(sub, e, where + "." + sub.name()));
          }
          v = values.build();
        } else {
          v = checkType(sub, v, where + "." + sub.name());
        }
        b.put(sub.name(), v);
      }
      return b.build();
    }
    return checkType(def, value, where);
  }

  private static ScimNode checkType(Attribute def, ScimNode value, String where) {
    if (value.isNull()) {
      return value;
    }
    boolean ok = switch (def.type()) {
      case STRING, REFERENCE -> value instanceof ScimString;
      case BINARY -> value instanceof ScimString s && isBase64(s.value());
      case DATE_TIME -> value instanceof ScimString s && DateTimes.parse(s.value()) != null;
      case BOOLEAN -> value instanceof ScimBoolean;
      case INTEGER -> value instanceof ScimNumber n && fitsLong(n.value());
      case DECIMAL -> value instanceof ScimNumber;
      case COMPLEX -> false;
    };
    if (!ok) {
      throw invalidValue(Text.quote(where) + " takes " + article(def.type()) + " value, not "
          + (value instanceof ScimString ? "the string " + Text.quote(Text.snippet(((ScimString) value).value(), 0, 64))
              : value.jsonType()) + " (R-GEN-7)");
    }
    return value;
  }

  private static String article(AttributeType type) {
    return switch (type) {
      case INTEGER -> "an integer";
      case DATE_TIME -> "an xsd:dateTime";
      default -> "a " + type.keyword();
    };
  }

  private static boolean fitsLong(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    if ((long) value.precision() - value.scale() > 19) {
      return false;
    }
    try {
      value.longValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /** Base64 (RFC 4648 §4), padding required; line breaks as in PEM bodies are allowed. */
  private static boolean isBase64(String s) {
    StringBuilder compact = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\r' && c != '\n') {
        compact.append(c);
      }
    }
    if (compact.length() % 4 != 0) {
      return false; // java.util.Base64 accepts missing padding; RFC 4648 §4 does not
    }
    try {
      Base64.getDecoder().decode(compact.toString());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isAssigned(@Nullable ScimNode value) {
    return value != null && !value.isNull() && !(value instanceof ScimArray a && a.isEmpty());
  }

  // ------------------------------------------------------------------ mutability (R-GEN-3..5)

  private void checkChange(@Nullable Attribute def, String name, @Nullable ScimNode before, @Nullable ScimNode after) {
    if (def == null || sameState(before, after)) {
      return;
    }
    if (def.mutability() == Mutability.READ_ONLY) {
      throw mutability(Text.quote(name) + " is readOnly (R-GEN-4)");
    }
    if (def.mutability() == Mutability.IMMUTABLE && isAssigned(before)) {
      throw mutability(Text.quote(name) + " is immutable and already has a value (R-GEN-5)");
    }
  }

  private void checkSubChange(Target t, @Nullable Attribute subDef, String sub,
      @Nullable ScimNode before, @Nullable ScimNode after) {
    if (sameState(before, after)) {
      return;
    }
    checkChange(subDef, t.name + "." + sub, before, after);
    if (after == null && subDef != null && subDef.required()) {
      throw mutability(Text.quote(t.name + "." + sub) + " is required and cannot be removed (R-REM-7)");
    }
  }

  /** A change to values already there: not allowed for a readOnly or immutable attribute. */
  private void checkElementChange(Target t) {
    if (t.def != null && (t.def.mutability() == Mutability.READ_ONLY || t.def.mutability() == Mutability.IMMUTABLE)) {
      throw mutability(Text.quote(t.name) + " is " + t.def.mutability() + " (R-GEN-4, R-GEN-5)");
    }
  }

  private static boolean sameState(@Nullable ScimNode a, @Nullable ScimNode b) {
    return isAssigned(a) ? a.equals(b) : !isAssigned(b);
  }

  private void touch(Target t) {
    t.container.touch();
    changed = true;
  }

  // ------------------------------------------------------------------ finish

  /** Freezes the working copy and maintains {@code schemas} for the extensions touched (R-EXT-3). */
  PatchResult finish() {
    if (!changed) {
      return new PatchResult(input, false);
    }
    for (Extension ext : extensions.values()) {
      if (!ext.container.modified()) {
        continue;
      }
      String key = root.spelling(ext.urn);
      if (ext.container.isEmpty()) {
        if (key != null) {
          root.remove(key);
        }
      } else {
        root.put(key != null && rs == null ? key : ext.urn, ext.container.freeze());
      }
    }
    ScimObject result = root.freeze();
    // Operations that undo each other leave the resource as it was: nothing changed (R-GEN-9).
    return result.equals(input) ? new PatchResult(input, false) : new PatchResult(result, true);
  }

  private void updateSchemas(String urn, boolean present) {
    ScimNode current = root.get(SCHEMAS);
    List<ScimNode> urns = new ArrayList<>(current instanceof ScimArray a ? a.elements() : List.of());
    boolean listed = urns.removeIf(u -> u instanceof ScimString s && Ascii.equalsIgnoreCase(s.value(), urn));
    if (present) {
      if (listed) {
        return; // keep the order and spelling it has
      }
      if (urns.isEmpty() && rs != null) {
        urns.add(ScimString.of(rs.core().id()));
      }
      urns.add(ScimString.of(urn));
    } else if (!listed) {
      return;
    }
    String name = root.spelling(SCHEMAS);
    root.put(name != null ? name : SCHEMAS, ScimArray.of(urns));
  }

  // ------------------------------------------------------------------ errors

  private static ScimPatchException invalidPath(String reason) {
    return ScimPatchException.of(ScimType.INVALID_PATH, reason);
  }

  private ScimPatchException unknownAttribute(String name, @Nullable String urn) {
    return invalidPath(Text.quote(name) + " is not an attribute of "
        + (urn != null ? urn : rs == null ? "the resource" : rs.name()) + " (R-PATH-11)");
  }

  private static ScimPatchException invalidValue(String reason) {
    return ScimPatchException.of(ScimType.INVALID_VALUE, reason);
  }

  private static ScimPatchException noTarget(String reason) {
    return ScimPatchException.of(ScimType.NO_TARGET, reason);
  }

  private static ScimPatchException mutability(String reason) {
    return ScimPatchException.of(ScimType.MUTABILITY, reason);
  }
}

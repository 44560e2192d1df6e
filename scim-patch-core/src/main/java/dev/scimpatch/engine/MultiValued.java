package dev.scimpatch.engine;

import dev.scimpatch.Emulation.FilterMatches;
import dev.scimpatch.Emulation.SingleValueAttributes;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.Semantics.DuplicateOnAdd;
import dev.scimpatch.Semantics.UnmatchedAdd;
import dev.scimpatch.Semantics.UnmatchedRemove;
import dev.scimpatch.Semantics.UnmatchedReplace;
import dev.scimpatch.internal.DateTimes;
import dev.scimpatch.internal.Names;
import dev.scimpatch.internal.Text;
import dev.scimpatch.path.AttributePath;
import dev.scimpatch.path.ComparisonOperator;
import dev.scimpatch.path.Filter;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.AttributeType;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes of multi-valued attributes (R-ADD-5, R-ADD-6, R-ADD-10, R-ADD-11, R-ADD-13, R-REP-3,
 * R-REP-6..8, R-REM-4..9), on the attribute's working array: adds that skip what is there,
 * replacement of all values, and writes and removals of the values a filter selects, through the
 * value index where the filter allows. {@code primary} is kept to one value ({@link Primaries}).
 */
final class MultiValued {

  /** What a filter that selects nothing does to an add or replace (S2, S3). */
  enum Unmatched {
    /** {@code 400 noTarget}. */
    NO_TARGET,
    /** A value made from the filter's {@code eq} terms is added (erratum 8097). */
    CREATE_FROM_FILTER,
    /** Nothing. */
    NO_CHANGE;

    static Unmatched of(UnmatchedAdd s2) {
      return switch (s2) { case NO_TARGET -> NO_TARGET; case CREATE_FROM_FILTER -> CREATE_FROM_FILTER; case NO_CHANGE -> NO_CHANGE; };
    }

    static Unmatched of(UnmatchedReplace s3) {
      return switch (s3) { case NO_TARGET -> NO_TARGET; case CREATE_FROM_FILTER -> CREATE_FROM_FILTER; case NO_CHANGE -> NO_CHANGE; };
    }
  }

  private final Run run;
  private final Primaries primaries;

  MultiValued(Run run) {
    this.run = run;
    this.primaries = new Primaries(run);
  }

  /** The values of one operation with at most one primary (R-GEN-6, U-7, S6). */
  List<ScimNode> keepLastPrimary(Target t, List<ScimNode> elements) {
    return primaries.keepLast(t, elements);
  }

  /** Add: appends, skipping values already there (R-ADD-5, R-ADD-6, R-ADD-13). */
  void add(Target t, ScimNode value) {
    List<ScimNode> elements = primaries.keepLast(t, elements(t, value));
    if (elements.isEmpty()) {
      return;
    }
    WorkingArray values = array(t);
    int primary = -1;
    boolean hadValues = !values.isEmpty();
    boolean skipEqual = run.profile().has(DuplicateOnAdd.SKIP_EQUAL);
    for (ScimNode e : elements) {
      if (skipEqual && containsEqual(t, values, e)) {
        continue;
      }
      MutabilityRules.checkAppend(t, hadValues);
      int at = values.append(e);
      run.touch(t);
      if (Primaries.isPrimary(e)) {
        primary = at;
      }
    }
    if (primary >= 0) {
      primaries.demoteOthers(t, values, primary);
    }
    checkCardinality(t, values.size());
  }

  /** Replace of all values (R-REP-3); {@code []} or {@code null} unassigns. */
  void replace(Target t, ScimNode value) {
    List<ScimNode> elements = value.isNull() ? List.of() : primaries.keepLast(t, elements(t, value));
    // An element without sub-attributes is no value (RFC 7643 §2.5): the values to compare with.
    ScimNode current = withoutEmptyElements(t.container().get(t.name()));
    if (elements.isEmpty()) {
      if (MutabilityRules.isAssigned(current)) {
        run.single().unassign(t);
      }
      return;
    }
    checkCardinality(t, elements.size());
    ScimArray replacement = ScimArray.of(elements);
    MutabilityRules.checkChange(t.def(), t.name(), current, replacement);
    if (!replacement.equals(current)) {
      t.container().put(t.name(), replacement);
      run.changed();
    }
  }

  /** The value without the elements that have no sub-attribute (this one if it has none). */
  private static @Nullable ScimNode withoutEmptyElements(@Nullable ScimNode value) {
    if (!(value instanceof ScimArray array)) {
      return value;
    }
    List<ScimNode> kept = new ArrayList<>(array.size());
    for (ScimNode e : array) {
      if (!(e instanceof ScimObject o && o.isEmpty())) {
        kept.add(e);
      }
    }
    return kept.size() == array.size() ? array : ScimArray.of(kept);
  }

  /** E6: attributes the emulated server holds one value of. */
  private void checkCardinality(Target t, int size) {
    if (size > 1 && run.profile().get(SingleValueAttributes.class).contains(t.name())) {
      throw Run.invalidValue(Text.quote(t.name()) + " holds at most one value on this server ("
          + run.profile().name() + ", E6)");
    }
  }

  /**
   * Add or replace at {@code attr[filter]} or {@code attr[filter].sub} (R-ADD-10, R-REP-6, R-REP-7).
   * A {@code null} value removes what it selects (a replace's), or the sub-attribute.
   *
   * @param answer what to do when the filter selects nothing (S2, S3)
   * @param rule the rule a {@code noTarget} names
   */
  void writeSelected(Target t, Filter filter, @Nullable String sub, @Nullable Attribute subDef, ScimNode value,
      Unmatched answer, String rule) {
    WorkingArray values = array(t);
    List<Integer> selected = selectForWrite(t, values, filter, answer, rule);
    if (!selected.isEmpty()) {
      writeElements(t, values, selected, sub, subDef, value);
    } else if (answer == Unmatched.CREATE_FROM_FILTER && !value.isNull()) {
      createFromFilter(t, filter, sub, subDef, value);
    }
  }

  /**
   * The values a filter selects for an add or replace; none when it selects nothing and the
   * answer is to create one or to change nothing.
   *
   * @throws ScimPatchException {@code 400 noTarget} when it selects nothing and that is the answer,
   *     or the attribute is not multi-valued
   */
  List<Integer> selectForWrite(Target t, Filter filter, Unmatched answer, String rule) {
    return selectForWrite(t, array(t), filter, answer, rule);
  }

  private List<Integer> selectForWrite(Target t, WorkingArray values, Filter filter, Unmatched answer, String rule) {
    if (!t.isMultiValued(null)) {
      boolean absent = t.container().get(t.name()) == null;
      if (!absent || answer == Unmatched.NO_TARGET) {
        throw Run.noTarget("the filter matched no value: " + Text.quote(t.name())
            + (absent ? " has none" : " is not multi-valued"));
      }
      if (answer == Unmatched.NO_CHANGE) {
        return List.of();
      }
    }
    List<Integer> selected = select(t, values, filter);
    if (selected.isEmpty() && answer == Unmatched.NO_TARGET) {
      throw Run.noTarget("the filter [" + filter + "] matched no value of " + Text.quote(t.name()) + " (" + rule + ")");
    }
    return selected;
  }

  /** Refuses to set {@code sub} on the values of an attribute that has none (R-ADD-8, R-REP-2). */
  void requireValues(Target t, String sub) {
    if (array(t).isEmpty()) {
      throw Run.noTarget(Text.quote(t.name()) + " has no values to set " + Text.quote(sub) + " on");
    }
  }

  /** Sets {@code sub} on every value (R-ADD-8, R-REP-2 on a multi-valued attribute). */
  void writeSub(Target t, String sub, @Nullable Attribute subDef, ScimNode value) {
    requireValues(t, sub);
    WorkingArray values = array(t);
    writeElements(t, values, values.positions(), sub, subDef, value);
  }

  private void writeElements(Target t, WorkingArray values, List<Integer> positions, @Nullable String sub,
      @Nullable Attribute subDef, ScimNode value) {
    int primaryCount = 0;
    int primary = -1;
    for (int i : positions) {
      ScimNode element = values.get(i);
      ScimNode updated;
      if (sub != null) {
        if (!(element instanceof ScimObject object)) {
          throw Run.invalidPath("the values of " + Text.quote(t.name()) + " are not complex: they have no sub-attribute "
              + Text.quote(sub));
        }
        updated = run.single().withSub(t, object, sub, subDef, value);
      } else if (value.isNull()) {
        removeValues(t, values, List.of(i)); // a replace with null removes what it selects
        continue;
      } else if (element instanceof ScimObject object && (t.def() == null || t.def().isComplex())) {
        updated = run.single().mergeInto(t, object, Run.requireObject(t, value));
      } else {
        updated = value;
      }
      if (Primaries.isPrimary(updated)) {
        primaryCount++;
        primary = i;
      }
      if (updated instanceof ScimObject o && o.isEmpty()) {
        removeValues(t, values, List.of(i)); // a value left without sub-attributes is no value
      } else if (!updated.equals(element)) {
        MutabilityRules.checkElementChange(t);
        values.set(i, updated);
        run.touch(t);
      }
    }
    primaries.requireOne(t, primaryCount);
    if (primary >= 0) {
      primaries.demoteOthers(t, values, primary);
    }
  }

  /**
   * S2, S3: a new value made of the filter's {@code eq} terms and the operation's value; it must
   * satisfy the filter, else {@code noTarget} as without the switch (erratum 8097).
   */
  private void createFromFilter(Target t, Filter filter, @Nullable String sub, @Nullable Attribute subDef,
      ScimNode value) {
    ScimObject terms = fromEqTerms(filter);
    Attribute def = t.def();
    if (terms == null || (def != null && !def.isComplex())) {
      throw Run.noTarget("the filter [" + filter + "] matched no value of " + Text.quote(t.name())
          + ", and only eq terms joined by and can make one (" + run.profile().name() + ", erratum 8097)");
    }
    ScimObject element = def == null ? terms : (ScimObject) run.type().checkElement(def, terms);
    if (sub != null) {
      if (value.isNull()) {
        return;
      }
      element = run.single().withSub(t, element, sub, subDef, value);
    } else {
      element = run.single().mergeInto(t, element, Run.withoutNullMembers(Run.requireObject(t, value)));
    }
    if (!run.type().evaluator().matches(filter, element, t.scope())) {
      throw Run.noTarget("the value made from the filter [" + filter + "] would not match it (erratum 8097)");
    }
    add(t, element);
  }

  /** The object {@code a eq x and b eq y} describes, or {@code null} if the filter is not such. */
  private static @Nullable ScimObject fromEqTerms(Filter filter) {
    List<Filter> terms = filter instanceof Filter.And and ? and.operands() : List.of(filter);
    ScimObject.Builder element = ScimObject.builder();
    for (Filter term : terms) {
      if (!(term instanceof Filter.Comparison c) || c.operator() != ComparisonOperator.EQ
          || c.attribute().schema() != null || c.attribute().subAttribute() != null
          || !c.value().isScalar() || element.has(c.attribute().name())) {
        return null;
      }
      element.put(c.attribute().name(), c.value());
    }
    return element.build();
  }

  /** Remove at {@code attr[filter]} or {@code attr[filter].sub} (R-REM-4..6, R-REM-8). */
  void removeSelected(Target t, Filter filter, @Nullable String sub, @Nullable Attribute subDef) {
    boolean noTarget = run.profile().has(UnmatchedRemove.NO_TARGET);
    if (!t.isMultiValued(null)) {
      if (noTarget) {
        throw Run.noTarget("the filter [" + filter + "] matched no value: " + Text.quote(t.name()) + " has none (S4)");
      }
      return; // nothing to select from: no change (R-REM-8)
    }
    WorkingArray values = array(t);
    List<Integer> selected = select(t, values, filter);
    if (selected.isEmpty() && noTarget) {
      throw Run.noTarget("the filter [" + filter + "] matched no value of " + Text.quote(t.name()) + " (S4)");
    }
    if (sub == null) {
      removeValues(t, values, selected);
    } else {
      for (int i : selected) {
        clearSub(t, values, i, sub, subDef);
      }
    }
  }

  /** Removes {@code sub} from every value (R-REM-3 on a multi-valued attribute). */
  void removeSub(Target t, String sub, @Nullable Attribute subDef) {
    WorkingArray values = array(t);
    for (int i : values.positions()) {
      clearSub(t, values, i, sub, subDef);
    }
  }

  private void removeValues(Target t, WorkingArray values, List<Integer> positions) {
    if (positions.isEmpty()) {
      return; // R-REM-8
    }
    MutabilityRules.checkElementChange(t);
    for (int i : positions) {
      values.remove(i);
    }
    run.touch(t);
    MutabilityRules.checkLastValue(t, values.isEmpty());
  }

  private void clearSub(Target t, WorkingArray values, int i, String sub, @Nullable Attribute subDef) {
    if (values.get(i) instanceof ScimObject element && element.has(sub)) {
      MutabilityRules.checkSubChange(t, subDef, sub, element.get(sub), null);
      ScimObject rest = element.without(sub);
      if (rest.isEmpty()) {
        removeValues(t, values, List.of(i)); // a value left without sub-attributes is no value
        return;
      }
      MutabilityRules.checkElementChange(t);
      values.set(i, rest);
      run.touch(t);
    }
  }

  /** The working copy of the attribute, its strings compared as the attribute's {@code caseExact} says. */
  WorkingArray array(Target t) {
    WorkingArray.CaseExact caseExact = sub -> sub == null ? run.type().traits().caseExact(t.scope()) : caseExact(t, sub);
    return t.container().array(t.name(), caseExact, run.work());
  }

  /**
   * The positions a filter selects: the candidates its {@code eq} terms find in the indexes, else
   * every value, each tested against the filter (and charged, as a scan is).
   */
  private List<Integer> select(Target t, WorkingArray values, Filter filter) {
    AttributePath scope = t.scope();
    List<Integer> candidates = candidates(t, values, filter);
    if (candidates == null) {
      candidates = values.positions();
    }
    Work work = run.work();
    List<Integer> selected = new ArrayList<>();
    for (int i : candidates) {
      ScimNode element = values.get(i);
      if (element != null && run.type().evaluator().matches(filter, element, scope, work::spend)) {
        selected.add(i);
      }
    }
    if (selected.size() > 1 && run.profile().has(FilterMatches.AT_MOST_ONE)) {
      throw ScimPatchException.atIndex(ScimType.INVALID_FILTER, "the filter selects " + selected.size()
          + " values of " + Text.quote(t.name()) + "; this server allows one (" + run.profile().name() + ", E11)",
          filter.toString(), -1);
    }
    return selected;
  }

  /**
   * A superset of what a filter selects, from the indexes: an {@code eq} term on a sub-attribute
   * (R-FLT-8: on the sub-attribute "value", the values of a simple attribute); the narrowest term of an
   * {@code and}; the union of the terms of an {@code or}. {@code null} when the filter has no such
   * term, or equality is not what its {@code eq} means (dateTime values compare as instants).
   */
  private @Nullable List<Integer> candidates(Target t, WorkingArray values, Filter filter) {
    if (filter instanceof Filter.Comparison c) {
      return indexable(t, c) ? values.withSubValue(c.attribute().name(), c.value()) : null;
    }
    if (filter instanceof Filter.And and) {
      List<Integer> best = null;
      for (Filter f : and.operands()) {
        List<Integer> some = candidates(t, values, f);
        if (some != null && (best == null || some.size() < best.size())) {
          best = some;
        }
      }
      return best;
    }
    if (filter instanceof Filter.Or or) {
      List<List<Integer>> parts = new ArrayList<>(or.operands().size());
      int total = 0;
      for (Filter f : or.operands()) {
        List<Integer> some = candidates(t, values, f);
        if (some == null) {
          return null;
        }
        parts.add(some);
        total += some.size();
      }
      int[] all = new int[total];
      int m = 0;
      for (List<Integer> part : parts) {
        for (int i : part) {
          all[m++] = i;
        }
      }
      Arrays.sort(all);
      List<Integer> union = new ArrayList<>(m);
      for (int j = 0; j < m; j++) {
        if (j == 0 || all[j] != all[j - 1]) {
          union.add(all[j]);
        }
      }
      return union;
    }
    return null;
  }

  /** Whether an index can answer a comparison: {@code sub eq scalar}, and not a dateTime one. */
  private boolean indexable(Target t, Filter.Comparison c) {
    String name = c.attribute().name();
    if (c.operator() != ComparisonOperator.EQ || !c.value().isScalar() || c.attribute().schema() != null
        || c.attribute().subAttribute() != null || !(Names.isAttrName(name) || Names.isRef(name))) {
      return false;
    }
    if (c.value() instanceof ScimString s) {
      Optional<AttributeType> type = run.type().traits().type(t.sub(name));
      return type.isPresent() ? type.get() != AttributeType.DATE_TIME : DateTimes.parse(s.value()) == null;
    }
    return true;
  }

  /** Whether the array has a value equal to {@code e} on every sub-attribute {@code e} gives (U-8). */
  private boolean containsEqual(Target t, WorkingArray values, ScimNode e) {
    for (int i : values.equalOnGiven(e)) {
      ScimNode existing = values.get(i);
      if (existing != null && sameOnGiven(t, e, existing)) {
        return true;
      }
    }
    return false;
  }

  private boolean sameOnGiven(Target t, ScimNode given, ScimNode existing) {
    Work work = run.work();
    if (given instanceof ScimObject g) {
      if (!(existing instanceof ScimObject x)) {
        return false;
      }
      work.spend(g.size());
      for (ScimObject.Member m : g.members()) {
        ScimNode other = x.get(m.name());
        if (other == null || !sameValue(m.value(), other, caseExact(t, m.name()))) {
          return false;
        }
      }
      return true;
    }
    work.spend(1);
    return sameValue(given, existing, run.type().traits().caseExact(t.scope()));
  }

  /** Whether sub-attribute {@code name} compares case-exactly; a name the grammar does not allow has no definition. */
  private boolean caseExact(Target t, String name) {
    return (Names.isAttrName(name) || Names.isRef(name)) && run.type().traits().caseExact(t.sub(name));
  }

  private static boolean sameValue(ScimNode a, ScimNode b, boolean caseExact) {
    if (!caseExact && a instanceof ScimString x && b instanceof ScimString y) {
      return Text.foldCase(x.value()).equals(Text.foldCase(y.value()));
    }
    return a.equals(b);
  }

  /** The values an add or replace gives: null ones refused, null sub-attributes dropped, empty objects skipped. */
  private static List<ScimNode> elements(Target t, ScimNode value) {
    List<ScimNode> given = value instanceof ScimArray a ? a.elements() : value.isNull() ? List.of() : List.of(value);
    List<ScimNode> out = new ArrayList<>(given.size());
    for (ScimNode e : given) {
      if (e.isNull()) {
        throw Run.invalidValue("a value of " + Text.quote(t.name()) + " cannot be null");
      }
      ScimNode element = e instanceof ScimObject o ? Run.withoutNullMembers(o) : e;
      if (!(element instanceof ScimObject o && o.isEmpty())) {
        out.add(element);
      }
    }
    return out;
  }
}

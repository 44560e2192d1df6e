package dev.scimpatch.engine;

import dev.scimpatch.engine.PositionIndex.Positions;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mutable working copy of one multi-valued attribute during one request: made once, on first
 * touch, and frozen once at the end, so a request costs O(size of the attribute + work), not a copy
 * per operation. Removed values leave a {@code null} until the freeze.
 *
 * <p>Hash indexes, each built at most once per request on first use and kept up to date as values
 * are appended and changed, answer what would otherwise be scans:
 * <ul>
 *   <li>by one sub-attribute (for a simple attribute, {@code value} is the values themselves): the
 *       values a filter's {@code eq} term can select;</li>
 *   <li>by the values of a set of sub-attributes: the values that an added value, which gives
 *       those, equals on every one (R-ADD-6, U-8);</li>
 *   <li>by (sub-attribute, value) pairs of every sub-attribute: candidates for the same, once a
 *       request has asked about more sets of sub-attributes than it is worth an index each;</li>
 *   <li>by the values themselves, for simple values;</li>
 *   <li>the values with {@code primary: true}.</li>
 * </ul>
 * Keys are keyed 64-bit hashes ({@link KeyHasher}) of a canonical form: strings folded unless the
 * sub-attribute is {@code caseExact}, numbers by value, booleans, and arrays and objects by their
 * members; a client cannot make them collide. An index may keep a position whose value has since
 * changed or gone, or (by a collision) one of another value: every answer is checked by the
 * caller, so an index only narrows. Every step is charged to {@link Work}.
 */
final class WorkingArray {

  /**
   * Whether strings compare case-exactly: those of a sub-attribute (folded name; {@code "value"}
   * of a simple attribute is its values), or ({@code null}) the values themselves.
   */
  interface CaseExact {
    boolean of(@Nullable String subAttribute);
  }

  /** Sets of names one array indexes objects by, before it indexes every (name, value) pair at once. */
  private static final int NAME_SETS = 4;

  private final ArrayList<@Nullable ScimNode> items;
  private final CaseExact caseExactOf;
  private final Map<String, Boolean> caseExactBySub = new HashMap<>();
  private @Nullable Boolean caseExactOfValues;
  private final Work work;
  private int live;
  private boolean modified;
  private final KeyHasher hasher = new KeyHasher();
  /** By folded sub-attribute name. */
  private final Map<String, SubIndex> bySub = new HashMap<>();
  /** By the values of a set of sub-attributes (sorted folded names), for added values that give those. */
  private final Map<List<String>, PositionIndex> byNames = new HashMap<>();
  /** By (folded name, value) of every sub-attribute; built once more sets of names are asked about. */
  private @Nullable PositionIndex pairs;
  /** By the values themselves (simple values). */
  private @Nullable PositionIndex byValue;
  private @Nullable Positions primaries;

  WorkingArray(List<ScimNode> elements, CaseExact caseExact, Work work) {
    work.spend(elements.size());
    this.items = new ArrayList<>(elements);
    this.caseExactOf = caseExact;
    this.work = work;
    this.live = elements.size();
  }

  boolean isEmpty() {
    return live == 0;
  }

  /** Whether an element was appended, set or removed since the array was made. */
  boolean modified() {
    return modified;
  }

  /** The number of live elements. */
  int size() {
    return live;
  }

  /** The element at a position, or {@code null} if it was removed. */
  @Nullable ScimNode get(int i) {
    return items.get(i);
  }

  /** The positions of the live elements, in order; costs one unit each. */
  List<Integer> positions() {
    work.spend(items.size());
    List<Integer> out = new ArrayList<>(live);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) != null) {
        out.add(i);
      }
    }
    return out;
  }

  /** Appends an element; returns its position. */
  int append(ScimNode element) {
    items.add(element);
    live++;
    modified = true;
    int i = items.size() - 1;
    index(i, element, null);
    return i;
  }

  /** Replaces the element at a live position. */
  void set(int i, ScimNode element) {
    ScimNode old = items.set(i, element);
    modified = true;
    index(i, element, old);
  }

  /** Removes the element at a position. */
  void remove(int i) {
    if (items.set(i, null) != null) {
      live--;
      modified = true;
    }
  }

  /** The live elements, in order, as an immutable array. */
  ScimArray freeze() {
    work.spend(items.size());
    ScimArray.Builder b = ScimArray.builder();
    for (ScimNode e : items) {
      if (e != null) {
        b.add(e);
      }
    }
    return b.build();
  }

  // ------------------------------------------------------------------ lookups

  /**
   * The live positions, in order, whose value may have {@code literal} as its sub-attribute
   * {@code sub}, as a filter's {@code sub eq literal} term compares them: those the index keeps
   * under the literal, and those whose sub-attribute is an array or an object, which the filter
   * may still match (R-FLT-7). A value that is no object stands for its own {@code value}
   * (R-FLT-8).
   */
  List<Integer> withSubValue(String sub, ScimNode literal) {
    String name = Ascii.toLowerCase(sub);
    SubIndex index = subIndex(name);
    return live(index.buckets.get(key(literal, caseExact(name))), index.compound);
  }

  /**
   * The live positions, in order, of the values that may equal {@code given} on every
   * sub-attribute it gives (or equal it, for a value that is no object), strings compared per
   * {@code caseExact}; a superset, which the caller checks.
   */
  List<Integer> equalOnGiven(ScimNode given) {
    if (!(given instanceof ScimObject g)) {
      PositionIndex index = byValue;
      if (index == null) {
        index = new PositionIndex();
        work.spend(items.size());
        for (int i = 0; i < items.size(); i++) {
          ScimNode e = items.get(i);
          if (e != null && !(e instanceof ScimObject)) {
            index.add(key(e, caseExact(null)), i);
          }
        }
        byValue = index;
      }
      return live(index.get(key(given, caseExact(null))), null);
    }
    if (g.isEmpty()) {
      return positions();
    }
    List<String> names = names(g);
    PositionIndex index = byNames.get(names);
    if (index == null && byNames.size() < NAME_SETS) {
      index = new PositionIndex();
      work.spend(items.size());
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof ScimObject o) {
          index.add(compositeKey(o, names), i);
        }
      }
      byNames.put(names, index);
    }
    if (index != null) {
      long k = compositeKey(g, names);
      return live(k == KeyHasher.NONE ? null : index.get(k), null);
    }
    // Past a few sets of names, one index of every (name, value) pair: the smallest bucket.
    PositionIndex pairIndex = pairIndex();
    Positions best = null;
    for (ScimObject.Member m : g.members()) {
      String name = Ascii.toLowerCase(m.name());
      Positions p = pairIndex.get(pairKey(name, m.value()));
      if (p == null) {
        return List.of();
      }
      if (best == null || p.size < best.size) {
        best = p;
      }
    }
    return live(best, null);
  }

  /** The folded names of an object's members, sorted. */
  private static List<String> names(ScimObject o) {
    String[] names = new String[o.size()];
    for (int j = 0; j < names.length; j++) {
      names[j] = Ascii.toLowerCase(o.names().get(j));
    }
    Arrays.sort(names);
    return List.of(names);
  }

  /**
   * The key of an object under a set of names: of its values of those members, or
   * {@link KeyHasher#NONE} if it has not all of them.
   */
  private long compositeKey(ScimObject o, List<String> names) {
    KeyHasher h = hasher.begin().tag('c');
    for (String name : names) {
      ScimNode v = o.get(name);
      if (v == null) {
        return KeyHasher.NONE;
      }
      h.value(v, caseExact(name));
    }
    return charged(h);
  }

  /** The live positions, in order, of the values that are primary. */
  List<Integer> primaries() {
    Positions p = primaries;
    if (p == null) {
      p = new Positions();
      work.spend(items.size());
      for (int i = 0; i < items.size(); i++) {
        if (Primaries.isPrimary(items.get(i))) {
          p.add(i);
        }
      }
      primaries = p;
    }
    List<Integer> out = new ArrayList<>();
    for (int i : live(p, null)) {
      if (Primaries.isPrimary(items.get(i))) {
        out.add(i);
      }
    }
    p.clear();
    out.forEach(p::add);
    return out;
  }

  private SubIndex subIndex(String name) {
    SubIndex index = bySub.get(name);
    if (index == null) {
      index = new SubIndex();
      work.spend(items.size());
      for (int i = 0; i < items.size(); i++) {
        ScimNode e = items.get(i);
        if (e != null) {
          index.add(i, subKey(e, name), isCompound(e, name));
        }
      }
      bySub.put(name, index);
    }
    return index;
  }

  private PositionIndex pairIndex() {
    PositionIndex index = pairs;
    if (index == null) {
      index = new PositionIndex();
      work.spend(items.size());
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof ScimObject o) {
          addPairs(index, i, o);
        }
      }
      pairs = index;
    }
    return index;
  }

  private void addPairs(PositionIndex index, int i, ScimObject o) {
    for (ScimObject.Member m : o.members()) {
      index.add(pairKey(Ascii.toLowerCase(m.name()), m.value()), i);
    }
  }

  /** The live positions of both lists, in order, each once; one unit per position. */
  private List<Integer> live(@Nullable Positions a, @Nullable Positions b) {
    int n = (a == null ? 0 : a.size) + (b == null ? 0 : b.size);
    work.spend(1 + n);
    if (n == 0) {
      return List.of();
    }
    int[] all = new int[n];
    int m = 0;
    for (Positions p : new @Nullable Positions[] {a, b}) {
      if (p != null) {
        for (int j = 0; j < p.size; j++) {
          int i = p.get(j);
          if (items.get(i) != null) {
            all[m++] = i;
          }
        }
      }
    }
    boolean ascending = true;
    for (int j = 1; j < m && ascending; j++) {
      ascending = all[j - 1] < all[j];
    }
    if (!ascending) {
      Arrays.sort(all, 0, m);
    }
    List<Integer> out = new ArrayList<>(m);
    for (int j = 0; j < m; j++) {
      if (j == 0 || all[j] != all[j - 1]) {
        out.add(all[j]);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ keeping the indexes

  /** Records the element now at {@code i} in every index built so far, where its key changed. */
  private void index(int i, ScimNode element, @Nullable ScimNode old) {
    work.spend(1 + bySub.size() + byNames.size());
    for (Map.Entry<String, SubIndex> e : bySub.entrySet()) {
      String name = e.getKey();
      long k = subKey(element, name);
      if (old == null || k != subKey(old, name)) {
        e.getValue().add(i, k, isCompound(element, name));
      }
    }
    if (element instanceof ScimObject o) {
      for (Map.Entry<List<String>, PositionIndex> e : byNames.entrySet()) {
        long k = compositeKey(o, e.getKey());
        if (k != KeyHasher.NONE && (!(old instanceof ScimObject before) || k != compositeKey(before, e.getKey()))) {
          e.getValue().add(k, i);
        }
      }
    }
    PositionIndex p = pairs;
    if (p != null && element instanceof ScimObject o) {
      addPairs(p, i, o); // duplicates of unchanged pairs only cost a position, and are checked
    }
    PositionIndex v = byValue;
    if (v != null && !(element instanceof ScimObject)) {
      v.add(key(element, caseExact(null)), i);
    }
    Positions pr = primaries;
    if (pr != null && Primaries.isPrimary(element) && !Primaries.isPrimary(old)) {
      pr.add(i);
    }
  }

  /**
   * The key of an element in the index of sub-attribute {@code name}, or {@link KeyHasher#NONE}
   * when it has none. A value that is no object stands for its own {@code value}, as in a filter
   * (R-FLT-8).
   */
  private long subKey(ScimNode element, String name) {
    ScimNode v = subValue(element, name);
    return v == null || v.isNull() ? KeyHasher.NONE : key(v, caseExact(name));
  }

  private static @Nullable ScimNode subValue(ScimNode element, String name) {
    return element instanceof ScimObject o ? o.get(name) : name.equals("value") ? element : null;
  }

  /** Whether the element's sub-attribute {@code name} is an array or an object. */
  private static boolean isCompound(ScimNode element, String name) {
    ScimNode v = subValue(element, name);
    return v != null && !v.isScalar() && !v.isNull();
  }

  /** Sub-attribute index: key to positions, and the positions whose value is an array or object. */
  private static final class SubIndex {
    final PositionIndex buckets = new PositionIndex();
    final Positions compound = new Positions();

    void add(int i, long k, boolean isCompound) {
      if (k != KeyHasher.NONE) {
        buckets.add(k, i);
        if (isCompound) {
          compound.add(i);
        }
      }
    }
  }

  /** Whether strings of sub-attribute {@code name} (folded), or of the values ({@code null}), compare case-exactly. */
  private boolean caseExact(@Nullable String name) {
    if (name == null) {
      Boolean b = caseExactOfValues;
      if (b == null) {
        b = caseExactOf.of(null);
        caseExactOfValues = b;
      }
      return b;
    }
    return caseExactBySub.computeIfAbsent(name, caseExactOf::of);
  }

  // ------------------------------------------------------------------ keys

  /**
   * The key of a value: strings by their text, folded unless {@code exact}; numbers by value;
   * arrays and objects by their members (names folded and sorted, strings as they are, as
   * {@link Object#equals(Object) equals} compares them). Costs one unit per 64 characters hashed.
   */
  private long key(ScimNode v, boolean exact) {
    return charged(hasher.begin().value(v, exact));
  }

  /** The key of a (folded name, value) pair, the value as its sub-attribute compares it. */
  private long pairKey(String name, ScimNode value) {
    return charged(hasher.begin().tag('p').exact(name).value(value, caseExact(name)));
  }

  private long charged(KeyHasher h) {
    long k = h.finish();
    work.spend(Work.ofString((int) Math.min(Integer.MAX_VALUE, h.chars())));
    return k;
  }
}

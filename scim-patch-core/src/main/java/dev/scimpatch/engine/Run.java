package dev.scimpatch.engine;

import dev.scimpatch.PatchResult;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.Semantics.UnmatchedAdd;
import dev.scimpatch.Semantics.UnmatchedReplace;
import dev.scimpatch.engine.MultiValued.Unmatched;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Text;
import dev.scimpatch.path.Filter;
import dev.scimpatch.resolve.AttributeRef;
import dev.scimpatch.resolve.ResolvedOperation;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
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
 * One request being applied: the working copy of the resource, the extension containers it
 * touches, and the three entry points, {@link #add}, {@link #replace} and {@link #remove}, that
 * send each resolved operation to the single-valued or multi-valued writes.
 */
final class Run {

  private static final String SCHEMAS = "schemas";

  private final ResourceType type;
  private final Profile profile;
  private final @Nullable ResourceSchema rs;
  private final ScimObject input;
  private final Container root;
  /** Extension containers touched by the request, by folded URN. */
  private final Map<String, Extension> extensions = new LinkedHashMap<>();
  /** Extensions changed since {@code schemas} was last brought up to date. */
  private final List<Extension> changedExtensions = new ArrayList<>();
  private final SingleValued single = new SingleValued(this);
  private final MultiValued multi = new MultiValued(this);
  private final Work work;
  /** The working {@code schemas} list, made on first use; written to the root when read or at the end. */
  private @Nullable Schemas schemas;
  private boolean changed;

  private final class Extension {
    String urn;
    final Container container;

    Extension(String urn, ScimObject object) {
      this.urn = urn;
      this.container = new Container(object, () -> changedExtensions.add(this));
    }
  }

  Run(ResourceType type, ScimObject input) {
    this.type = type;
    this.profile = type.profile();
    this.rs = type.schema().orElse(null);
    this.input = input;
    this.root = new Container(input, () -> { });
    this.work = new Work(type.limits().maxWork());
  }

  ResourceType type() {
    return type;
  }

  Profile profile() {
    return profile;
  }

  SingleValued single() {
    return single;
  }

  MultiValued multi() {
    return multi;
  }

  /** The request's work so far, charged against {@link dev.scimpatch.Limits#maxWork()}. */
  Work work() {
    return work;
  }

  /** Records that the resource changed. */
  void changed() {
    changed = true;
  }

  /** Records a change made through the working array of {@code t}. */
  void touch(Target t) {
    t.container().touch();
    changed = true;
  }

  // ------------------------------------------------------------------ operations

  /** Applies one resolved operation, then brings {@code schemas} up to date (R-EXT-3). */
  void apply(ResolvedOperation op) {
    ScimNode value = op.value();
    if (value != null && deeperThan(value, PatchEngine.MAX_VALUE_DEPTH)) {
      throw invalidValue("the value is nested deeper than " + PatchEngine.MAX_VALUE_DEPTH + " levels");
    }
    work.spend(1);
    Target t = locate(op.attribute());
    if (t.container() == root && Ascii.equalsIgnoreCase(t.name(), SCHEMAS)) {
      flushSchemas(); // the operation reads and writes schemas itself
      schemas = null;
    }
    switch (op.op()) {
      case ADD -> add(t, op, Objects.requireNonNull(value));
      case REPLACE -> replace(t, op, Objects.requireNonNull(value));
      case REMOVE -> remove(t, op);
    }
    syncSchemas();
  }

  /**
   * Add: a {@code null} adds nothing, and neither do {@code null} sub-attributes (R-ADD-4); a
   * filter or a sub-attribute of a multi-valued attribute still needs its target.
   */
  private void add(Target t, ResolvedOperation op, ScimNode given) {
    String sub = subName(t, op);
    Filter filter = op.filter();
    Unmatched answer = Unmatched.of(profile.get(UnmatchedAdd.class));
    if (given.isNull()) {
      if (filter != null) {
        multi.selectForWrite(t, filter, answer, "R-ADD-11");
      } else if (sub != null && t.isMultiValued(null)) {
        multi.requireValues(t, sub);
      }
      return;
    }
    ScimNode value = given instanceof ScimObject o ? withoutNullMembers(o) : given;
    if (filter != null) {
      multi.writeSelected(t, filter, sub, op.subDefinition(), value, answer, "R-ADD-11");
    } else if (sub != null) {
      writeSub(t, sub, op.subDefinition(), value);
    } else if (t.isMultiValued(value)) {
      multi.add(t, value);
    } else if (t.isComplex(value)) {
      single.merge(t, value);
    } else {
      single.set(t, value);
    }
  }

  /** Replace: a {@code null} unassigns what the path names (RFC 7643 §2.5). */
  private void replace(Target t, ResolvedOperation op, ScimNode value) {
    String sub = subName(t, op);
    Filter filter = op.filter();
    if (filter != null) {
      Unmatched answer = Unmatched.of(profile.get(UnmatchedReplace.class));
      multi.writeSelected(t, filter, sub, op.subDefinition(), value, answer, "R-REP-8");
    } else if (sub != null) {
      writeSub(t, sub, op.subDefinition(), value);
    } else if (t.isMultiValued(value)) {
      multi.replace(t, value);
    } else if (t.isComplex(value)) {
      single.replace(t, value);
    } else {
      single.set(t, value);
    }
  }

  /** Remove (R-REM-2..9). */
  private void remove(Target t, ResolvedOperation op) {
    String sub = subName(t, op);
    Filter filter = op.filter();
    if (filter != null) {
      multi.removeSelected(t, filter, sub, op.subDefinition());
    } else if (sub != null) {
      if (t.isMultiValued(null)) {
        multi.removeSub(t, sub, op.subDefinition());
      } else {
        single.removeSub(t, sub, op.subDefinition());
      }
    } else {
      single.unassign(t);
    }
  }

  private void writeSub(Target t, String sub, @Nullable Attribute subDef, ScimNode value) {
    if (t.isMultiValued(null)) {
      multi.writeSub(t, sub, subDef, value);
    } else {
      single.writeSub(t, sub, subDef, value);
    }
  }

  /**
   * The sub-attribute's name; without a definition, a sub-attribute of a value that is not complex
   * addresses nothing.
   */
  private @Nullable String subName(Target t, ResolvedOperation op) {
    String sub = op.subAttribute();
    if (sub != null && t.def() == null) {
      if (t.container().holdsSimpleValue(t.name())) {
        throw invalidPath(Text.quote(t.name()) + " is not complex and has no sub-attribute " + Text.quote(sub));
      }
    }
    return sub;
  }

  /** Whether objects and arrays nest deeper than {@code levels} in {@code node}; looks no deeper than that. */
  private static boolean deeperThan(ScimNode node, int levels) {
    return switch (node.kind()) {
      case OBJECT -> levels == 0 || anyDeeperThan(((ScimObject) node).values(), levels - 1);
      case ARRAY -> levels == 0 || anyDeeperThan(((ScimArray) node).elements(), levels - 1);
      case STRING, NUMBER, BOOLEAN, NULL -> false;
    };
  }

  private static boolean anyDeeperThan(List<ScimNode> nodes, int levels) {
    for (ScimNode n : nodes) {
      if (deeperThan(n, levels)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ where attributes live

  /** The working copy's place of a resolved attribute, with the resource's spelling where none is given. */
  private Target locate(AttributeRef ref) {
    String urn = ref.container();
    Container container = urn == null || (rs == null && isCoreUrn(urn)) ? root : extension(urn);
    Attribute def = ref.definition();
    if (def == null && rs == null && container == root && urn != null) {
      // Schema-less, qualified by the core schema's URN: a common attribute keeps its rules.
      def = ResourceSchema.commonAttribute(ref.name()).orElse(null);
    }
    if (def != null && (rs != null || container == root)) {
      return new Target(container, def.name(), def, ref.schemaUrn());
    }
    String spelling = container.spelling(ref.name());
    return new Target(container, spelling != null ? spelling : ref.name(), null, ref.schemaUrn());
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
      ext = new Extension(spelling != null ? spelling : urn, existing instanceof ScimObject o ? o : ScimObject.empty());
      extensions.put(key, ext);
    }
    return ext.container;
  }

  // ------------------------------------------------------------------ schemas and the result

  /**
   * Keeps {@code schemas} in step with the extensions an operation changed (R-EXT-3), so the next
   * operation of the request sees it as a request of its own would (R-GEN-1).
   */
  private void syncSchemas() {
    for (Extension ext : changedExtensions) {
      if (ext.container.changedSinceLastAsked()) {
        updateSchemas(ext.urn, !ext.container.isEmpty());
      }
    }
    changedExtensions.clear();
  }

  private void updateSchemas(String urn, boolean present) {
    Schemas s = schemas;
    if (s == null) {
      s = new Schemas(root.get(SCHEMAS));
      schemas = s;
    }
    if (present) {
      if (!s.has(urn)) {
        if (s.isEmpty() && rs != null) {
          s.add(rs.core().id());
        }
        s.add(urn); // one listed keeps the order and spelling it has
      }
    } else {
      s.remove(urn);
    }
  }

  /** Writes the working {@code schemas} list to the root, if it changed. */
  private void flushSchemas() {
    Schemas s = schemas;
    if (s != null && s.changed) {
      work.spend(s.urns.size());
      ScimArray.Builder b = ScimArray.builder();
      for (ScimNode u : s.urns) {
        if (u != null) {
          b.add(u);
        }
      }
      String name = root.spelling(SCHEMAS);
      root.put(name != null ? name : SCHEMAS, b.build());
      s.changed = false;
    }
  }

  /**
   * The {@code schemas} list during a request: URNs found by folded text, so that an operation that
   * adds or empties an extension costs O(1), however many the resource lists.
   */
  private static final class Schemas {
    final List<@Nullable ScimNode> urns = new ArrayList<>();
    /** Positions by folded URN (a resource may list one twice). */
    final Map<String, List<Integer>> positions = new HashMap<>();
    int live;
    boolean changed;

    Schemas(@Nullable ScimNode current) {
      if (current instanceof ScimArray a) {
        for (ScimNode u : a) {
          append(u);
        }
      }
      changed = false;
    }

    private void append(ScimNode u) {
      if (u instanceof ScimString s) {
        positions.computeIfAbsent(Ascii.toLowerCase(s.value()), k -> new ArrayList<>(1)).add(urns.size());
      }
      urns.add(u);
      live++;
    }

    boolean isEmpty() {
      return live == 0;
    }

    boolean has(String urn) {
      return positions.containsKey(Ascii.toLowerCase(urn));
    }

    void add(String urn) {
      append(ScimString.of(urn));
      changed = true;
    }

    void remove(String urn) {
      List<Integer> at = positions.remove(Ascii.toLowerCase(urn));
      if (at != null) {
        for (int i : at) {
          urns.set(i, null);
          live--;
        }
        changed = true;
      }
    }
  }

  /** Freezes the working copy and maintains {@code schemas} for the extensions touched (R-EXT-3). */
  PatchResult finish() {
    flushSchemas();
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

  // ------------------------------------------------------------------ shared by the writes

  /** A complex attribute's value: an object (R-ADD-4); checked already where a definition says so. */
  static ScimObject requireObject(Target t, ScimNode value) {
    if (!(value instanceof ScimObject o)) {
      throw invalidValue(Text.quote(t.name()) + " is complex: its value must be an object, not " + value.jsonType()
          + " (R-ADD-4)");
    }
    return o;
  }

  /** The spelling {@code object} has for {@code name}, else {@code name}. */
  static String spellingIn(ScimObject object, String name) {
    String existing = object.nameOf(name);
    return existing != null ? existing : name;
  }

  /** The object without its {@code null} members (this one if it has none). */
  static ScimObject withoutNullMembers(ScimObject o) {
    boolean anyNull = false;
    for (ScimNode v : o.values()) {
      anyNull |= v.isNull();
    }
    if (!anyNull) {
      return o;
    }
    ScimObject.Builder b = ScimObject.builder();
    o.forEach((name, value) -> {
      if (!value.isNull()) {
        b.put(name, value);
      }
    });
    return b.build();
  }

  static ScimPatchException invalidPath(String reason) {
    return ScimPatchException.of(ScimType.INVALID_PATH, reason);
  }

  static ScimPatchException invalidValue(String reason) {
    return ScimPatchException.of(ScimType.INVALID_VALUE, reason);
  }

  static ScimPatchException noTarget(String reason) {
    return ScimPatchException.of(ScimType.NO_TARGET, reason);
  }
}

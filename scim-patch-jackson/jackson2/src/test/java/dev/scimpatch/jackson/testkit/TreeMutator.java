package dev.scimpatch.jackson.testkit;

import dev.scimpatch.testkit.ScimNames;
import dev.scimpatch.testkit.StringMutator;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Turns valid JSON trees, such as PatchOp bodies, into nearly valid ones by changing their
 * structure rather than their text: the tree stays well-formed JSON, but members go missing or are
 * misspelled, values change type or get wrapped in arrays and objects, arrays lose, gain or repeat
 * elements, and strings (operation names, paths) are mutated with {@link StringMutator}.
 *
 * <p>Each mutation happens at a random place: the walk descends into a random member or element
 * two times in three. Member names the PatchOp grammar cares about ({@code schemas},
 * {@code Operations}, {@code op}, {@code path}, {@code value}) are favoured when renaming or adding
 * members. Wrapping now and then nests a value deeper than any reader's default depth limit, so a
 * mutated tree may be deeper than the generator's documents: write it with a writer whose depth
 * limit is high enough.
 *
 * <p>Immutable and thread-safe; all randomness comes from the {@link RandomGenerator} passed in.
 */
public final class TreeMutator {

  private static final List<String> MESSAGE_NAMES =
      List.of("schemas", "Operations", "op", "path", "value");

  private static final List<String> MISSPELLINGS = List.of(
      "operations", "OPERATIONS", "Operation", "Op", "OP", "Path", "PATH", "Value", "values",
      "Schemas", "schema", " op", "op ", "path\u0000", "ops", "");

  private final DocumentGenerator values;

  /** A mutator that draws new values from a default {@link DocumentGenerator}. */
  public TreeMutator() {
    this(new DocumentGenerator());
  }

  /** A mutator that draws new values and names from {@code values}. */
  public TreeMutator(DocumentGenerator values) {
    this.values = values;
  }

  /** Returns {@code node} after one to three structural mutations. */
  public ScimNode mutate(RandomGenerator rng, ScimNode node) {
    int n = 1 + (rng.nextInt(3) == 0 ? rng.nextInt(3) : 0);
    ScimNode out = node;
    for (int i = 0; i < n; i++) {
      out = mutateOnce(rng, out);
    }
    return out;
  }

  /** Returns {@code node} after one structural mutation somewhere in it. */
  public ScimNode mutateOnce(RandomGenerator rng, ScimNode node) {
    if (node instanceof ScimObject o && !o.isEmpty() && rng.nextInt(3) != 0) {
      ScimObject.Member m = o.members().get(rng.nextInt(o.size()));
      return o.with(m.name(), mutateOnce(rng, m.value()));
    }
    if (node instanceof ScimArray a && !a.isEmpty() && rng.nextInt(3) != 0) {
      int i = rng.nextInt(a.size());
      return a.with(i, mutateOnce(rng, a.get(i)));
    }
    return mutateHere(rng, node);
  }

  private ScimNode mutateHere(RandomGenerator rng, ScimNode node) {
    int r = rng.nextInt(10);
    if (r < 4) {
      if (node instanceof ScimObject o) {
        return mutateObject(rng, o);
      } else if (node instanceof ScimArray a) {
        return mutateArray(rng, a);
      } else if (node instanceof ScimString s) {
        return ScimString.of(StringMutator.mutate(rng, s.value()));
      }
    }
    if (r < 7) {
      return changeType(rng, node);
    }
    return nest(rng, node);
  }

  private ScimNode mutateObject(RandomGenerator rng, ScimObject o) {
    int r = rng.nextInt(4);
    if (r == 0 && !o.isEmpty()) {
      return o.without(o.names().get(rng.nextInt(o.size())));
    } else if (r == 1 && !o.isEmpty()) {
      return rename(rng, o, o.names().get(rng.nextInt(o.size())));
    } else if (r == 2) {
      return o.with(name(rng), values.value(rng, 2));
    }
    return o.with(ScimNames.randomCase(rng, MESSAGE_NAMES.get(rng.nextInt(MESSAGE_NAMES.size()))),
        values.value(rng, 1));
  }

  /** The object with member {@code name} renamed, in its place; unchanged if the new name is taken. */
  private ScimObject rename(RandomGenerator rng, ScimObject o, String name) {
    String to;
    int r = rng.nextInt(4);
    if (r == 0) {
      to = ScimNames.randomCase(rng, name);
    } else if (r == 1) {
      to = MISSPELLINGS.get(rng.nextInt(MISSPELLINGS.size()));
    } else if (r == 2) {
      to = DocumentGenerator.validUnicode(StringMutator.mutate(rng, name)); // the writer takes valid names only
    } else {
      to = name(rng);
    }
    if (!to.equalsIgnoreCase(name) && o.has(to)) {
      return o;
    }
    ScimObject.Builder b = ScimObject.builder();
    for (ScimObject.Member m : o.members()) {
      if (m.name().equals(name)) {
        b.put(to, m.value());
      } else {
        b.put(m.name(), m.value());
      }
    }
    return b.build();
  }

  private ScimNode mutateArray(RandomGenerator rng, ScimArray a) {
    int r = rng.nextInt(5);
    if (r == 0 && !a.isEmpty()) {
      return a.without(rng.nextInt(a.size()));
    } else if (r == 1 && !a.isEmpty()) {
      return a.plus(a.get(rng.nextInt(a.size())));
    } else if (r == 2) {
      return a.plus(values.value(rng, 2));
    } else if (r == 3) {
      return ScimArray.empty();
    }
    ScimArray.Builder b = ScimArray.builder();
    for (int i = a.size() - 1; i >= 0; i--) {
      b.add(a.get(i));
    }
    return b.build();
  }

  /** A value of another JSON type, sometimes built from the old one. */
  private ScimNode changeType(RandomGenerator rng, ScimNode node) {
    int r = rng.nextInt(10);
    switch (r) {
      case 0:
        return ScimNull.INSTANCE;
      case 1:
        return ScimString.of(node.toString());
      case 2:
        return ScimBoolean.of(rng.nextBoolean());
      case 3:
        return ScimNumber.of(rng.nextInt(3) - 1);
      case 4:
        return ScimArray.empty();
      case 5:
        return ScimObject.empty();
      case 6:
        return node instanceof ScimObject o ? ScimArray.of(o.members().stream().map(ScimObject.Member::value).toList())
            : ScimArray.of(node);
      case 7:
        return node instanceof ScimString s ? ScimBoolean.of(s.value().isEmpty()) : ScimString.of("");
      default:
        return values.value(rng, 3);
    }
  }

  /** The value wrapped in one to a few arrays or objects, now and then in forty. */
  private ScimNode nest(RandomGenerator rng, ScimNode node) {
    int levels = rng.nextInt(12) == 0 ? 40 : 1 + rng.nextInt(3);
    ScimNode out = node;
    for (int i = 0; i < levels; i++) {
      out = rng.nextBoolean() ? ScimArray.of(out) : ScimObject.of(name(rng), out);
    }
    return out;
  }

  private String name(RandomGenerator rng) {
    return rng.nextInt(3) == 0 ? MESSAGE_NAMES.get(rng.nextInt(MESSAGE_NAMES.size())) : values.name(rng);
  }
}

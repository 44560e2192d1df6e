package dev.scimpatch.jackson.testkit;

import dev.scimpatch.path.Path;
import dev.scimpatch.profile.PatchMessages;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.testkit.PathGenerator;
import dev.scimpatch.testkit.ScimNames;
import dev.scimpatch.testkit.ScimValues;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates valid PATCH requests (RFC 7644 §3.5.2): one to a few {@code add}, {@code remove} and
 * {@code replace} operations with paths from a {@link PathGenerator} and values from a
 * {@link DocumentGenerator}, and their PatchOp message bodies.
 *
 * <p>Paths and values draw on the same SCIM vocabulary as {@code dev.scimpatch.testkit}'s
 * resources, so a generated request applied to a generated resource often finds its targets. An
 * {@code add} or {@code replace} without a path has an object of attributes as its value, as
 * RFC 7644 asks; values are nested shallowly enough that the body stays within
 * {@code ScimJson}'s default depth of 32.
 *
 * <p>Immutable and thread-safe; all randomness comes from the {@link RandomGenerator} passed in.
 */
public final class PatchRequestGenerator {

  /** How deep an operation's value sits in a PatchOp body: the body, Operations, the operation. */
  private static final int VALUE_DEPTH = 3;

  private final PathGenerator paths;
  private final DocumentGenerator values;

  /** A generator with the default path and document generators. */
  public PatchRequestGenerator() {
    this(new PathGenerator(), new DocumentGenerator());
  }

  /** A generator whose paths and values come from the given generators. */
  public PatchRequestGenerator(PathGenerator paths, DocumentGenerator values) {
    this.paths = paths;
    this.values = values;
  }

  /** Returns a request of one to a few operations (now and then a dozen). */
  public PatchRequest request(RandomGenerator rng) {
    int n = 1 + (rng.nextInt(8) == 0 ? rng.nextInt(12) : rng.nextInt(3));
    List<PatchOperation> ops = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ops.add(operation(rng));
    }
    return new PatchRequest(ops);
  }

  /** Returns one operation: an add or replace with or without a path, or a remove. */
  public PatchOperation operation(RandomGenerator rng) {
    int r = rng.nextInt(10);
    if (r < 3) {
      return new PatchOperation.Remove(paths.path(rng));
    }
    boolean add = r < 7;
    Path path = rng.nextInt(5) == 0 ? null : paths.path(rng);
    ScimNode value = path == null ? attributes(rng) : value(rng);
    return add ? new PatchOperation.Add(path, value) : new PatchOperation.Replace(path, value);
  }

  /** Returns a value for an operation with a path: mostly SCIM-like, sometimes any JSON value. */
  public ScimNode value(RandomGenerator rng) {
    return value(rng, values.maxDepth() - VALUE_DEPTH);
  }

  /** A value nested at most {@code room} arrays and objects deep. */
  private ScimNode value(RandomGenerator rng, int room) {
    if (room > 0 && rng.nextInt(25) == 0) {
      return values.spine(rng, room);
    }
    int r = rng.nextInt(10);
    if (r < 3) {
      return ScimString.of(ScimValues.string(rng));
    } else if (r < 4) {
      return ScimBoolean.of(rng.nextBoolean());
    } else if (r < 6 && room >= 2) {
      ScimArray.Builder b = ScimArray.builder();
      int n = rng.nextInt(3);
      for (int i = 0; i < n; i++) {
        b.add(multiValue(rng));
      }
      return b.build();
    }
    return values.value(rng, Math.max(0, room));
  }

  /** Returns an object of attributes, for an add or replace without a path. */
  public ScimObject attributes(RandomGenerator rng) {
    int room = values.maxDepth() - VALUE_DEPTH - 1;
    ScimObject.Builder b = ScimObject.builder();
    int n = 1 + rng.nextInt(4);
    for (int i = 0; i < n; i++) {
      int r = rng.nextInt(10);
      if (r == 0) {
        ScimObject ext = ScimObject.of(ScimNames.respell(rng, "employeeNumber"), value(rng, room - 1));
        b.put(ScimNames.knownUrn(rng), ext);
      } else {
        b.put(values.name(rng), r < 4 ? multiValueArray(rng) : value(rng, room));
      }
    }
    return b.build();
  }

  /**
   * Returns the PatchOp message of a generated request, as {@link PatchMessages#write} writes it:
   * {@code schemas} then {@code Operations}.
   */
  public ScimObject body(RandomGenerator rng) {
    return PatchMessages.write(request(rng));
  }

  private ScimArray multiValueArray(RandomGenerator rng) {
    ScimArray.Builder b = ScimArray.builder();
    int n = 1 + rng.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.add(multiValue(rng));
    }
    return b.build();
  }

  /** A value of a multi-valued attribute such as {@code emails}. */
  private ScimNode multiValue(RandomGenerator rng) {
    if (rng.nextInt(6) == 0) {
      return values.scalar(rng);
    }
    ScimObject.Builder v = ScimObject.builder()
        .put(ScimNames.respell(rng, "value"), ScimString.of(ScimValues.string(rng)));
    if (rng.nextBoolean()) {
      v.put(ScimNames.respell(rng, "type"), ScimString.of(rng.nextBoolean() ? "work" : "home"));
    }
    if (rng.nextInt(3) == 0) {
      v.put(ScimNames.respell(rng, "primary"), ScimBoolean.of(rng.nextBoolean()));
    }
    return v.build();
  }
}

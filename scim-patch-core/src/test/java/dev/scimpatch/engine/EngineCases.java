package dev.scimpatch.engine;

import dev.scimpatch.PatchResult;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.testkit.GroupGenerator;
import dev.scimpatch.testkit.OperationGenerator;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.UserGenerator;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNull;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;

/**
 * What the engine property tests share: the engines under test, how a case draws its engine,
 * resource and operations, running a request to an {@link Outcome}, and describing a failing case
 * (resource and request as JSON) so that it can be reduced by hand.
 */
final class EngineCases {

  private EngineCases() {}

  static final PatchEngine USER_ENGINE = PatchEngine.of(ResourceSchemas.user());
  static final PatchEngine GROUP_ENGINE = PatchEngine.of(ResourceSchemas.group());
  static final PatchEngine SCHEMALESS_ENGINE = PatchEngine.schemaless();

  static final UserGenerator USER_RESOURCES = new UserGenerator();
  static final GroupGenerator GROUP_RESOURCES = new GroupGenerator();

  /** Which engine a property runs against, and which resources and operations go with it. */
  enum Subject {
    /** {@code PatchEngine.of(ResourceSchemas.user())} on generated users. */
    USER,
    /** {@code PatchEngine.of(ResourceSchemas.group())} on generated groups. */
    GROUP,
    /** {@code PatchEngine.schemaless()} on generated users and groups, half and half. */
    SCHEMALESS,
    /** {@code PatchEngine.schemaless()} on generated users only. */
    SCHEMALESS_USER;

    /** Draws the engine, the resource and the operation generator of one case. */
    Case draw(RandomGenerator rng) {
      return switch (this) {
        case USER -> new Case(this, USER_ENGINE, OperationGenerator.users(), USER_RESOURCES.user(rng));
        case GROUP -> new Case(this, GROUP_ENGINE, OperationGenerator.groups(), GROUP_RESOURCES.group(rng));
        case SCHEMALESS -> rng.nextBoolean()
            ? new Case(this, SCHEMALESS_ENGINE, OperationGenerator.users().withoutSchema(), USER_RESOURCES.user(rng))
            : new Case(this, SCHEMALESS_ENGINE, OperationGenerator.groups().withoutSchema(),
                GROUP_RESOURCES.group(rng));
        case SCHEMALESS_USER ->
            new Case(this, SCHEMALESS_ENGINE, OperationGenerator.users().withoutSchema(), USER_RESOURCES.user(rng));
      };
    }

    String label() {
      return switch (this) {
        case USER -> "User schema";
        case GROUP -> "Group schema";
        case SCHEMALESS -> "schema-less";
        case SCHEMALESS_USER -> "schema-less, users";
      };
    }
  }

  /** The User schema, the Group schema, and schema-less (users and groups). */
  static final List<Subject> ALL = List.of(Subject.USER, Subject.GROUP, Subject.SCHEMALESS);

  /** The User schema, and schema-less on users. */
  static final List<Subject> USER_SUBJECTS = List.of(Subject.USER, Subject.SCHEMALESS_USER);

  /**
   * The cases of a property that holds for several engines: each case runs the property once per
   * subject, each with its own resource drawn from the case's generator, so every engine gets
   * {@link Property#caseCount()} cases. A failure names the engine (and the case seed, which
   * reproduces it).
   */
  static Stream<DynamicTest> cases(String name, List<Subject> subjects, BiConsumer<Case, RandomGenerator> property) {
    return Property.cases(name, rng -> {
      for (Subject subject : subjects) {
        Case c = subject.draw(rng);
        try {
          property.accept(c, rng);
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError(subject.label() + ": " + e.getMessage(), e);
        }
      }
    });
  }

  /** One case: an engine, a generated resource, and the generator of operations for it. */
  record Case(Subject subject, PatchEngine engine, OperationGenerator ops, ScimObject resource) {
    boolean isUser() {
      return ops.kind() == OperationGenerator.ResourceKind.USER;
    }
  }

  /**
   * The outcome of applying a request: a result, the {@link ScimPatchException} it threw, or any
   * other exception it threw (a crash: {@link ExceptionContractPropertyTest} says there are none).
   */
  record Outcome(@Nullable PatchResult result, @Nullable ScimPatchException error, @Nullable RuntimeException crash) {
    boolean ok() {
      return result != null;
    }

    @Override
    public String toString() {
      if (ok()) {
        return "changed=" + result.changed() + " " + result.resource();
      } else if (error != null) {
        return "ScimPatchException " + error.status() + " " + error.scimType() + " [operation " + error.operationIndex()
            + "]: " + error.getMessage();
      }
      return "crash: " + crash;
    }
  }

  /**
   * Applies a request: a {@link ScimPatchException} becomes a failed outcome, any other exception a
   * crash. Properties about successful requests skip both; those that expect a
   * {@code ScimPatchException} fail on a crash.
   */
  static Outcome apply(PatchEngine engine, ScimObject resource, List<PatchOperation> ops) {
    PatchRequest request = new PatchRequest(ops);
    try {
      return new Outcome(engine.apply(resource, request), null, null);
    } catch (ScimPatchException e) {
      return new Outcome(null, e, null);
    } catch (RuntimeException e) {
      return new Outcome(null, null, e);
    }
  }

  /** Applies a request that must succeed, and returns its result. */
  static PatchResult applyOk(PatchEngine engine, ScimObject resource, List<PatchOperation> ops) {
    Outcome o = apply(engine, resource, ops);
    if (!o.ok()) {
      throw new AssertionError("expected success, got " + o + "\n" + describe(resource, ops),
          o.error() != null ? o.error() : o.crash());
    }
    return o.result();
  }

  /**
   * Draws up to {@code count} plausible operations that succeed one after the other, each drawn
   * against the resource the ones before it left (operations that fail are drawn again, a few
   * times at most).
   */
  static Valid validOperations(Case c, RandomGenerator rng, int count) {
    List<PatchOperation> ops = new ArrayList<>(count);
    List<ScimObject> states = new ArrayList<>(count + 1);
    ScimObject state = c.resource();
    states.add(state);
    for (int tries = 0; ops.size() < count && tries < count * 2; tries++) {
      PatchOperation op = c.ops().plausible(rng, state);
      Outcome o = apply(c.engine(), state, List.of(op));
      if (o.ok()) {
        ops.add(op);
        state = o.result().resource();
        states.add(state);
      }
    }
    return new Valid(ops, states);
  }

  /**
   * Operations that succeed one by one, and the resources they lead to: {@code states.get(k)} is
   * the resource before operation {@code k}, the last one the resource after them all.
   */
  record Valid(List<PatchOperation> ops, List<ScimObject> states) {
    ScimObject last() {
      return states.get(states.size() - 1);
    }
  }

  /** A deep copy of a tree: new nodes all the way down, equal to the original. */
  static ScimNode deepCopy(ScimNode node) {
    if (node instanceof ScimObject o) {
      ScimObject.Builder b = ScimObject.builder();
      o.forEach((name, value) -> b.put(new String(name.toCharArray()), deepCopy(value)));
      return b.build();
    } else if (node instanceof ScimArray a) {
      ScimArray.Builder b = ScimArray.builder();
      a.forEach(e -> b.add(deepCopy(e)));
      return b.build();
    } else if (node instanceof ScimString s) {
      return new ScimString(new String(s.value().toCharArray()));
    } else if (node instanceof ScimNumber n) {
      return ScimNumber.of(n.value());
    } else if (node instanceof ScimBoolean bool) {
      return new ScimBoolean(bool.value());
    }
    return ScimNull.INSTANCE;
  }

  /** A deep copy of a resource. */
  static ScimObject copy(ScimObject resource) {
    return (ScimObject) deepCopy(resource);
  }

  /**
   * The multi-valued attributes, of the resource and of its extension objects (members named by
   * a URN), that have more than one value with {@code primary: true}.
   */
  static List<String> primaryViolations(ScimObject resource) {
    List<String> out = new ArrayList<>();
    collectPrimaryViolations(resource, "", out);
    return out;
  }

  private static void collectPrimaryViolations(ScimObject container, String prefix, List<String> out) {
    container.forEach((name, value) -> {
      if (value instanceof ScimArray a) {
        int primaries = 0;
        for (ScimNode e : a) {
          if (e instanceof ScimObject o && ScimBoolean.TRUE.equals(o.get("primary"))) {
            primaries++;
          }
        }
        if (primaries > 1) {
          out.add(prefix + name + " has " + primaries + " primary values: " + a);
        }
      } else if (value instanceof ScimObject o && prefix.isEmpty() && name.indexOf(':') >= 0) {
        collectPrimaryViolations(o, name + ":", out);
      }
    });
  }

  /**
   * The resource and the request as JSON, for a failure message, computed only when printed (so
   * that passing cases do not pay for it).
   */
  static Object where(ScimObject resource, List<PatchOperation> ops) {
    return new Object() {
      @Override
      public String toString() {
        return describe(resource, ops);
      }
    };
  }

  /** The resource and the request as JSON, for a failure message. */
  static String describe(ScimObject resource, List<PatchOperation> ops) {
    StringBuilder sb = new StringBuilder();
    sb.append("resource: ").append(resource).append("\nrequest:");
    for (int i = 0; i < ops.size(); i++) {
      sb.append("\n  [").append(i).append("] ").append(describe(ops.get(i)));
    }
    return sb.toString();
  }

  /** One operation as the JSON a client would send. */
  static String describe(PatchOperation op) {
    StringBuilder sb = new StringBuilder("{\"op\":\"").append(op.op()).append('"');
    if (op.path() != null) {
      sb.append(",\"path\":").append(ScimString.of(op.path().toString()));
    }
    if (op instanceof PatchOperation.Add a) {
      sb.append(",\"value\":").append(a.value());
    } else if (op instanceof PatchOperation.Replace r) {
      sb.append(",\"value\":").append(r.value());
    }
    return sb.append('}').toString();
  }
}

package dev.scimpatch.engine;

import static dev.scimpatch.engine.EngineCases.apply;
import static dev.scimpatch.engine.EngineCases.applyOk;
import static dev.scimpatch.engine.EngineCases.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.engine.EngineCases.Case;
import dev.scimpatch.engine.EngineCases.Outcome;
import dev.scimpatch.engine.EngineCases.Valid;
import dev.scimpatch.path.Path;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.testkit.ScimNames;
import dev.scimpatch.testkit.ScimValues;
import dev.scimpatch.testkit.ScimVocabulary;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * R-REP-2, R-REP-4, R-REP-7, R-ADD-8 and R-EXT-2: a replace at a simple location succeeds and
 * reading that location in the result gives the value: {@code title}, {@code displayName},
 * {@code name.givenName} (creating {@code name} if need be), an enterprise attribute by its
 * qualified path ({@code urn:...:enterprise:2.0:User:employeeNumber}, {@code ...:manager.value}),
 * and {@code emails[type eq "work"].value} on every work e-mail when there is one, the other
 * values staying as they were. Names in the path are now and then re-spelled in another ASCII
 * case (R-PATH-7). The replace runs alone on the resource that operations which succeed lead to,
 * and after those operations in the same request.
 */
class ReplaceThenReadPropertyTest {




  /** A location: where to write, how to read it back. */
  private record Target(String path, @Nullable String container, String attribute, @Nullable String sub) {}

  private static final String ENT = ScimVocabulary.ENTERPRISE;

  private static final List<Target> USER_TARGETS = List.of(
      new Target("title", null, "title", null),
      new Target("nickName", null, "nickName", null),
      new Target("name.givenName", null, "name", "givenName"),
      new Target("name.familyName", null, "name", "familyName"),
      new Target(ENT + ":employeeNumber", ENT, "employeeNumber", null),
      new Target(ENT + ":department", ENT, "department", null),
      new Target(ENT + ":manager.value", ENT, "manager", "value"),
      new Target(ScimVocabulary.CORE_USER + ":displayName", null, "displayName", null));

  private static final List<Target> GROUP_TARGETS = List.of(
      new Target("displayName", null, "displayName", null),
      new Target("externalId", null, "externalId", null),
      new Target(ScimVocabulary.CORE_GROUP + ":displayName", null, "displayName", null));

  @TestFactory
  Stream<DynamicTest> replaceThenRead() {
    return EngineCases.cases("replace then read", EngineCases.ALL, ReplaceThenReadPropertyTest::check);
  }

  static void check(Case c, RandomGenerator rng) {
    Valid valid = EngineCases.validOperations(c, rng, rng.nextInt(4));
    ScimString value = ScimString.of(
        rng.nextInt(3) == 0 ? ScimValues.string(rng) : ScimVocabulary.SENTINEL_STRING + rng.nextInt(100));
    String path;
    Target target;
    if (c.isUser() && !work(valid.last()).isEmpty() && rng.nextInt(3) == 0) {
      target = null;
      path = rng.nextBoolean() ? "emails[type eq \"work\"].value" : "EMAILS[TYPE eq \"WORK\"].Value";
    } else {
      List<Target> targets = c.isUser() ? USER_TARGETS : GROUP_TARGETS;
      target = targets.get(rng.nextInt(targets.size()));
      path = rng.nextBoolean() ? target.path() : ScimNames.randomCase(rng, target.path());
    }
    PatchOperation replace = new PatchOperation.Replace(Path.parse(path), value);

    // The replace alone, on the resource the operations lead to one at a time.
    checkRead(c, valid.last(), List.of(replace), valid.last(), target, value);

    // The replace after the operations, in the same request (when they succeed as one).
    if (!valid.ops().isEmpty()) {
      Outcome prefix = apply(c.engine(), c.resource(), valid.ops());
      if (prefix.ok()) {
        List<PatchOperation> ops = new ArrayList<>(valid.ops());
        ops.add(replace);
        checkRead(c, c.resource(), ops, prefix.result().resource(), target, value);
      }
    }
  }

  /** Applies {@code ops}, which end with the replace, and reads the target back. */
  private static void checkRead(Case c, ScimObject resource, List<PatchOperation> ops, ScimObject before,
      @Nullable Target t, ScimString value) {
    ScimObject result = applyOk(c.engine(), resource, ops).resource();
    Object where = where(resource, ops);
    if (t != null) {
      assertThat(read(result, t)).as("%s in %s\n%s", t.path(), result, where).isEqualTo(value);
      return;
    }
    // R-REP-7: emails[type eq "work"].value sets the value of every work e-mail, and only theirs.
    List<ScimNode> was = ((ScimArray) before.get("emails")).elements();
    assertThat(result.get("emails")).as("emails in %s\n%s", result, where).isInstanceOf(ScimArray.class);
    List<ScimNode> now = ((ScimArray) result.get("emails")).elements();
    assertThat(now).as("emails in %s\n%s", result, where).hasSameSizeAs(was);
    for (int i = 0; i < was.size(); i++) {
      ScimNode expected = isWork(was.get(i)) ? ((ScimObject) was.get(i)).with("value", value) : was.get(i);
      assertThat(now.get(i)).as("email %d of %s\n%s", i, result, where).isEqualTo(expected);
    }
  }

  private static @Nullable ScimNode read(ScimObject resource, Target t) {
    ScimNode container = t.container() == null ? resource : resource.get(t.container());
    if (!(container instanceof ScimObject c)) {
      return null;
    }
    ScimNode v = c.get(t.attribute());
    if (t.sub() == null) {
      return v;
    }
    return v instanceof ScimObject o ? o.get(t.sub()) : null;
  }

  private static List<ScimNode> work(ScimObject user) {
    List<ScimNode> out = new ArrayList<>();
    if (user.get("emails") instanceof ScimArray emails) {
      for (ScimNode e : emails) {
        if (isWork(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static boolean isWork(ScimNode e) {
    return e instanceof ScimObject o && o.get("type") instanceof ScimString t && t.value().equalsIgnoreCase("work");
  }
}

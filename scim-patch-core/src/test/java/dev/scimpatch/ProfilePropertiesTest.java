package dev.scimpatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.engine.PatchEngine;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.testkit.DialectRequests;
import dev.scimpatch.testkit.DialectRequests.Kind;
import dev.scimpatch.testkit.DialectRequests.Message;
import dev.scimpatch.testkit.DialectRequests.Op;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the presets over generated requests ({@link DialectRequests}), each run with
 * {@link Property} ({@value Property#CASES_PROPERTY} cases):
 * <ul>
 *   <li>a request disguised with the quirks a profile tolerates reads into operations that mean
 *       what the undisguised request means: applied by the strict engine they give what the
 *       undisguised request gives under strict, and applied by the profile's engine the same,
 *       unless one of the profile's semantics switches (S2, S3, E6) decides it;</li>
 *   <li>under no preset does any request change {@code id}, {@code meta} or a User's
 *       {@code groups}.</li>
 * </ul>
 */
class ProfilePropertiesTest {

  private static final List<Profile> PRESETS = Profile.presets();

  // ------------------------------------------------------------------ disguises mean the same

  @TestFactory
  Stream<DynamicTest> disguisedRequestsMeanWhatTheyDisguise() {
    return Property.cases("a disguised request means what it disguises", rng -> checkDisguise(rng, null));
  }

  /** What one case of the disguise property saw, for the check that the property is not vacuous. */
  record DisguiseCase(Profile profile, boolean disguised, boolean strictSucceeded, boolean emulationRefused, boolean explained) {}

  static void checkDisguise(RandomGenerator rng, @Nullable List<DisguiseCase> seen) {
    Profile profile = DialectRequests.pick(rng, PRESETS);
    boolean isGroup = rng.nextInt(10) < 3;
    ResourceSchema schema = isGroup ? ResourceSchemas.group() : ResourceSchemas.user();
    ScimObject resource = isGroup ? DialectRequests.group(rng) : DialectRequests.user(rng, false);
    Message original = DialectRequests.request(rng, resource);
    Message quirky = DialectRequests.disguise(rng, original, profile);
    ScimObject originalBody = original.toJson();
    ScimObject quirkyBody = quirky.toJson();
    String context = String.format(Locale.ROOT, "profile %s%nresource %s%noriginal %s%nquirky   %s",
        profile.name(), resource, originalBody, quirkyBody);

    PatchEngine strictEngine = PatchEngine.of(schema, Profile.strict());
    PatchEngine profileEngine = PatchEngine.of(schema, profile);

    // The undisguised request, under strict.
    ScimPatchException unread = readError(originalBody, Profile.strict(), schema);
    assertThat(unread).as("the undisguised request reads under strict: %s%n%s", unread, context).isNull();
    Outcome r0 = Outcome.of(() -> strictEngine.apply(resource, ProfilePresetsTest.read(originalBody, Profile.strict(), schema)));

    // The disguised request, under the profile.
    List<PatchOperation> canonical;
    try {
      canonical = ProfilePresetsTest.read(quirkyBody, profile, schema);
    } catch (ScimPatchException e) {
      // Only the profile's emulation may refuse it, and then it refuses the undisguised request alike.
      String tag = emulationTag(e, profile);
      assertThat(tag).as("only emulation refuses a request the profile tolerates: %s%n%s", e.getMessage(), context).isNotNull();
      ScimPatchException same = readError(originalBody, profile, schema);
      assertThat(same).as("the undisguised request is refused alike (%s)%n%s", e.getMessage(), context).isNotNull();
      assertThat(emulationTag(same, profile)).as("%s%n%s", same.getMessage(), context).isEqualTo(tag);
      assertThat(same.status()).isEqualTo(e.status());
      assertThat(same.scimType()).isEqualTo(e.scimType());
      record(seen, new DisguiseCase(profile, !quirkyBody.equals(originalBody), r0.succeeded(), true, false));
      return;
    }
    Outcome r1 = Outcome.of(() -> strictEngine.apply(resource, canonical));
    Outcome r2 = Outcome.of(() -> profileEngine.apply(resource, canonical));
    String full = context + String.format(Locale.ROOT, "%ncanonical %s%nr0 %s%nr1 %s%nr2 %s",
        ProfilePresetsTest.canonical(canonical), r0, r1, r2);

    // Normalising is faithful: the canonical operations under strict do what the original does.
    assertThat(r1.sameAs(r0)).as("strict(canonical) == strict(original)%n%s", full).isTrue();
    // The engine takes nothing from a profile but its semantics switches (S2-S7, E6, E11).
    Outcome neutral = Outcome.of(() -> PatchEngine.of(schema, withStrictSemantics(profile)).apply(resource, canonical));
    assertThat(neutral.sameAs(r1)).as("the engine of %s without its semantics switches == strict(canonical)%n%s", profile.name(), full).isTrue();
    // So where the profile's engine and strict's differ, the profile's semantics switches decide (S5, E11, ...).
    boolean explained = !r2.sameAs(r1);
    if (explained) {
      assertThat(sameSemantics(profile, Profile.strict())).as("a difference needs a semantics switch%n%s", full).isFalse();
    }
    // The profile's emulation does not refuse the undisguised request either.
    ScimPatchException e = readError(originalBody, profile, schema);
    assertThat(e).as("the undisguised request reads under %s: %s%n%s", profile.name(), e == null ? "" : e.getMessage(), full).isNull();
    record(seen, new DisguiseCase(profile, !quirkyBody.equals(originalBody), r0.succeeded(), false, explained));
  }

  /** The switches the engine reads: the semantics switches and E6, E11. */
  private static final List<Class<? extends Profile.Switch>> ENGINE_SWITCHES = List.of(
      Semantics.UnmatchedAdd.class, Semantics.UnmatchedReplace.class, Semantics.UnmatchedRemove.class,
      Semantics.ComplexReplace.class, Semantics.MultiplePrimary.class, Semantics.DuplicateOnAdd.class,
      Emulation.FilterMatches.class, Emulation.SingleValueAttributes.class);

  private static Profile withStrictSemantics(Profile p) {
    Profile out = p;
    for (Class<? extends Profile.Switch> type : ENGINE_SWITCHES) {
      out = out.without(type);
    }
    return out;
  }

  private static boolean sameSemantics(Profile a, Profile b) {
    for (Class<? extends Profile.Switch> type : ENGINE_SWITCHES) {
      if (!a.get(type).equals(b.get(type))) {
        return false;
      }
    }
    return true;
  }

  private static void record(@Nullable List<DisguiseCase> seen, DisguiseCase c) {
    if (seen != null) {
      seen.add(c);
    }
  }

  /**
   * The property is not vacuous: over a fixed sample, most requests are disguised, most succeed
   * under strict, and every preset is compared on successful requests.
   */
  @Test
  void disguisePropertyExercisesEveryPreset() {
    List<DisguiseCase> seen = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      checkDisguise(new SplittableRandom(Property.caseSeed(0x5c1a_0001L, i)), seen);
    }
    long disguised = seen.stream().filter(DisguiseCase::disguised).count();
    long succeeded = seen.stream().filter(c -> c.strictSucceeded() && !c.emulationRefused()).count();
    assertThat(disguised).as("disguised requests").isGreaterThan(seen.size() / 3);
    assertThat(succeeded).as("requests that succeed under strict and are compared").isGreaterThan(seen.size() / 3);
    for (Profile p : PRESETS) {
      assertThat(seen.stream().filter(c -> c.profile() == p && c.strictSucceeded() && !c.emulationRefused()).count())
          .as("compared successful requests under %s", p.name()).isGreaterThan(20);
    }
    for (String tolerant : List.of("lenient", "entra", "adra", "github", "salesforce", "aws")) {
      Profile p = Profile.named(tolerant);
      assertThat(seen.stream().filter(c -> c.profile() == p && c.disguised() && c.strictSucceeded() && !c.emulationRefused()).count())
          .as("disguised successful requests under %s", tolerant).isGreaterThan(20);
    }
  }

  // ------------------------------------------------------------------ readOnly attributes never change

  @TestFactory
  Stream<DynamicTest> readOnlyAttributesNeverChange() {
    return Property.cases("no profile changes id, meta or groups", rng -> checkReadOnly(rng, null));
  }

  static void checkReadOnly(RandomGenerator rng, @Nullable List<String> outcomes) {
    Profile profile = DialectRequests.pick(rng, PRESETS);
    boolean isGroup = rng.nextInt(10) < 3;
    ResourceSchema schema = isGroup ? ResourceSchemas.group() : ResourceSchemas.user();
    ScimObject resource = isGroup ? DialectRequests.group(rng) : DialectRequests.user(rng, true);
    String before = resource.toString();

    List<Op> ops = new ArrayList<>();
    if (!isGroup && rng.nextBoolean()) {
      ops.add(DialectRequests.safeUserOp(rng));
    }
    ops.add(readOnlyOp(rng, resource, profile, isGroup));
    if (!isGroup && rng.nextBoolean()) {
      ops.add(DialectRequests.safeUserOp(rng));
    }
    Message message = Message.of(ops);
    // The envelope quirks the profile tolerates.
    boolean schemas = profile.has(Tolerance.PatchOpSchema.REQUIRED) || rng.nextBoolean();
    if (profile.has(Tolerance.MemberNames.CASE_INSENSITIVE) && rng.nextBoolean()) {
      message = new Message(ops, schemas, DialectRequests.recase(rng, "Operations"), DialectRequests.recase(rng, "op"),
          DialectRequests.recase(rng, "path"),
          DialectRequests.recase(rng, "value"));
    } else {
      message = new Message(ops, schemas, "Operations", "op", "path", "value");
    }
    ScimObject body = message.toJson();
    String context = String.format(Locale.ROOT, "profile %s%nresource %s%nrequest %s", profile.name(), resource, body);

    PatchResult result;
    try {
      List<PatchOperation> canonical = ProfilePresetsTest.read(body, profile, schema);
      result = PatchEngine.of(schema, profile).apply(resource, canonical);
    } catch (ScimPatchException e) {
      boolean mutability = e.status() == 400 && e.scimType() == ScimType.MUTABILITY;
      String tag = emulationTag(e, profile);
      assertThat(mutability || tag != null).as("400 mutability or the profile's emulation, not %s%n%s", e.getMessage(), context).isTrue();
      assertThat(resource.toString()).as("the input is untouched").isEqualTo(before);
      if (outcomes != null) {
        outcomes.add(mutability ? "mutability" : tag);
      }
      return;
    }
    assertThat(result.resource().get("id")).as("id%n%s", context).isEqualTo(resource.get("id"));
    assertThat(result.resource().get("meta")).as("meta%n%s", context).isEqualTo(resource.get("meta"));
    assertThat(result.resource().get("groups")).as("groups%n%s", context).isEqualTo(resource.get("groups"));
    throw new AssertionError("a request that changes id, meta or groups succeeded under " + profile.name() + "\n" + context
        + "\nresult " + result.resource());
  }

  /** An operation that gives id, meta or groups another value, in a shape the profile tolerates. */
  private static Op readOnlyOp(RandomGenerator rng, ScimObject resource, Profile p, boolean isGroup) {
    String core = isGroup ? DialectRequests.GROUP : DialectRequests.CORE;
    Op o = switch (rng.nextInt(isGroup ? 4 : 7)) {
      case 0 -> DialectRequests.op(DialectRequests.addOrReplace(rng), rng.nextInt(4) == 0 ? core + ":id" : "id",
          ScimString.of(DialectRequests.uuid(rng)), Kind.SIMPLE, "id");
      case 1 -> {
        ScimObject.Builder v = ScimObject.builder().put("id", ScimString.of(DialectRequests.uuid(rng)));
        if (rng.nextBoolean()) {
          v.put(isGroup ? "displayName" : "title", ScimString.of(DialectRequests.word(rng)));
        }
        if (!isGroup && rng.nextBoolean()) {
          v.put("active", ScimBoolean.of(rng.nextBoolean()));
        }
        // The attributes by name, or under the core schema's URN.
        ScimObject value = rng.nextInt(4) == 0 ? ScimObject.of(core, v.build()) : v.build();
        yield DialectRequests.op(DialectRequests.addOrReplace(rng), null, value, Kind.NO_PATH, null);
      }
      case 2 -> metaOp(rng, resource);
      case 3 -> rng.nextBoolean()
          ? DialectRequests.op("remove", "id", null, Kind.REMOVE, "id")
          : DialectRequests.op("remove", pick(rng, List.of("meta", "meta.version", "meta.lastModified", "meta.location")), null, Kind.REMOVE, "meta");
      default -> groupsOp(rng, resource);
    };
    return disguiseReadOnly(rng, o, p);
  }

  private static Op metaOp(RandomGenerator rng, ScimObject resource) {
    String sub = pick(rng, List.of("created", "lastModified", "version", "resourceType", "location"));
    ScimNode value = switch (sub) {
      case "created", "lastModified" -> ScimString.of(DialectRequests.dateTime(rng).replace("Z", ".5Z"));
      case "version" -> ScimString.of("W/\"v" + rng.nextInt(1000) + "\"");
      case "resourceType" -> ScimString.of(((ScimObject) resource.get("meta")).get("resourceType").equals(ScimString.of("User")) ? "Group" : "User");
      default -> ScimString.of("https://other.example.com/v2/" + DialectRequests.uuid(rng));
    };
    return switch (rng.nextInt(3)) {
      case 0 -> DialectRequests.op(DialectRequests.addOrReplace(rng), "meta." + sub, value, Kind.SIMPLE, "meta");
      case 1 -> DialectRequests.op(DialectRequests.addOrReplace(rng), "meta", ScimObject.of(sub, value), Kind.COMPLEX, "meta");
      default -> DialectRequests.op(DialectRequests.addOrReplace(rng), null, ScimObject.of("meta", ScimObject.of(sub, value)), Kind.NO_PATH, null);
    };
  }

  private static Op groupsOp(RandomGenerator rng, ScimObject user) {
    ScimArray groups = (ScimArray) user.get("groups");
    ScimObject existing = (ScimObject) groups.get(rng.nextInt(groups.size()));
    String value = ((ScimString) existing.get("value")).value();
    ScimObject other = ScimObject.of("value", ScimString.of(DialectRequests.uuid(rng)), "display", ScimString.of("Another group"));
    return switch (rng.nextInt(7)) {
      case 0 -> DialectRequests.op("add", "groups", ScimArray.of(other), Kind.MULTI, "groups");
      case 1 -> DialectRequests.op("replace", "groups", ScimArray.of(other), Kind.MULTI, "groups");
      case 2 -> DialectRequests.op("remove", "groups", null, Kind.REMOVE, "groups");
      case 3 -> new Op("remove", "groups[value eq \"" + value + "\"]", null, Kind.REMOVE, "groups",
          List.of(Map.entry("value", ScimString.of(value))));
      case 4 -> DialectRequests.op(DialectRequests.addOrReplace(rng), "groups[value eq \"" + value + "\"].display",
          ScimString.of("Renamed " + DialectRequests.word(rng)), Kind.SIMPLE, "groups");
      case 5 -> DialectRequests.op(DialectRequests.addOrReplace(rng), null, rng.nextBoolean()
          ? ScimObject.of("groups", ScimArray.of(other))
          : ScimObject.of(DialectRequests.CORE, ScimObject.of("groups", ScimArray.of(other))), Kind.NO_PATH, null);
      default -> DialectRequests.op(DialectRequests.addOrReplace(rng), "groups[value eq \"" + value + "\"]",
          ScimObject.of("type", ScimString.of("indirect")), Kind.ELEMENT, "groups");
    };
  }

  /** The quirks the profile tolerates, on a readOnly operation. */
  private static Op disguiseReadOnly(RandomGenerator rng, Op o, Profile p) {
    Op out = o;
    if (p.has(Tolerance.OpCase.CASE_INSENSITIVE) && rng.nextBoolean()) {
      out = out.withOp(DialectRequests.recase(rng, out.op()));
    }
    ScimNode v = out.value();
    if (v != null && !p.has(Tolerance.ScalarCoercion.NONE) && v instanceof ScimObject obj && obj.has("active")) {
      v = obj.with("active", ScimString.of(obj.get("active").equals(ScimBoolean.TRUE) ? "True" : "False"));
    }
    if (v != null && p.has(Tolerance.SingletonArrays.UNWRAP) && rng.nextBoolean()) {
      if (out.kind() == Kind.SIMPLE) {
        v = rng.nextBoolean() ? ScimArray.of(v) : ScimArray.of(ScimObject.of("value", v));
      } else if (out.kind() == Kind.COMPLEX) {
        v = ScimArray.of(v);
      }
    }
    out = out.withValue(v);
    if (p.has(Tolerance.NoPathKeys.ATTRIBUTE_PATHS) && out.path() != null && out.value() != null
        && !out.op().equalsIgnoreCase("remove") && out.path().indexOf('[') < 0 && rng.nextBoolean()) {
      out = DialectRequests.op(out.op(), null, ScimObject.of(out.path(), out.value()), Kind.NO_PATH, null); // T6
    }
    boolean removeByValue = p.has(Semantics.RemoveWithValue.SELECT_MATCHING)
        || p.has(Semantics.RemoveWithValue.SELECT_MATCHING_EMPTY_MEANS_ALL);
    if (removeByValue && !out.eqTerms().isEmpty() && rng.nextBoolean()) {
      ScimNode selector = out.eqTerms().get(0).getValue();
      out = DialectRequests.op(out.op(), out.attribute(), rng.nextBoolean() ? ScimArray.of(ScimObject.of("value", selector)) : selector,
          Kind.REMOVE, out.attribute()); // S1
    }
    return out;
  }

  /** The readOnly property is not vacuous: most cases end in mutability, not in an emulation refusal. */
  @Test
  void readOnlyPropertyMostlyReachesTheMutabilityCheck() {
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      checkReadOnly(new SplittableRandom(Property.caseSeed(0x5c1a_0002L, i)), outcomes);
    }
    assertThat(outcomes.stream().filter("mutability"::equals).count()).isGreaterThan(outcomes.size() / 2);
  }

  // ------------------------------------------------------------------ helpers

  private static <T> T pick(RandomGenerator rng, List<T> from) {
    return DialectRequests.pick(rng, from);
  }

  /** The tag "(profile, E7)" of an emulation refusal, or null when the error is not one. */
  static @Nullable String emulationTag(ScimPatchException e, Profile profile) {
    String m = e.getMessage();
    String prefix = "(" + profile.name() + ", E";
    int i = m.indexOf(prefix);
    if (i < 0) {
      return null;
    }
    int end = m.indexOf(')', i);
    return end < 0 ? null : m.substring(i, end + 1);
  }

  private static @Nullable ScimPatchException readError(ScimObject body, Profile profile, ResourceSchema schema) {
    try {
      ProfilePresetsTest.read(body, profile, schema);
      return null;
    } catch (ScimPatchException e) {
      return e;
    }
  }

  /** The outcome of applying: the result, or the error. */
  record Outcome(@Nullable PatchResult result, @Nullable ScimPatchException error) {
    interface Run {
      PatchResult get();
    }

    static Outcome of(Run run) {
      try {
        return new Outcome(run.get(), null);
      } catch (ScimPatchException e) {
        return new Outcome(null, e);
      }
    }

    boolean succeeded() {
      return result != null;
    }

    /** Same resource (members, order, spelling) and changed flag, or the same status and scimType. */
    boolean sameAs(Outcome other) {
      if (result != null && other.result != null) {
        return result.changed() == other.result.changed() && result.resource().toString().equals(other.result.resource().toString());
      }
      if (error != null && other.error != null) {
        return error.status() == other.error.status() && error.scimType() == other.error.scimType();
      }
      return false;
    }

    @Override
    public String toString() {
      return result != null ? "changed=" + result.changed() + " " + result.resource() : "error " + error.getMessage();
    }
  }
}

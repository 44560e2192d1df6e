package dev.scimpatch.testkit;

import static dev.scimpatch.testkit.ScimVocabulary.pick;

import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates Group resources that are valid for {@code ResourceSchemas.group()} (RFC 7643 §4.2):
 * {@code schemas} with the core Group URN, an {@code id}, now and then {@code externalId} and
 * {@code meta}, the required {@code displayName}, and usually {@code members}: up to eight values
 * {@code {value, $ref?, type?}} whose {@code value}s are distinct ids from
 * {@link ScimVocabulary}'s pool (so operations from an {@link OperationGenerator} often name
 * existing members and sometimes new ones).
 *
 * <p>Immutable and thread-safe; all randomness comes from the {@link RandomGenerator} passed in.
 */
public final class GroupGenerator {

  /** A generator of valid Group resources. */
  public GroupGenerator() {}

  /**
   * {@return a valid Group resource}
   *
   * @param rng the source of randomness
   */
  public ScimObject group(RandomGenerator rng) {
    ScimObject.Builder b = ScimObject.builder();
    String id = ScimVocabulary.uuid(rng);
    b.put("schemas", ScimArray.of(ScimString.of(ScimVocabulary.CORE_GROUP)));
    b.put("id", ScimString.of(id));
    if (rng.nextInt(4) == 0) {
      b.put("externalId", ScimString.of(ScimVocabulary.uuid(rng)));
    }
    if (rng.nextInt(5) != 0) {
      b.put("meta", UserGenerator.meta(rng, "Group", id));
    }
    b.put("displayName", ScimString.of(pick(rng, ScimVocabulary.GROUP_NAMES)));
    int n = rng.nextInt(5) == 0 ? 0 : 1 + rng.nextInt(rng.nextInt(4) == 0 ? 8 : 4);
    if (n > 0) {
      b.put("members", members(rng, n));
    }
    return b.build();
  }

  /**
   * {@return up to {@code count} members with distinct values}
   *
   * @param rng the source of randomness
   * @param count the most members wanted
   */
  public ScimArray members(RandomGenerator rng, int count) {
    ScimArray.Builder a = ScimArray.builder();
    for (String id : UserGenerator.distinct(rng, ScimVocabulary.IDS, count)) {
      a.add(member(rng, id));
    }
    return a.build();
  }

  /**
   * {@return one member: its {@code value}, now and then {@code $ref} and {@code type}}
   *
   * @param rng the source of randomness
   * @param id the member's {@code value}
   */
  public static ScimObject member(RandomGenerator rng, String id) {
    ScimObject.Builder m = ScimObject.builder().put("value", ScimString.of(id));
    boolean group = rng.nextInt(5) == 0;
    if (rng.nextBoolean()) {
      m.put("$ref", ScimString.of("https://example.com/v2/" + (group ? "Groups/" : "Users/") + id));
    }
    if (rng.nextBoolean()) {
      m.put("type", ScimString.of(group ? "Group" : "User"));
    }
    return m.build();
  }

  /** {@return the member ids generated groups draw from} */
  public static List<String> memberIds() {
    return ScimVocabulary.IDS;
  }
}

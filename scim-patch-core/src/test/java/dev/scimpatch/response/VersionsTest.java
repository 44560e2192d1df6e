package dev.scimpatch.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.testkit.ResourceGenerator;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Versions (ETags) and preconditions (RFC 7644 §3.14). */
class VersionsTest {

  private static final ScimObject USER = (ScimObject) Json.parse(
      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"userName\":\"b\",\"n\":1.50,"
      + "\"meta\":{\"version\":\"W/\\\"old\\\"\"},\"emails\":[{\"value\":\"a@x\",\"type\":\"work\"}]}");

  @Test
  void theVersionIgnoresKeyOrderNameCaseNumberSpellingAndMeta() {
    ScimObject same = (ScimObject) Json.parse("{\"EMAILS\":[{\"type\":\"work\",\"value\":\"a@x\"}],\"n\":1.5,\"userName\":\"b\","
        + "\"id\":\"1\",\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]}");
    assertThat(Versions.version(same)).isEqualTo(Versions.version(USER)).startsWith("W/\"").endsWith("\"");
    assertThat(Versions.version(USER.with("userName", ScimString.of("c")))).isNotEqualTo(Versions.version(USER));
    assertThat(Versions.version(USER.with("userName", ScimString.of("B")))).as("values keep their case")
        .isNotEqualTo(Versions.version(USER));
  }

  /** Equal resources in any key order have equal versions; a changed value changes it. */
  @TestFactory
  Stream<DynamicTest> versionsAreStableAcrossKeyOrder() {
    ResourceGenerator resources = new ResourceGenerator();
    return Property.cases("equal resources in any key order have equal versions", rng -> {
      ScimObject r = resources.resource(rng);
      ScimObject shuffled = (ScimObject) shuffle(r, rng);
      assertThat(shuffled).isEqualTo(r);
      assertThat(Versions.version(shuffled)).isEqualTo(Versions.version(r));
      ScimObject changed = r.with("nickName", ScimString.of("v" + rng.nextLong()));
      assertThat(Versions.version(changed)).isNotEqualTo(Versions.version(r));
    });
  }

  private static ScimNode shuffle(ScimNode n, RandomGenerator rng) {
    if (n instanceof ScimObject o) {
      List<ScimObject.Member> members = new ArrayList<>(o.members());
      Collections.shuffle(members, new java.util.Random(rng.nextLong()));
      ScimObject.Builder b = ScimObject.builder();
      for (ScimObject.Member m : members) {
        b.put(m.name(), shuffle(m.value(), rng));
      }
      return b.build();
    }
    if (n instanceof dev.scimpatch.tree.ScimArray a) {
      dev.scimpatch.tree.ScimArray.Builder b = dev.scimpatch.tree.ScimArray.builder();
      for (ScimNode e : a) {
        b.add(shuffle(e, rng));
      }
      return b.build();
    }
    return n;
  }

  @Test
  void preconditions() {
    String v = Versions.version(USER);
    Versions.checkPreconditions(USER, null, null);
    Versions.checkPreconditions(USER, v, null);
    Versions.checkPreconditions(USER, v.substring(2), null); // weak comparison
    Versions.checkPreconditions(USER, "W/\"x\", " + v, null);
    Versions.checkPreconditions(USER, "*", null);
    Versions.checkPreconditions(USER, null, "W/\"x\"");
    for (String[] stale : new String[][] {{"W/\"x\"", null}, {null, v}, {null, "*"}}) {
      ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
          () -> Versions.checkPreconditions(USER, stale[0], stale[1]));
      assertThat(e.status()).isEqualTo(412);
      assertThat(e.scimType()).isNull();
    }
    ScimPatchException bad = catchThrowableOfType(ScimPatchException.class, () -> Versions.checkPreconditions(USER, "nope", null));
    assertThat(bad.status()).isEqualTo(400);
  }

  /** A GET whose If-None-Match names the current version is 304 (RFC 9110 §13.1.2). */
  @Test
  void notModifiedForAGetWithTheCurrentVersion() {
    String v = Versions.version(USER);
    assertThat(Versions.notModified(USER, null)).isFalse();
    assertThat(Versions.notModified(USER, v)).isTrue();
    assertThat(Versions.notModified(USER, v.substring(2))).isTrue(); // weak comparison
    assertThat(Versions.notModified(USER, "W/\"x\", " + v)).isTrue();
    assertThat(Versions.notModified(USER, "*")).isTrue();
    assertThat(Versions.notModified(USER, "W/\"x\"")).isFalse();
    assertThat(Versions.notModified(USER.with("nickName", ScimString.of("Babs")), v)).isFalse();
    ScimPatchException bad = catchThrowableOfType(ScimPatchException.class, () -> Versions.notModified(USER, "nope"));
    assertThat(bad.status()).isEqualTo(400);
  }

  @Test
  void stampSetsLastModifiedAndTheNewVersion() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-06T10:15:30Z"), ZoneOffset.UTC);
    ScimObject stamped = Versions.stamp(USER, clock);
    ScimObject meta = (ScimObject) stamped.get("meta");
    assertThat(meta.get("lastModified")).isEqualTo(ScimString.of("2026-12-06T10:15:30Z"));
    assertThat(meta.get("version")).isEqualTo(ScimString.of(Versions.version(USER)));
    assertThat(Versions.version(stamped)).as("meta is not part of the version").isEqualTo(Versions.version(USER));
    assertThat(Versions.stamp(USER.without("meta"), clock).get("meta")).isInstanceOf(ScimObject.class);
  }
}

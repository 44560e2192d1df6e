package dev.scimpatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.path.Filter;
import dev.scimpatch.path.Path;
import dev.scimpatch.path.PathParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every limit is accepted at N and rejected at N+1, with the documented error, and deep input
 * fails cleanly (reliability plan B3, B6, B10). Tagged {@code deep-input}: these tests also run on
 * a 256 KiB thread stack.
 */
@Tag("deep-input")
class LimitsTest {

  private static ScimPatchException failure(Runnable call) {
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class, call::run);
    assertThat(e).isNotNull();
    return e;
  }

  @Test
  void defaults() {
    Limits d = Limits.defaults();
    assertThat(d.maxPathLength()).isEqualTo(8192);
    assertThat(d.maxAttributeNameLength()).isEqualTo(256);
    assertThat(d.maxFilterDepth()).isEqualTo(16);
    assertThat(d.maxFilterTerms()).isEqualTo(128);
    assertThat(d.maxWork()).isEqualTo(5_000_000);
    assertThat(d.maxDocumentLength()).isEqualTo(1 << 20);
    assertThat(d.maxJsonDepth()).isEqualTo(32);
    assertThat(d.maxStringLength()).isEqualTo(512 << 10);
    assertThat(d.maxNameLength()).isEqualTo(1024);
    assertThat(d.maxNumberLength()).isEqualTo(1000);
    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    Limits stored = Limits.resourceDefaults();
    assertThat(stored.maxDocumentLength()).as("groups of 100,000 members and more").isEqualTo(64 << 20);
    assertThat(stored).isNotEqualTo(d);
    assertThat(stored.toString()).contains("maxDocumentLength=67108864", "maxPathLength=8192");
  }

  /** A real client removing members by id sends one path with a long or filter (issue 10). */
  @Test
  void aHundredMemberIdsInOnePathAreAcceptedByDefault() {
    StringBuilder filter = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      filter.append(i == 0 ? "" : " or ").append("value eq \"").append(java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i}))
          .append('"');
    }
    String path = "members[" + filter + "]";
    assertThat(path.length()).isGreaterThan(5000);
    assertThat(Path.parse(path).filter()).isInstanceOfSatisfying(Filter.Or.class, f -> assertThat(f.operands()).hasSize(100));
  }

  @Test
  void pathLength() {
    String prefix = "a".repeat(200) + "[" + "c".repeat(200) + " eq \"";
    String suffix = "\"]." + "b".repeat(200);
    String atLimit = prefix + "d".repeat(8192 - prefix.length() - suffix.length()) + suffix;
    assertThat(atLimit).hasSize(8192);
    assertThat(Path.parse(atLimit).subAttribute()).isEqualTo("b".repeat(200));
    // One character more is refused before parsing, at the limit's index.
    String tooLong = prefix + "d".repeat(8193 - prefix.length() - suffix.length()) + suffix;
    ScimPatchException e = failure(() -> Path.parse(tooLong));
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_PATH);
    assertThat(e.index()).isEqualTo(8192);
    assertThat(e.reason()).isEqualTo("path is longer than 8192 characters");
    ScimPatchException filter = failure(() -> Filter.parse("a eq \"" + "x".repeat(8188) + "\""));
    assertThat(filter.scimType()).isEqualTo(ScimType.INVALID_FILTER);
    assertThat(filter.index()).isEqualTo(8192);
    // A configured limit replaces the default.
    PathParser tiny = PathParser.builder().limits(Limits.builder().maxPathLength(5).build()).build();
    assertThat(tiny.parse("abcde")).isEqualTo(Path.of("abcde"));
    assertThat(failure(() -> tiny.parse("abcdef")).index()).isEqualTo(5);
  }

  @Test
  void attributeNameLength() {
    String at = "a".repeat(256);
    assertThat(Path.parse(at).attribute()).isEqualTo(at);
    assertThat(Path.parse("x." + at).subAttribute()).isEqualTo(at);
    ScimPatchException e = failure(() -> Path.parse(at + "b"));
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_PATH);
    assertThat(e.index()).isZero();
    ScimPatchException inFilter = failure(() -> Path.parse("x[" + at + "b pr]"));
    assertThat(inFilter.scimType()).isEqualTo(ScimType.INVALID_FILTER);
    assertThat(inFilter.index()).isEqualTo(2);
  }

  @Test
  void filterDepthCountsParenthesesNotAndBrackets() {
    // A path's '[' is one level: 15 more groups fit in the default 16.
    assertThat(Path.parse("x[" + "(".repeat(15) + "a pr" + ")".repeat(15) + "]").filter())
        .isEqualTo(Filter.parse("a pr"));
    ScimPatchException e = failure(() -> Path.parse("x[" + "(".repeat(16) + "a pr" + ")".repeat(16) + "]"));
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_FILTER);
    assertThat(e.index()).isEqualTo(17);
    assertThat(e.reason()).isEqualTo("filter is nested deeper than 16 levels");

    assertThat(Filter.parse("not (".repeat(16) + "a pr" + ")".repeat(16)))
        .isInstanceOf(Filter.Not.class);
    assertThat(failure(() -> Filter.parse("not (".repeat(17) + "a pr" + ")".repeat(17))).index())
        .isEqualTo(16 * 5 + 4);
    assertThat(Filter.parse("(".repeat(15) + "x[a pr]" + ")".repeat(15))).isInstanceOf(Filter.ValuePath.class);
    assertThat(failure(() -> Filter.parse("(".repeat(16) + "x[a pr]" + ")".repeat(16))).index())
        .isEqualTo(17);
  }

  @Test
  void filterTerms() {
    String at = "a pr" + " and a pr".repeat(127);
    assertThat(Filter.parse(at)).isInstanceOfSatisfying(Filter.And.class,
        f -> assertThat(f.operands()).hasSize(128));
    ScimPatchException e = failure(() -> Filter.parse(at + " or b pr"));
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_FILTER);
    assertThat(e.index()).isEqualTo(at.length() + 4);
    assertThat(e.reason()).isEqualTo("filter has more than 128 comparisons");
  }

  @Test
  void hostileDepthFailsCleanly() {
    int n = 100_000;
    PathParser wide = PathParser.builder()
        .limits(Limits.builder().maxPathLength(Limits.PATH_LENGTH_CEILING).build())
        .build();
    for (String deep : new String[] {
        "x[" + "(".repeat(n) + "a pr" + ")".repeat(n) + "]",
        "x[" + "not (".repeat(n) + "a pr" + ")".repeat(n) + "]",
        "x[" + "(".repeat(n)}) {
      ScimPatchException e = failure(() -> wide.parse(deep));
      assertThat(e.scimType()).isEqualTo(ScimType.INVALID_FILTER);
      assertThat(e.reason()).isEqualTo("filter is nested deeper than 16 levels");
    }
    String manyTerms = "x[a pr" + " and a pr".repeat(n) + "]";
    assertThat(failure(() -> wide.parse(manyTerms)).reason()).isEqualTo("filter has more than 128 comparisons");
    assertThat(failure(() -> Path.parse(manyTerms)).scimType()).isEqualTo(ScimType.INVALID_PATH);
  }

  @Test
  void theCeilingsAreSafeOnASmallStack() {
    Limits max = Limits.builder()
        .maxPathLength(Limits.PATH_LENGTH_CEILING)
        .maxFilterDepth(Limits.FILTER_DEPTH_CEILING)
        .maxFilterTerms(Limits.FILTER_TERMS_CEILING)
        .build();
    PathParser parser = PathParser.builder().limits(max).build();
    int depth = Limits.FILTER_DEPTH_CEILING;
    Path deepest = parser.parse("x[" + "not (".repeat(depth - 1) + "a pr" + ")".repeat(depth - 1) + "]");
    assertThat(deepest.filter()).isInstanceOf(Filter.Not.class);
    // Printing, equality and re-parsing of the deepest accepted filter do not overflow either.
    assertThat(parser.parse(deepest.toString())).isEqualTo(deepest);
    assertThat(failure(() -> parser.parse("x[" + "(".repeat(depth) + "a pr" + ")".repeat(depth) + "]")).reason())
        .isEqualTo("filter is nested deeper than 100 levels");
    String terms = "a pr" + " or a pr".repeat(Limits.FILTER_TERMS_CEILING - 1);
    assertThat(parser.parseFilter(terms)).isInstanceOf(Filter.Or.class);
  }

  @Test
  void builderRejectsValuesOutsideTheirRange() {
    assertThatThrownBy(() -> Limits.builder().maxFilterDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxFilterDepth(Limits.FILTER_DEPTH_CEILING + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxPathLength(Limits.PATH_LENGTH_CEILING + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxFilterTerms(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxAttributeNameLength(Limits.ATTRIBUTE_NAME_LENGTH_CEILING + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxWork(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxJsonDepth(1001)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxNumberLength(100_001)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxStringLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxNameLength((1 << 20) + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxDocumentLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Limits.builder().maxJsonDepth(1000).maxNumberLength(100_000).build().maxJsonDepth()).isEqualTo(1000);
  }
}

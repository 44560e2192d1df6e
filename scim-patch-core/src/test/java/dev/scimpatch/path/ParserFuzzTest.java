package dev.scimpatch.path;

import static dev.scimpatch.path.Parsing.KNOWN_URNS;
import static dev.scimpatch.path.Parsing.checkParse;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.resolve.ResourceType;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.testsupport.Json;
import dev.scimpatch.tree.ScimNode;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer fuzz targets of the path and filter parsers (reliability plan §8.1, targets 1, 2 and 6).
 * Oracle: the input parses into a value whose printed form parses back to an equal value, or the
 * parser throws a 400 {@link ScimPatchException} that carries the input and an index within it
 * ({@link Parsing#checkParse}); a parsed filter is then evaluated against a User, schema-less and
 * with the User schema's traits, where only a 400 {@code invalidFilter} may escape. Any other
 * throwable, a {@link StackOverflowError} included, is a finding.
 *
 * <p>The input bytes are decoded by {@link #text(byte[])}: UTF-8, where a three-byte sequence may
 * also encode a lone surrogate, and any other byte stands for the character of its value, so
 * every {@code char} is reachable and a seed file is the path's UTF-8 text.
 *
 * <p>Regression mode (every build) replays the empty input, the seeds in
 * {@code src/test/resources/dev/scimpatch/path/ParserFuzzTestInputs/} (paths and filters of the
 * rule files {@code rules/paths.json}, {@code filters.json} and {@code filter-evaluation.json};
 * each target gets them all) and the inputs under {@code ParserFuzzTestInputs/<method>/}.
 * Fuzzing mode runs one target:
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=3m ./mvnw -B -pl scim-patch-core test -Dtest='ParserFuzzTest#path'
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=3m ./mvnw -B -pl scim-patch-core test -Dtest='ParserFuzzTest#filter'
 * </pre>
 * Tagged {@code deep-input}, so the build's {@code small-stack} run replays the inputs on a
 * 256 KiB thread stack as well. Jazzer keeps its generated corpus in {@code scim-patch-core/.cifuzz-corpus/} (not committed; a
 * local build replays it too, so delete it when done) and writes a finding's input to
 * {@code ParserFuzzTestInputs/<method>/}, where the build replays it: commit one only once it
 * passes.
 */
@Tag("deep-input")
class ParserFuzzTest {

  /** The User of the filter-evaluation rules: emails, addresses, an extension, a dateTime. */
  private static final ScimNode BJENSEN =
      Json.toNode(Json.resource("/rules/filter-evaluation.json").get("resources").get("bjensen"));

  private static final List<FilterEvaluator> EVALUATORS = List.of(
      FilterEvaluator.schemaless(),
      FilterEvaluator.of(ResourceType.of(ResourceSchemas.user(), Profile.strict()).traits()));

  @FuzzTest
  @DictionaryEntries({
      "urn:ietf:params:scim:schemas:core:2.0:User:",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:",
      "emails", "members", "name", "value", "type", "primary", "meta", "lastModified",
      "[", "]", ".", ":", " eq ", " pr", " and ", " or ", "not", "(", ")", "\"", "\\u"})
  void path(byte[] data) {
    String input = text(data);
    checkParse(input, Path::parse, PathParser.defaults(), ScimType.INVALID_PATH, ScimType.INVALID_FILTER);
    checkParse(input, KNOWN_URNS::parse, KNOWN_URNS, ScimType.INVALID_PATH, ScimType.INVALID_FILTER);
  }

  @FuzzTest
  @DictionaryEntries({
      " eq ", " ne ", " co ", " sw ", " ew ", " gt ", " ge ", " lt ", " le ", " pr",
      " and ", " or ", "not", "(", ")", "[", "]", "\"", "\\u", "true", "false", "null",
      "userName", "emails", "value", "type", "name.familyName", "meta.lastModified",
      "\"2011-05-13T04:42:34Z\"", "urn:ietf:params:scim:schemas:core:2.0:User:"})
  void filter(byte[] data) {
    String input = text(data);
    checkParse(input, Filter::parse, PathParser.defaults(), ScimType.INVALID_FILTER);
    checkParse(input, KNOWN_URNS::parseFilter, KNOWN_URNS, ScimType.INVALID_FILTER);
    Filter filter;
    try {
      filter = KNOWN_URNS.parseFilter(input);
    } catch (ScimPatchException e) {
      return;
    }
    for (FilterEvaluator evaluator : EVALUATORS) {
      try {
        evaluator.matches(filter, BJENSEN);
      } catch (ScimPatchException e) {
        if (e.status() != 400 || e.scimType() != ScimType.INVALID_FILTER) {
          throw new AssertionError("evaluating " + Parsing.literal(input) + " threw " + e.getMessage(), e);
        }
      }
    }
  }

  /**
   * Decodes fuzzer bytes: well-formed UTF-8 as UTF-8, a three-byte sequence as its character
   * even if that is a surrogate, and every other byte as the character of its value (Latin-1).
   */
  static String text(byte[] data) {
    StringBuilder sb = new StringBuilder(data.length);
    int i = 0;
    while (i < data.length) {
      int b = data[i] & 0xff;
      if (b >= 0xc2 && b <= 0xdf && continuation(data, i + 1, 1)) {
        sb.append((char) ((b & 0x1f) << 6 | data[i + 1] & 0x3f));
        i += 2;
      } else if (b >= 0xe0 && b <= 0xef && continuation(data, i + 1, 2)) {
        int c = (b & 0x0f) << 12 | (data[i + 1] & 0x3f) << 6 | data[i + 2] & 0x3f;
        if (c >= 0x800) {
          sb.append((char) c);
          i += 3;
          continue;
        }
        sb.append((char) b);
        i++;
      } else if (b >= 0xf0 && b <= 0xf4 && continuation(data, i + 1, 3)) {
        int c = (b & 0x07) << 18 | (data[i + 1] & 0x3f) << 12 | (data[i + 2] & 0x3f) << 6 | data[i + 3] & 0x3f;
        if (c >= 0x10000 && c <= Character.MAX_CODE_POINT) {
          sb.appendCodePoint(c);
          i += 4;
          continue;
        }
        sb.append((char) b);
        i++;
      } else {
        sb.append((char) b);
        i++;
      }
    }
    return sb.toString();
  }

  private static boolean continuation(byte[] data, int from, int count) {
    if (from + count > data.length) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if ((data[i] & 0xc0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}

package dev.scimpatch.jackson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.jackson.ScimJson;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The example files and {@code examples/README.md} agree: every file is listed, every listed file
 * exists and is JSON, and {@code scim-patch check} gives each request the outcome the README
 * states, with the strict profile and with its vendor's preset.
 */
class VendorExamplesTest {

  private static final Path EXAMPLES = Path.of("../examples");

  /** {@code | `file` | vendor | what | strict check | vendor check |}. */
  private static final Pattern ROW = Pattern.compile(
      "^\\| `([^`]+\\.json)` \\| ([^|]+?) \\| .* \\| (accepted|refused: (\\w+)|—) \\| (accepted|refused: (\\w+)|—) \\|$");

  /** One row of the README's tables. */
  record Example(String file, String vendor, String outcome, String scimType, String vendorOutcome, String vendorScimType) {
    boolean isRequest() {
      return !outcome.equals("—");
    }
  }

  static List<Example> readme() throws IOException {
    List<Example> rows = new ArrayList<>();
    for (String line : Files.readAllLines(EXAMPLES.resolve("README.md"))) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        rows.add(new Example(m.group(1), m.group(2).trim(), m.group(3).startsWith("refused") ? "refused" : m.group(3),
            m.group(4), m.group(5).startsWith("refused") ? "refused" : m.group(5), m.group(6)));
      } else {
        assertThat(line).as("a README line that looks like a file row but does not parse").doesNotStartWith("| `");
      }
    }
    return rows;
  }

  @Test
  void everyExampleFileIsListedOnce() throws IOException {
    List<String> listed = readme().stream().map(Example::file).toList();
    assertThat(listed).doesNotHaveDuplicates();
    List<String> files;
    try (Stream<Path> walk = Files.walk(EXAMPLES)) {
      files = walk.filter(p -> p.toString().endsWith(".json"))
          .map(p -> EXAMPLES.relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void everyVendorHasItsRequests() throws IOException {
    List<Example> rows = readme();
    for (String vendor : List.of("Omni", "Adra", "Seismic", "GitHub")) {
      assertThat(rows).as(vendor).anyMatch(e -> e.vendor().equals(vendor) && e.isRequest()
          && e.file().startsWith("vendors/" + vendor.toLowerCase(java.util.Locale.ROOT) + "-"));
    }
  }

  @TestFactory
  Stream<DynamicTest> strictCheckGivesTheOutcomeTheReadmeStates() throws IOException {
    return readme().stream().map(e -> DynamicTest.dynamicTest(e.file() + ": " + e.outcome(), () -> {
      Path file = EXAMPLES.resolve(e.file());
      assertThat(ScimJson.defaults().read(Files.readAllBytes(file))).as("%s is JSON", file).isInstanceOf(ScimObject.class);
      if (e.isRequest()) {
        check("strict", file, e.outcome(), e.scimType());
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> vendorCheckGivesTheOutcomeTheReadmeStates() throws IOException {
    return readme().stream().filter(e -> !e.vendorOutcome().equals("—"))
        .map(e -> DynamicTest.dynamicTest(e.file() + ": " + e.vendorOutcome(), () ->
            check(e.vendor().toLowerCase(java.util.Locale.ROOT), EXAMPLES.resolve(e.file()), e.vendorOutcome(), e.vendorScimType())));
  }

  private static void check(String profile, Path file, String outcome, String scimType) {
    MainTest.Run run = MainTest.run("check", "--profile", profile, file.toString());
    if (outcome.equals("accepted")) {
      assertThat(run.status()).as("check %s: %s %s", file, run.out(), run.err()).isZero();
      assertThat(run.out()).startsWith("acceptable to profile " + profile);
    } else {
      assertThat(run.status()).as("check %s: %s", file, run.out()).isEqualTo(1);
      assertThat(run.out()).startsWith("refused by profile " + profile);
      ScimNode error = ScimJson.defaults().read(run.err());
      assertThat(((ScimObject) error).get("scimType")).isEqualTo(ScimString.of(scimType));
    }
  }

  @Test
  void vendorPresetsApplyWhatStrictRefuses() {
    MainTest.Run adra = MainTest.run("apply", "--profile", "adra", "--schema", "User",
        "../examples/vendors/adra-user.json", "../examples/vendors/adra-deactivate.json");
    assertThat(adra.status()).as(adra.err()).isZero();
    assertThat(((ScimObject) ScimJson.defaults().read(adra.out())).get("active")).isEqualTo(dev.scimpatch.tree.ScimBoolean.FALSE);
    MainTest.Run github = MainTest.run("apply", "--profile", "github",
        "../examples/vendors/github-user.json", "../examples/vendors/github-deactivate.json");
    assertThat(github.status()).as(github.err()).isZero();
    assertThat(((ScimObject) ScimJson.defaults().read(github.out())).get("active")).isEqualTo(dev.scimpatch.tree.ScimBoolean.FALSE);
  }

  @Test
  void adraSendsBooleansAsStringsWhichTheUserSchemaRefuses() {
    MainTest.Run run = MainTest.run("apply", "--schema", "User", "../examples/user.json", "../examples/vendors/adra-deactivate.json");
    assertThat(run.status()).isEqualTo(1);
    ScimObject error = (ScimObject) ScimJson.defaults().read(run.err());
    assertThat(error.get("scimType")).isEqualTo(ScimString.of("invalidValue"));
  }

  @Test
  void documentedRequestsApplyToTheDocumentedUsers() {
    MainTest.Run omni = MainTest.run("apply", "../examples/vendors/omni-user-created.json", "../examples/vendors/omni-deactivate.json");
    assertThat(omni.status()).as(omni.err()).isZero();
    assertThat(((ScimObject) ScimJson.defaults().read(omni.out())).get("active")).isEqualTo(dev.scimpatch.tree.ScimBoolean.FALSE);
    MainTest.Run github = MainTest.run("apply", "../examples/user.json", "../examples/vendors/github-add-email-replace-given-name.json");
    assertThat(github.status()).as(github.err()).isZero();
    assertThat(((ScimObject) ((ScimObject) ScimJson.defaults().read(github.out())).get("name")).get("givenName"))
        .isEqualTo(ScimString.of("Monalisa"));
  }
}

package dev.scimpatch.jackson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.jackson.ScimErrors;
import dev.scimpatch.jackson.ScimJson;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code scim-patch} command, run in-process; paths are relative to the module directory. */
class MainTest {

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = new Main(o, e).run(args);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static ScimObject parseObject(String json) {
    ScimNode node = ScimJson.defaults().read(json);
    assertThat(node).as("JSON printed: %s", json).isInstanceOf(ScimObject.class);
    return (ScimObject) node;
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "help"})
  void helpPrintsUsageOnStandardOutput(String flag) {
    Run r = run(flag);
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage:").contains("scim-patch apply", "scim-patch check", "--profile", "strict");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void helpAfterACommand() {
    Run r = run("apply", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage:");
  }

  @Test
  void noArgumentsIsAUsageError() {
    Run r = run();
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Usage:");
  }

  @Test
  void unknownCommandIsAUsageError() {
    Run r = run("frobnicate", "../examples/user.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown command frobnicate").contains("Usage:");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("apply", "--verbose", "../examples/user.json", "../examples/add-email.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown option --verbose");
    assertThat(r.out()).isEmpty();
    assertThat(run("--verbose").status()).isEqualTo(2);
  }

  @Test
  void optionWithoutValueIsAUsageError() {
    Run r = run("check", "../examples/add-email.json", "--profile");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--profile needs a value");
    assertThat(run("check", "../examples/add-email.json", "--schema").status()).isEqualTo(2);
  }

  @Test
  void wrongNumberOfFilesIsAUsageError() {
    assertThat(run("apply", "../examples/user.json").status()).isEqualTo(2);
    assertThat(run("apply", "../examples/user.json", "../examples/add-email.json", "../examples/add-email.json").status()).isEqualTo(2);
    assertThat(run("check").status()).isEqualTo(2);
    assertThat(run("check", "../examples/add-email.json", "../examples/add-email.json").status()).isEqualTo(2);
  }

  @Test
  void applyPrintsThePatchedResource() {
    Run r = run("apply", "../examples/user.json", "../examples/add-email.json");
    assertThat(r.status()).as("stderr: %s", r.err()).isZero();
    assertThat(r.err()).isEmpty();
    ScimObject user = parseObject(r.out());
    assertThat(user.get("userName")).isEqualTo(ScimString.of("bjensen"));
    assertThat(((ScimObject) user.get("name")).get("givenName")).isEqualTo(ScimString.of("Babs"));
    ScimArray emails = (ScimArray) user.get("emails");
    List<ScimObject> primary = new ArrayList<>();
    ScimObject home = null;
    for (ScimNode e : emails) {
      ScimObject email = (ScimObject) e;
      if (ScimBoolean.TRUE.equals(email.get("primary"))) {
        primary.add(email);
      }
      if (ScimString.of("home").equals(email.get("type"))) {
        home = email;
      }
    }
    assertThat(home).as("the home email").isNotNull();
    assertThat(home.get("value")).isEqualTo(ScimString.of("babs@jensen.org"));
    assertThat(home.get("primary")).isEqualTo(ScimBoolean.TRUE);
    assertThat(primary).as("primary emails").containsExactly(home);
    assertThat(user.get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
        .isEqualTo(ScimObject.of("employeeNumber", ScimString.of("701984")));
  }

  @Test
  void applyWithAnExplicitSchema() {
    Run r = run("apply", "--schema", "user", "--profile", "STRICT", "../examples/user.json", "../examples/add-email.json");
    assertThat(r.status()).isZero();
    assertThat(parseObject(r.out())).isEqualTo(parseObject(run("apply", "../examples/user.json", "../examples/add-email.json").out()));
    Run group = run("apply", "../examples/group.json", "../examples/remove-member.json");
    assertThat(group.status()).as("stderr: %s", group.err()).isZero();
    assertThat((ScimArray) parseObject(group.out()).get("members")).hasSize(1);
  }

  @Test
  void applyOfARequestThatChangesNothingSaysSo(@TempDir Path dir) throws IOException {
    Path patched = dir.resolve("group.json");
    Files.writeString(patched, run("apply", "../examples/group.json", "../examples/remove-member.json").out());
    Run again = run("apply", patched.toString(), "../examples/remove-member.json");
    assertThat(again.status()).isZero();
    assertThat(again.err()).contains("changed nothing");
    assertThat(parseObject(again.out())).isEqualTo(parseObject(Files.readString(patched)));
  }

  @Test
  void refusedRequestPrintsTheScimErrorOnStandardError() {
    Run r = run("apply", "../examples/user.json", "../examples/change-id.json");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    ScimObject error = parseObject(r.err());
    assertThat(error.get("schemas")).isEqualTo(ScimArray.of(ScimString.of(ScimErrors.SCHEMA)));
    assertThat(error.get("status")).isEqualTo(ScimString.of("400"));
    assertThat(error.get("scimType")).isEqualTo(ScimString.of("mutability"));
    assertThat(((ScimString) error.get("detail")).value()).startsWith("operation 1 (path \"id\")");
  }

  @Test
  void missingFileIsAUsageErrorNamingTheFile() {
    Run r = run("apply", "../examples/user.json", "../examples/no-such-request.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("../examples/no-such-request.json");
    assertThat(r.out()).isEmpty();
    Run check = run("check", "nowhere/request.json");
    assertThat(check.status()).isEqualTo(2);
    assertThat(check.err()).contains("nowhere/request.json");
  }

  static Run runWithInput(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = new Main(o, e, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))).run(args);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aDashReadsStandardInput() throws IOException {
    String request = Files.readString(Path.of("../examples/add-email.json"));
    Run fromStdin = runWithInput(request, "apply", "../examples/user.json", "-");
    assertThat(fromStdin.status()).as("stderr: %s", fromStdin.err()).isZero();
    assertThat(parseObject(fromStdin.out())).isEqualTo(parseObject(run("apply", "../examples/user.json", "../examples/add-email.json").out()));
    Run check = runWithInput(request, "check", "-");
    assertThat(check.status()).isZero();
    assertThat(check.out()).startsWith("acceptable to profile strict: 3 operations");
    Run resource = runWithInput(Files.readString(Path.of("../examples/user.json")), "apply", "-", "../examples/add-email.json");
    assertThat(resource.out()).isEqualTo(fromStdin.out());
  }

  @Test
  void standardInputIsReadOnce() {
    Run r = runWithInput("{}", "apply", "-", "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("standard input (-) can be read once only").doesNotContain("\tat ");
  }

  /** Issue 10: what the CLI cannot read is one line and exit 2, never a stack trace. */
  @Test
  void aResourceThatIsNotJsonIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
    for (String text : List.of("{\"schemas\":", "[1,2]", "\"x\"", "{\"a\":" + "[".repeat(5000), "\u0000")) {
      Path resource = dir.resolve("resource.json");
      Files.writeString(resource, text);
      Run r = run("apply", resource.toString(), "../examples/add-email.json");
      assertThat(r.status()).as("%s: %s", text, r.err()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip().lines()).as("one line: %s", r.err()).hasSize(1);
      assertThat(r.err()).startsWith("scim-patch: ").contains(resource.toString()).doesNotContain("\tat ", "Exception");
    }
  }

  /** A request that is not JSON is refused as a server refuses it: the SCIM error, exit 1. */
  @Test
  void aRequestThatIsNotJsonIsRefused() {
    for (String text : List.of("{\"Operations\":[", "[" .repeat(100_000), "not json")) {
      Run apply = runWithInput(text, "apply", "../examples/user.json", "-");
      assertThat(apply.status()).as("%s", apply.err()).isEqualTo(1);
      ScimObject error = parseObject(apply.err());
      assertThat(error.get("status")).isEqualTo(ScimString.of("400"));
      assertThat(error.get("scimType")).isEqualTo(ScimString.of("invalidSyntax"));
      Run check = runWithInput(text, "check", "-");
      assertThat(check.status()).isEqualTo(1);
      assertThat(check.out()).startsWith("refused by profile strict:").contains("[400 invalidSyntax]");
    }
  }

  /** Issue 11: a server's own schemas from RFC 7643 JSON, on the command line. */
  @Test
  void schemaAndExtensionFiles(@TempDir Path dir) throws IOException {
    Path device = dir.resolve("device.json");
    Files.writeString(device, "{\"schemas\":[\"urn:example:params:scim:schemas:core:2.0:Device\"],\"id\":\"d1\","
        + "\"displayName\":\"Printer\",\"serialNumber\":\"SN-1\"}");
    Path request = dir.resolve("request.json");
    Files.writeString(request, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"add\",\"path\":\"urn:example:params:scim:schemas:extension:lease:2.0:Device:cost\",\"value\":12.5},"
        + "{\"op\":\"add\",\"path\":\"tags\",\"value\":[{\"value\":\"A-7\",\"type\":\"asset\"}]}]}");
    Run r = run("apply", "--schema", "../examples/schemas/device.json", device.toString(), request.toString());
    assertThat(r.status()).as("stderr: %s", r.err()).isZero();
    ScimObject out = parseObject(r.out());
    assertThat(out.get("urn:example:params:scim:schemas:extension:lease:2.0:Device"))
        .isEqualTo(ScimJson.defaults().read("{\"cost\":12.5}"));
    // The file's types are checked: cost is decimal, serialNumber immutable.
    Files.writeString(request, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"replace\",\"path\":\"serialNumber\",\"value\":\"SN-2\"}]}");
    Run immutable = run("apply", "--schema", "../examples/schemas/device.json", device.toString(), request.toString());
    assertThat(immutable.status()).isEqualTo(1);
    assertThat(parseObject(immutable.err()).get("scimType")).isEqualTo(ScimString.of("mutability"));
    Run check = run("check", "--schema", "../examples/schemas/device.json", request.toString());
    assertThat(check.status()).as("check reads the request against the file's schema").isZero();
    Files.writeString(request, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"replace\",\"path\":\"nosuch\",\"value\":1}]}");
    assertThat(run("check", "--schema", "../examples/schemas/device.json", request.toString()).status()).isEqualTo(1);
    assertThat(run("check", request.toString()).status()).as("without a schema anything goes").isZero();
  }

  @Test
  void omniDocumentedUserWithItsSecondExtensionFromAFile(@TempDir Path dir) throws IOException {
    Path request = dir.resolve("request.json");
    Files.writeString(request, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"replace\",\"path\":\"urn:omni:params:scim:schemas:extension:user:2.0:seat\",\"value\":\"12\"}]}");
    // The file types seat as an integer: "12" is refused under strict, and so under omni.
    Run typed = run("apply", "--profile", "omni", "--schema", "User", "--extension",
        "../examples/schemas/omni-user-extension.json", "../examples/vendors/omni-user.json", request.toString());
    assertThat(typed.status()).as("stderr: %s", typed.err()).isEqualTo(1);
    assertThat(parseObject(typed.err()).get("scimType")).isEqualTo(ScimString.of("invalidValue"));
    Files.writeString(request, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"replace\",\"path\":\"urn:omni:params:scim:schemas:extension:user:2.0:seat\",\"value\":12}]}");
    Run ok = run("apply", "--profile", "omni", "--schema", "User", "--extension",
        "../examples/schemas/omni-user-extension.json", "../examples/vendors/omni-user.json", request.toString());
    assertThat(ok.status()).as("stderr: %s", ok.err()).isZero();
    assertThat(parseObject(ok.out()).get("urn:omni:params:scim:schemas:extension:user:2.0"))
        .isEqualTo(ScimJson.defaults().read("{\"seat\":12}"));
    Run deactivate = run("apply", "--profile", "omni", "--schema", "User", "--extension",
        "../examples/schemas/omni-user-extension.json", "../examples/vendors/omni-user.json", "../examples/vendors/omni-deactivate.json");
    assertThat(deactivate.status()).as("stderr: %s", deactivate.err()).isZero();
  }

  @Test
  void badSchemaFilesAreOneLineAndExitTwo(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"id\":\"urn:x:y\",\"name\":\"X\",\"attributes\":[{\"name\":\"a\",\"type\":\"strin\"}]}");
    Run r = run("check", "--schema", bad.toString(), "../examples/add-email.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("/attributes/0/type").doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).hasSize(1);
    Run ext = run("apply", "--extension", "../examples/schemas/omni-user-extension.json", "--schema", "none",
        "../examples/user.json", "../examples/add-email.json");
    assertThat(ext.status()).isEqualTo(2);
    assertThat(ext.err()).contains("--extension needs a schema");
    Run unknown = run("check", "--schema", "nowhere.json", "../examples/add-email.json");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown schema nowhere.json");
  }

  @Test
  void schemasPrintsTheBuiltInsAsRfc7643Json() {
    Run r = run("schemas");
    assertThat(r.status()).isZero();
    ScimObject list = parseObject(r.out());
    assertThat(dev.scimpatch.schema.SchemaJson.readSchemas(list)).containsExactly(
        dev.scimpatch.schema.ResourceSchemas.userSchema(), dev.scimpatch.schema.ResourceSchemas.enterpriseUserSchema(),
        dev.scimpatch.schema.ResourceSchemas.groupSchema());
    assertThat(run("schemas", "x.json").status()).isEqualTo(2);
  }

  @Test
  void versionPrintsTheBuildsVersion() {
    Run r = run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out().strip()).matches("scim-patch \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  /** Issue 12: apply prints what a server sends back. */
  @Test
  void applyPrintsTheResponseAServerSends(@TempDir Path dir) throws IOException {
    Path user = dir.resolve("user.json");
    Files.writeString(user, "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"userName\":\"b\","
        + "\"password\":\"secret\",\"nickName\":\"B\",\"meta\":{\"resourceType\":\"User\"}}");
    Path request = dir.resolve("request.json");
    Files.writeString(request, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"Babs\"}]}");
    Run plain = run("apply", user.toString(), request.toString());
    assertThat(plain.status()).as(plain.err()).isZero();
    assertThat(plain.out()).doesNotContain("password", "secret").contains("\"Babs\"");
    Run shaped = run("apply", "--attributes", "nickName,password", user.toString(), request.toString());
    assertThat(parseObject(shaped.out()).names()).containsExactly("schemas", "id", "nickName");
    Run excluded = run("apply", "--excluded-attributes", "meta", user.toString(), request.toString());
    assertThat(parseObject(excluded.out()).has("meta")).isFalse();
    Run stamped = run("apply", "--stamp", user.toString(), request.toString());
    ScimObject meta = (ScimObject) parseObject(stamped.out()).get("meta");
    assertThat(meta.get("lastModified")).isNotNull();
    String version = ((ScimString) meta.get("version")).value();
    assertThat(version).startsWith("W/\"");
    Run stale = run("apply", "--if-match", "W/\"stale\"", user.toString(), request.toString());
    assertThat(stale.status()).isEqualTo(1);
    assertThat(stale.out()).isEmpty();
    assertThat(parseObject(stale.err()).get("status")).isEqualTo(ScimString.of("412"));
    String current = dev.scimpatch.response.Versions.version((ScimObject) ScimJson.defaults().read(Files.readString(user)));
    assertThat(run("apply", "--if-match", current, user.toString(), request.toString()).status()).isZero();
    Run badList = run("apply", "--attributes", "emails[type eq \"work\"]", user.toString(), request.toString());
    assertThat(badList.status()).isEqualTo(1);
    assertThat(parseObject(badList.err()).get("scimType")).isEqualTo(ScimString.of("invalidPath"));
  }

  @Test
  void putReplacesAsAServerDoes(@TempDir Path dir) throws IOException {
    Path user = dir.resolve("user.json");
    Files.writeString(user, "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\",\"userName\":\"b\","
        + "\"password\":\"secret\",\"nickName\":\"B\",\"title\":\"T\"}");
    Path replacement = dir.resolve("replacement.json");
    Files.writeString(replacement, "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"other\","
        + "\"userName\":\"babs\",\"nickName\":\"Babs\"}");
    Run r = run("put", user.toString(), replacement.toString());
    assertThat(r.status()).as(r.err()).isZero();
    ScimObject out = parseObject(r.out());
    assertThat(out.get("id")).as("readOnly: kept").isEqualTo(ScimString.of("1"));
    assertThat(out.get("title")).as("left out: removed").isNull();
    assertThat(out.get("password")).as("never returned").isNull();
    assertThat(out.get("userName")).isEqualTo(ScimString.of("babs"));
    Files.writeString(replacement, "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"nickName\":\"Babs\"}");
    Run missing = run("put", user.toString(), replacement.toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(parseObject(missing.err()).get("scimType")).isEqualTo(ScimString.of("invalidValue"));
    assertThat(run("put", user.toString()).status()).isEqualTo(2);
  }

  @Test
  void unreadableFileIsAUsageError() {
    Run r = run("check", "../examples");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("examples");
  }

  @Test
  void checkAcceptsAValidRequest() {
    Run r = run("check", "../examples/add-email.json");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("acceptable to profile strict: 3 operations after rewriting")
        .contains("  add emails", "  replace name.givenName");
    assertThat(r.err()).isEmpty();
    Run one = run("check", "../examples/remove-member.json");
    assertThat(one.out()).startsWith("acceptable to profile strict: 1 operation after rewriting\n");
  }

  @Test
  void checkRefusesAnInvalidRequest(@TempDir Path dir) throws IOException {
    Path request = dir.resolve("request.json");
    Files.writeString(request, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
        + "\"Operations\":[{\"op\":\"Add\",\"path\":\"emails\",\"value\":[]}]}");
    Run r = run("check", request.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).startsWith("refused by profile strict:\n  operation 0 (path \"emails\"): \"op\" is \"Add\"")
        .contains("[400 invalidSyntax]");
    ScimObject error = parseObject(r.err());
    assertThat(error.get("status")).isEqualTo(ScimString.of("400"));
    assertThat(error.get("scimType")).isEqualTo(ScimString.of("invalidSyntax"));
  }

  @Test
  void checkListsEveryRefusedOperationWithItsOwnIndex(@TempDir Path dir) throws IOException {
    Path request = dir.resolve("request.json");
    Files.writeString(request, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"add\",\"path\":\"title\",\"value\":\"x\"},{\"op\":\"Add\",\"path\":\"a\",\"value\":1},"
        + "{\"op\":\"remove\"}]}");
    Run r = run("check", request.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("\n  operation 1 (path \"a\"): \"op\" is \"Add\"", "\n  operation 2: a remove operation needs a path")
        .doesNotContain("operation 0");
  }

  /** Review D3: the CLI holds no rule of its own; member names fold ASCII case only, as the library does. */
  @Test
  void checkMatchesMemberNamesAsTheLibraryDoes(@TempDir Path dir) throws IOException {
    Path request = dir.resolve("request.json");
    Files.writeString(request, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operation\u017f\":["
        + "{\"op\":\"Add\",\"path\":\"title\",\"value\":\"x\"}]}");
    Run r = run("check", "--profile", "adra", request.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("\"Operations\" is missing").doesNotContain("operation 0");
  }

  @Test
  void checkIsNotApply() {
    Run r = run("check", "../examples/change-id.json");
    assertThat(r.status()).isZero();
  }

  @Test
  void unknownProfileIsAUsageError() {
    Run r = run("check", "--profile", "tolerant", "../examples/add-email.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no profile named 'tolerant'").contains("strict").contains("lenient");
    assertThat(r.out()).isEmpty();
    assertThat(run("apply", "--profile", "nope", "../examples/user.json", "../examples/add-email.json").status()).isEqualTo(2);
  }

  @Test
  void unknownSchemaIsAUsageError() {
    Run r = run("apply", "--schema", "Printer", "../examples/user.json", "../examples/add-email.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown schema Printer");
    assertThat(run("check", "--schema", "Printer", "../examples/add-email.json").status()).isEqualTo(2);
  }

  /** Issue 14: diff prints the request that turns the old resource into the new one. */
  @Test
  void diffPrintsTheRequestBetweenTwoResources() throws IOException {
    Run r = run("diff", "../examples/user.json", "../examples/user-new.json");
    assertThat(r.status()).as("stderr: %s", r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(parseObject(r.out())).isEqualTo(parseObject("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
        + "\"Operations\":[{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":\"Babs\"},"
        + "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"babs@jensen.org\",\"type\":\"home\"}]}]}"));
    assertThat(r.out()).as("pretty-printed as apply prints").isEqualTo(
        dev.scimpatch.codec.PrettyJson.write(parseObject(r.out())) + System.lineSeparator());
    // What it prints, applied to the old resource, gives the new one.
    ScimObject applied = parseObject(runWithInput(r.out(), "apply", "../examples/user.json", "-").out());
    assertThat(applied).isEqualTo(parseObject(Files.readString(Path.of("../examples/user-new.json"))));
  }

  @Test
  void diffForSeismicUsesOnlyReplaceWithPaths() throws IOException {
    Run r = run("diff", "--profile", "seismic", "../examples/user.json", "../examples/user-new.json");
    assertThat(r.status()).as("stderr: %s", r.err()).isZero();
    ScimObject message = parseObject(r.out());
    ScimArray ops = (ScimArray) message.get("Operations");
    assertThat(ops).hasSize(2);
    for (ScimNode op : ops) {
      assertThat(((ScimObject) op).get("op")).isEqualTo(ScimString.of("replace"));
      assertThat(((ScimObject) op).get("path")).isInstanceOf(ScimString.class);
    }
    assertThat(((ScimObject) ops.get(1)).get("path")).isEqualTo(ScimString.of("emails"));
    Run applied = runWithInput(r.out(), "apply", "--profile", "seismic", "../examples/user.json", "-");
    assertThat(applied.status()).as("seismic accepts it: %s", applied.err()).isZero();
    assertThat(parseObject(applied.out())).isEqualTo(parseObject(Files.readString(Path.of("../examples/user-new.json"))));
  }

  @Test
  void diffOfEqualResourcesPrintsTheEmptyRequest() {
    Run r = run("diff", "../examples/user.json", "../examples/user.json");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(parseObject(r.out())).isEqualTo(parseObject(
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[]}"));
  }

  @Test
  void diffOfAReadOnlyChangeIsRefused(@TempDir Path dir) throws IOException {
    Path changed = dir.resolve("user.json");
    Files.writeString(changed, Files.readString(Path.of("../examples/user.json"))
        .replace("\"id\": \"2819c223-7f76-453a-919d-413861904646\"", "\"id\": \"other\""));
    Run r = run("diff", "../examples/user.json", changed.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    ScimObject error = parseObject(r.err());
    assertThat(error.get("schemas")).isEqualTo(ScimArray.of(ScimString.of(ScimErrors.SCHEMA)));
    assertThat(error.get("status")).isEqualTo(ScimString.of("400"));
    assertThat(error.get("scimType")).isEqualTo(ScimString.of("mutability"));
    assertThat(((ScimString) error.get("detail")).value()).contains("\"id\"", "readOnly");
  }

  @Test
  void diffUsageAndUnreadableFiles() {
    assertThat(run("diff", "../examples/user.json").status()).isEqualTo(2);
    Run missing = run("diff", "../examples/user.json", "../examples/no-such-user.json");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file: ../examples/no-such-user.json");
    Run notObject = runWithInput("[1]", "diff", "-", "../examples/user.json");
    assertThat(notObject.status()).isEqualTo(2);
    assertThat(notObject.err()).contains("standard input holds").contains("not a resource");
    Run resource = run("diff", "--resource", "../examples/user.json", "../examples/user.json", "../examples/user.json");
    assertThat(resource.status()).isEqualTo(2);
    assertThat(resource.err()).contains("--resource is for rewrite only");
  }

  @Test
  void diffReadsTheNewResourceFromStandardInput() throws IOException {
    Run r = runWithInput(Files.readString(Path.of("../examples/user-new.json")), "diff", "../examples/user.json", "-");
    assertThat(r.status()).as("stderr: %s", r.err()).isZero();
    assertThat(r.out()).isEqualTo(run("diff", "../examples/user.json", "../examples/user-new.json").out());
  }

  @Test
  void diffWithASchemaFile(@TempDir Path dir) throws IOException {
    Path before = dir.resolve("before.json");
    Files.writeString(before, "{\"schemas\":[\"urn:example:params:scim:schemas:core:2.0:Device\"],\"id\":\"d1\","
        + "\"displayName\":\"Printer\",\"serialNumber\":\"SN-1\"}");
    Path after = dir.resolve("after.json");
    Files.writeString(after, "{\"schemas\":[\"urn:example:params:scim:schemas:core:2.0:Device\"],\"id\":\"d1\","
        + "\"displayName\":\"Printer\",\"serialNumber\":\"SN-2\"}");
    Run immutable = run("diff", "--schema", "../examples/schemas/device.json", before.toString(), after.toString());
    assertThat(immutable.status()).as("serialNumber is immutable in the file: %s", immutable.out()).isEqualTo(1);
    assertThat(parseObject(immutable.err()).get("scimType")).isEqualTo(ScimString.of("mutability"));
    Run schemaless = run("diff", "--schema", "none", before.toString(), after.toString());
    assertThat(schemaless.status()).isZero();
    assertThat(parseObject(schemaless.out()).get("Operations")).isEqualTo(ScimJson.defaults().read(
        "[{\"op\":\"replace\",\"path\":\"serialNumber\",\"value\":\"SN-2\"}]"));
    Run ext = run("diff", "--schema", "none", "--extension", "../examples/schemas/omni-user-extension.json",
        before.toString(), after.toString());
    assertThat(ext.status()).isEqualTo(2);
    assertThat(ext.err()).contains("--extension needs a schema");
  }

  /** Issue 14: rewrite prints an RFC 7644 request in a profile's dialect. */
  @Test
  void rewriteForGithubDropsTheFilters() {
    Run r = run("rewrite", "--profile", "github", "--resource", "../examples/group.json", "../examples/remove-member.json");
    assertThat(r.status()).as("stderr: %s", r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain(" eq ");
    ScimObject message = parseObject(r.out());
    assertThat(message.get("Operations")).isEqualTo(ScimJson.defaults().read("[{\"op\":\"replace\",\"path\":\"members\","
        + "\"value\":[{\"value\":\"902c246b-6245-4190-8e05-00816be7344a\","
        + "\"$ref\":\"https://example.com/v2/Users/902c246b-6245-4190-8e05-00816be7344a\",\"display\":\"Mandy Pepperidge\"}]}]"));
    Run applied = runWithInput(r.out(), "apply", "--profile", "github", "../examples/group.json", "-");
    assertThat(applied.status()).as("github accepts it: %s", applied.err()).isZero();
    assertThat(applied.out()).isEqualTo(run("apply", "../examples/group.json", "../examples/remove-member.json").out());
  }

  @Test
  void rewriteForAdraSpellsItsDialect(@TempDir Path dir) throws IOException {
    Path request = dir.resolve("request.json");
    Files.writeString(request, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"Babs\"},"
        + "{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":\"Babs\"},"
        + "{\"op\":\"remove\",\"path\":\"displayName\"}]}");
    Run r = run("rewrite", "--profile", "adra", "--resource", "../examples/user.json", request.toString());
    assertThat(r.status()).as("stderr: %s", r.err()).isZero();
    ScimObject message = parseObject(r.out());
    assertThat(message.names()).as("D2: the member is spelled operations").containsExactly("schemas", "operations");
    ScimArray ops = (ScimArray) message.get("operations");
    assertThat(ops).isNotNull();
    List<ScimNode> spelled = new ArrayList<>();
    for (ScimNode op : ops) {
      spelled.add(((ScimObject) op).get("op"));
    }
    assertThat(spelled).containsExactly(ScimString.of("Add"), ScimString.of("Replace"), ScimString.of("Remove"));
    Run applied = runWithInput(r.out(), "apply", "--profile", "adra", "../examples/user.json", "-");
    assertThat(applied.status()).as("adra accepts it: %s", applied.err()).isZero();
    assertThat(applied.out()).isEqualTo(run("apply", "../examples/user.json", request.toString()).out());
    // Adra keeps one email: no request in its dialect adds a second.
    Run refused = run("rewrite", "--profile", "adra", "--resource", "../examples/user.json", "../examples/add-email.json");
    assertThat(refused.status()).isEqualTo(1);
    assertThat(((ScimString) parseObject(refused.err()).get("detail")).value()).contains("\"emails\"", "adra");
  }

  @Test
  void rewriteNeedsAProfileAndAResource() {
    Run noProfile = run("rewrite", "--resource", "../examples/user.json", "../examples/add-email.json");
    assertThat(noProfile.status()).isEqualTo(2);
    assertThat(noProfile.out()).isEmpty();
    assertThat(noProfile.err()).contains("rewrite needs --profile").contains("Usage:");
    Run noResource = run("rewrite", "--profile", "github", "../examples/add-email.json");
    assertThat(noResource.status()).isEqualTo(2);
    assertThat(noResource.err()).contains("rewrite needs --resource");
    assertThat(run("rewrite", "--profile", "github", "--resource", "../examples/user.json").status()).isEqualTo(2);
    assertThat(run("rewrite", "--profile", "nope", "--resource", "../examples/user.json", "../examples/add-email.json")
        .status()).isEqualTo(2);
  }

  @Test
  void rewriteReadsTheRequestAsRfc7644HasIt() throws IOException {
    // Adra's own dialect is not an RFC 7644 request: refused as a strict server refuses it.
    Run dialect = run("rewrite", "--profile", "adra", "--resource", "../examples/vendors/adra-user.json",
        "../examples/vendors/adra-add-from-schema.json");
    assertThat(dialect.status()).isEqualTo(1);
    assertThat(dialect.out()).isEmpty();
    assertThat(parseObject(dialect.err()).get("scimType")).isEqualTo(ScimString.of("invalidSyntax"));
    Run refused = run("rewrite", "--profile", "github", "--resource", "../examples/user.json", "../examples/change-id.json");
    assertThat(refused.status()).isEqualTo(1);
    assertThat(parseObject(refused.err()).get("scimType")).isEqualTo(ScimString.of("mutability"));
    Run fromStdin = runWithInput(Files.readString(Path.of("../examples/remove-member.json")),
        "rewrite", "--profile", "github", "--resource", "../examples/group.json", "-");
    assertThat(fromStdin.status()).as("stderr: %s", fromStdin.err()).isZero();
    assertThat(fromStdin.out()).isEqualTo(run("rewrite", "--profile", "github", "--resource", "../examples/group.json",
        "../examples/remove-member.json").out());
  }

  @Test
  void helpListsDiffAndRewrite() {
    assertThat(run("--help").out()).contains("scim-patch diff [--profile P]", "scim-patch rewrite --profile P --resource");
  }
}

package dev.scimpatch.jackson3.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimpatch.cli.Cli;
import dev.scimpatch.codec.ScimCodec;
import dev.scimpatch.jackson3.ScimJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tool on Jackson 3 prints what the tool on Jackson 2 prints, byte for byte, and exits alike. */
class CliConformanceTest {

  private static final String EX = "../examples/";

  private static String run(ScimCodec codec, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.run(codec, Cli.version(), args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return status + "\n" + out.toString(UTF_8) + "\n--\n" + err.toString(UTF_8);
  }

  @Test
  void everyCommandAnswersAlike() throws Exception {
    byte[] stdin = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(EX + "add-email.json"));
    List<String[]> lines = List.of(
        new String[] {"apply", EX + "user.json", EX + "add-email.json"},
        new String[] {"apply", "--schema", "User", EX + "user.json", "-"},
        new String[] {"apply", "--profile", "entra", "--attributes", "emails", EX + "user.json", EX + "add-email.json"},
        new String[] {"apply", "--excluded-attributes", "name", "--if-match", "W/\"stale\"", EX + "user.json", EX + "add-email.json"},
        new String[] {"apply", EX + "user.json", EX + "change-id.json"},
        new String[] {"apply", EX + "group.json", EX + "remove-member.json"},
        new String[] {"apply", "--profile", "adra", EX + "vendors/adra-user.json", EX + "vendors/adra-deactivate.json"},
        new String[] {"apply", "--profile", "github", EX + "vendors/github-user.json", EX + "vendors/github-deactivate.json"},
        new String[] {"put", EX + "user.json", EX + "user.json"},
        new String[] {"check", "--profile", "seismic", EX + "add-email.json"},
        new String[] {"diff", EX + "user.json", EX + "user-new.json"},
        new String[] {"diff", "--profile", "seismic", EX + "user.json", EX + "user-new.json"},
        new String[] {"diff", "--profile", "entra", EX + "group.json", EX + "group.json"},
        new String[] {"diff", EX + "user.json", EX + "vendors/github-user.json"},
        new String[] {"rewrite", "--profile", "github", "--resource", EX + "group.json", EX + "remove-member.json"},
        new String[] {"rewrite", "--profile", "adra", "--resource", EX + "vendors/adra-user.json", EX + "vendors/adra-deactivate.json"},
        new String[] {"rewrite", "--profile", "seismic", "--resource", EX + "user.json", "-"},
        new String[] {"rewrite", "--profile", "adra", "--resource", EX + "user.json", EX + "add-email.json"},
        new String[] {"rewrite", "--resource", EX + "user.json", EX + "add-email.json"},
        new String[] {"schemas"},
        new String[] {"apply", EX + "user.json", EX + "no-such-file.json"},
        new String[] {"apply", EX + "user.json", EX + "schemas/device.json"},
        new String[] {"frobnicate"},
        new String[] {"--version"},
        new String[] {"--help"});
    for (String[] args : lines) {
      String two = run(dev.scimpatch.jackson.ScimJson.defaults(), stdin, args);
      assertThat(run(ScimJson.defaults(), stdin, args)).as(String.join(" ", args)).isEqualTo(two);
    }
    assertThat(run(ScimJson.defaults(), stdin, "--version")).contains("0.1.0");
  }
}

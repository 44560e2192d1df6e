package dev.scimpatch.jackson3.cli;

import dev.scimpatch.cli.Cli;
import dev.scimpatch.jackson3.ScimJson;

/**
 * The command-line tool on Jackson 3 ({@code java -jar scim-patch-jackson3.jar}): the core's
 * {@link Cli} reading and writing with this adapter's codec, so it has the same commands, output
 * and exit statuses as the Jackson 2 adapter's tool.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(Cli.run(ScimJson.defaults(), Cli.version(), args, System.in, System.out, System.err));
  }
}

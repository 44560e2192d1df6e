package dev.scimpatch.jackson.cli;

import dev.scimpatch.cli.Cli;
import dev.scimpatch.jackson.ScimJson;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * The {@code scim-patch} command with Jackson 2: the core's {@link Cli} over {@link ScimJson}.
 * Run {@code java -jar scim-patch.jar --help}.
 *
 * <p>Exit status: 0 success; 1 the request was refused (the SCIM error document is on standard
 * error); 2 wrong usage, or a file that cannot be read or is not JSON within the limits. A file
 * named {@code -} is standard input. Errors are one line each, never a stack trace.
 */
public final class Main {

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;

  Main(PrintStream out, PrintStream err, InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }

  Main(PrintStream out, PrintStream err) {
    this(out, err, InputStream.nullInputStream());
  }

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    System.exit(Cli.run(ScimJson.defaults(), version(), args, System.in, System.out, System.err));
  }

  int run(String[] args) {
    return Cli.run(ScimJson.defaults(), version(), args, in, out, err);
  }

  /** The tool's version, from the build. */
  static String version() {
    return Cli.version();
  }
}

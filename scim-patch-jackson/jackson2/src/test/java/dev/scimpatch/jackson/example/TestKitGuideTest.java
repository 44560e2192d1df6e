package dev.scimpatch.jackson.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test kit's guide, {@code scim-patch-core/TESTKIT.md}, shows {@link OracleExampleTest}
 * verbatim: its {@code java} code block that declares the example's class is the source file,
 * character for character (line ends aside), so the guide's example is the code that compiles
 * and runs in this build.
 */
class TestKitGuideTest {

  /** Relative to this module's directory, in which Surefire runs the tests. */
  private static final Path GUIDE = Path.of("../../scim-patch-core/TESTKIT.md");
  private static final Path EXAMPLE = Path.of("src/test/java/dev/scimpatch/jackson/example/OracleExampleTest.java");

  @Test
  void theGuidesExampleIsOracleExampleTest() throws IOException {
    List<String> examples = javaBlocks(read(GUIDE)).stream()
        .filter(b -> b.contains("class " + OracleExampleTest.class.getSimpleName() + " "))
        .toList();
    assertThat(examples).as("java blocks of %s that declare the example", GUIDE).hasSize(1);
    assertThat(examples.get(0)).isEqualTo(read(EXAMPLE));
  }

  @Test
  void javaBlocksAreTheFencedJavaBlocks() {
    String markdown = "text\n```java\nclass A {}\n```\n```xml\n<a/>\n```\n```java\nclass B {\n}\n```\n";
    assertThat(javaBlocks(markdown)).containsExactly("class A {}\n", "class B {\n}\n");
  }

  /** The text of each fenced {@code java} block, each line with its line end. */
  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : markdown.split("\n", -1)) {
      if (block == null) {
        if (line.equals("```java")) {
          block = new StringBuilder();
        }
      } else if (line.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  private static String read(Path file) throws IOException {
    assertThat(file).as("run from the module's directory").isRegularFile();
    return Files.readString(file, UTF_8).replace("\r\n", "\n");
  }
}

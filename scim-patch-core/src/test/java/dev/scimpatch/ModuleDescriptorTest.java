package dev.scimpatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor exports only API packages and needs nothing at run time. */
class ModuleDescriptorTest {

  @Test
  void exportsOnlyApiPackagesAndRequiresNothing() throws URISyntaxException {
    Path classes = Path.of(ScimType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleReference ref = ModuleFinder.of(classes).find("dev.scimpatch.core").orElseThrow();
    ModuleDescriptor d = ref.descriptor();
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "dev.scimpatch", "dev.scimpatch.cli", "dev.scimpatch.client", "dev.scimpatch.codec", "dev.scimpatch.engine", "dev.scimpatch.path", "dev.scimpatch.profile",
            "dev.scimpatch.request", "dev.scimpatch.resolve", "dev.scimpatch.response", "dev.scimpatch.schema", "dev.scimpatch.tree",
            "dev.scimpatch.validation");
    assertThat(d.exports()).allMatch(e -> !e.isQualified());
    assertThat(d.packages()).contains("dev.scimpatch.internal");
    assertThat(d.uses()).containsExactly("dev.scimpatch.codec.ScimCodec");
    assertThat(d.requires())
        .allMatch(r -> r.name().equals("java.base")
            || r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
  }
}

package dev.scimpatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.scimpatch.testkit.DialectRequests;
import dev.scimpatch.testkit.DialectRequests.Message;
import dev.scimpatch.testkit.DialectRequests.Op;
import dev.scimpatch.testkit.Property;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The test kit (package {@code dev.scimpatch.testkit}, published as the {@code testkit} jar) stands
 * on the core's exported API alone, so that it works for a user on the module path as on the class
 * path; only {@link Property} uses JUnit. And {@link DialectRequests} speaks the dialects it is
 * meant to: none under strict, a visible one under a tolerant preset.
 */
class TestKitTest {

  private static final JavaClasses KIT = new ClassFileImporter().importPackages("dev.scimpatch.testkit");

  /** The JDK, JSpecify, the kit itself, the core's exported packages, and {@code more}. */
  private static String[] allowed(String... more) throws URISyntaxException {
    List<String> packages = new ArrayList<>(List.of("java..", "org.jspecify..", "dev.scimpatch.testkit"));
    Path classes = Path.of(Profile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor core = ModuleFinder.of(classes).find("dev.scimpatch.core").orElseThrow().descriptor();
    core.exports().forEach(e -> packages.add(e.source()));
    assertThat(packages).doesNotContain("dev.scimpatch.internal", "dev.scimpatch.testsupport");
    packages.addAll(List.of(more));
    return packages.toArray(String[]::new);
  }

  @Test
  void theKitUsesOnlyTheCoresExportedPackagesAndOnlyPropertyUsesJUnit() throws URISyntaxException {
    assertThat(KIT.size()).as("classes of the kit").isGreaterThan(10);
    classes().that().resideInAPackage("dev.scimpatch.testkit").and().doNotHaveSimpleName("Property")
        .should().onlyDependOnClassesThat().resideInAnyPackage(allowed())
        .check(KIT);
    classes().that().haveSimpleName("Property")
        .should().onlyDependOnClassesThat().resideInAnyPackage(allowed("org.junit.jupiter.api.."))
        .check(KIT);
  }

  @Test
  void underStrictTheEnvelopeAndTheOpNamesAreTheRfcs() {
    for (int i = 0; i < 500; i++) {
      RandomGenerator rng = new SplittableRandom(Property.caseSeed(0x7e57_0001L, i));
      ScimObject resource = rng.nextBoolean() ? DialectRequests.user(rng, false) : DialectRequests.group(rng);
      DialectRequests.Request r = DialectRequests.request(rng, resource, Profile.strict());
      for (Message m : List.of(r.rfc(), r.dialect())) {
        assertThat(m.toJson().get("schemas")).hasToString("[\"" + DialectRequests.PATCH_OP + "\"]");
        assertThat(m.toJson().members()).extracting(ScimObject.Member::name).containsExactly("schemas", "Operations");
        assertThat(m.ops()).extracting(Op::op).allMatch(op -> List.of("add", "replace", "remove").contains(op));
      }
    }
  }

  @Test
  void underEntraSomeDialectRequestsCapitaliseOpsOrQuoteBooleans() {
    Profile entra = Profile.named("entra");
    int recased = 0;
    int quotedBooleans = 0;
    int differ = 0;
    for (int i = 0; i < 500; i++) {
      RandomGenerator rng = new SplittableRandom(Property.caseSeed(0x7e57_0002L, i));
      DialectRequests.Request r = DialectRequests.request(rng, DialectRequests.user(rng, false), entra);
      Message dialect = r.dialect();
      if (!dialect.toJson().equals(r.rfc().toJson())) {
        differ++;
      }
      for (Op o : dialect.ops()) {
        if (!o.op().equals("add") && !o.op().equals("replace") && !o.op().equals("remove")) {
          recased++;
        }
        if (o.value() instanceof ScimString s && (s.value().equals("True") || s.value().equals("False"))) {
          quotedBooleans++;
        }
      }
    }
    assertThat(differ).as("requests in another dialect").isGreaterThan(250);
    assertThat(recased).as("ops in another case").isGreaterThan(50);
    assertThat(quotedBooleans).as("booleans as strings").isGreaterThan(5);
  }
}

package dev.scimpatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The core's packages are layers: no package depends on one above it, so there is no package
 * cycle. The order is the README's package table; a class in a new package fails
 * {@link #everyPackageHasALayer()} until the package is placed here.
 */
class LayersTest {

  /** From the bottom up; a package may use those before it and, of course, itself. */
  private static final List<String> LAYERS = List.of(
      "dev.scimpatch.internal",
      "dev.scimpatch.tree",
      "dev.scimpatch.internal.json",
      "dev.scimpatch.schema",
      "dev.scimpatch",
      "dev.scimpatch.path",
      "dev.scimpatch.request",
      "dev.scimpatch.response",
      "dev.scimpatch.resolve",
      "dev.scimpatch.profile",
      "dev.scimpatch.engine",
      "dev.scimpatch.client",
      "dev.scimpatch.codec",
      "dev.scimpatch.validation",
      "dev.scimpatch.cli");

  /**
   * Pairs of layers that do not use each other: the engine applies what the request reader reads;
   * the command-line tool and the Bean Validation constraints both stand on the codec.
   */
  private static final List<List<String>> SIBLINGS = List.of(List.of("dev.scimpatch.profile", "dev.scimpatch.engine"),
      List.of("dev.scimpatch.validation", "dev.scimpatch.cli"));

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.scimpatch");

  /** Each class in the slice of its own package (the root package included). */
  private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      return javaClass.getPackageName().startsWith("dev.scimpatch")
          ? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "the packages of dev.scimpatch";
    }
  };

  @Test
  void noPackageCycle() {
    slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(CORE);
  }

  @Test
  void noPackageUsesALayerAboveIt() {
    for (int i = 0; i < LAYERS.size(); i++) {
      String layer = LAYERS.get(i);
      List<String> above = new ArrayList<>(LAYERS.subList(i + 1, LAYERS.size()));
      for (List<String> pair : SIBLINGS) {
        if (pair.contains(layer)) {
          above.addAll(pair.stream().filter(p -> !p.equals(layer)).toList());
        }
      }
      if (above.isEmpty()) {
        continue;
      }
      noClasses().that().resideInAPackage(layer)
          .should().dependOnClassesThat().resideInAnyPackage(above.toArray(new String[0]))
          .because("the core's packages are layers (README, Modules)")
          .check(CORE);
    }
  }

  @Test
  void everyPackageHasALayer() {
    Set<String> packages = new TreeSet<>();
    for (JavaClass c : CORE) {
      packages.add(c.getPackageName());
    }
    assertThat(LAYERS).containsExactlyInAnyOrderElementsOf(packages);
  }
}

package org.entente;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of DESIGN.md that a compiler does not check. */
class ArchitectureTests {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.entente");

  @Test
  void repositoriesAreNotPublic() {
    classes()
        .that()
        .areAssignableTo(Repository.class)
        .should()
        .notBePublic()
        .because("a module's persistence is its own business")
        .check(classes);
  }

  @Test
  void entitiesAreNotPublic() {
    classes()
        .that()
        .containAnyFieldsThat(annotatedWith(Id.class))
        .should()
        .notBePublic()
        .because("entities stay inside their module; other modules see records")
        .check(classes);
  }

  @Test
  void domainNeverDependsOnWeb() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..web..", "..api..")
        .check(classes);
  }

  @Test
  void controllersAreNotPublicAndLiveInWebOrApi() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .notBePublic()
        .andShould()
        .resideInAnyPackage("..web..", "..api..")
        .check(classes);
  }
}

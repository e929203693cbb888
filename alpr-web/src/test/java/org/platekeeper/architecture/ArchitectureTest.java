package org.platekeeper.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The module and layer rules of DESIGN.md, checked over the compiled classes of every module on this classpath
 * (web, ejb, recognition, reports).
 */
@DisplayName("Architecture rules")
class ArchitectureTest {

    private static JavaClasses platekeeper;

    @BeforeAll
    static void importClasses() {
        platekeeper = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.platekeeper");
    }

    @Test
    @DisplayName("all four modules are on the classpath, so the rules below have something to check")
    void modulesPresent() {
        assertThat(platekeeper.containPackage("org.platekeeper.web.api")).isTrue();
        assertThat(platekeeper.containPackage("org.platekeeper.audit.domain")).isTrue();
        assertThat(platekeeper.containPackage("org.platekeeper.access.application")).isTrue();
        assertThat(platekeeper.containPackage("org.platekeeper.recognition")).isTrue();
        assertThat(platekeeper.containPackage("org.platekeeper.reports")).isTrue();
    }

    @Test
    @DisplayName("recognition and reports are plain Java: no Jakarta EE, no other Platekeeper module")
    void plainJavaModules() {
        noClasses().that().resideInAnyPackage("org.platekeeper.recognition..", "org.platekeeper.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..")
                .check(platekeeper);
        noClasses().that().resideInAPackage("org.platekeeper.recognition..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.platekeeper.recognition..", "java..",
                        "javax..", "org.opencv..", "nu.pattern..", "net.sourceforge.tess4j..", "com.sun.jna..")
                .check(platekeeper);
        noClasses().that().resideInAPackage("org.platekeeper.reports..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.platekeeper.reports..", "java..",
                        "javax..", "net.sf.jasperreports..")
                .check(platekeeper);
    }

    @Test
    @DisplayName("JasperReports only in reports, OpenCV and Tesseract only in recognition")
    void librariesInTheirModules() {
        noClasses().that().resideOutsideOfPackage("org.platekeeper.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("net.sf.jasperreports..")
                .check(platekeeper);
        noClasses().that().resideOutsideOfPackage("org.platekeeper.recognition..")
                .should().dependOnClassesThat().resideInAnyPackage("org.opencv..", "nu.pattern..",
                        "net.sourceforge.tess4j..")
                .check(platekeeper);
    }

    @Test
    @DisplayName("Faces and JAX-RS are used only in the web module")
    void webApisOnlyInWeb() {
        noClasses().that().resideOutsideOfPackage("org.platekeeper.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..",
                        "jakarta.servlet..", "org.primefaces..")
                .check(platekeeper);
    }

    @Test
    @DisplayName("the web module uses services and views, never entities, EntityManager or infrastructure")
    void webUsesApplicationLayer() {
        noClasses().that().resideInAPackage("org.platekeeper.web..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .orShould().dependOnClassesThat().resideInAPackage("org.platekeeper.*.infrastructure..")
                .check(platekeeper);
    }

    @Test
    @DisplayName("nothing outside the web module depends on it")
    void nothingImportsWeb() {
        noClasses().that().resideOutsideOfPackage("org.platekeeper.web..")
                .should().dependOnClassesThat().resideInAPackage("org.platekeeper.web..")
                .check(platekeeper);
    }

    @Test
    @DisplayName("domain code depends on no application or infrastructure code")
    void domainIsInnermost() {
        noClasses().that().resideInAPackage("org.platekeeper.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.platekeeper.*.application..",
                        "org.platekeeper.*.infrastructure..")
                .check(platekeeper);
    }

    @Test
    @DisplayName("application services do not reach into another context's infrastructure")
    void applicationAvoidsInfrastructure() {
        noClasses().that().resideInAPackage("org.platekeeper.(*).application..")
                .should().dependOnClassesThat().resideInAPackage("org.platekeeper.*.infrastructure..")
                .check(platekeeper);
    }

    @Test
    @DisplayName("bounded contexts have no dependency cycles")
    void contextsFreeOfCycles() {
        slices().matching("org.platekeeper.(*)..").should().beFreeOfCycles().check(platekeeper);
    }
}

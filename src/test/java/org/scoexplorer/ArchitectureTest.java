package org.scoexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering: model <- data <- service <- graph <- ui; cli beside ui; one composition root. */
@AnalyzeClasses(packages = "org.scoexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Root").definedBy("org.scoexplorer")
            .layer("Model").definedBy("org.scoexplorer.model..")
            .layer("Data").definedBy("org.scoexplorer.data..")
            .layer("Service").definedBy("org.scoexplorer.service..")
            .layer("Graph").definedBy("org.scoexplorer.graph..")
            .layer("Ui").definedBy("org.scoexplorer.ui..")
            .layer("Cli").definedBy("org.scoexplorer.cli..")
            .whereLayer("Root").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Root")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Root")
            .whereLayer("Graph").mayOnlyBeAccessedByLayers("Ui", "Root")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Graph", "Ui", "Cli", "Root")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("Service", "Graph", "Ui", "Cli", "Root");

    @ArchTest
    static final ArchRule modelIsPlain = noClasses().that().resideInAPackage("org.scoexplorer.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.graphstream..",
                    "com.fasterxml..", "org.controlsfx..", "org.scoexplorer.data..", "org.scoexplorer.service..");

    @ArchTest
    static final ArchRule onlyGraphTouchesGraphStream = noClasses().that()
            .resideOutsideOfPackage("org.scoexplorer.graph..")
            .should().dependOnClassesThat().resideInAPackage("org.graphstream..");

    @ArchTest
    static final ArchRule noToolkitBelowUi = noClasses().that()
            .resideInAnyPackage("org.scoexplorer.model..", "org.scoexplorer.data..", "org.scoexplorer.service..",
                    "org.scoexplorer.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule cliUsesDataAndServiceOnly = noClasses().that().resideInAPackage("org.scoexplorer.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scoexplorer.ui..", "org.scoexplorer.graph..");

    @ArchTest
    static final ArchRule jacksonStaysInData = noClasses().that()
            .resideInAnyPackage("org.scoexplorer.model..", "org.scoexplorer.service..", "org.scoexplorer.graph..",
                    "org.scoexplorer.ui..", "org.scoexplorer.cli..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    /** View models hold state with javafx.base only, so they are tested without a toolkit. */
    @ArchTest
    static final ArchRule viewModelsNeedNoToolkit = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .or().haveSimpleName("NavigationModel").or().haveSimpleName("FilteredRecords").or().haveSimpleName("OverviewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..",
                    "org.controlsfx..", "org.graphstream..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.scoexplorer.(*)..").should().beFreeOfCycles();
}

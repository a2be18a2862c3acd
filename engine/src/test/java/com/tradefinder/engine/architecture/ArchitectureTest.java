package com.tradefinder.engine.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the business logic free of I/O frameworks and of the clock: only the wiring ({@code app}, {@code journal})
 * may touch Netty, Chronicle or the Disruptor, and nothing in the business logic may read the time.
 */
class ArchitectureTest
{
    private static final String[] BUSINESS_LOGIC = {
        "com.tradefinder.engine.logic..",
        "com.tradefinder.engine.indicators..",
        "com.tradefinder.engine.regime..",
        "com.tradefinder.engine.marketdata..",
        "com.tradefinder.engine.strategy..",
        "com.tradefinder.engine.bot..",
        "com.tradefinder.engine.risk..",
        "com.tradefinder.engine.execution..",
        "com.tradefinder.engine.portfolio..",
        "com.tradefinder.engine.venue..",
        "com.tradefinder.engine.util..",
    };

    private static JavaClasses engine;

    @BeforeAll
    static void importClasses()
    {
        engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tradefinder.engine");
    }

    @Test
    void shouldKeepNettyChronicleAndTheDisruptorOutOfTheBusinessLogic()
    {
        final ArchRule rule = noClasses().that().resideInAnyPackage(BUSINESS_LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "net.openhft..", "com.lmax..");
        rule.check(engine);
    }

    @Test
    void shouldNeverReadTheClockInTheBusinessLogic()
    {
        final ArchRule rule = noClasses().that().resideInAnyPackage(BUSINESS_LOGIC)
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.agrona.concurrent..Clock*");
        rule.check(engine);
    }

    @Test
    void shouldKeepTheBusinessLogicOffTheFileSystemAndNetwork()
    {
        final ArchRule rule = noClasses().that().resideInAnyPackage(BUSINESS_LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..");
        rule.check(engine);
    }
}

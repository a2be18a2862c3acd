package com.tradefinder.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The P3 and P4 rows of the bar table from the sustained run's, the append harness's and the tick-to-order harness's
 * figures.
 */
class ResultsReportTest
{
    private static final String TICK_TO_ORDER = """
        rate=2000
        events=1000
        warmupEvents=200
        framesWithoutOrder=0
        framesThatWaited=3
        gcCount=0
        gcMillis=0
        noJournal.framesWithoutOrder=0
        noJournal.gcCount=0
        echoGcCount=0
        echoGcMillis=0
        pass=true
        journalCostP99=1500
        journalPass=true
        order.p50=70000
        order.p99=300000
        order.p99.9=900000
        echo.p50=75000
        echo.p99=400000
        echo.p99.9=1000000
        noJournal.order.p99=298500
        check=check: 1000 measured frames
        table=| path |\\n|---|\\n| tick-to-order |
        """;

    private static final String SUSTAINED = """
        input=trades-back-to-back
        rate=100000
        seconds=600
        warmupSeconds=10
        waitMode=BLOCKING
        measuredSeconds=600.2
        published=60000000
        handled=61000003
        expected=61000003
        gcCount=0
        gcMillis=0
        ringFullWaits=0
        maxLagNs=1200000
        heapUsedBefore=10000000
        heapUsedAfter=12000000
        maxHeap=536870912
        businessBytes=0
        faults=0
        halted=false
        regimeUpdates=1234
        pass=true
        check=check: 61000003 of 61000003 events handled
        table=| input |\\n|---|\\n| trades-back-to-back |
        """;

    @Test
    void shouldPassTheSustainedRunAndCallAnAppendMissTheFloorExplainsInconclusive(@TempDir final Path dir)
        throws IOException
    {
        // arrange: the machine's floor is above the bar, and the append within the bar of it
        final String latency = latency(3_000, 9_000, 2_500, 8_000);

        // act
        final List<String> report = report(dir, latency, SUSTAINED);

        // assert
        assertThat(row(report, "P3")).contains("0 GCs (0 ms)", "61000003 of 61000003 events handled",
            "business thread allocated 0 B").endsWith("| **pass** |");
        assertThat(row(report, "P4")).contains("append p99 3.00 µs, p99.9 9.00 µs",
            "floor in the same loop (a copy into a buffer) p99 2.50 µs, p99.9 8.00 µs",
            "minor page faults of the appending thread 2 pretouched, 900 without", "(inconclusive)",
            "the journal's cost 1.50 µs (pass)").endsWith("| **inconclusive** |");
        assertThat(report).contains("## SustainedEngineRun: the engine at a fixed rate for minutes (P3)",
            "| trades-back-to-back |");
    }

    @Test
    void shouldFailAnAppendMissThatTheFloorDoesNotExplainAndAShortRunIsNotThePass(@TempDir final Path dir)
        throws IOException
    {
        // arrange: a floor well under the bar; a five-second sustained run
        final String latency = latency(3_000, 9_000, 400, 900);
        final String shortRun = SUSTAINED.replace("seconds=600\n", "seconds=5\n")
            .replace("measuredSeconds=600.2", "measuredSeconds=5.1");

        // act
        final List<String> report = report(dir, latency, shortRun);

        // assert
        assertThat(row(report, "P3")).contains("shorter or slower than the bar's 10 minutes")
            .endsWith("| **inconclusive** |");
        assertThat(row(report, "P4")).contains("(FAIL)").endsWith("| **FAIL** |");
    }

    private static String latency(final long p99, final long p999, final long floor99, final long floor999)
    {
        return "rate=100000\nseconds=5\nwarmupSeconds=3\nsliceMs=500\nmessages=500000\nmessageBytes=74\n" +
            "p50=400\np99=" + p99 + "\np99.9=" + p999 + "\np99.99=20000\nmax=50000\nserviceP50=380\n" +
            "serviceP99=900\nserviceP99.9=1800\nfaults=2\nunpretouchedFaults=900\nbaselineFaults=0\n" +
            "unpretouched.p99=12000\nunpretouched.p99.9=900000\nbaseline.p99=" + floor99 + "\nbaseline.p99.9=" +
            floor999 + "\nrecordsChecked=1000\npass=false\ncheck=check: 1000 records\n" +
            "table=| path |\\n|---|\\n| append |\n";
    }

    private static List<String> report(final Path dir, final String latency, final String sustained)
        throws IOException
    {
        final Path json = Files.writeString(dir.resolve("jmh.json"), "[]");
        final Path latencyFile = Files.writeString(dir.resolve("latency.properties"), latency);
        final Path tickFile = Files.writeString(dir.resolve("tick.properties"), TICK_TO_ORDER);
        final Path sustainedFile = Files.writeString(dir.resolve("sustained.properties"), sustained);
        final Path out = dir.resolve("RESULTS.md");
        ResultsReport.main(new String[]{
            "--json", json.toString(), "--out", out.toString(), "--latency", latencyFile.toString(),
            "--tickToOrder", tickFile.toString(), "--sustained", sustainedFile.toString(), "--mode", "full",
        });
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static String row(final List<String> report, final String id)
    {
        return report.stream().filter(line -> line.startsWith("| " + id + " |")).findFirst().orElseThrow();
    }
}

package com.tradefinder.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the benchmark plumbing that needs no data: fork flags, time stamping of laps, the JSON reader.
 */
class BenchSetupTest
{
    @Test
    void shouldForkEveryBenchmarkWithTheRootPomsEngineFlags() throws IOException, ClassNotFoundException
    {
        final String root = System.getenv().getOrDefault("TRADEFINDER_PROJECT_ROOT", "..");
        final String pom = new String(Files.readAllBytes(Paths.get(root, "pom.xml")), StandardCharsets.UTF_8);
        final Matcher matcher = Pattern.compile("<engine.jvm.args>(.*)</engine.jvm.args>").matcher(pom);
        assertThat(matcher.find()).isTrue();
        final List<String> expected = Arrays.asList(matcher.group(1).trim().split("\\s+"));

        final Path classes = Paths.get("target", "classes", "com", "tradefinder", "bench");
        final List<String> benchmarks;
        try (Stream<Path> files = Files.list(classes))
        {
            benchmarks = files.map(p -> p.getFileName().toString())
                .filter(name -> name.endsWith("Benchmark.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()))
                .collect(Collectors.toList());
        }
        assertThat(benchmarks).hasSize(7);
        for (final String name : benchmarks)
        {
            final Fork fork = Class.forName("com.tradefinder.bench." + name).getAnnotation(Fork.class);
            assertThat(fork).as(name).isNotNull();
            assertThat(fork.value()).as(name).isEqualTo(1);
            assertThat(Arrays.asList(fork.jvmArgsAppend())).as(name).isEqualTo(expected);
        }
    }

    @Test
    void shouldMoveEachLapForwardByWholeDaysPastTheLastEvent()
    {
        final long hour = 3_600_000_000_000L;
        final long day = 24 * hour;
        final long start = 1_577_836_800_000_000_000L;
        final byte[][] events = { new byte[32], new byte[32], new byte[32] };
        final long[] first = { start, start + hour, start + 50 * hour };
        final long[] second = { start + hour, start + 2 * hour, start + 51 * hour };
        final EventTape tape = new EventTape("test", events, first, second, 8, 16);

        assertThat(tape.lapNs()).isEqualTo(3 * day);
        assertThat(tape.maxLaps()).isEqualTo((Long.MAX_VALUE - (start + 51 * hour)) / (3 * day));
        tape.stamp(1, 2);
        assertThat(tape.buffer().getLong(tape.offset(1) + 8, ByteOrder.LITTLE_ENDIAN))
            .isEqualTo(start + hour + 6 * day);
        assertThat(tape.buffer().getLong(tape.offset(1) + 16, ByteOrder.LITTLE_ENDIAN))
            .isEqualTo(start + 2 * hour + 6 * day);
        assertThat(tape.length(2)).isEqualTo(32);
    }

    @Test
    void shouldKeepAFixedTapeAsOneLapWithoutRestamping()
    {
        final byte[] small = new byte[40];
        final byte[] large = new byte[150];
        small[8] = 7;
        large[8] = 9;
        final EventTape tape = EventTape.fixed("fixed", new byte[][]{ small, large });

        assertThat(tape.maxLaps()).isEqualTo(1);
        assertThat(tape.offset(1) - tape.offset(0)).isEqualTo(192);
        tape.stamp(1, 0);
        assertThat(tape.buffer().getByte(tape.offset(0) + 8)).isEqualTo((byte)7);
        assertThat(tape.buffer().getByte(tape.offset(1) + 8)).isEqualTo((byte)9);
        assertThat(tape.length(1)).isEqualTo(150);
    }

    @Test
    void shouldReplayARecordedHistoryAfterEachRewind()
    {
        final com.tradefinder.tools.synthetic.SyntheticMarket market = new com.tradefinder.tools.synthetic
            .SyntheticMarket(7, 24, 1_704_067_200_000_000_000L, List.of("BTCUSDT", "ETHUSDT"));
        final HistoryTape tape = HistoryTape.record(market);

        // 2 definitions, 48 bars, funding at hours 8, 16 and 24 for both instruments
        assertThat(tape.count()).isEqualTo(2 + 48 + 6);
        assertThat(tape.bars()).isEqualTo(48);
        assertThat(tape.fundingRates()).isEqualTo(6);
        int first = 0;
        long lastTime = 0;
        while (tape.next())
        {
            first++;
            lastTime = tape.timeNs();
        }
        tape.rewind();
        int second = 0;
        while (tape.next())
        {
            second++;
        }
        assertThat(second).isEqualTo(first).isEqualTo(tape.count());
        assertThat(lastTime).isEqualTo(1_704_067_200_000_000_000L + 24 * 3_600_000_000_000L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldReadJmhJson()
    {
        final Object parsed = Json.parse("[{\"benchmark\":\"a.B.c\",\"params\":{\"input\":\"bars-1h\"}," +
            "\"primaryMetric\":{\"score\":1.5e2,\"scoreError\":\"NaN\",\"rawData\":[[1,2]]},\"ok\":true,\"n\":null," +
            "\"s\":\"x\\\"y\\u00b5\"}]");
        final Map<String, Object> entry = (Map<String, Object>)((List<Object>)parsed).get(0);
        assertThat(entry.get("benchmark")).isEqualTo("a.B.c");
        assertThat(((Map<String, Object>)entry.get("primaryMetric")).get("score")).isEqualTo(150.0);
        assertThat(entry.get("ok")).isEqualTo(Boolean.TRUE);
        assertThat(entry).containsEntry("n", null);
        assertThat(entry.get("s")).isEqualTo("x\"yµ");
    }

    @Test
    void shouldPassOnlyWhenTheBarHoldsAcrossTheErrorBars()
    {
        assertThat(ResultsReport.Verdict.of(true, true)).isEqualTo(ResultsReport.Verdict.PASS);
        assertThat(ResultsReport.Verdict.of(false, true)).isEqualTo(ResultsReport.Verdict.INCONCLUSIVE);
        assertThat(ResultsReport.Verdict.of(false, false)).isEqualTo(ResultsReport.Verdict.FAIL);
        assertThat(ResultsReport.Verdict.combine(ResultsReport.Verdict.PASS, ResultsReport.Verdict.FAIL))
            .isEqualTo(ResultsReport.Verdict.FAIL);
        assertThat(ResultsReport.Verdict.combine(null, ResultsReport.Verdict.INCONCLUSIVE))
            .isEqualTo(ResultsReport.Verdict.INCONCLUSIVE);
    }
}

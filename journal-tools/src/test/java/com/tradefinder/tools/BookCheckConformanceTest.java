package com.tradefinder.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tradefinder.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real Binance WebSocket capture of {@code ../shared/data} ({@code *-ws-*.jsonl.gz}) is imported into a journal
 * and checked with {@code journal book-check}: the book rebuilt from the REST snapshot and the {@code depth@0ms}
 * diffs must agree with every {@code bookTicker} whose update id closes a diff, with no gap in the diff chain.
 */
@Tag("slow")
class BookCheckConformanceTest
{
    /**
     * Comparable tickers per capture at least. Only 1-4 % of tickers are comparable: a {@code depth@0ms} diff folds
     * many book updates into one, and a ticker's update id is a diff's final id only when the update that moved the
     * top was the diff's last (measured: 625, 629, 834 and 1,565 of 43,000-66,000 tickers per capture).
     */
    private static final long MIN_TICKERS_COMPARED = 500;

    @Test
    void shouldRebuildTheBookOfEveryCaptureInAgreementWithEveryComparableTicker(@TempDir final Path dir)
        throws IOException
    {
        final List<Path> captures;
        try (Stream<Path> files = Files.list(SharedData.root().resolve("data")))
        {
            captures = files.filter(f -> f.getFileName().toString().contains("-ws-") &&
                f.getFileName().toString().endsWith(".jsonl.gz")).sorted().toList();
        }
        assertThat(captures).isNotEmpty();

        for (final Path capture : captures)
        {
            // arrange
            final Path journal = dir.resolve(capture.getFileName().toString().replace(".jsonl.gz", ""));
            final CliRun imported = CliRun.of("import", capture.toString(), "--journal", journal.toString());
            assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();

            // act
            final CliRun checked = CliRun.of("journal", "book-check", journal.toString());

            // assert
            final String summary = checked.out().lines().filter(l -> l.startsWith("summary: ")).findFirst()
                .orElseThrow(() -> new AssertionError("no summary in:\n" + checked.out() + checked.err()));
            System.out.println(capture.getFileName() + ": " + summary);
            assertThat(checked.exitCode()).as(checked.out() + checked.err()).isZero();
            assertThat(figure(summary, "mismatches")).isZero();
            assertThat(figure(summary, "gaps")).isZero();
            assertThat(figure(summary, "diffs applied")).isPositive();
            assertThat(figure(summary, "tickers compared")).isGreaterThanOrEqualTo(MIN_TICKERS_COMPARED);
        }
    }

    private static long figure(final String summary, final String name)
    {
        final int start = summary.indexOf(name + " ");
        assertThat(start).as(name + " in " + summary).isNotNegative();
        final int from = start + name.length() + 1;
        int end = from;
        while (end < summary.length() && Character.isDigit(summary.charAt(end)))
        {
            end++;
        }
        return Long.parseLong(summary.substring(from, end));
    }
}

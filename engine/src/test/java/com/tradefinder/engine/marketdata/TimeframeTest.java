package com.tradefinder.engine.marketdata;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeframeTest
{
    private static final String[] LABELS =
        { "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d" };
    private static final int[] SECONDS =
        { 60, 180, 300, 900, 1_800, 3_600, 7_200, 14_400, 21_600, 28_800, 43_200, 86_400 };

    @Test
    void shouldParseEverySupportedLabelAndLabelItBack()
    {
        assertThat(Timeframe.supportedCount()).isEqualTo(LABELS.length);
        for (int i = 0; i < LABELS.length; i++)
        {
            assertThat(Timeframe.parseSeconds(LABELS[i])).isEqualTo(SECONDS[i]);
            assertThat(Timeframe.label(SECONDS[i])).isEqualTo(LABELS[i]);
            assertThat(Timeframe.isSupported(SECONDS[i])).isTrue();
            assertThat(Timeframe.supportedSeconds(i)).isEqualTo(SECONDS[i]);
            assertThat(Timeframe.periodNs(SECONDS[i])).isEqualTo(SECONDS[i] * 1_000_000_000L);
        }
    }

    @Test
    void shouldRejectUnsupportedLabelsNamingTextAndAllowedValues()
    {
        for (final String bad : new String[] { "7m", "1M", "1H", "", " 1h", "1w", "60" })
        {
            assertThatThrownBy(() -> Timeframe.parseSeconds(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported timeframe \"" + bad + "\": allowed values are " +
                    "1m, 3m, 5m, 15m, 30m, 1h, 2h, 4h, 6h, 8h, 12h, 1d");
        }
        assertThatThrownBy(() -> Timeframe.parseSeconds(null))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("\"null\"");
    }

    @Test
    void shouldRejectUnsupportedSeconds()
    {
        for (final int bad : new int[] { 0, -60, 1, 120, 604_800 })
        {
            assertThat(Timeframe.isSupported(bad)).isFalse();
            assertThatThrownBy(() -> Timeframe.label(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bad + "s")
                .hasMessageContaining("1m, 3m");
        }
    }

    @Test
    void shouldAlignEveryTimeframeAtUtcMidnight()
    {
        final long midnightNs = ns("2024-07-19T00:00:00Z");
        for (final int seconds : SECONDS)
        {
            final long periodNs = Timeframe.periodNs(seconds);
            assertThat(Timeframe.alignDownNs(midnightNs, seconds)).isEqualTo(midnightNs);
            assertThat(Timeframe.alignDownNs(midnightNs + periodNs - 1, seconds)).isEqualTo(midnightNs);
            assertThat(Timeframe.alignDownNs(midnightNs + periodNs, seconds)).isEqualTo(midnightNs + periodNs);
            assertThat(Timeframe.alignDownNs(midnightNs - 1, seconds)).isEqualTo(midnightNs - periodNs);
        }
    }

    @Test
    void shouldAlignDailyBarsToMidnightUtcAndHourlyBarsToUtcHours()
    {
        final long timeNs = ns("2023-11-10T13:37:42.123456789Z");
        assertThat(Timeframe.alignDownNs(timeNs, 86_400)).isEqualTo(ns("2023-11-10T00:00:00Z"));
        assertThat(Timeframe.alignDownNs(timeNs, 43_200)).isEqualTo(ns("2023-11-10T12:00:00Z"));
        assertThat(Timeframe.alignDownNs(timeNs, 28_800)).isEqualTo(ns("2023-11-10T08:00:00Z"));
        assertThat(Timeframe.alignDownNs(timeNs, 21_600)).isEqualTo(ns("2023-11-10T12:00:00Z"));
        assertThat(Timeframe.alignDownNs(timeNs, 14_400)).isEqualTo(ns("2023-11-10T12:00:00Z"));
        assertThat(Timeframe.alignDownNs(timeNs, 7_200)).isEqualTo(ns("2023-11-10T12:00:00Z"));
        assertThat(Timeframe.alignDownNs(timeNs, 3_600)).isEqualTo(ns("2023-11-10T13:00:00Z"));
        assertThat(Timeframe.alignDownNs(timeNs, 1_800)).isEqualTo(ns("2023-11-10T13:30:00Z"));
        assertThat(Timeframe.alignDownNs(timeNs, 900)).isEqualTo(ns("2023-11-10T13:30:00Z"));
        assertThat(Timeframe.alignDownNs(timeNs, 300)).isEqualTo(ns("2023-11-10T13:35:00Z"));
        assertThat(Timeframe.alignDownNs(timeNs, 180)).isEqualTo(ns("2023-11-10T13:36:00Z"));
        assertThat(Timeframe.alignDownNs(timeNs, 60)).isEqualTo(ns("2023-11-10T13:37:00Z"));
    }

    @Test
    void shouldAlignFarFromEpochAndBeforeIt()
    {
        assertThat(Timeframe.alignDownNs(ns("2199-12-31T23:59:59.999999999Z"), 86_400))
            .isEqualTo(ns("2199-12-31T00:00:00Z"));
        assertThat(Timeframe.alignDownNs(Long.MAX_VALUE, 86_400)).isEqualTo(ns("2262-04-11T00:00:00Z"));
        assertThat(Timeframe.alignDownNs(Long.MAX_VALUE, 14_400)).isEqualTo(ns("2262-04-11T20:00:00Z"));
        assertThat(Timeframe.alignDownNs(ns("1969-12-31T23:59:59Z"), 86_400)).isEqualTo(ns("1969-12-31T00:00:00Z"));
        assertThat(Timeframe.alignDownNs(-1L, 60)).isEqualTo(-60_000_000_000L);
    }

    @Test
    void shouldAgreeWithCalendarTruncationForEveryTimeframeOverManyInstants()
    {
        final long startNs = ns("2020-02-28T21:00:00Z");
        final long stepNs = 7_777_777_777_777L;
        for (int n = 0; n < 2_000; n++)
        {
            final long timeNs = startNs + n * stepNs;
            final ZonedDateTime time = Instant.ofEpochSecond(0, timeNs).atZone(ZoneOffset.UTC);
            for (final int seconds : SECONDS)
            {
                assertThat(Timeframe.alignDownNs(timeNs, seconds))
                    .as("%s at %s", Timeframe.label(seconds), time)
                    .isEqualTo(calendarBucketNs(time, seconds));
            }
        }
    }

    private static long calendarBucketNs(final ZonedDateTime time, final int seconds)
    {
        final ZonedDateTime bucket;
        if (seconds == 86_400)
        {
            bucket = time.truncatedTo(ChronoUnit.DAYS);
        }
        else if (seconds >= 3_600)
        {
            final int hours = seconds / 3_600;
            bucket = time.truncatedTo(ChronoUnit.HOURS).withHour(time.getHour() - time.getHour() % hours);
        }
        else
        {
            final int minutes = seconds / 60;
            bucket = time.truncatedTo(ChronoUnit.MINUTES).withMinute(time.getMinute() - time.getMinute() % minutes);
        }
        return ns(bucket.toInstant());
    }

    static long ns(final String isoInstant)
    {
        return ns(Instant.parse(isoInstant));
    }

    private static long ns(final Instant instant)
    {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}

package com.tradefinder.tools.importer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeframesTest
{
    @Test
    void shouldReadTimeframeTokensOfFileNames()
    {
        assertThat(Timeframes.fromFileName("binance-futures-um-BTCUSDT-1h-2020-01-01_2026-05-16.csv")).isEqualTo(3600);
        assertThat(Timeframes.fromFileName("binance-futures-um-BTCUSDT-4h-2023-01-01_2025-12-02.csv"))
            .isEqualTo(4 * 3600);
        assertThat(Timeframes.fromFileName("bybit-linear-BTCUSDT-5m-2025-06-22_2025-08-20.csv")).isEqualTo(300);
        assertThat(Timeframes.fromFileName("binance-futures-um-ETHUSDT-markPrice-1h-2020.csv")).isEqualTo(3600);
        assertThat(Timeframes.fromFileName("bybit-linear-BTCUSDT-1m-trade-bars-2022-12-13.csv")).isEqualTo(60);
        assertThat(Timeframes.fromFileName("x-1d.csv")).isEqualTo(86_400);
        assertThat(Timeframes.fromFileName("x-1w_2020.csv")).isEqualTo(604_800);
        assertThat(Timeframes.fromFileName("binance-futures-um-BTCUSDT-trades-from-ws-2024-07-18T2357_2024.csv"))
            .isZero();
        assertThat(Timeframes.fromFileName("klines.csv")).isZero();
    }

    @Test
    void shouldLabelTimeframes()
    {
        assertThat(Timeframes.label(60)).isEqualTo("1m");
        assertThat(Timeframes.label(300)).isEqualTo("5m");
        assertThat(Timeframes.label(3600)).isEqualTo("1h");
        assertThat(Timeframes.label(4 * 3600)).isEqualTo("4h");
        assertThat(Timeframes.label(86_400)).isEqualTo("1d");
        assertThat(Timeframes.label(604_800)).isEqualTo("1w");
        assertThat(Timeframes.label(90)).isEqualTo("90s");
    }

    @Test
    void shouldAlignWeeksToMonday()
    {
        final long monday = 1_577_664_000_000L;

        assertThat(Math.floorMod(monday - Timeframes.alignmentOffsetMs(604_800), 604_800_000L)).isZero();
        assertThat(Timeframes.alignmentOffsetMs(3600)).isZero();
    }
}

package com.tradefinder.tools.cli;

import com.tradefinder.codecs.EngineSettingsEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.engine.marketdata.Timeframe;
import com.tradefinder.engine.regime.RegimeSettings;
import org.agrona.concurrent.UnsafeBuffer;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * Command-line options for the business logic's settings (timeframes and regime detection). They become the
 * EngineSettings event at the head of the journal, so a replay uses exactly the same settings.
 */
final class EngineSettingsOptions
{
    private static final RegimeSettings DEFAULTS = new RegimeSettings();

    @Option(names = "--timeframes", split = ",", paramLabel = "TF",
        description = "bar timeframes to build, analyse and classify (default: 1h,4h)")
    List<String> timeframes = new ArrayList<>(List.of("1h", "4h"));

    @Option(names = "--adx-period", paramLabel = "N", description = "ADX period (default: 14)")
    int adxPeriod = DEFAULTS.adxPeriod();

    @Option(names = "--atr-period", paramLabel = "N", description = "ATR period (default: 14)")
    int atrPeriod = DEFAULTS.atrPeriod();

    @Option(names = "--bollinger-period", paramLabel = "N", description = "Bollinger period (default: 20)")
    int bollingerPeriod = DEFAULTS.bollingerPeriod();

    @Option(names = "--bollinger-stddevs", paramLabel = "K", description = "Bollinger width in std devs (default: 2)")
    double bollingerStdDevs = DEFAULTS.bollingerStdDevs();

    @Option(names = "--percentile-window", paramLabel = "BARS",
        description = "bars in the rolling ATR% and band-width percentiles (default: 100)")
    int percentileWindow = DEFAULTS.percentileWindow();

    @Option(names = "--trend-adx-enter", paramLabel = "ADX", description = "ADX to enter a trend (default: 25)")
    double trendAdxEnter = DEFAULTS.trendAdxEnter();

    @Option(names = "--trend-adx-exit", paramLabel = "ADX", description = "ADX below which a trend ends (default: 20)")
    double trendAdxExit = DEFAULTS.trendAdxExit();

    @Option(names = "--range-adx-max", paramLabel = "ADX", description = "highest ADX of a range (default: 20)")
    double rangeAdxMax = DEFAULTS.rangeAdxMax();

    @Option(names = "--high-vol-percentile", paramLabel = "P",
        description = "ATR% percentile (0..1) that starts high volatility (default: 0.9)")
    double highVolatilityPercentile = DEFAULTS.highVolatilityPercentile();

    @Option(names = "--high-vol-exit-percentile", paramLabel = "P",
        description = "ATR% percentile below which high volatility ends (default: 0.8)")
    double highVolatilityExitPercentile = DEFAULTS.highVolatilityExitPercentile();

    @Option(names = "--squeeze-percentile", paramLabel = "P",
        description = "band-width percentile at or below which a quiet market ranges (default: 0.5)")
    double squeezePercentile = DEFAULTS.squeezePercentile();

    @Option(names = "--confirm-bars", paramLabel = "N",
        description = "bars a new regime must persist before it is adopted (default: 2)")
    int confirmBars = DEFAULTS.confirmBars();

    /**
     * Validates and encodes the settings as an EngineSettings event.
     *
     * @param buffer destination, at offset 0.
     * @param timeNs event time of the settings.
     * @return encoded length, header included.
     * @throws IllegalArgumentException naming the first bad option.
     */
    int encode(final UnsafeBuffer buffer, final long timeNs)
    {
        new RegimeSettings()
            .adxPeriod(adxPeriod).atrPeriod(atrPeriod).bollingerPeriod(bollingerPeriod)
            .bollingerStdDevs(bollingerStdDevs).percentileWindow(percentileWindow)
            .trendAdxEnter(trendAdxEnter).trendAdxExit(trendAdxExit).rangeAdxMax(rangeAdxMax)
            .highVolatilityPercentile(highVolatilityPercentile)
            .highVolatilityExitPercentile(highVolatilityExitPercentile)
            .squeezePercentile(squeezePercentile).confirmBars(confirmBars)
            .validate();
        final int[] frames = new int[timeframes.size()];
        for (int i = 0; i < frames.length; i++)
        {
            frames[i] = Timeframe.parseSeconds(timeframes.get(i).trim());
        }
        final EngineSettingsEncoder encoder = new EngineSettingsEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .timeNs(timeNs)
            .adxPeriod(adxPeriod)
            .atrPeriod(atrPeriod)
            .bollingerPeriod(bollingerPeriod)
            .bollingerStdDevs(bollingerStdDevs)
            .percentileWindow(percentileWindow)
            .trendAdxEnter(trendAdxEnter)
            .trendAdxExit(trendAdxExit)
            .rangeAdxMax(rangeAdxMax)
            .highVolatilityPercentile(highVolatilityPercentile)
            .highVolatilityExitPercentile(highVolatilityExitPercentile)
            .squeezePercentile(squeezePercentile)
            .confirmBars(confirmBars);
        final EngineSettingsEncoder.TimeframesEncoder group = encoder.timeframesCount(frames.length);
        for (final int frame : frames)
        {
            group.next().timeframeSec(frame);
        }
        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }
}

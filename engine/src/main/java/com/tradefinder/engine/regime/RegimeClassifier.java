package com.tradefinder.engine.regime;

import com.tradefinder.codecs.Regime;
import com.tradefinder.engine.util.Hashing;

/**
 * Classifies the market regime of one instrument on one timeframe, once per closed bar, from the bar's indicator
 * readings, with two layers of hysteresis so that a series hovering around a threshold does not flip the regime.
 *
 * <p><b>Contract.</b> Business-logic thread only, not thread-safe. Deterministic: the regime depends only on the
 * sequence of readings. Allocation-free after construction; O(percentileWindow) per bar for the two rolling
 * percentiles. The settings are validated and copied at construction.
 *
 * <p><b>Readings.</b> ADX and ±DI on Wilder's 0..100 scale; ATR% (ATR as a fraction or percent of price) and
 * Bollinger band width (any consistent scale, e.g. (upper - lower) / middle). ATR% and band width are not compared to
 * fixed levels but ranked against their own last {@code percentileWindow} values with {@link RollingPercentile}, so
 * "high" and "quiet" mean high and quiet for this instrument and timeframe lately. Any reading may be NaN while its
 * indicator warms up.
 *
 * <p><b>Candidate.</b> Each bar yields a candidate regime; the first rule that matches wins. "Adopted" below means
 * the regime in force before this bar.
 * <ol>
 *   <li>UNCERTAIN if any reading is NaN or a percentile is not yet defined (window not full).</li>
 *   <li>HIGH_VOLATILITY if the ATR% percentile is {@code >= highVolatilityPercentile}, or HIGH_VOLATILITY is adopted
 *       and it is {@code >= highVolatilityExitPercentile}. Volatility takes precedence over direction: a violent move
 *       is traded, if at all, with volatility-aware strategies.</li>
 *   <li>TRENDING_UP / TRENDING_DOWN if ADX is {@code >= trendAdxEnter}, or a trend (either direction) is adopted and
 *       ADX is {@code >= trendAdxExit}; the direction is the larger of +DI and -DI. A DI cross while trending is a new
 *       candidate of the other direction and needs confirming like any other. When +DI equals -DI an adopted trend
 *       keeps its direction; otherwise there is no trend candidate and the next rules apply.</li>
 *   <li>RANGING, the quiet, mean-reverting market that fading strategies want: no trend, narrow bands and no
 *       elevated volatility. It is entered when ADX is {@code <= rangeAdxMax}, the band-width percentile is
 *       {@code <= squeezePercentile} and the ATR% percentile is {@code < highVolatilityExitPercentile}. Once adopted
 *       it is kept while neither volatility measure becomes elevated (both percentiles
 *       {@code < highVolatilityExitPercentile}) and no trend is entered (rule 3 with {@code trendAdxEnter}): a
 *       breakout ends a range by ADX rising through the trend threshold, by the bands widening or by ATR%
 *       expanding.</li>
 *   <li>UNCERTAIN otherwise: directionless but not quiet (choppy, wide bands), or between the thresholds without an
 *       adopted regime to keep.</li>
 * </ol>
 * The threshold pairs (enter / exit) are the second layer of hysteresis: a regime is entered on the stricter
 * threshold and left on the looser one.
 *
 * <p><b>Confirmation.</b> The first layer: a candidate that differs from the adopted regime is adopted only once it
 * has been the candidate on {@code confirmBars} consecutive bars (1 adopts at once). A different candidate in between
 * restarts the count; the adopted regime as candidate cancels it.
 */
public final class RegimeClassifier
{
    private final double trendAdxEnter;
    private final double trendAdxExit;
    private final double rangeAdxMax;
    private final double highVolatilityPercentile;
    private final double highVolatilityExitPercentile;
    private final double squeezePercentile;
    private final int confirmBars;
    private final RollingPercentile atrPctRank;
    private final RollingPercentile bollingerWidthRank;

    private Regime regime = Regime.UNCERTAIN;
    private Regime previousRegime = Regime.UNCERTAIN;
    private Regime candidate = Regime.UNCERTAIN;
    private int candidateBars;
    private double atrPctPercentile = Double.NaN;
    private double bollingerWidthPercentile = Double.NaN;

    /**
     * @param settings regime settings; validated, and the values used here copied.
     * @throws IllegalArgumentException when the settings are invalid, see {@link RegimeSettings#validate()}.
     */
    public RegimeClassifier(final RegimeSettings settings)
    {
        settings.validate();
        trendAdxEnter = settings.trendAdxEnter();
        trendAdxExit = settings.trendAdxExit();
        rangeAdxMax = settings.rangeAdxMax();
        highVolatilityPercentile = settings.highVolatilityPercentile();
        highVolatilityExitPercentile = settings.highVolatilityExitPercentile();
        squeezePercentile = settings.squeezePercentile();
        confirmBars = settings.confirmBars();
        atrPctRank = new RollingPercentile(settings.percentileWindow());
        bollingerWidthRank = new RollingPercentile(settings.percentileWindow());
    }

    /**
     * One closed bar: ranks ATR% and band width, classifies and applies confirmation.
     *
     * @param adx            average directional index, 0..100, NaN during warm-up.
     * @param plusDi         +DI, 0..100, NaN during warm-up.
     * @param minusDi        -DI, 0..100, NaN during warm-up.
     * @param atrPct         average true range relative to price, NaN during warm-up.
     * @param bollingerWidth Bollinger band width relative to price, NaN during warm-up.
     * @return the adopted regime after this bar.
     */
    public Regime onBar(
        final double adx,
        final double plusDi,
        final double minusDi,
        final double atrPct,
        final double bollingerWidth)
    {
        return onBarPercentiles(
            adx, plusDi, minusDi, atrPctRank.update(atrPct), bollingerWidthRank.update(bollingerWidth));
    }

    /**
     * The rule step of {@link #onBar} with the two percentiles already ranked; lets tests drive the rules with exact
     * percentiles. A classifier is driven either through this or through {@link #onBar}, not both.
     */
    Regime onBarPercentiles(
        final double adx,
        final double plusDi,
        final double minusDi,
        final double atrPctPercentile,
        final double bollingerWidthPercentile)
    {
        this.atrPctPercentile = atrPctPercentile;
        this.bollingerWidthPercentile = bollingerWidthPercentile;

        final Regime next = classify(adx, plusDi, minusDi, atrPctPercentile, bollingerWidthPercentile);
        candidateBars = next == candidate ? candidateBars + 1 : 1;
        candidate = next;

        previousRegime = regime;
        if (candidate != regime && candidateBars >= confirmBars)
        {
            regime = candidate;
        }
        return regime;
    }

    /**
     * @return the adopted regime after the latest bar; UNCERTAIN before any.
     */
    public Regime regime()
    {
        return regime;
    }

    /**
     * @return the adopted regime before the latest bar.
     */
    public Regime previousRegime()
    {
        return previousRegime;
    }

    /**
     * @return whether the latest bar changed the adopted regime.
     */
    public boolean changed()
    {
        return regime != previousRegime;
    }

    /**
     * @return the latest bar's candidate regime, before confirmation.
     */
    public Regime candidate()
    {
        return candidate;
    }

    /**
     * @return consecutive bars, up to and including the latest, whose candidate was {@link #candidate()}.
     */
    public int candidateBars()
    {
        return candidateBars;
    }

    /**
     * @return the latest bar's ATR% percentile rank in [0, 1], NaN while undefined.
     */
    public double atrPctPercentile()
    {
        return atrPctPercentile;
    }

    /**
     * @return the latest bar's Bollinger band-width percentile rank in [0, 1], NaN while undefined.
     */
    public double bollingerWidthPercentile()
    {
        return bollingerWidthPercentile;
    }

    /**
     * Folds all mutable state (regimes, candidate count, latest percentiles and both rolling windows) into
     * {@code hash}.
     *
     * @param hash running hash.
     * @return the new running hash.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, regime.value());
        h = Hashing.mix(h, previousRegime.value());
        h = Hashing.mix(h, candidate.value());
        h = Hashing.mix(h, candidateBars);
        h = Hashing.mix(h, atrPctPercentile);
        h = Hashing.mix(h, bollingerWidthPercentile);
        h = atrPctRank.stateHash(h);
        return bollingerWidthRank.stateHash(h);
    }

    private Regime classify(
        final double adx,
        final double plusDi,
        final double minusDi,
        final double atrPctPercentile,
        final double bollingerWidthPercentile)
    {
        if (Double.isNaN(adx) || Double.isNaN(plusDi) || Double.isNaN(minusDi) ||
            Double.isNaN(atrPctPercentile) || Double.isNaN(bollingerWidthPercentile))
        {
            return Regime.UNCERTAIN;
        }

        if (atrPctPercentile >= highVolatilityPercentile ||
            (regime == Regime.HIGH_VOLATILITY && atrPctPercentile >= highVolatilityExitPercentile))
        {
            return Regime.HIGH_VOLATILITY;
        }

        final boolean trending = regime == Regime.TRENDING_UP || regime == Regime.TRENDING_DOWN;
        if (adx >= trendAdxEnter || (trending && adx >= trendAdxExit))
        {
            if (plusDi > minusDi)
            {
                return Regime.TRENDING_UP;
            }
            if (minusDi > plusDi)
            {
                return Regime.TRENDING_DOWN;
            }
            if (trending)
            {
                return regime;
            }
        }

        if (regime == Regime.RANGING)
        {
            if (atrPctPercentile < highVolatilityExitPercentile &&
                bollingerWidthPercentile < highVolatilityExitPercentile)
            {
                return Regime.RANGING;
            }
        }
        else if (adx <= rangeAdxMax &&
            bollingerWidthPercentile <= squeezePercentile &&
            atrPctPercentile < highVolatilityExitPercentile)
        {
            return Regime.RANGING;
        }

        return Regime.UNCERTAIN;
    }
}

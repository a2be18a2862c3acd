package com.tradefinder.engine.portfolio;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.util.Hashing;

import static com.tradefinder.codecs.PositionSide.LONG;
import static com.tradefinder.codecs.PositionSide.SHORT;
import static com.tradefinder.engine.testsupport.TestInstruments.BTC;
import static com.tradefinder.engine.testsupport.TestInstruments.ETH;
import static com.tradefinder.engine.testsupport.TestInstruments.btc;
import static com.tradefinder.engine.testsupport.TestInstruments.eth;
import static com.tradefinder.engine.testsupport.TestInstruments.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hand-computed positions and account values; every amount is an exact mantissa at exponent -8.
 */
class PortfolioTest
{
    private static final long T0 = 1_700_000_000_000_000_000L;

    private Portfolio portfolio;

    @BeforeEach
    void setUp()
    {
        portfolio = new Portfolio(m("10000"), 4);
        portfolio.define(btc(), 10);
        portfolio.define(eth(), 20);
    }

    @Test
    void shouldAdoptTheVenueBalanceAsStartingEquityOnlyBeforeAnyActivity()
    {
        // act: the account's balance arrives before anything happened, then again after a fill
        final boolean adopted = portfolio.adoptStartingBalance(m("2500.5"));
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.01"), m("0.24"), T0);
        final boolean adoptedAfterFill = portfolio.adoptStartingBalance(m("99999"));

        // assert: equity starts from the account's money, and the engine's own accounting holds after the fill
        assertThat(adopted).isTrue();
        assertThat(adoptedAfterFill).isFalse();
        assertThat(portfolio.peakEquity()).isEqualTo(m("2500.5"));
        assertThat(portfolio.balance()).isEqualTo(m("2500.26"));
        assertThat(portfolio.adoptStartingBalance(0)).isFalse();
    }

    @Test
    void shouldAverageEntryFromExactCostOverSeveralFills()
    {
        // arrange: 0.1 @ 60000 + 0.2 @ 60100 = 18020 for 0.3
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), 0, T0);
        portfolio.onFill(0, BTC, LONG, true, m("60100"), m("0.2"), 0, T0 + 1);

        // assert: 18020 / 0.3 = 60066.666666666…, rounded half up at 1e-8
        assertThat(portfolio.positionSize(0, BTC, LONG)).isEqualTo(m("0.3"));
        assertThat(portfolio.position(0, BTC, LONG).costMantissa()).isEqualTo(m("18020"));
        assertThat(portfolio.averageEntry(0, BTC, LONG)).isEqualTo(m("60066.66666667"));

        // act: + 0.1 @ 59800 makes 24000 for 0.4
        portfolio.onFill(0, BTC, LONG, true, m("59800"), m("0.1"), 0, T0 + 2);

        // assert
        assertThat(portfolio.averageEntry(0, BTC, LONG)).isEqualTo(m("60000"));
        assertThat(portfolio.lastRealizedPnl()).isZero();
    }

    @Test
    void shouldRealizeLongProfitAndLossOnPartialCloses()
    {
        // arrange: 0.4 for 24000, average 60000
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.4"), 0, T0);

        // act + assert: 0.1 out at 61000 releases 6000 of cost for 6100
        portfolio.onFill(0, BTC, LONG, false, m("61000"), m("0.1"), 0, T0 + 1);
        assertThat(portfolio.lastRealizedPnl()).isEqualTo(m("100"));
        assertThat(portfolio.averageEntry(0, BTC, LONG)).isEqualTo(m("60000"));

        // act + assert: 0.3 out at 59000 releases 18000 for 17700
        portfolio.onFill(0, BTC, LONG, false, m("59000"), m("0.3"), 0, T0 + 2);
        assertThat(portfolio.lastRealizedPnl()).isEqualTo(m("-300"));
        assertThat(portfolio.positionSize(0, BTC, LONG)).isZero();
        assertThat(portfolio.averageEntry(0, BTC, LONG)).isZero();
        assertThat(portfolio.positionRealizedPnl(0, BTC, LONG)).isEqualTo(m("-200"));
        assertThat(portfolio.realizedPnl()).isEqualTo(m("-200"));
        assertThat(portfolio.balance()).isEqualTo(m("9800"));
        assertThat(portfolio.openPositions()).isZero();
    }

    @Test
    void shouldRealizeShortProfitAndLoss()
    {
        // arrange: short 2 ETH at 3000
        portfolio.onFill(1, ETH, SHORT, true, m("3000"), m("2"), 0, T0);

        // act + assert: buy back 1 at 2900: +100
        portfolio.onFill(1, ETH, SHORT, false, m("2900"), m("1"), 0, T0 + 1);
        assertThat(portfolio.lastRealizedPnl()).isEqualTo(m("100"));

        // act + assert: buy back 1 at 3100: -100
        portfolio.onFill(1, ETH, SHORT, false, m("3100"), m("1"), 0, T0 + 2);
        assertThat(portfolio.lastRealizedPnl()).isEqualTo(m("-100"));
        assertThat(portfolio.positionRealizedPnl(1, ETH, SHORT)).isZero();
        assertThat(portfolio.balance()).isEqualTo(m("10000"));
    }

    @Test
    void shouldSettleRoundingOfAPartialCloseOnTheFinalClose()
    {
        // arrange: 0.3 for 18020, whose thirds are not whole 1e-8 amounts
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), 0, T0);
        portfolio.onFill(0, BTC, LONG, true, m("60100"), m("0.2"), 0, T0 + 1);

        // act + assert: a third out at 60500 releases floor(18020 / 3) = 6006.66666666 for 6050
        portfolio.onFill(0, BTC, LONG, false, m("60500"), m("0.1"), 0, T0 + 2);
        assertThat(portfolio.lastRealizedPnl()).isEqualTo(m("43.33333334"));
        assertThat(portfolio.position(0, BTC, LONG).costMantissa()).isEqualTo(m("12013.33333334"));

        // act + assert: the rest out at 60500 releases all remaining cost
        portfolio.onFill(0, BTC, LONG, false, m("60500"), m("0.2"), 0, T0 + 3);
        assertThat(portfolio.lastRealizedPnl()).isEqualTo(m("86.66666666"));

        // the round trip is exactly exits 18150 minus entries 18020
        assertThat(portfolio.realizedPnl()).isEqualTo(m("130"));
        assertThat(portfolio.position(0, BTC, LONG).costMantissa()).isZero();
    }

    @Test
    void shouldChargeFeesAndCreditRebates()
    {
        // act
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), m("2.4"), T0);
        portfolio.onFill(0, BTC, LONG, false, m("61000"), m("0.1"), m("-0.61"), T0 + 1);

        // assert: 10000 + 100 - (2.4 - 0.61)
        assertThat(portfolio.feesPaid()).isEqualTo(m("1.79"));
        assertThat(portfolio.positionFees(0, BTC, LONG)).isEqualTo(m("1.79"));
        assertThat(portfolio.lastRealizedPnl()).isEqualTo(m("100"));
        assertThat(portfolio.balance()).isEqualTo(m("10098.21"));
        assertThat(portfolio.equity()).isEqualTo(m("10098.21"));
    }

    @Test
    void shouldSplitFundingProRataBySizeWithTheRemainderToTheLargest()
    {
        // arrange: 0.1, 0.2 and 0.4 BTC long across three strategies
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), 0, T0);
        portfolio.onFill(1, BTC, LONG, true, m("60000"), m("0.2"), 0, T0);
        portfolio.onFill(2, BTC, LONG, true, m("60000"), m("0.4"), 0, T0);

        // act: the bot pays 10 USDT on its 0.7 BTC long
        portfolio.onFunding(BTC, LONG, m("-10"), T0 + 1);

        // assert: -floor(10 × 1/7), -floor(10 × 2/7), -floor(10 × 4/7) and the 2e-8 left to the largest
        assertThat(portfolio.positionFunding(0, BTC, LONG)).isEqualTo(m("-1.42857142"));
        assertThat(portfolio.positionFunding(1, BTC, LONG)).isEqualTo(m("-2.85714285"));
        assertThat(portfolio.positionFunding(2, BTC, LONG)).isEqualTo(m("-5.71428573"));
        assertThat(portfolio.positionFunding(3, BTC, LONG)).isZero();
        assertThat(portfolio.fundingTotal()).isEqualTo(m("-10"));
        assertThat(portfolio.balance()).isEqualTo(m("9990"));
        assertThat(portfolio.unallocatedFunding()).isZero();
    }

    @Test
    void shouldGiveTheFundingRemainderToTheLowestStrategyAmongEqualLargest()
    {
        // arrange
        portfolio.onFill(1, ETH, SHORT, true, m("3000"), m("1"), 0, T0);
        portfolio.onFill(3, ETH, SHORT, true, m("3000"), m("1"), 0, T0);

        // act: 0.00000001 cannot be halved
        portfolio.onFunding(ETH, SHORT, 1, T0 + 1);

        // assert
        assertThat(portfolio.positionFunding(1, ETH, SHORT)).isEqualTo(1);
        assertThat(portfolio.positionFunding(3, ETH, SHORT)).isZero();
        assertThat(portfolio.positionFunding(1, ETH, LONG)).isZero();
    }

    @Test
    void shouldKeepFundingWithoutAPositionUnallocated()
    {
        // act
        portfolio.onFunding(BTC, SHORT, m("3.5"), T0);

        // assert
        assertThat(portfolio.fundingTotal()).isEqualTo(m("3.5"));
        assertThat(portfolio.unallocatedFunding()).isEqualTo(m("3.5"));
        assertThat(portfolio.balance()).isEqualTo(m("10003.5"));
    }

    @Test
    void shouldValueOpenPositionsAtTheMark()
    {
        // arrange: long 0.1 BTC for 6000, short 2 ETH for 6000
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), 0, T0);
        portfolio.onFill(1, ETH, SHORT, true, m("3000"), m("2"), 0, T0);

        // act + assert: +100 on BTC, -100 on ETH
        portfolio.mark(BTC, m("61000"));
        portfolio.mark(ETH, m("3050"));
        assertThat(portfolio.unrealizedPnl()).isZero();
        assertThat(portfolio.grossExposure()).isEqualTo(m("12200"));

        // act + assert: +100 on ETH too
        portfolio.mark(ETH, m("2950"));
        assertThat(portfolio.unrealizedPnl()).isEqualTo(m("200"));
        assertThat(portfolio.equity()).isEqualTo(m("10200"));
        assertThat(portfolio.balance()).isEqualTo(m("10000"));
        assertThat(portfolio.grossExposure()).isEqualTo(m("12000"));
        assertThat(portfolio.position(0, BTC, LONG).unrealizedPnlAt(m("61000"))).isEqualTo(m("100"));
    }

    @Test
    void shouldUseTheLastFillPriceUntilTheFirstMark()
    {
        // act
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), 0, T0);

        // assert
        assertThat(portfolio.markPrice(BTC)).isEqualTo(m("60000"));
        assertThat(portfolio.unrealizedPnl()).isZero();
        assertThat(portfolio.grossExposure()).isEqualTo(m("6000"));
    }

    @Test
    void shouldMeasureExposurePerStrategy()
    {
        // arrange
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), 0, T0);
        portfolio.onFill(0, ETH, SHORT, true, m("3000"), m("1"), 0, T0);
        portfolio.onFill(1, ETH, LONG, true, m("3000"), m("3"), 0, T0);

        // act
        portfolio.mark(BTC, m("61000"));
        portfolio.mark(ETH, m("2950"));

        // assert: long and short both count as exposure
        assertThat(portfolio.strategyExposure(0)).isEqualTo(m("9050"));
        assertThat(portfolio.strategyExposure(1)).isEqualTo(m("8850"));
        assertThat(portfolio.strategyExposure(2)).isZero();
        assertThat(portfolio.grossExposure()).isEqualTo(m("17900"));
        assertThat(portfolio.openPositions()).isEqualTo(3);
    }

    @Test
    void shouldSumRiskToTheStopsAsPortfolioHeat()
    {
        // arrange
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), 0, T0);
        portfolio.onFill(1, ETH, SHORT, true, m("3000"), m("2"), 0, T0);

        // act + assert: 0.1 × 600 + 2 × 60
        portfolio.stop(0, BTC, LONG, m("59400"));
        portfolio.stop(1, ETH, SHORT, m("3060"));
        assertThat(portfolio.openRisk()).isEqualTo(m("180"));

        // act + assert: a stop moved past the entry risks nothing
        portfolio.stop(0, BTC, LONG, m("60500"));
        assertThat(portfolio.openRisk()).isEqualTo(m("120"));

        // act + assert: a position without a stop counts its entry notional
        portfolio.stop(1, ETH, SHORT, 0);
        assertThat(portfolio.openRisk()).isEqualTo(m("6000"));
    }

    @Test
    void shouldClearTheStopWhenThePositionGoesFlat()
    {
        // arrange
        portfolio.stop(0, BTC, LONG, m("59400"));
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), 0, T0);
        assertThat(portfolio.openRisk()).isEqualTo(m("60"));

        // act
        portfolio.onFill(0, BTC, LONG, false, m("60000"), m("0.1"), 0, T0 + 1);

        // assert
        assertThat(portfolio.position(0, BTC, LONG).stopPriceMantissa()).isZero();
        assertThat(portfolio.openRisk()).isZero();
    }

    @Test
    void shouldResetPositionLifeTotalsWhenReopenedFromFlat()
    {
        // arrange: one round trip with a fee and funding
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), m("2.4"), T0);
        portfolio.onFunding(BTC, LONG, m("-1"), T0 + 1);
        portfolio.onFill(0, BTC, LONG, false, m("60100"), m("0.1"), m("2.404"), T0 + 2);
        assertThat(portfolio.positionRealizedPnl(0, BTC, LONG)).isEqualTo(m("10"));
        assertThat(portfolio.positionFees(0, BTC, LONG)).isEqualTo(m("4.804"));
        assertThat(portfolio.positionFunding(0, BTC, LONG)).isEqualTo(m("-1"));

        // act
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.2"), m("4.8"), T0 + 3);

        // assert: the new life starts clean; the account keeps everything
        assertThat(portfolio.positionRealizedPnl(0, BTC, LONG)).isZero();
        assertThat(portfolio.positionFees(0, BTC, LONG)).isEqualTo(m("4.8"));
        assertThat(portfolio.positionFunding(0, BTC, LONG)).isZero();
        assertThat(portfolio.position(0, BTC, LONG).openTimeNs()).isEqualTo(T0 + 3);
        assertThat(portfolio.feesPaid()).isEqualTo(m("9.604"));
        assertThat(portfolio.balance()).isEqualTo(m("10000") + m("10") - m("9.604") - m("1"));
    }

    @Test
    void shouldComputeIsolatedMarginAndLiquidationPrice()
    {
        // arrange: 0.1 BTC at 60000, leverage 10, maintenance 0.4%
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), 0, T0);
        portfolio.onFill(1, BTC, SHORT, true, m("60000"), m("0.1"), 0, T0);

        // assert: margin 6000 / 10; long 60000 × 0.9 / 0.996 = 54216.8674698795…, rounded up;
        // short 60000 × 1.1 / 1.004 = 65737.0517928286…, rounded down
        assertThat(portfolio.isolatedMargin(0, BTC, LONG)).isEqualTo(m("600"));
        assertThat(portfolio.liquidationPrice(0, BTC, LONG)).isEqualTo(m("54216.86746988"));
        assertThat(portfolio.liquidationPrice(1, BTC, SHORT)).isEqualTo(m("65737.05179282"));
        assertThat(portfolio.liquidationPrice(2, BTC, LONG)).isZero();
    }

    @Test
    void shouldUseTheDefinedLeverageAndMaintenanceRateForLiquidation()
    {
        // arrange: 2 ETH at 3000, leverage 20, maintenance 0.5%
        portfolio.define(eth(), 20, 50);
        portfolio.onFill(0, ETH, LONG, true, m("3000"), m("2"), 0, T0);

        // assert: 3000 × 0.95 / 0.995 = 2864.3216080402…, rounded up
        assertThat(portfolio.isolatedMargin(0, ETH, LONG)).isEqualTo(m("300"));
        assertThat(portfolio.liquidationPrice(0, ETH, LONG)).isEqualTo(m("2864.32160805"));
        assertThat(portfolio.leverage(ETH)).isEqualTo(20);
    }

    @Test
    void shouldTrackPeakEquityAndDrawdown()
    {
        // arrange
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), 0, T0);

        // act + assert
        portfolio.mark(BTC, m("62000"));
        assertThat(portfolio.peakEquity()).isEqualTo(m("10200"));
        portfolio.mark(BTC, m("59000"));
        assertThat(portfolio.equity()).isEqualTo(m("9900"));
        assertThat(portfolio.peakEquity()).isEqualTo(m("10200"));
        assertThat(portfolio.drawdown()).isEqualTo(m("300"));
        assertThat(portfolio.drawdownBps()).isEqualTo(294L);

        // act + assert: a new high moves the peak
        portfolio.mark(BTC, m("63000"));
        assertThat(portfolio.peakEquity()).isEqualTo(m("10300"));
        assertThat(portfolio.drawdown()).isZero();
    }

    @Test
    void shouldHashEqualHistoriesEquallyAndDifferentOnesDifferently()
    {
        // arrange
        final Portfolio other = new Portfolio(m("10000"), 4);
        other.define(btc(), 10);
        other.define(eth(), 20);
        final Portfolio[] both = { portfolio, other };
        for (final Portfolio p : both)
        {
            p.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), m("2.4"), T0);
            p.stop(0, BTC, LONG, m("59400"));
            p.mark(BTC, m("60500"));
            p.onFunding(BTC, LONG, m("-0.6"), T0 + 1);
        }

        // assert
        assertThat(portfolio.stateHash(Hashing.SEED)).isEqualTo(other.stateHash(Hashing.SEED));

        // act
        other.mark(BTC, m("60500.1"));

        // assert
        assertThat(portfolio.stateHash(Hashing.SEED)).isNotEqualTo(other.stateHash(Hashing.SEED));
    }

    @Test
    void shouldRefuseInconsistentInput()
    {
        portfolio.onFill(0, BTC, LONG, true, m("60000"), m("0.1"), 0, T0);

        assertThatThrownBy(() -> portfolio.onFill(0, BTC, LONG, false, m("60000"), m("0.2"), 0, T0))
            .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> portfolio.onFill(0, 7, LONG, true, m("60000"), m("0.1"), 0, T0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not defined");
        assertThatThrownBy(() -> portfolio.onFill(4, BTC, LONG, true, m("60000"), m("0.1"), 0, T0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strategyId");
        assertThatThrownBy(() -> portfolio.onFill(0, BTC, PositionSide.BOTH, true, m("60000"), m("0.1"), 0, T0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LONG or SHORT");
        assertThatThrownBy(() -> portfolio.define(btc(), 126))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leverage 126");
        assertThatThrownBy(() -> portfolio.define(new InstrumentSpec().set(9, -2, -3, 1, 1, 1, 0, 10), 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-26, -8]");
    }
}

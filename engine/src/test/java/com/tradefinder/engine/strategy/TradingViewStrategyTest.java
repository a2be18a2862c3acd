package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.SignalAction;
import com.tradefinder.engine.strategy.RecordingContext.Request;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TradingView signals through the strategy path; prices at exponent -2, tick 0.10; last close 100.00.
 */
class TradingViewStrategyTest
{
    private final TestBars bars = new TestBars();
    private final Signals signals = new Signals();
    private final RecordingContext context = new RecordingContext();
    private final TradingViewStrategy strategy =
        new TradingViewStrategy(6, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 1.0, true);

    @Test
    void shouldBuyAtTheLastCloseWithTheDefaultStop()
    {
        // arrange
        strategy.onBar(bars.close(100.0), context);

        // act
        strategy.onSignal(signals.signal(SignalAction.BUY), context);

        // assert: 1% under 100.00
        assertThat(context.drain()).containsExactly(Request.enter(PositionSide.LONG, 10000, 9900, 0, 0));
    }

    @Test
    void shouldUseTheSignalsPricesSnappedOntoTheTickGrid()
    {
        // arrange
        strategy.onBar(bars.close(100.0), context);

        // act: price 100.03 → 100.10 (up for a buy), stop 98.95 → 98.90 (wider), take-profit 105.07 → 105.00
        strategy.onSignal(signals.signal(TestBars.INSTRUMENT, SignalAction.BUY, 10003, 9895, 10507), context);

        // assert
        assertThat(context.drain()).containsExactly(Request.enter(PositionSide.LONG, 10010, 9890, 10500, 0));
    }

    @Test
    void shouldSellShortWhenAllowedAndExitTheLongOtherwise()
    {
        // arrange
        final TradingViewStrategy longOnly =
            new TradingViewStrategy(7, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 1.0, false);
        strategy.onBar(bars.close(100.0), context);
        longOnly.onBar(bars.close(100.0), context);
        context.hold(PositionSide.LONG, 9900, 9800);

        // act + assert: hedge mode, the held LONG stays; a SHORT opens 1% stop above
        strategy.onSignal(signals.signal(SignalAction.SELL), context);
        assertThat(context.drain()).containsExactly(Request.enter(PositionSide.SHORT, 10000, 10100, 0, 0));

        longOnly.onSignal(signals.signal(SignalAction.SELL), context);
        assertThat(context.drain()).containsExactly(Request.exit(PositionSide.LONG));
    }

    @Test
    void shouldCloseBothSidesAndCancelEntries()
    {
        // arrange
        context.workingEntries(1).hold(PositionSide.LONG, 9900, 9800).hold(PositionSide.SHORT, 10100, 10200);

        // act + assert
        strategy.onSignal(signals.signal(SignalAction.CLOSE), context);
        assertThat(context.drain()).containsExactly(
            Request.cancelEntries(), Request.exit(PositionSide.LONG), Request.exit(PositionSide.SHORT));

        strategy.onSignal(signals.signal(SignalAction.FLAT), context);
        assertThat(context.drain()).containsExactly(
            Request.cancelEntries(), Request.exit(PositionSide.LONG), Request.exit(PositionSide.SHORT));

        strategy.onSignal(signals.signal(SignalAction.CANCEL), context);
        assertThat(context.drain()).containsExactly(Request.cancelEntries());
    }

    @Test
    void shouldRefuseEntriesWhenItMayNotOpenButStillClose()
    {
        // arrange
        strategy.onBar(bars.close(100.0), context);
        context.mayOpen(false).hold(PositionSide.LONG, 9900, 9800);

        // act
        strategy.onSignal(signals.signal(SignalAction.BUY), context);
        strategy.onSignal(signals.signal(SignalAction.SELL), context);
        strategy.onSignal(signals.signal(SignalAction.CLOSE), context);

        // assert
        assertThat(context.drain()).containsExactly(Request.exit(PositionSide.LONG));
        assertThat(strategy.refusedSignals()).isEqualTo(2);
    }

    @Test
    void shouldIgnoreMalformedSignals()
    {
        // act: no close seen yet and no price; another instrument; a stop above a buy; a take-profit below it
        strategy.onSignal(signals.signal(SignalAction.BUY), context);
        strategy.onBar(bars.close(100.0), context);
        strategy.onSignal(signals.signal(TestBars.INSTRUMENT + 1, SignalAction.BUY, 0, 0, 0), context);
        strategy.onSignal(signals.signal(TestBars.INSTRUMENT, SignalAction.BUY, 10000, 10100, 0), context);
        strategy.onSignal(signals.signal(TestBars.INSTRUMENT, SignalAction.BUY, 10000, 9900, 9950), context);

        // assert
        assertThat(context.drain()).isEmpty();
        assertThat(strategy.ignoredSignals()).isEqualTo(4);
    }

    @Test
    void shouldFoldTheLastCloseAndCountersIntoTheHash()
    {
        // arrange
        final TradingViewStrategy twin =
            new TradingViewStrategy(6, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 1.0, true);
        strategy.onBar(bars.close(100.0), context);
        twin.onBar(bars.close(100.0), context);
        assertThat(strategy.stateHash(1L)).isEqualTo(twin.stateHash(1L));

        // act
        twin.onSignal(signals.signal(TestBars.INSTRUMENT + 1, SignalAction.BUY, 0, 0, 0), context);

        // assert
        assertThat(strategy.stateHash(1L)).isNotEqualTo(twin.stateHash(1L));
    }
}

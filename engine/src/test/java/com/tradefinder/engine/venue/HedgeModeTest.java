package com.tradefinder.engine.venue;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.PositionUpdateDecoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.engine.venue.VenueHarness.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tradefinder.engine.venue.VenueHarness.ONE;
import static com.tradefinder.engine.venue.VenueHarness.T0;
import static com.tradefinder.engine.venue.VenueHarness.USDT;
import static com.tradefinder.engine.venue.VenueHarness.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hedge mode: LONG and SHORT positions of one bot and instrument at once, each opened, valued and closed on its own.
 */
class HedgeModeTest
{
    @Test
    void shouldHoldLongAndShortAtOnceAndCloseEachOnItsOwn()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);

        // act
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 1);
        final PositionUpdateDecoder longOpened = only(venue.take(), "Position").position();
        venue.market(2, Side.SELL, PositionSide.SHORT, 2 * ONE, T0 + 2);
        final PositionUpdateDecoder shortOpened = only(venue.take(), "Position").position();
        venue.trade(10100, ONE, T0 + 3);
        venue.market(3, Side.SELL, PositionSide.LONG, ONE, T0 + 4);
        final List<Event> longClosed = venue.take();
        venue.market(4, Side.BUY, PositionSide.SHORT, 2 * ONE, T0 + 5);
        final List<Event> shortClosed = venue.take();

        // assert
        assertThat(longOpened.positionSide()).isEqualTo(PositionSide.LONG);
        assertThat(longOpened.sizeMantissa()).isEqualTo(ONE);
        assertThat(shortOpened.positionSide()).isEqualTo(PositionSide.SHORT);
        assertThat(shortOpened.sizeMantissa()).isEqualTo(-2 * ONE);
        assertThat(shortOpened.entryPriceMantissa()).isEqualTo(10000);

        final PositionUpdateDecoder longFlat = only(longClosed, "Position").position();
        assertThat(longFlat.positionSide()).isEqualTo(PositionSide.LONG);
        assertThat(longFlat.sizeMantissa()).isZero();
        // short still open: 2 × 100.00 / 20 = 10 USDT margin
        final long afterLong = 10_000 * USDT + USDT - 5_000_000L - 10_000_000L - 5_050_000L;
        assertThat(only(longClosed, "Balance").balance().walletBalanceMantissa()).isEqualTo(afterLong);
        assertThat(only(longClosed, "Balance").balance().availableBalanceMantissa())
            .isEqualTo(afterLong - 10 * USDT);

        final PositionUpdateDecoder shortFlat = only(shortClosed, "Position").position();
        assertThat(shortFlat.positionSide()).isEqualTo(PositionSide.SHORT);
        assertThat(shortFlat.sizeMantissa()).isZero();
        final long afterShort = afterLong - 2 * USDT - 10_100_000L;
        assertThat(only(shortClosed, "Balance").balance().walletBalanceMantissa()).isEqualTo(afterShort);
        assertThat(only(shortClosed, "Balance").balance().availableBalanceMantissa()).isEqualTo(afterShort);
    }

    @Test
    void shouldValuePositionsAtTheMarkPrice()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);
        venue.mark(10050, T0 + 1);

        // act
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 2);
        final PositionUpdateDecoder longUpdate = only(venue.take(), "Position").position();
        venue.market(2, Side.SELL, PositionSide.SHORT, 2 * ONE, T0 + 3);
        final PositionUpdateDecoder shortUpdate = only(venue.take(), "Position").position();

        // assert: long 1 from 100.00 marked at 100.50: +0.50; short 2: -1.00
        assertThat(longUpdate.unrealizedPnlMantissa()).isEqualTo(USDT / 2);
        assertThat(shortUpdate.unrealizedPnlMantissa()).isEqualTo(-USDT);
    }

    @Test
    void shouldAverageTheEntryPriceOfAnIncreasedPosition()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 1);
        venue.trade(10300, ONE, T0 + 2);

        // act
        venue.market(2, Side.BUY, PositionSide.LONG, 2 * ONE, T0 + 3);

        // assert: (100.00 + 2 × 103.00) / 3 = 102.00
        final List<Event> positions = VenueHarness.all(venue.take(), "Position");
        final PositionUpdateDecoder position = positions.get(positions.size() - 1).position();
        assertThat(position.sizeMantissa()).isEqualTo(3 * ONE);
        assertThat(position.entryPriceMantissa()).isEqualTo(10200);
    }
}

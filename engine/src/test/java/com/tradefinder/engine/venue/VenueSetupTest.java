package com.tradefinder.engine.venue;

import com.tradefinder.codecs.BalanceUpdateDecoder;
import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;
import com.tradefinder.engine.venue.VenueHarness.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tradefinder.engine.venue.VenueHarness.BOT;
import static com.tradefinder.engine.venue.VenueHarness.INSTRUMENT;
import static com.tradefinder.engine.venue.VenueHarness.ONE;
import static com.tradefinder.engine.venue.VenueHarness.T0;
import static com.tradefinder.engine.venue.VenueHarness.USDT;
import static com.tradefinder.engine.venue.VenueHarness.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * VenueSetup: leverage, position mode and margin mode, applied silently or refused as OrderRejected with client order
 * id 0 and Binance's code.
 */
class VenueSetupTest
{
    @Test
    void shouldRefuseALeverageOutsideTheAllowedRange()
    {
        // arrange: the settings cap at 50, the instrument at 125
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().maxLeverage(50));

        // act
        venue.setup(BOT, PositionMode.HEDGE, MarginMode.ISOLATED, 60, T0);
        final List<Event> tooHigh = venue.take();
        venue.setup(BOT, PositionMode.HEDGE, MarginMode.ISOLATED, 0, T0);
        final List<Event> zero = venue.take();
        venue.setup(BOT, PositionMode.HEDGE, MarginMode.ISOLATED, 50, T0);
        final List<Event> allowed = venue.take();

        // assert
        final OrderRejectedDecoder rejected = only(tooHigh, "Rejected").rejected();
        assertThat(rejected.botId()).isEqualTo(BOT);
        assertThat(rejected.clientOrderId()).isZero();
        assertThat(rejected.instrumentId()).isEqualTo(INSTRUMENT);
        assertThat(rejected.reason()).isEqualTo(RejectReason.LEVERAGE);
        assertThat(rejected.venueCode()).isEqualTo(-4028);
        assertThat(rejected.venueText()).isEqualTo("Leverage 60 is not valid");
        assertThat(only(zero, "Rejected").rejected().venueText()).isEqualTo("Leverage 0 is not valid");
        assertThat(allowed).isEmpty();
    }

    @Test
    void shouldMarginOrdersAtTheConfiguredLeverage()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.setup(BOT, PositionMode.HEDGE, MarginMode.ISOLATED, 10, T0);
        venue.trade(10000, ONE, T0);

        // act
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 1);

        // assert: 100 USDT at 10x holds 10
        final BalanceUpdateDecoder balance = only(venue.take(), "Balance").balance();
        assertThat(balance.availableBalanceMantissa()).isEqualTo(balance.walletBalanceMantissa() - 10 * USDT);
    }

    @Test
    void shouldRefuseModeChangesWithOpenOrdersOrPositions()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0 + 1);
        venue.take();

        // act
        venue.setup(BOT, PositionMode.ONE_WAY, MarginMode.ISOLATED, 20, T0 + 2);
        final List<Event> modeWithOrder = venue.take();
        venue.setup(BOT, PositionMode.HEDGE, MarginMode.CROSSED, 20, T0 + 2);
        final List<Event> marginWithOrder = venue.take();
        venue.cancel(BOT, 1, T0 + 3);
        venue.market(2, Side.BUY, PositionSide.LONG, ONE, T0 + 4);
        venue.take();
        venue.setup(BOT, PositionMode.ONE_WAY, MarginMode.ISOLATED, 20, T0 + 5);
        final List<Event> modeWithPosition = venue.take();
        venue.setup(BOT, PositionMode.HEDGE, MarginMode.CROSSED, 20, T0 + 5);
        final List<Event> marginWithPosition = venue.take();
        venue.setup(BOT, PositionMode.HEDGE, MarginMode.ISOLATED, 10, T0 + 5);
        final List<Event> lowerLeverage = venue.take();
        venue.setup(BOT, PositionMode.HEDGE, MarginMode.ISOLATED, 25, T0 + 5);
        final List<Event> higherLeverage = venue.take();

        // assert
        assertRefused(modeWithOrder, -4067, "Position side cannot be changed if there exists open orders.");
        assertRefused(marginWithOrder, -4047, "Margin type cannot be changed if there exists open orders.");
        assertRefused(modeWithPosition, -4068, "Position side cannot be changed if there exists position.");
        assertRefused(marginWithPosition, -4048, "Margin type cannot be changed if there exists position.");
        final OrderRejectedDecoder lower = only(lowerLeverage, "Rejected").rejected();
        assertThat(lower.venueCode()).isEqualTo(-4161);
        assertThat(lower.reason()).isEqualTo(RejectReason.LEVERAGE);
        assertThat(lower.venueText())
            .isEqualTo("Leverage reduction is not supported in Isolated Margin Mode with open positions");
        assertThat(higherLeverage).isEmpty();
    }

    private static void assertRefused(final List<Event> events, final int code, final String text)
    {
        final OrderRejectedDecoder rejected = only(events, "Rejected").rejected();
        assertThat(rejected.clientOrderId()).isZero();
        assertThat(rejected.reason()).isEqualTo(RejectReason.ILLEGAL_TRANSITION);
        assertThat(rejected.venueCode()).isEqualTo(code);
        assertThat(rejected.venueText()).isEqualTo(text);
    }
}

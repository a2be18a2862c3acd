package com.tradefinder.engine.venue;

import com.tradefinder.codecs.BalanceUpdateDecoder;
import com.tradefinder.codecs.BarEncoder;
import com.tradefinder.codecs.BestBidOfferEncoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.CancelOrderEncoder;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.FundingPaymentDecoder;
import com.tradefinder.codecs.FundingRateEncoder;
import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.MarkPriceEncoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.NewOrderEncoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderCanceledDecoder;
import com.tradefinder.codecs.OrderExpiredDecoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.PositionUpdateDecoder;
import com.tradefinder.codecs.PriceSource;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.codecs.TradeEncoder;
import com.tradefinder.codecs.VenueSetupEncoder;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives a {@link SimulatedVenue} by hand in tests: encodes commands and market data with the production codecs,
 * records every execution event (a copy of its bytes and its time), and decodes them with the generated decoders.
 * <p>
 * The instrument {@link #INSTRUMENT}: price exponent -2 with a 0.10 tick, size exponent -6 with a 0.001 step and
 * minimum, minimum notional 5 USDT, max leverage 125; so {@code notional(price, size) = price × size} at exponent -8,
 * e.g. 100.00 × 1.000 = 10000 × 1000000 = 10^10 = 100 USDT.
 */
final class VenueHarness
{
    static final int INSTRUMENT = 1;
    static final int BOT = 7;
    static final long HOUR_NS = 3_600_000_000_000L;
    static final long T0 = 1_700_000_000_000_000_000L;
    /** One unit of size: 1.000000. */
    static final long ONE = 1_000_000L;
    /** One USDT at exponent -8. */
    static final long USDT = 100_000_000L;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final NewOrderEncoder newOrder = new NewOrderEncoder();
    private final CancelOrderEncoder cancel = new CancelOrderEncoder();
    private final VenueSetupEncoder setup = new VenueSetupEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final BestBidOfferEncoder bbo = new BestBidOfferEncoder();
    private final BarEncoder bar = new BarEncoder();
    private final MarkPriceEncoder mark = new MarkPriceEncoder();
    private final FundingRateEncoder funding = new FundingRateEncoder();
    private final List<Event> events = new ArrayList<>();
    private final SimulatedVenue venue;
    private int read;
    private long tradeId;
    private int instrumentId = INSTRUMENT;

    VenueHarness(final VenueSimulationSettings settings)
    {
        venue = new SimulatedVenue(settings, (src, offset, length, timeNs) ->
        {
            final byte[] copy = new byte[length];
            src.getBytes(offset, copy);
            events.add(new Event(new UnsafeBuffer(copy), timeNs));
        });
        venue.define(spec());
    }

    /**
     * @return the default settings of these tests: maker 2 bp, taker 5 bp, no slippage, no latency, 10 000 USDT.
     */
    static VenueSimulationSettings settings()
    {
        return new VenueSimulationSettings();
    }

    static InstrumentSpec spec()
    {
        return new InstrumentSpec().set(INSTRUMENT, -2, -6, 10, 1000, 1000, 5 * USDT, 125);
    }

    SimulatedVenue venue()
    {
        return venue;
    }

    /**
     * @param instrumentId instrument of the commands and market data that follow.
     * @return this.
     */
    VenueHarness instrument(final int instrumentId)
    {
        this.instrumentId = instrumentId;
        return this;
    }

    // ------------------------------------------------------------------ commands

    void order(final int botId, final long clientOrderId, final Side side, final PositionSide positionSide,
        final OrderType type, final TimeInForce timeInForce, final long price, final long stopPrice, final long size,
        final boolean reduceOnly, final boolean closePosition, final long timeNs)
    {
        newOrder.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .strategyId(3)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .side(side)
            .positionSide(positionSide)
            .orderType(type)
            .timeInForce(timeInForce)
            .priceMantissa(price)
            .stopPriceMantissa(stopPrice)
            .sizeMantissa(size)
            .reduceOnly(reduceOnly ? BooleanType.TRUE : BooleanType.FALSE)
            .closePosition(closePosition ? BooleanType.TRUE : BooleanType.FALSE)
            .timeNs(timeNs);
        venue.onCommand(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + newOrder.encodedLength(), timeNs);
    }

    /** A GTC limit for {@link #BOT}, hedge position side. */
    void limit(final long clientOrderId, final Side side, final PositionSide positionSide, final long price,
        final long size, final long timeNs)
    {
        order(BOT, clientOrderId, side, positionSide, OrderType.LIMIT, TimeInForce.GTC, price, 0, size, false, false,
            timeNs);
    }

    void limit(final long clientOrderId, final Side side, final PositionSide positionSide, final TimeInForce tif,
        final long price, final long size, final long timeNs)
    {
        order(BOT, clientOrderId, side, positionSide, OrderType.LIMIT, tif, price, 0, size, false, false, timeNs);
    }

    void market(final long clientOrderId, final Side side, final PositionSide positionSide, final long size,
        final long timeNs)
    {
        order(BOT, clientOrderId, side, positionSide, OrderType.MARKET, TimeInForce.GTC, 0, 0, size, false, false,
            timeNs);
    }

    void stop(final long clientOrderId, final Side side, final PositionSide positionSide, final long stopPrice,
        final long size, final long timeNs)
    {
        order(BOT, clientOrderId, side, positionSide, OrderType.STOP_MARKET, TimeInForce.GTC, 0, stopPrice, size,
            false, false, timeNs);
    }

    void takeProfit(final long clientOrderId, final Side side, final PositionSide positionSide, final long stopPrice,
        final long size, final long timeNs)
    {
        order(BOT, clientOrderId, side, positionSide, OrderType.TAKE_PROFIT_MARKET, TimeInForce.GTC, 0, stopPrice,
            size, false, false, timeNs);
    }

    void cancel(final int botId, final long clientOrderId, final long timeNs)
    {
        cancel.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .timeNs(timeNs);
        venue.onCommand(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + cancel.encodedLength(), timeNs);
    }

    void setup(final int botId, final PositionMode positionMode, final MarginMode marginMode, final int leverage,
        final long timeNs)
    {
        setup.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .instrumentId(instrumentId)
            .positionMode(positionMode)
            .marginMode(marginMode)
            .leverage(leverage)
            .timeNs(timeNs);
        venue.onCommand(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + setup.encodedLength(), timeNs);
    }

    // ------------------------------------------------------------------ market data

    void trade(final long price, final long size, final long timeNs)
    {
        trade.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs + 1_000)
            .tradeId(++tradeId)
            .priceMantissa(price)
            .sizeMantissa(size)
            .aggressorSide(Side.BUY);
        venue.onMarketData(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength());
    }

    void quote(final long bid, final long bidSize, final long ask, final long askSize, final long timeNs)
    {
        bbo.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs + 1_000)
            .updateId(timeNs)
            .bidPriceMantissa(bid)
            .bidSizeMantissa(bidSize)
            .askPriceMantissa(ask)
            .askSizeMantissa(askSize);
        venue.onMarketData(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + bbo.encodedLength());
    }

    /** A closed 1h trade-price bar opening at {@code openTimeNs}; the venue sees it at its close. */
    void bar(final long openTimeNs, final long open, final long high, final long low, final long close)
    {
        bar(openTimeNs, 3600, PriceSource.TRADE, true, open, high, low, close);
    }

    void bar(final long openTimeNs, final int timeframeSec, final PriceSource source, final boolean closed,
        final long open, final long high, final long low, final long close)
    {
        bar.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .priceSource(source)
            .timeframeSec(timeframeSec)
            .openTimeNs(openTimeNs)
            .receiveTimeNs(openTimeNs + timeframeSec * 1_000_000_000L)
            .openMantissa(open)
            .highMantissa(high)
            .lowMantissa(low)
            .closeMantissa(close)
            .volumeMantissa(1000 * ONE)
            .closed(closed ? BooleanType.TRUE : BooleanType.FALSE);
        venue.onMarketData(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength());
    }

    void mark(final long markPrice, final long timeNs)
    {
        mark.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs)
            .markPriceMantissa(markPrice)
            .indexPriceMantissa(markPrice)
            .fundingRatePpb(0)
            .nextFundingTimeNs(timeNs + 8 * HOUR_NS);
        venue.onMarketData(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + mark.encodedLength());
    }

    void funding(final long ratePpb, final long timeNs)
    {
        funding.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .fundingTimeNs(timeNs)
            .receiveTimeNs(timeNs)
            .fundingRatePpb(ratePpb)
            .intervalHours(8);
        venue.onMarketData(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + funding.encodedLength());
    }

    // ------------------------------------------------------------------ events

    /**
     * @return the events published since the last call.
     */
    List<Event> take()
    {
        final List<Event> fresh = new ArrayList<>(events.subList(read, events.size()));
        read = events.size();
        return fresh;
    }

    /**
     * @return the names of the events published since the last call, then forgets them.
     */
    List<String> takeNames()
    {
        return names(take());
    }

    List<Event> all()
    {
        return events;
    }

    static List<String> names(final List<Event> events)
    {
        final List<String> names = new ArrayList<>();
        for (final Event event : events)
        {
            names.add(event.name());
        }
        return names;
    }

    /**
     * @return the one event of the given name among the events, failing if there is not exactly one.
     */
    static Event only(final List<Event> events, final String name)
    {
        Event found = null;
        for (final Event event : events)
        {
            if (event.name().equals(name))
            {
                assertThat(found).as("more than one %s in %s", name, names(events)).isNull();
                found = event;
            }
        }
        assertThat(found).as("no %s in %s", name, names(events)).isNotNull();
        return found;
    }

    /**
     * @return every event of the given name, in order.
     */
    static List<Event> all(final List<Event> events, final String name)
    {
        final List<Event> found = new ArrayList<>();
        for (final Event event : events)
        {
            if (event.name().equals(name))
            {
                found.add(event);
            }
        }
        return found;
    }

    /**
     * One recorded execution event, decoded on demand with the generated decoders.
     */
    static final class Event
    {
        private final UnsafeBuffer buffer;
        private final long timeNs;
        private final MessageHeaderDecoder header = new MessageHeaderDecoder();

        Event(final UnsafeBuffer buffer, final long timeNs)
        {
            this.buffer = buffer;
            this.timeNs = timeNs;
            header.wrap(buffer, 0);
        }

        long timeNs()
        {
            return timeNs;
        }

        int templateId()
        {
            return header.templateId();
        }

        /**
         * @return a copy of the event's bytes, header included.
         */
        byte[] bytes()
        {
            final byte[] copy = new byte[buffer.capacity()];
            buffer.getBytes(0, copy);
            return copy;
        }

        String name()
        {
            switch (templateId())
            {
                case OrderAcceptedDecoder.TEMPLATE_ID:
                    return "Accepted";
                case OrderRejectedDecoder.TEMPLATE_ID:
                    return "Rejected";
                case OrderCanceledDecoder.TEMPLATE_ID:
                    return "Canceled";
                case OrderExpiredDecoder.TEMPLATE_ID:
                    return "Expired";
                case FillDecoder.TEMPLATE_ID:
                    return "Fill";
                case PositionUpdateDecoder.TEMPLATE_ID:
                    return "Position";
                case BalanceUpdateDecoder.TEMPLATE_ID:
                    return "Balance";
                case FundingPaymentDecoder.TEMPLATE_ID:
                    return "Funding";
                default:
                    return "template " + templateId();
            }
        }

        OrderAcceptedDecoder accepted()
        {
            assertThat(templateId()).isEqualTo(OrderAcceptedDecoder.TEMPLATE_ID);
            return new OrderAcceptedDecoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderDecoder());
        }

        OrderRejectedDecoder rejected()
        {
            assertThat(templateId()).isEqualTo(OrderRejectedDecoder.TEMPLATE_ID);
            return new OrderRejectedDecoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderDecoder());
        }

        OrderCanceledDecoder canceled()
        {
            assertThat(templateId()).isEqualTo(OrderCanceledDecoder.TEMPLATE_ID);
            return new OrderCanceledDecoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderDecoder());
        }

        OrderExpiredDecoder expired()
        {
            assertThat(templateId()).isEqualTo(OrderExpiredDecoder.TEMPLATE_ID);
            return new OrderExpiredDecoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderDecoder());
        }

        FillDecoder fill()
        {
            assertThat(templateId()).isEqualTo(FillDecoder.TEMPLATE_ID);
            return new FillDecoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderDecoder());
        }

        PositionUpdateDecoder position()
        {
            assertThat(templateId()).isEqualTo(PositionUpdateDecoder.TEMPLATE_ID);
            return new PositionUpdateDecoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderDecoder());
        }

        BalanceUpdateDecoder balance()
        {
            assertThat(templateId()).isEqualTo(BalanceUpdateDecoder.TEMPLATE_ID);
            return new BalanceUpdateDecoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderDecoder());
        }

        FundingPaymentDecoder funding()
        {
            assertThat(templateId()).isEqualTo(FundingPaymentDecoder.TEMPLATE_ID);
            return new FundingPaymentDecoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderDecoder());
        }

        @Override
        public String toString()
        {
            return name() + "@" + timeNs;
        }
    }
}

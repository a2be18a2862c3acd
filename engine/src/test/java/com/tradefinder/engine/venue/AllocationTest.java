package com.tradefinder.engine.venue;

import com.tradefinder.codecs.BarEncoder;
import com.tradefinder.codecs.BestBidOfferEncoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.CancelOrderEncoder;
import com.tradefinder.codecs.FundingRateEncoder;
import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.MarkPriceEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.NewOrderEncoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.PriceSource;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.codecs.TradeEncoder;
import com.tradefinder.codecs.VenueSetupEncoder;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.testsupport.AllocationMeter;
import com.tradefinder.engine.util.Hashing;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The venue allocates nothing per command or event once warm: rounds exercising every order type, partial fills on
 * trades and quotes, bars with stops and take-profits, rejections with rendered texts, cancels, latency, mark prices
 * and funding. Rounds during which a collection ran are discarded. Nine in ten clean rounds must allocate zero bytes:
 * over 40,000 rounds a handful showed 48 to 736 bytes at random rounds, never the same one twice (objects the JIT had
 * scalar-replaced, materialised when a compiled method deoptimises), while a real allocation on the path shows in
 * every round.
 */
class AllocationTest
{
    private static final int TRADED = 1;
    private static final int BARRED = 2;
    private static final int BOT = 7;
    private static final long ONE = 1_000_000L;
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long ROUND_NS = 600 * SECOND;
    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final int WARM_UP_ROUNDS = 2_000;
    private static final int MEASURED_ROUNDS = 30;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final NewOrderEncoder newOrder = new NewOrderEncoder();
    private final CancelOrderEncoder cancel = new CancelOrderEncoder();
    private final VenueSetupEncoder setup = new VenueSetupEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final BestBidOfferEncoder quote = new BestBidOfferEncoder();
    private final BarEncoder bar = new BarEncoder();
    private final MarkPriceEncoder mark = new MarkPriceEncoder();
    private final FundingRateEncoder funding = new FundingRateEncoder();
    private long events;
    private long checksum;
    private final SimulatedVenue venue = new SimulatedVenue(
        new VenueSimulationSettings().latencyNs(MS).slippageBps(2).startingBalanceMantissa(1_000_000_00_000_000L),
        this::onExecution);

    @Test
    void shouldAllocateNothingPerRoundOnceWarm()
    {
        // arrange
        venue.define(new InstrumentSpec().set(TRADED, -2, -6, 10, 1000, 1000, 500_000_000L, 125));
        venue.define(new InstrumentSpec().set(BARRED, -2, -6, 10, 1000, 1000, 500_000_000L, 125));
        for (int round = 0; round < WARM_UP_ROUNDS; round++)
        {
            round(round);
        }
        final long eventsPerRound = events / WARM_UP_ROUNDS;
        long overhead = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++)
        {
            final long start = AllocationMeter.currentThreadAllocatedBytes();
            overhead = Math.min(overhead, AllocationMeter.currentThreadAllocatedBytes() - start);
        }

        // act
        int clean = 0;
        int zero = 0;
        long worst = 0;
        for (int round = WARM_UP_ROUNDS; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++)
        {
            final long collections = AllocationMeter.collections();
            final long before = AllocationMeter.currentThreadAllocatedBytes();
            round(round);
            final long allocated = AllocationMeter.currentThreadAllocatedBytes() - before - overhead;
            if (AllocationMeter.collections() == collections)
            {
                clean++;
                zero += allocated == 0 ? 1 : 0;
                worst = Math.max(worst, allocated);
            }
        }

        // assert
        assertThat(eventsPerRound).as("events per round").isGreaterThan(30);
        assertThat(clean).as("rounds without a collection").isPositive();
        assertThat(zero * 10).as("clean rounds allocating nothing, of %d (worst %d bytes), times ten", clean, worst)
            .isGreaterThanOrEqualTo(clean * 9);
        assertThat(venue.stateHash(Hashing.SEED)).isNotZero();
        assertThat(checksum).isNotZero();
    }

    private void onExecution(final DirectBuffer src, final int offset, final int length, final long timeNs)
    {
        events++;
        checksum += src.getShort(offset + 2) + length + (timeNs & 0xFF);
    }

    private void round(final int round)
    {
        final long t = T0 + round * ROUND_NS;
        // live prices on TRADED
        trade(TRADED, 10000, ONE, t);
        order(TRADED, 1, Side.BUY, PositionSide.LONG, OrderType.LIMIT, TimeInForce.GTC, 9900, 0, 2 * ONE, t);
        order(TRADED, 2, Side.BUY, PositionSide.LONG, OrderType.MARKET, TimeInForce.GTC, 0, 0, ONE, t);
        order(TRADED, 3, Side.SELL, PositionSide.LONG, OrderType.STOP_MARKET, TimeInForce.GTC, 0, 9800, 3 * ONE, t);
        order(TRADED, 4, Side.SELL, PositionSide.LONG, OrderType.TAKE_PROFIT_MARKET, TimeInForce.GTC, 0, 10200, ONE, t);
        order(TRADED, 5, Side.BUY, PositionSide.LONG, OrderType.LIMIT, TimeInForce.GTC, 5000, 0, 1000, t);
        order(TRADED, 6, Side.BUY, PositionSide.LONG, OrderType.LIMIT, TimeInForce.IOC, 9000, 0, ONE, t);
        order(TRADED, 7, Side.SELL, PositionSide.SHORT, OrderType.LIMIT, TimeInForce.POST_ONLY, 10010, 0, ONE, t);
        setup(TRADED, 500, t);
        cancel(TRADED, 99, t);
        venue.advanceTo(t + 2 * MS);
        trade(TRADED, 9890, ONE / 2, t + 3 * MS);
        quote(TRADED, 9880, 10 * ONE, 9885, 10 * ONE, t + 4 * MS);
        mark(TRADED, 9900, t + 5 * MS);
        funding(TRADED, 100_000, t + 6 * MS);
        trade(TRADED, 9790, ONE, t + 7 * MS);
        cancel(TRADED, 4, t + 7 * MS);
        cancel(TRADED, 7, t + 7 * MS);
        venue.advanceTo(t + 9 * MS);

        // bars on BARRED: a market entry at the next open, then a bracket the following bar resolves
        final long b = t + SECOND;
        bar(BARRED, b, 10000, 10000, 10000, 10000);
        order(BARRED, 10, Side.BUY, PositionSide.LONG, OrderType.MARKET, TimeInForce.GTC, 0, 0, ONE, b + 60 * SECOND);
        bar(BARRED, b + 60 * SECOND, 10000, 10000, 10000, 10000);
        order(BARRED, 11, Side.SELL, PositionSide.LONG, OrderType.STOP_MARKET, TimeInForce.GTC, 0, 9600, ONE,
            b + 120 * SECOND);
        order(BARRED, 12, Side.SELL, PositionSide.LONG, OrderType.TAKE_PROFIT_MARKET, TimeInForce.GTC, 0, 10400, ONE,
            b + 120 * SECOND);
        order(BARRED, 13, Side.SELL, PositionSide.SHORT, OrderType.LIMIT, TimeInForce.GTC, 10300, 0, ONE,
            b + 120 * SECOND);
        bar(BARRED, b + 120 * SECOND, 10000, 10600, 9550, 10500);
        order(BARRED, 14, Side.BUY, PositionSide.SHORT, OrderType.MARKET, TimeInForce.GTC, 0, 0, ONE,
            b + 180 * SECOND);
        bar(BARRED, b + 180 * SECOND, 10500, 10500, 10500, 10500);
    }

    private void order(final int instrumentId, final long clientOrderId, final Side side,
        final PositionSide positionSide, final OrderType type, final TimeInForce tif, final long price,
        final long stopPrice, final long size, final long timeNs)
    {
        newOrder.wrapAndApplyHeader(buffer, 0, header)
            .botId(BOT)
            .strategyId(1)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .side(side)
            .positionSide(positionSide)
            .orderType(type)
            .timeInForce(tif)
            .priceMantissa(price)
            .stopPriceMantissa(stopPrice)
            .sizeMantissa(size)
            .reduceOnly(BooleanType.FALSE)
            .closePosition(BooleanType.FALSE)
            .timeNs(timeNs);
        venue.onCommand(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + newOrder.encodedLength(), timeNs);
    }

    private void cancel(final int instrumentId, final long clientOrderId, final long timeNs)
    {
        cancel.wrapAndApplyHeader(buffer, 0, header)
            .botId(BOT)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .timeNs(timeNs);
        venue.onCommand(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + cancel.encodedLength(), timeNs);
    }

    private void setup(final int instrumentId, final int leverage, final long timeNs)
    {
        setup.wrapAndApplyHeader(buffer, 0, header)
            .botId(BOT)
            .instrumentId(instrumentId)
            .positionMode(PositionMode.HEDGE)
            .marginMode(MarginMode.ISOLATED)
            .leverage(leverage)
            .timeNs(timeNs);
        venue.onCommand(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + setup.encodedLength(), timeNs);
    }

    private void trade(final int instrumentId, final long price, final long size, final long timeNs)
    {
        trade.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs)
            .tradeId(timeNs)
            .priceMantissa(price)
            .sizeMantissa(size)
            .aggressorSide(Side.SELL);
        venue.onMarketData(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength());
    }

    private void quote(final int instrumentId, final long bid, final long bidSize, final long ask, final long askSize,
        final long timeNs)
    {
        quote.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs)
            .updateId(timeNs)
            .bidPriceMantissa(bid)
            .bidSizeMantissa(bidSize)
            .askPriceMantissa(ask)
            .askSizeMantissa(askSize);
        venue.onMarketData(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + quote.encodedLength());
    }

    private void bar(final int instrumentId, final long openTimeNs, final long open, final long high, final long low,
        final long close)
    {
        bar.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .priceSource(PriceSource.TRADE)
            .timeframeSec(60)
            .openTimeNs(openTimeNs)
            .receiveTimeNs(openTimeNs + 60 * SECOND)
            .openMantissa(open)
            .highMantissa(high)
            .lowMantissa(low)
            .closeMantissa(close)
            .volumeMantissa(ONE)
            .closed(BooleanType.TRUE);
        venue.onMarketData(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength());
    }

    private void mark(final int instrumentId, final long price, final long timeNs)
    {
        mark.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs)
            .markPriceMantissa(price)
            .indexPriceMantissa(price)
            .fundingRatePpb(0)
            .nextFundingTimeNs(timeNs);
        venue.onMarketData(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + mark.encodedLength());
    }

    private void funding(final int instrumentId, final long ratePpb, final long timeNs)
    {
        funding.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .fundingTimeNs(timeNs)
            .receiveTimeNs(timeNs)
            .fundingRatePpb(ratePpb)
            .intervalHours(8);
        venue.onMarketData(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + funding.encodedLength());
    }
}

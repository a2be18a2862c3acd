package com.tradefinder.tools.run;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.NewOrderEncoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.tools.importer.HistoryImport;
import com.tradefinder.tools.importer.ImportOptions;
import com.tradefinder.tools.importer.ImportReport;
import com.tradefinder.tools.session.EngineSetup;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The paper venue's queue under a burst, in the situation that deadlocks a naive design: the business thread pours
 * market data and market orders into a tiny venue queue while the inbound ring is full and nobody drains it (the
 * business thread, its only consumer, is busy pouring). The venue must keep reading, hold its answers, and deliver
 * every one of them, in order, once the ring drains.
 */
class PaperVenueBurstTest
{
    private static final int TRADES = 4_000;
    private static final int ORDER_EVERY = 10;

    /** A ring that is full until {@link #open()}: then a drainer takes every answer, in order. */
    private static final class StuckRing implements InboundPublisher
    {
        final ConcurrentLinkedQueue<byte[]> taken = new ConcurrentLinkedQueue<>();
        final AtomicInteger refusals = new AtomicInteger();
        volatile boolean open;

        void open()
        {
            open = true;
        }

        @Override
        public long publish(final DirectBuffer buffer, final int offset, final int length)
        {
            throw new AssertionError("the venue must never block on the ring");
        }

        @Override
        public long tryPublish(final DirectBuffer buffer, final int offset, final int length)
        {
            if (!open)
            {
                refusals.incrementAndGet();
                return -1;
            }
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            taken.add(copy);
            return taken.size();
        }
    }

    /** 0.005 BTC (about 300 USDT in the capture) as a mantissa of the given exponent. */
    private static long fiveThousandths(final int sizeExponent)
    {
        long mantissa = 5;
        for (int exponent = -3; exponent > sizeExponent; exponent--)
        {
            mantissa *= 10;
        }
        return mantissa;
    }

    @Test
    void shouldNeitherBlockTheBusinessThreadNorLoseAnswersWhenTheRingIsFull(@TempDir final Path dir)
        throws Exception
    {
        // arrange
        final List<BotConfig> bots = List.of(BotConfigLoader.load(PaperBots.write(dir, "burst", true)));
        final PaperVenue venue = new PaperVenue(new EngineSetup(bots).venueSettings(), 4096);
        final StuckRing ring = new StuckRing();
        venue.start(ring);
        final UnsafeBuffer order = new UnsafeBuffer(new byte[128]);
        final NewOrderEncoder newOrder = new NewOrderEncoder();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final TradeDecoder trade = new TradeDecoder();
        final InstrumentDefinitionDecoder definition = new InstrumentDefinitionDecoder();
        final AtomicInteger ordersSent = new AtomicInteger();
        final AtomicBoolean flushed = new AtomicBoolean();

        try (HistoryImport history = HistoryImport.open(List.of(PaperBots.capture()),
            ImportOptions.defaults().instruments(Set.of("BTCUSDT")), new ImportReport(5)))
        {
            // act: the business thread's burst, nothing drains the ring meanwhile
            assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
            {
                int trades = 0;
                long sequence = 0;
                long sizeMantissa = 0;
                while (trades < TRADES && history.next())
                {
                    header.wrap(history.buffer(), history.offset());
                    final int templateId = header.templateId();
                    venue.onInbound(sequence++, history.buffer(), history.offset(), history.length());
                    if (templateId == InstrumentDefinitionDecoder.TEMPLATE_ID)
                    {
                        sizeMantissa = fiveThousandths(definition.wrapAndApplyHeader(history.buffer(),
                            history.offset(), header).sizeExponent());
                    }
                    if (templateId != TradeDecoder.TEMPLATE_ID)
                    {
                        continue;
                    }
                    trades++;
                    if (trades % ORDER_EVERY == 0)
                    {
                        trade.wrapAndApplyHeader(history.buffer(), history.offset(), header);
                        newOrder.wrapAndApplyHeader(order, 0, new MessageHeaderEncoder())
                            .botId(0).strategyId(0).clientOrderId(1_000 + trades).instrumentId(trade.instrumentId())
                            .side((trades / ORDER_EVERY) % 2 == 0 ? Side.SELL : Side.BUY)
                            .positionSide(PositionSide.BOTH).orderType(OrderType.MARKET)
                            .timeInForce(TimeInForce.GTC).priceMantissa(0).stopPriceMantissa(0)
                            .sizeMantissa(sizeMantissa).reduceOnly(BooleanType.FALSE).closePosition(BooleanType.FALSE)
                            .timeNs(trade.exchangeTimeNs());
                        venue.onOutbound(sequence, order, 0,
                            MessageHeaderEncoder.ENCODED_LENGTH + newOrder.encodedLength());
                        ordersSent.incrementAndGet();
                    }
                }
            });
            ring.open();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> flushed.set(venue.flush(20_000) >= 0));
            venue.close();
        }

        // assert
        assertThat(flushed).isTrue();
        assertThat(ordersSent.get()).isEqualTo(TRADES / ORDER_EVERY);
        assertThat(venue.queueFullWaits()).as("the venue queue filled up during the burst").isPositive();
        assertThat(ring.refusals.get()).as("the ring refused answers while full").isPositive();
        assertThat(venue.newOrders()).isEqualTo(ordersSent.get());
        assertThat(ring.taken).hasSize((int)venue.answersPublished());
        final long fills = ring.taken.stream().filter(bytes ->
            new MessageHeaderDecoder().wrap(new UnsafeBuffer(bytes), 0).templateId() == FillDecoder.TEMPLATE_ID)
            .count();
        assertThat(fills).as("fills delivered").isEqualTo(venue.fills()).isGreaterThanOrEqualTo(ordersSent.get());
        assertThat(venue.summary()).doesNotContain("stopped on");
        final OrderAcceptedDecoder accepted = new OrderAcceptedDecoder();
        final List<Long> acceptedIds = ring.taken.stream()
            .map(UnsafeBuffer::new)
            .filter(buffer -> new MessageHeaderDecoder().wrap(buffer, 0).templateId() ==
                OrderAcceptedDecoder.TEMPLATE_ID)
            .map(buffer -> accepted.wrapAndApplyHeader(buffer, 0, new MessageHeaderDecoder()).clientOrderId())
            .toList();
        assertThat(acceptedIds).as("answers in order").hasSize(ordersSent.get()).isSorted();
    }
}

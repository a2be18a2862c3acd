package com.tradefinder.gateway.binance.order;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import com.sun.management.ThreadMXBean;
import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.gateway.binance.rest.BinanceSigner;

import static com.tradefinder.gateway.binance.order.Commands.BTC;
import static com.tradefinder.gateway.binance.order.Commands.CLIENT_ORDER_ID;
import static com.tradefinder.gateway.binance.order.Commands.ETH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Frame in, signed order bytes out" allocates nothing once warm: every order type, both position modes, cancels.
 */
class OrderRequestEncoderAllocationTest
{
    private static final int WARM_UP_ROUNDS = 10_000;
    private static final int MEASURED_ROUNDS = 3_000;
    /** As in the market-data allocation test: another thread's collection can make the count drift once. */
    private static final int MEASURED_PASSES = 12;

    @Test
    void shouldNotAllocateWhileEncodingAndSigningOrdersAfterWarmUp()
    {
        // arrange
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        final OrderRequestEncoder encoder = new OrderRequestEncoder(Commands.instruments(),
            new BinanceSigner(OrderRequestEncoderTest.SECRET.getBytes(StandardCharsets.US_ASCII)), 5000,
            WorkingType.CONTRACT_PRICE, true);
        final NewOrderDecoder[] orders = {
            new Commands().limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.LONG, TimeInForce.GTC,
                6_394_390_000_000L, 1_500),
            new Commands().limit(CLIENT_ORDER_ID + 1, Side.SELL, PositionSide.SHORT, TimeInForce.POST_ONLY,
                6_394_390_000_001L, 3),
            new Commands().newOrder(CLIENT_ORDER_ID + 2, ETH, Side.SELL, PositionSide.LONG, OrderType.MARKET,
                TimeInForce.GTC, 0, 0, 10, true, false),
            new Commands().newOrder(CLIENT_ORDER_ID + 3, BTC, Side.SELL, PositionSide.LONG, OrderType.STOP_MARKET,
                TimeInForce.GTC, 0, 6_000_012_345_678L, 0, false, true),
            new Commands().newOrder(CLIENT_ORDER_ID + 4, ETH, Side.BUY, PositionSide.SHORT,
                OrderType.TAKE_PROFIT_MARKET, TimeInForce.GTC, 0, 350_050, 2_000, false, false)};
        final Commands cancels = new Commands();
        final CancelOrderDecoder cancel = cancels.cancel(CLIENT_ORDER_ID, BTC);
        final UnsafeBuffer out = new UnsafeBuffer(new byte[OrderRequestEncoder.MAX_LENGTH]);

        // act
        final long warmUpChecksum = run(encoder, orders, cancel, out, WARM_UP_ROUNDS);
        long fewest = Long.MAX_VALUE;
        int passes = 0;
        while (passes < MEASURED_PASSES && fewest > 0)
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            final long checksum = run(encoder, orders, cancel, out, MEASURED_ROUNDS);
            fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
            passes++;
            assertThat(checksum * WARM_UP_ROUNDS).isEqualTo(warmUpChecksum * MEASURED_ROUNDS);
        }

        // assert
        assertThat(fewest).isZero();
    }

    private static long run(
        final OrderRequestEncoder encoder,
        final NewOrderDecoder[] orders,
        final CancelOrderDecoder cancel,
        final UnsafeBuffer out,
        final int rounds)
    {
        long checksum = 0;
        for (int round = 0; round < rounds; round++)
        {
            encoder.hedgeMode((round & 1) == 0);
            for (final NewOrderDecoder order : orders)
            {
                checksum += encoder.encodeNewOrder(order, 1_700_000_000_000L, out);
            }
            checksum += encoder.encodeCancel(cancel, (round & 2) == 0, 1_700_000_000_000L, out);
        }
        return checksum;
    }
}

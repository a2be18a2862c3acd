package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exact average prices, fees and slippage on a pooled order, and the pool's reuse order.
 */
class OrderTest
{
    @Test
    void shouldAverageFillsExactlyEvenWhenPriceTimesSizeOverflowsALong()
    {
        // BTC at 97,123.45678901 and sizes of tens of coins, both at exponent -8: products near 10^21
        final Order order = order(Side.BUY, 100_000_000_000L);
        final long[][] fills = {
            {9_712_345_678_901L, 3_333_333_333L}, {9_712_345_678_999L, 2_500_000_001L},
            {9_800_000_000_001L, 4_166_666_666L},
        };
        BigInteger notional = BigInteger.ZERO;
        long filled = 0;

        for (final long[] fill : fills)
        {
            order.fill(1, fill[0], fill[1], 5, 10);
            notional = notional.add(BigInteger.valueOf(fill[0]).multiply(BigInteger.valueOf(fill[1])));
            filled += fill[1];
        }

        final long expected = new BigDecimal(notional).divide(BigDecimal.valueOf(filled), 0, RoundingMode.HALF_UP)
            .longValueExact();
        assertThat(notional.bitLength()).isGreaterThan(63);
        assertThat(order.averagePriceMantissa()).isEqualTo(expected);
        assertThat(order.filledSizeMantissa()).isEqualTo(filled);
        assertThat(order.feesMantissa()).isEqualTo(15);
        assertThat(order.remainingSizeMantissa()).isEqualTo(100_000_000_000L - filled);
    }

    @Test
    void shouldRoundTheAverageHalfUp()
    {
        final Order order = order(Side.BUY, 4);

        order.fill(1, 10, 1, 0, 1);
        order.fill(1, 11, 1, 0, 2);

        assertThat(order.averagePriceMantissa()).isEqualTo(11);
        order.fill(1, 10, 1, 0, 3);
        assertThat(order.averagePriceMantissa()).isEqualTo(10);
    }

    @Test
    void shouldMeasureSlippageAgainstTheIntendedPriceAsACostForBothSides()
    {
        final Order buy = order(Side.BUY, 10);
        buy.intendedPriceMantissa(1_000);
        buy.fill(1, 1_004, 10, 0, 1);
        final Order sell = order(Side.SELL, 10);
        sell.intendedPriceMantissa(1_000);
        sell.fill(1, 996, 10, 0, 1);
        final Order unfilled = order(Side.SELL, 10);
        unfilled.intendedPriceMantissa(1_000);

        assertThat(buy.slippageMantissa()).isEqualTo(4);
        assertThat(sell.slippageMantissa()).isEqualTo(4);
        assertThat(unfilled.slippageMantissa()).isZero();
        assertThat(unfilled.averagePriceMantissa()).isZero();
    }

    @Test
    void shouldDivideWideSumsAndRefuseOverflow()
    {
        assertThat(Notional.divideRound(1, 0, 4)).isEqualTo(1L << 62);
        assertThat(Notional.divideRound(0, 7, 2)).isEqualTo(4);
        assertThat(Notional.carry(-1L, 1L)).isEqualTo(1);
        assertThat(Notional.carry(5L, 1L)).isZero();
        assertThatThrownBy(() -> Notional.divideRound(4, 0, 4)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Notional.divideRound(0, 4, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void shouldHandOutFreeOrdersFirstThenTheOldestRetired()
    {
        final OrderPool pool = new OrderPool(3);
        final Order a = pool.acquire();
        final Order b = pool.acquire();
        final Order c = pool.acquire();

        assertThat(pool.acquire()).isNull();
        pool.retire(b);
        pool.retire(a);
        assertThat(pool.available()).isEqualTo(2);
        assertThat(pool.acquire()).isSameAs(b);
        assertThat(pool.acquire()).isSameAs(a);
        assertThat(pool.acquire()).isNull();
        assertThat(c).isNotNull();
        assertThat(pool.capacity()).isEqualTo(3);
    }

    private static Order order(final Side side, final long size)
    {
        final Order order = new Order();
        order.define(1, 1, 1, 1, OrderRole.ENTRY, side, PositionSide.BOTH,
            side == Side.BUY ? PositionSide.LONG : PositionSide.SHORT, OrderType.LIMIT, 1, 0, size, false, 0);
        assertThat(order.state()).isEqualTo(OrderState.PENDING_NEW);
        return order;
    }
}

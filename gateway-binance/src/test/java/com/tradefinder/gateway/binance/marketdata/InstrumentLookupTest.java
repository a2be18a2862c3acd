package com.tradefinder.gateway.binance.marketdata;

import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentLookupTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);

    @Test
    void shouldFindSymbolsInAnyCaseWithTheirIdsAndExponents()
    {
        final InstrumentLookup lookup = new InstrumentLookup(2);
        final int btc = lookup.register("BTCUSDT", 11, -8, -3);
        final int eth = lookup.register("ethusdt", 12, -7, -2);

        final int lowerBtc = find(lookup, "xxbtcusdt@trade", 2, 7);
        final int upperEth = find(lookup, "ETHUSDT", 0, 7);

        assertThat(lowerBtc).isEqualTo(btc).isEqualTo(lookup.find("btcUSDT"));
        assertThat(upperEth).isEqualTo(eth);
        assertThat(lookup.instrumentId(btc)).isEqualTo(11);
        assertThat(lookup.priceExponent(btc)).isEqualTo(-8);
        assertThat(lookup.sizeExponent(btc)).isEqualTo(-3);
        assertThat(lookup.instrumentId(eth)).isEqualTo(12);
        assertThat(lookup.priceExponent(eth)).isEqualTo(-7);
        assertThat(lookup.sizeExponent(eth)).isEqualTo(-2);
        assertThat(lookup.size()).isEqualTo(2);
    }

    @Test
    void shouldNotFindPrefixesExtensionsOrUnknownSymbols()
    {
        final InstrumentLookup lookup = new InstrumentLookup(1);
        lookup.register("BTCUSDT", 1, -1, -3);

        assertThat(find(lookup, "BTCUSD", 0, 6)).isEqualTo(InstrumentLookup.NOT_FOUND);
        assertThat(find(lookup, "BTCUSDTX", 0, 8)).isEqualTo(InstrumentLookup.NOT_FOUND);
        assertThat(find(lookup, "XRPUSDT", 0, 7)).isEqualTo(InstrumentLookup.NOT_FOUND);
        assertThat(find(lookup, "", 0, 0)).isEqualTo(InstrumentLookup.NOT_FOUND);
        assertThat(find(lookup, "A".repeat(30), 0, 30)).isEqualTo(InstrumentLookup.NOT_FOUND);
        assertThat(lookup.find("BTC-USDT")).isEqualTo(InstrumentLookup.NOT_FOUND);
    }

    @Test
    void shouldKeepEverySymbolOfAFullTableFindable()
    {
        final int capacity = 500;
        final InstrumentLookup lookup = new InstrumentLookup(capacity);
        for (int i = 0; i < capacity; i++)
        {
            lookup.register("SYM" + i + "USDT", 1_000 + i, -(i % 10), -(i % 5));
        }

        for (int i = 0; i < capacity; i++)
        {
            final String symbol = "sym" + i + "usdt";
            final int entry = find(lookup, symbol, 0, symbol.length());
            assertThat(entry).as(symbol).isEqualTo(i);
            assertThat(lookup.instrumentId(entry)).isEqualTo(1_000 + i);
            assertThat(lookup.priceExponent(entry)).isEqualTo(-(i % 10));
            assertThat(lookup.sizeExponent(entry)).isEqualTo(-(i % 5));
        }
        assertThatThrownBy(() -> lookup.register("ONEMORE", 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseBadRegistrations()
    {
        final InstrumentLookup lookup = new InstrumentLookup(4);
        lookup.register("BTCUSDT", 1, -1, -3);

        assertThatThrownBy(() -> lookup.register("btcusdt", 2, -1, -3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lookup.register("", 2, -1, -3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lookup.register("A".repeat(21), 2, -1, -3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lookup.register("BTC@USDT", 2, -1, -3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lookup.register("ETHUSDT", 2, 1, -3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lookup.register("ETHUSDT", 2, -1, -19)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InstrumentLookup(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(lookup.size()).isEqualTo(1);
    }

    @Test
    void shouldFindSymbolsOfEveryLengthInArraysAsInBuffersWhereverTheyLie()
    {
        final InstrumentLookup lookup = new InstrumentLookup(InstrumentLookup.MAX_SYMBOL_LENGTH);
        final String letters = "1000PEPEUSDTBTCDOMUSD";
        for (int length = 1; length <= InstrumentLookup.MAX_SYMBOL_LENGTH; length++)
        {
            lookup.register(letters.substring(0, length), length, -length % 10, 0);
        }
        int found = 0;

        for (int length = 1; length <= InstrumentLookup.MAX_SYMBOL_LENGTH; length++)
        {
            final String symbol = letters.substring(0, length).toLowerCase();
            final String nearMiss = symbol.substring(0, length - 1) + '~';
            for (final int offset : new int[]{ 0, 3, 64 - length })
            {
                // a symbol at the array's very end is read byte by byte, elsewhere a word at a time
                final byte[] bytes = new byte[64];
                System.arraycopy(symbol.getBytes(StandardCharsets.US_ASCII), 0, bytes, offset, length);
                final int fromArray = lookup.find(bytes, offset, length);
                System.arraycopy(nearMiss.getBytes(StandardCharsets.US_ASCII), 0, bytes, offset, length);
                final int missFromArray = lookup.find(bytes, offset, length);
                final int fromBuffer = find(lookup, "  " + symbol, 2, length);

                assertThat(fromArray).isEqualTo(fromBuffer).isEqualTo(lookup.find(symbol.toUpperCase()));
                assertThat(lookup.instrumentId(fromArray)).isEqualTo(length);
                assertThat(missFromArray).isEqualTo(InstrumentLookup.NOT_FOUND);
                found++;
            }
        }

        assertThat(found).isEqualTo(3 * InstrumentLookup.MAX_SYMBOL_LENGTH);
    }

    private int find(final InstrumentLookup lookup, final String text, final int offset, final int length)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        buffer.putBytes(0, bytes);
        return lookup.find(buffer, offset, length);
    }
}

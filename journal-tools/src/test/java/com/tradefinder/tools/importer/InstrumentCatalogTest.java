package com.tradefinder.tools.importer;

import java.nio.file.Path;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.Venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentCatalogTest
{
    private final InstrumentCatalog catalog = new InstrumentCatalog();

    @Test
    void shouldAssignIdsInOrderOfFirstRegistration()
    {
        assertThat(catalog.register(Venue.BYBIT_LINEAR, "ETHUSDT")).isEqualTo(1);
        assertThat(catalog.register(Venue.BINANCE_USDM, "ETHUSDT")).isEqualTo(2);
        assertThat(catalog.register(Venue.BYBIT_LINEAR, "ETHUSDT")).isEqualTo(1);
        assertThat(catalog.register(Venue.BINANCE_USDM, "BTCUSDT")).isEqualTo(3);

        assertThat(catalog.size()).isEqualTo(3);
        assertThat(catalog.find(Venue.BINANCE_USDM, "BTCUSDT")).isEqualTo(3);
        assertThat(catalog.find(Venue.BYBIT_LINEAR, "BTCUSDT")).isZero();
        assertThat(catalog.symbol(2)).isEqualTo("ETHUSDT");
        assertThat(catalog.venue(2)).isEqualTo(Venue.BINANCE_USDM);
    }

    @Test
    void shouldKnowExchangeFiltersOfTheSymbolsInTheData()
    {
        final int binanceBtc = catalog.register(Venue.BINANCE_USDM, "BTCUSDT");
        final int binanceEth = catalog.register(Venue.BINANCE_USDM, "ETHUSDT");
        final int bybitBtc = catalog.register(Venue.BYBIT_LINEAR, "BTCUSDT");
        final int bybitEth = catalog.register(Venue.BYBIT_LINEAR, "ETHUSDT");

        assertThat(catalog.priceExponent(binanceBtc)).isEqualTo(-8);
        assertThat(catalog.sizeExponent(binanceBtc)).isEqualTo(-8);
        assertThat(catalog.tickSizeMantissa(binanceBtc)).isEqualTo(10_000_000L);
        assertThat(catalog.stepSizeMantissa(binanceBtc)).isEqualTo(100_000L);
        assertThat(catalog.minSizeMantissa(binanceBtc)).isEqualTo(100_000L);
        assertThat(catalog.minNotionalMantissa(binanceBtc)).isEqualTo(10_000_000_000L);
        assertThat(catalog.maxLeverage(binanceBtc)).isEqualTo(125);

        assertThat(catalog.tickSizeMantissa(binanceEth)).isEqualTo(1_000_000L);
        assertThat(catalog.stepSizeMantissa(binanceEth)).isEqualTo(100_000L);
        assertThat(catalog.minNotionalMantissa(binanceEth)).isEqualTo(2_000_000_000L);
        assertThat(catalog.maxLeverage(binanceEth)).isEqualTo(100);

        assertThat(catalog.tickSizeMantissa(bybitBtc)).isEqualTo(10_000_000L);
        assertThat(catalog.minNotionalMantissa(bybitBtc)).isEqualTo(500_000_000L);
        assertThat(catalog.maxLeverage(bybitBtc)).isEqualTo(100);

        assertThat(catalog.stepSizeMantissa(bybitEth)).isEqualTo(1_000_000L);
        assertThat(catalog.minSizeMantissa(bybitEth)).isEqualTo(1_000_000L);
    }

    @Test
    void shouldGiveUnknownSymbolsPermissiveGridAndNoLeverage()
    {
        final int id = catalog.register(Venue.BINANCE_USDM, "SOLUSDT");

        assertThat(catalog.tickSizeMantissa(id)).isEqualTo(1);
        assertThat(catalog.stepSizeMantissa(id)).isEqualTo(1);
        assertThat(catalog.minSizeMantissa(id)).isEqualTo(1);
        assertThat(catalog.minNotionalMantissa(id)).isZero();
        assertThat(catalog.maxLeverage(id)).isEqualTo(1);
    }

    @Test
    void shouldEncodeInstrumentDefinition()
    {
        final int id = catalog.register(Venue.BINANCE_USDM, "BTCUSDT");
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);

        final int length = catalog.encodeDefinition(id, 1_577_840_400_000_000_000L, buffer, 16);

        final InstrumentDefinitionDecoder decoder =
            new InstrumentDefinitionDecoder().wrapAndApplyHeader(buffer, 16, new MessageHeaderDecoder());
        assertThat(length).isEqualTo(MessageHeaderDecoder.ENCODED_LENGTH + decoder.encodedLength());
        assertThat(decoder.instrumentId()).isEqualTo(id);
        assertThat(decoder.venue()).isEqualTo(Venue.BINANCE_USDM);
        assertThat(decoder.symbol()).isEqualTo("BTCUSDT");
        assertThat(decoder.priceExponent()).isEqualTo((byte)-8);
        assertThat(decoder.sizeExponent()).isEqualTo((byte)-8);
        assertThat(decoder.tickSizeMantissa()).isEqualTo(10_000_000L);
        assertThat(decoder.stepSizeMantissa()).isEqualTo(100_000L);
        assertThat(decoder.minSizeMantissa()).isEqualTo(100_000L);
        assertThat(decoder.minNotionalMantissa()).isEqualTo(10_000_000_000L);
        assertThat(decoder.maxLeverage()).isEqualTo(125);
        assertThat(decoder.timeNs()).isEqualTo(1_577_840_400_000_000_000L);
    }

    @Test
    void shouldInferVenueAndSymbolFromFileNames()
    {
        assertThat(InstrumentCatalog.infer(Path.of("binance-futures-um-ETHUSDT-1h-2020-01-01_2026-05-16.csv"),
            ImportOptions.defaults()))
            .isEqualTo(new InstrumentCatalog.InstrumentKey(Venue.BINANCE_USDM, "ETHUSDT"));
        assertThat(InstrumentCatalog.infer(Path.of("/data/bybit-linear-BTCUSDT-fundingRate-8h-2025.csv"),
            ImportOptions.defaults()))
            .isEqualTo(new InstrumentCatalog.InstrumentKey(Venue.BYBIT_LINEAR, "BTCUSDT"));
    }

    @Test
    void shouldLetOverridesReplaceOrFillTheFileName()
    {
        assertThat(InstrumentCatalog.infer(Path.of("binance-futures-um-ETHUSDT-1h.csv"),
            ImportOptions.defaults().symbol("btcusdt")))
            .isEqualTo(new InstrumentCatalog.InstrumentKey(Venue.BINANCE_USDM, "BTCUSDT"));
        assertThat(InstrumentCatalog.infer(Path.of("klines-1h.csv"),
            ImportOptions.defaults().venue(Venue.BYBIT_LINEAR).symbol("ETHUSDT")))
            .isEqualTo(new InstrumentCatalog.InstrumentKey(Venue.BYBIT_LINEAR, "ETHUSDT"));
    }

    @Test
    void shouldRefuseUnrecognisedFileNameWithOneLine()
    {
        final Path file = Path.of("data", "binance-spot-BTCUSDT-1h-2018-01-01_2026-05-16.csv");

        assertThatThrownBy(() -> catalog.register(file, ImportOptions.defaults()))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ": cannot tell the venue from the file name (expected binance-futures-um-SYMBOL-... or " +
                "bybit-linear-SYMBOL-...): set the venue and symbol overrides");
        assertThatThrownBy(() -> catalog.register(file, ImportOptions.defaults().symbol("BTCUSDT")))
            .isInstanceOf(ImportException.class)
            .hasMessageContaining("cannot tell the venue");
        assertThat(catalog.size()).isZero();
    }
}

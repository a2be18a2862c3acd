package com.tradefinder.tools.report;

import com.tradefinder.tools.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrencyRatesTest
{
    private static final List<String> CHF_EUR = List.of("CHF", "EUR");

    private static CurrencyRates parse(final String... lines)
    {
        return CurrencyRates.parse("rates.csv", List.of(lines), CHF_EUR);
    }

    @Test
    void shouldConvertAtTheRateOfTheUtcDate()
    {
        final CurrencyRates rates = parse("date,CHF,EUR", "2024-01-01,0.84,0.91", "2024-01-02,0.85,0.92");
        assertThat(rates.rate("CHF", ReportJournal.time("2024-01-01T23:59:59Z"))).isEqualTo(0.84);
        assertThat(rates.rate("CHF", ReportJournal.time("2024-01-02T00:00:00Z"))).isEqualTo(0.85);
        assertThat(rates.rate("EUR", ReportJournal.time("2024-01-02T12:00:00Z"))).isEqualTo(0.92);
        assertThat(rates.rate("USD", 0)).isEqualTo(1.0);
        assertThat(rates.currencies()).containsExactly("CHF", "EUR");
    }

    @Test
    void shouldUseTheLastEarlierRateForAMissingDate()
    {
        // no row for 01-03 to 01-05 (a weekend): the 01-02 rate applies; 01-06 has its own
        final CurrencyRates rates = parse("date,EUR,CHF", "2024-01-02,0.92,0.85", "2024-01-06,0.93,0.86");
        assertThat(rates.rate("CHF", ReportJournal.time("2024-01-05T10:00:00Z"))).isEqualTo(0.85);
        assertThat(rates.rate("CHF", ReportJournal.time("2024-02-01T10:00:00Z"))).isEqualTo(0.86);
    }

    @Test
    void shouldRefuseADateBeforeTheFirstRateInOneLine()
    {
        final CurrencyRates rates = parse("date,CHF,EUR", "2024-01-02,0.85,0.92");
        assertThatThrownBy(() -> rates.rate("CHF", ReportJournal.time("2024-01-01T10:00:00Z")))
            .isInstanceOf(UserException.class)
            .hasMessage("rates file rates.csv has no CHF rate on or before 2024-01-01 (its first row is 2024-01-02)");
    }

    @Test
    void shouldNameFileAndLineForABadNumber()
    {
        assertThatThrownBy(() -> parse("date,CHF,EUR", "2024-01-01,0.84,0.91", "2024-01-02,0,85,0.92"))
            .isInstanceOf(UserException.class).hasMessage("rates.csv:3: 4 columns, the header has 3");
        assertThatThrownBy(() -> parse("date,CHF,EUR", "2024-01-01,0.84,abc"))
            .isInstanceOf(UserException.class)
            .hasMessage("rates.csv:2: EUR 'abc' is not a decimal number such as 0.9135");
        assertThatThrownBy(() -> parse("date,CHF,EUR", "2024-01-01,0,0.9"))
            .isInstanceOf(UserException.class).hasMessage("rates.csv:2: CHF '0' is not positive");
        assertThatThrownBy(() -> parse("date,CHF,EUR", "2024-01-01,,0.9"))
            .isInstanceOf(UserException.class)
            .hasMessage("rates.csv:2: CHF '' is not a decimal number such as 0.9135");
    }

    @Test
    void shouldNameFileAndLineForABadOrUnorderedDate()
    {
        assertThatThrownBy(() -> parse("date,CHF,EUR", "01.01.2024,0.84,0.91"))
            .isInstanceOf(UserException.class).hasMessage("rates.csv:2: date '01.01.2024' is not YYYY-MM-DD");
        assertThatThrownBy(() -> parse("date,CHF,EUR", "2024-01-02,0.84,0.91", "", "2024-01-02,0.84,0.91"))
            .isInstanceOf(UserException.class)
            .hasMessage("rates.csv:4: date 2024-01-02 is not after the previous row's 2024-01-02");
    }

    @Test
    void shouldNameAMissingColumnOrHeader()
    {
        assertThatThrownBy(() -> parse("date,CHF", "2024-01-01,0.84"))
            .isInstanceOf(UserException.class).hasMessage("rates.csv:1: no column EUR (the header has date, CHF)");
        assertThatThrownBy(() -> parse("day,CHF,EUR"))
            .isInstanceOf(UserException.class)
            .hasMessage("rates.csv:1: first column is 'day', expected 'date' (header such as date,CHF,EUR)");
        assertThatThrownBy(() -> parse("", " "))
            .isInstanceOf(UserException.class).hasMessage("rates.csv: empty; expected a header such as date,CHF,EUR");
        assertThatThrownBy(() -> parse("date,CHF,EUR"))
            .isInstanceOf(UserException.class).hasMessage("rates.csv: no rate rows after the header");
    }

    @Test
    void shouldReadAFileWithByteOrderMarkAndCrLf(@TempDir final Path dir) throws IOException
    {
        final Path file = dir.resolve("fx.csv");
        Files.writeString(file, "\uFEFFdate,chf,EUR\r\n2024-01-01,0.84,0.91\r\n");
        assertThat(CurrencyRates.read(file, List.of("chf")).rate("CHF", 0L + ReportJournal.time("2024-03-01T00:00:00Z")))
            .isEqualTo(0.84);
    }

    @Test
    void shouldReportAMissingFileInOneLine(@TempDir final Path dir)
    {
        final Path file = dir.resolve("missing.csv");
        assertThatThrownBy(() -> CurrencyRates.read(file, CHF_EUR))
            .isInstanceOf(UserException.class)
            .hasMessageStartingWith("rates file " + file + " cannot be read: NoSuchFileException")
            .hasMessageNotContaining("\n");
    }
}

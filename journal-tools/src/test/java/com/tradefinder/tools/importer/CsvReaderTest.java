package com.tradefinder.tools.importer;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tradefinder.numeric.FixedPoint;

import static com.tradefinder.tools.importer.ImportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest
{
    @TempDir
    Path dir;

    private long decimal(final String text, final int exponent) throws IOException
    {
        try (CsvReader reader = new CsvReader(write(dir, "d.csv", text)))
        {
            assertThat(reader.readLine()).isTrue();
            return reader.parseDecimal(0, exponent);
        }
    }

    @Test
    void shouldParseDecimalsExactlyWithOrWithoutExponent() throws IOException
    {
        assertThat(decimal("63943.90", -8)).isEqualTo(6_394_390_000_000L);
        assertThat(decimal("8.4E-7", -9)).isEqualTo(840L);
        assertThat(decimal("-3.5e-7", -9)).isEqualTo(-350L);
        assertThat(decimal("1E+3", -8)).isEqualTo(100_000_000_000L);
        assertThat(decimal("5000E-12", -9)).isEqualTo(5L);
        assertThat(decimal("0E-40", -9)).isZero();
        assertThat(decimal("1E10", 0)).isEqualTo(10_000_000_000L);
    }

    @Test
    void shouldRefuseInexactOrOverflowingDecimals() throws IOException
    {
        assertThat(decimal("5E-12", -9)).isEqualTo(FixedPoint.INVALID);
        assertThat(decimal("1.5E-10", -9)).isEqualTo(FixedPoint.INVALID);
        assertThat(decimal("1E12", -8)).isEqualTo(FixedPoint.INVALID);
        assertThat(decimal("1E", -8)).isEqualTo(FixedPoint.INVALID);
        assertThat(decimal("E5", -8)).isEqualTo(FixedPoint.INVALID);
        assertThat(decimal("1E5.5", -8)).isEqualTo(FixedPoint.INVALID);
        assertThat(decimal("1E99", -8)).isEqualTo(FixedPoint.INVALID);
        assertThat(decimal("0.123456789", -8)).isEqualTo(FixedPoint.INVALID);
        assertThat(decimal("", -8)).isEqualTo(FixedPoint.INVALID);
    }

    @Test
    void shouldSplitColumnsAndNumberLines() throws IOException
    {
        try (CsvReader reader = new CsvReader(write(dir, "c.csv", "a,b,,d", "", "x".repeat(5000), "1,-2")))
        {
            assertThat(reader.readLine()).isTrue();
            assertThat(reader.columnCount()).isEqualTo(4);
            assertThat(reader.column(1)).isEqualTo("b");
            assertThat(reader.columnLength(2)).isZero();
            assertThat(reader.readLine()).isTrue();
            assertThat(reader.blank()).isTrue();
            assertThat(reader.readLine()).isTrue();
            assertThat(reader.overlong()).isTrue();
            assertThat(reader.readLine()).isTrue();
            assertThat(reader.lineNumber()).isEqualTo(4);
            assertThat(reader.parseLong(0)).isEqualTo(1);
            assertThat(reader.parseLong(1)).isEqualTo(-2);
            assertThat(reader.readLine()).isFalse();
        }
    }
}

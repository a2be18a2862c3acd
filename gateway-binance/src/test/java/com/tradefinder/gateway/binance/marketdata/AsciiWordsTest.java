package com.tradefinder.gateway.binance.marketdata;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word trick against its byte-at-a-time definition: each byte value in each position, and words mixing the
 * bytes that matter (quotes, backslashes, control bytes, digits, points, bytes that carry or borrow).
 */
class AsciiWordsTest
{
    private static final byte[] INTERESTING = {
        '"', '\\', 0, 1, 0x1F, ' ', '!', '#', '/', '0', '5', '9', ':', '.', ',', 'a', 'e', 'z', 0x7F,
        (byte)0x80, (byte)0xF9, (byte)0xFA, (byte)0xFF,
    };

    private final byte[] bytes = new byte[AsciiWords.SIZE];
    private int words;
    private String firstMismatch;

    @Test
    void shouldAgreeWithByteByByteDefinitionsForEveryByteInEveryPosition()
    {
        for (int position = 0; position < AsciiWords.SIZE; position++)
        {
            for (int value = 0; value < 256; value++)
            {
                for (int filler = 0; filler < INTERESTING.length; filler++)
                {
                    Arrays.fill(bytes, INTERESTING[filler]);
                    bytes[position] = (byte)value;
                    check();
                }
            }
        }

        assertThat(firstMismatch).isNull();
        assertThat(words).isEqualTo(AsciiWords.SIZE * 256 * INTERESTING.length);
    }

    @Test
    void shouldAgreeWithByteByByteDefinitionsForMixedWords()
    {
        final SplittableRandom random = new SplittableRandom(8_080_808);

        for (int i = 0; i < 500_000; i++)
        {
            for (int j = 0; j < AsciiWords.SIZE; j++)
            {
                final byte interesting = INTERESTING[random.nextInt(INTERESTING.length)];
                bytes[j] = random.nextInt(3) == 0 ? (byte)random.nextInt(256) :
                    random.nextBoolean() ? (byte)('0' + random.nextInt(10)) : interesting;
            }
            check();
        }

        assertThat(firstMismatch).isNull();
        assertThat(words).isEqualTo(500_000);
    }

    @Test
    void shouldReadWordsLittleEndianAndRecogniseOneByteKeys()
    {
        final byte[] text = "\"E\":1723\"ab\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        final long word = AsciiWords.word(text, 0);
        final boolean key = AsciiWords.isShortKey(AsciiWords.quad(text, 0));
        final boolean longerKey = AsciiWords.isShortKey(AsciiWords.quad(text, 8));

        assertThat(word & 0xFF).isEqualTo('"');
        assertThat(word >>> 56).isEqualTo('3');
        assertThat(key).isTrue();
        assertThat(longerKey).isFalse();
    }

    /**
     * Compares every trick with its definition on {@link #bytes}, noting the first word that differs.
     */
    private void check()
    {
        words++;
        final long word = AsciiWords.word(bytes, 0);
        int stop = 0;
        while (stop < AsciiWords.SIZE && bytes[stop] != '"' && bytes[stop] != '\\' && (bytes[stop] & 0xFF) >= 0x20)
        {
            stop++;
        }
        int digits = 0;
        long value = 0;
        while (digits < AsciiWords.SIZE && bytes[digits] >= '0' && bytes[digits] <= '9')
        {
            value = value * 10 + bytes[digits] - '0';
            digits++;
        }
        boolean same = AsciiWords.stringStop(word) == stop && AsciiWords.leadingDigits(word) == digits &&
            (digits == 0 || AsciiWords.digitsValue(word, digits) == value);
        for (int count = 1; count <= AsciiWords.SIZE; count++)
        {
            same &= AsciiWords.allDigits(word, count) == digits >= count;
        }
        if (!same && firstMismatch == null)
        {
            firstMismatch = describe();
        }
    }

    private String describe()
    {
        final StringBuilder text = new StringBuilder();
        for (final byte b : bytes)
        {
            text.append(String.format("%02x ", b & 0xFF));
        }
        return text.toString();
    }
}

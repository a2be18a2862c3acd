package com.tradefinder.bench;

import com.tradefinder.testsupport.SharedData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The P1 benchmark's inputs load and both of its methods accept them (setUp rejects any frame either reader refuses),
 * over the real capture.
 */
class FrameDecodeBenchmarkTest
{
    @ParameterizedTest
    @ValueSource(strings = { "aggTrade", "bookTicker", "depthUpdate" })
    void shouldDecodeEveryFrameWithBothReaders(final String frame) throws IOException
    {
        // arrange
        // skipped without the shared data, failed when TRADEFINDER_SHARED is set and the capture is missing
        SharedData.data(FrameDecodeBenchmark.CAPTURE);
        final FrameDecodeBenchmark benchmark = new FrameDecodeBenchmark();
        benchmark.frame = frame;

        // act
        benchmark.setUp();
        int written = 0;
        long checksum = 0;
        for (int i = 0; i < FrameDecodeBenchmark.FRAMES; i++)
        {
            written += benchmark.decoder();
            checksum += benchmark.jacksonStreaming();
        }

        // assert
        final byte[][] frames = FrameDecodeBenchmark.frames(frame);
        assertThat(frames.length).isEqualTo(FrameDecodeBenchmark.FRAMES);
        for (final byte[] bytes : frames)
        {
            assertThat(new String(bytes, StandardCharsets.US_ASCII)).contains("\"e\":\"" + frame + "\"");
        }
        assertThat(written).isGreaterThan(FrameDecodeBenchmark.FRAMES * 40);
        assertThat(checksum).isPositive();
    }
}

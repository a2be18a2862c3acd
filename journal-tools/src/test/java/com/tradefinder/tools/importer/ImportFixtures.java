package com.tradefinder.tools.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.FundingRateDecoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.TradeDecoder;

/**
 * Test helpers: CSV files in a temp folder, and events copied out of sources and decoded with the generated decoders.
 */
final class ImportFixtures
{
    static final long NS_PER_MS = 1_000_000L;
    static final long HOUR_MS = 3_600_000L;

    private ImportFixtures()
    {
    }

    /** One event copied out of a source. */
    record Event(String source, long timeNs, byte[] bytes)
    {
        int templateId()
        {
            return new MessageHeaderDecoder().wrap(new UnsafeBuffer(bytes), 0).templateId();
        }

        BarDecoder bar()
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
            assertTemplate(BarDecoder.TEMPLATE_ID);
            return new BarDecoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderDecoder());
        }

        FundingRateDecoder funding()
        {
            assertTemplate(FundingRateDecoder.TEMPLATE_ID);
            return new FundingRateDecoder().wrapAndApplyHeader(new UnsafeBuffer(bytes), 0, new MessageHeaderDecoder());
        }

        TradeDecoder trade()
        {
            assertTemplate(TradeDecoder.TEMPLATE_ID);
            return new TradeDecoder().wrapAndApplyHeader(new UnsafeBuffer(bytes), 0, new MessageHeaderDecoder());
        }

        InstrumentDefinitionDecoder definition()
        {
            assertTemplate(InstrumentDefinitionDecoder.TEMPLATE_ID);
            return new InstrumentDefinitionDecoder()
                .wrapAndApplyHeader(new UnsafeBuffer(bytes), 0, new MessageHeaderDecoder());
        }

        private void assertTemplate(final int templateId)
        {
            if (templateId() != templateId)
            {
                throw new AssertionError("expected template " + templateId + " but was " + templateId());
            }
        }
    }

    static Path write(final Path folder, final String name, final String... lines)
    {
        final Path file = folder.resolve(name);
        try
        {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.US_ASCII);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return file;
    }

    static List<Event> drain(final EventSource source)
    {
        final List<Event> events = new ArrayList<>();
        while (source.next())
        {
            final DirectBuffer buffer = source.buffer();
            final byte[] bytes = new byte[source.length()];
            buffer.getBytes(source.offset(), bytes);
            events.add(new Event(source.name(), source.timeNs(), bytes));
        }
        return events;
    }

    static long ns(final long epochMs)
    {
        return epochMs * NS_PER_MS;
    }
}

package com.tradefinder.tools.importer;

import java.util.ArrayList;
import java.util.List;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.TimerDecoder;
import com.tradefinder.codecs.TimerEncoder;
import com.tradefinder.codecs.Venue;

import static com.tradefinder.tools.importer.ImportFixtures.drain;
import static org.assertj.core.api.Assertions.assertThat;

class MergedSourceTest
{
    private final InstrumentCatalog catalog = new InstrumentCatalog();

    /** Events given in memory as (time, timer id) pairs, encoded as Timer messages. */
    private static final class ListSource implements EventSource
    {
        private final String name;
        private final long[] timesNs;
        private final long[] ids;
        private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        private final TimerEncoder encoder = new TimerEncoder();
        private int index = -1;
        private boolean closed;

        ListSource(final String name, final long... timeAndId)
        {
            this.name = name;
            this.timesNs = new long[timeAndId.length / 2];
            this.ids = new long[timeAndId.length / 2];
            for (int i = 0; i < timesNs.length; i++)
            {
                timesNs[i] = timeAndId[2 * i];
                ids[i] = timeAndId[2 * i + 1];
            }
        }

        @Override
        public boolean next()
        {
            if (index + 1 >= timesNs.length)
            {
                return false;
            }
            index++;
            encoder.wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder()).timerId(ids[index]).timeNs(timesNs[index]);
            return true;
        }

        @Override
        public long timeNs()
        {
            return timesNs[index];
        }

        @Override
        public DirectBuffer buffer()
        {
            return buffer;
        }

        @Override
        public int offset()
        {
            return 0;
        }

        @Override
        public int length()
        {
            return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
        }

        @Override
        public String name()
        {
            return name;
        }

        @Override
        public void close()
        {
            closed = true;
        }
    }

    private static List<Long> timerIds(final List<ImportFixtures.Event> events)
    {
        final List<Long> ids = new ArrayList<>();
        for (final ImportFixtures.Event event : events)
        {
            if (event.templateId() == TimerDecoder.TEMPLATE_ID)
            {
                ids.add(new TimerDecoder().wrapAndApplyHeader(new UnsafeBuffer(event.bytes()), 0,
                    new MessageHeaderDecoder()).timerId());
            }
        }
        return ids;
    }

    @Test
    void shouldEmitDefinitionsFirstThenEventsByTimeWithTiesInSourceOrder()
    {
        catalog.register(Venue.BINANCE_USDM, "BTCUSDT");
        catalog.register(Venue.BYBIT_LINEAR, "ETHUSDT");
        final ListSource a = new ListSource("a", 10, 101, 20, 102, 20, 103, 40, 104);
        final ListSource b = new ListSource("b", 5, 201, 20, 202, 30, 203);
        final ListSource c = new ListSource("c");
        final ListSource d = new ListSource("d", 20, 401);

        final List<ImportFixtures.Event> events;
        try (MergedSource merged = new MergedSource(List.of(a, b, c, d), catalog))
        {
            events = drain(merged);
        }

        assertThat(events).hasSize(2 + 8);
        final InstrumentDefinitionDecoder first = events.get(0).definition();
        assertThat(first.instrumentId()).isEqualTo(1);
        assertThat(first.symbol()).isEqualTo("BTCUSDT");
        assertThat(first.timeNs()).isEqualTo(5);
        final InstrumentDefinitionDecoder second = events.get(1).definition();
        assertThat(second.instrumentId()).isEqualTo(2);
        assertThat(second.venue()).isEqualTo(Venue.BYBIT_LINEAR);
        assertThat(events.get(0).timeNs()).isEqualTo(5);
        assertThat(events.get(1).timeNs()).isEqualTo(5);
        assertThat(timerIds(events)).containsExactly(201L, 101L, 102L, 103L, 202L, 401L, 203L, 104L);
        assertThat(events.subList(2, events.size())).extracting(ImportFixtures.Event::timeNs)
            .containsExactly(5L, 10L, 20L, 20L, 20L, 20L, 30L, 40L);
        assertThat(events.subList(2, events.size())).extracting(ImportFixtures.Event::source)
            .containsExactly("b", "a", "a", "a", "b", "d", "b", "a");
        assertThat(a.closed && b.closed && c.closed && d.closed).isTrue();
    }

    @Test
    void shouldGiveTheSameBytesOnEveryRun()
    {
        catalog.register(Venue.BINANCE_USDM, "BTCUSDT");

        final List<ImportFixtures.Event> once = drain(new MergedSource(List.of(
            new ListSource("a", 1, 1, 3, 3, 3, 4), new ListSource("b", 2, 2, 3, 5)), catalog));
        final List<ImportFixtures.Event> again = drain(new MergedSource(List.of(
            new ListSource("a", 1, 1, 3, 3, 3, 4), new ListSource("b", 2, 2, 3, 5)), catalog));

        assertThat(once).hasSize(6);
        for (int i = 0; i < once.size(); i++)
        {
            assertThat(again.get(i).bytes()).isEqualTo(once.get(i).bytes());
            assertThat(again.get(i).timeNs()).isEqualTo(once.get(i).timeNs());
        }
        assertThat(timerIds(once)).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void shouldEmitNothingWhenEverySourceIsEmpty()
    {
        catalog.register(Venue.BINANCE_USDM, "BTCUSDT");

        final MergedSource merged = new MergedSource(List.of(new ListSource("a"), new ListSource("b")), catalog);

        assertThat(merged.next()).isFalse();
        assertThat(merged.next()).isFalse();
    }

    @Test
    void shouldMergeManySourcesInTimeOrder()
    {
        final List<ListSource> sources = new ArrayList<>();
        for (int s = 0; s < 37; s++)
        {
            final long[] timeAndId = new long[2 * 50];
            for (int i = 0; i < 50; i++)
            {
                timeAndId[2 * i] = (long)i * 37 + (s * 7919L) % 37;
                timeAndId[2 * i + 1] = s * 1000L + i;
            }
            sources.add(new ListSource("s" + s, timeAndId));
        }

        final List<ImportFixtures.Event> events = drain(new MergedSource(sources, catalog));

        assertThat(events).hasSize(37 * 50);
        for (int i = 1; i < events.size(); i++)
        {
            final ImportFixtures.Event previous = events.get(i - 1);
            final ImportFixtures.Event event = events.get(i);
            assertThat(event.timeNs()).isGreaterThanOrEqualTo(previous.timeNs());
            if (event.timeNs() == previous.timeNs())
            {
                assertThat(Integer.parseInt(event.source().substring(1)))
                    .isGreaterThan(Integer.parseInt(previous.source().substring(1)));
            }
        }
    }
}

package com.tradefinder.engine.app;

import com.tradefinder.codecs.RegimeUpdateDecoder;
import com.tradefinder.codecs.StateHashDecoder;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.engine.logic.BusinessLogic;
import com.tradefinder.engine.testsupport.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineTest
{
    @ParameterizedTest
    @EnumSource(WaitMode.class)
    void shouldJournalEveryEventThenHandItToTheLogicAndJournalItsOutputs(final WaitMode mode,
        @TempDir final Path dir)
    {
        final Path folder = dir.resolve("journal");
        final AtomicLong downstream = new AtomicLong();
        final Events events = new Events();
        final Engine engine = Engine.launch(new EngineContext().journalFolder(folder).waitMode(mode).ringSize(64)
            .downstream((cause, buffer, offset, length) -> downstream.incrementAndGet()));
        engine.publish(events.buffer(), 0, events.settings(3600));
        engine.publish(events.buffer(), 0, events.instrument(1, "BTCUSDT", -8));
        for (int i = 0; i < 500; i++)
        {
            engine.publish(events.buffer(), 0, events.walkBar(1, i));
        }
        engine.publish(events.buffer(), 0, events.checkpoint(1, 500 * Events.HOUR_NS));
        engine.close();

        final BusinessLogic logic = engine.logic();
        assertThat(logic.eventsProcessed()).isEqualTo(503);
        // a RegimeUpdate per closed bar, a RegimeChange per change, and the checkpoint's StateHash
        assertThat(logic.outputs()).isGreaterThan(501);
        assertThat(downstream.get()).isEqualTo(logic.outputs());
        try (Journal journal = Journal.openForReading(folder);
            JournalCursor in = journal.inboundCursor();
            JournalCursor out = journal.outboundCursor())
        {
            long expected = 0;
            while (in.next())
            {
                assertThat(in.sequence()).isEqualTo(expected++);
            }
            assertThat(expected).isEqualTo(503);
            long outputs = 0;
            long regimeUpdates = 0;
            long lastCause = -1;
            int lastTemplate = -1;
            while (out.next())
            {
                regimeUpdates += out.templateId() == RegimeUpdateDecoder.TEMPLATE_ID ? 1 : 0;
                assertThat(out.sequence()).isGreaterThanOrEqualTo(lastCause).isLessThan(503);
                lastCause = out.sequence();
                lastTemplate = out.templateId();
                outputs++;
            }
            assertThat(outputs).isEqualTo(logic.outputs());
            assertThat(regimeUpdates).isEqualTo(500);
            assertThat(lastTemplate).isEqualTo(StateHashDecoder.TEMPLATE_ID);
        }
    }

    @Test
    void shouldTakeEventsFromSeveralProducersWithoutLosingAny(@TempDir final Path dir) throws InterruptedException
    {
        final Path folder = dir.resolve("journal");
        final Engine engine = Engine.launch(new EngineContext().journalFolder(folder).ringSize(128));
        final Events setup = new Events();
        engine.publish(setup.buffer(), 0, setup.instrument(1, "BTCUSDT", -8));
        engine.publish(setup.buffer(), 0, setup.instrument(2, "ETHUSDT", -8));
        final List<Thread> producers = new ArrayList<>();
        for (int p = 1; p <= 2; p++)
        {
            final int instrument = p;
            final Thread producer = new Thread(() ->
            {
                final Events events = new Events();
                for (int i = 0; i < 20_000; i++)
                {
                    engine.publish(events.buffer(), 0, events.trade(instrument, i * 1_000_000L, i, 1_000_00000000L));
                }
            });
            producers.add(producer);
            producer.start();
        }
        for (final Thread producer : producers)
        {
            producer.join();
        }
        engine.close();

        assertThat(engine.logic().eventsProcessed()).isEqualTo(40_002);
        try (Journal journal = Journal.openForReading(folder); JournalCursor in = journal.inboundCursor())
        {
            long records = 0;
            while (in.next())
            {
                records++;
            }
            assertThat(records).isEqualTo(40_002);
        }
    }

    @Test
    void shouldReplayAJournalToTheSameOutputsByteForByte(@TempDir final Path dir)
    {
        final Path folder = dir.resolve("journal");
        final Events events = new Events();
        final Engine engine = Engine.launch(new EngineContext().journalFolder(folder));
        engine.publish(events.buffer(), 0, events.settings(3600, 14_400, 86_400));
        engine.publish(events.buffer(), 0, events.instrument(1, "BTCUSDT", -8));
        for (int i = 0; i < 3000; i++)
        {
            engine.publish(events.buffer(), 0, events.walkBar(1, i));
        }
        engine.publish(events.buffer(), 0, events.checkpoint(1, 3000 * Events.HOUR_NS));
        engine.close();

        final List<byte[]> replayed = new ArrayList<>();
        final List<Long> causes = new ArrayList<>();
        final BusinessLogic fresh = new BusinessLogic((cause, buffer, offset, length) ->
        {
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            replayed.add(copy);
            causes.add(cause);
        });
        try (Journal journal = Journal.openForReading(folder))
        {
            try (JournalCursor in = journal.inboundCursor())
            {
                while (in.next())
                {
                    fresh.onEvent(in.sequence(), in.buffer(), 0, in.length());
                }
            }
            try (JournalCursor out = journal.outboundCursor())
            {
                int i = 0;
                while (out.next())
                {
                    final byte[] journaled = new byte[out.length()];
                    out.buffer().getBytes(0, journaled);
                    assertThat(Arrays.equals(journaled, replayed.get(i))).as("output %d", i).isTrue();
                    assertThat(out.sequence()).isEqualTo(causes.get(i));
                    i++;
                }
                assertThat(i).isEqualTo(replayed.size());
            }
        }
        assertThat(fresh.stateHash()).isEqualTo(engine.logic().stateHash());
        assertThat(replayed.stream().filter(b -> b[2] == RegimeUpdateDecoder.TEMPLATE_ID).count())
            .isEqualTo(3000 + 750 + 125);
    }

    @Test
    void shouldShowEveryInboundEventToTheTapJustBeforeTheLogic(@TempDir final Path dir)
    {
        // arrange
        final Events events = new Events();
        final List<Long> tapped = new ArrayList<>();
        final List<Long> handledBefore = new ArrayList<>();
        final Engine[] engine = new Engine[1];
        engine[0] = Engine.launch(new EngineContext().journalFolder(dir.resolve("journal")).ringSize(64)
            .inboundTap((sequence, buffer, offset, length) ->
            {
                tapped.add(sequence);
                handledBefore.add(engine[0].logic().eventsProcessed());
            }));

        // act
        engine[0].publish(events.buffer(), 0, events.settings(3600));
        engine[0].publish(events.buffer(), 0, events.instrument(1, "BTCUSDT", -8));
        for (int i = 0; i < 20; i++)
        {
            engine[0].publish(events.buffer(), 0, events.walkBar(1, i));
        }
        engine[0].close();

        // assert: event n is tapped when the logic has handled exactly n events
        assertThat(tapped).hasSize(22);
        for (int i = 0; i < 22; i++)
        {
            assertThat(tapped.get(i)).isEqualTo(i);
            assertThat(handledBefore.get(i)).isEqualTo(i);
        }
    }

    @Test
    void shouldRefuseWithoutBlockingWhenTheRingIsFull(@TempDir final Path dir) throws InterruptedException
    {
        // arrange: the business thread holds the first event until released, so a ring of 4 fills up
        final Events events = new Events();
        final CountDownLatch release = new CountDownLatch(1);
        final Engine engine = Engine.launch(new EngineContext().journalFolder(dir.resolve("journal")).ringSize(4)
            .inboundTap((sequence, buffer, offset, length) ->
            {
                try
                {
                    release.await();
                }
                catch (final InterruptedException ex)
                {
                    Thread.currentThread().interrupt();
                }
            }));
        engine.publish(events.buffer(), 0, events.settings(3600));

        // act
        long accepted = 0;
        long refused = 0;
        for (int i = 0; i < 10; i++)
        {
            if (engine.tryPublish(events.buffer(), 0, events.instrument(1, "BTCUSDT", -8)) >= 0)
            {
                accepted++;
            }
            else
            {
                refused++;
            }
        }
        release.countDown();
        engine.close();

        // assert
        assertThat(accepted).as("ring of 4 with the first event in hand").isEqualTo(3);
        assertThat(refused).isEqualTo(7);
        assertThat(engine.logic().eventsProcessed()).isEqualTo(4);
    }

    @Test
    void shouldRefuseAMessageLargerThanARingEntry(@TempDir final Path dir)
    {
        final Engine engine = Engine.launch(new EngineContext().journalFolder(dir.resolve("j")));
        try
        {
            assertThatThrownBy(() -> engine.publish(new org.agrona.concurrent.UnsafeBuffer(new byte[5000]), 0, 5000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fit a ring entry");
        }
        finally
        {
            engine.close();
        }
    }

    @Test
    void shouldRejectAContextWithoutAJournalFolderOrWithABadRingSize()
    {
        assertThatThrownBy(() -> new EngineContext().conclude()).hasMessage("engine: journal folder not set");
        assertThatThrownBy(() -> new EngineContext().journalFolder(Path.of("x")).ringSize(100).conclude())
            .hasMessage("engine: ring size 100 is not a power of two >= 2");
    }
}

package com.tradefinder.engine.app;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.engine.testsupport.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class EngineContextTest
{
    @Test
    void shouldHandEventsToTheBusinessLogicByDefault()
    {
        assertThat(new EngineContext().businessLogicEnabled()).isTrue();
    }

    @Test
    void shouldJournalByDefault()
    {
        assertThat(new EngineContext().journalEnabled()).isTrue();
    }

    @Test
    void shouldHandEveryEventToTheLogicButJournalNothingWhenTheJournalIsDisabled(@TempDir final Path dir)
    {
        // arrange
        final Path folder = dir.resolve("journal");
        final AtomicLong downstream = new AtomicLong();
        final Events events = new Events();
        final Engine engine = Engine.launch(new EngineContext().journalFolder(folder).ringSize(64)
            .journalEnabled(false)
            .downstream((cause, buffer, offset, length) -> downstream.incrementAndGet()));

        // act
        engine.publish(events.buffer(), 0, events.settings(3600));
        engine.publish(events.buffer(), 0, events.instrument(1, "BTCUSDT", -8));
        for (int i = 0; i < 300; i++)
        {
            engine.publish(events.buffer(), 0, events.walkBar(1, i));
        }
        engine.publish(events.buffer(), 0, events.checkpoint(1, 300 * Events.HOUR_NS));
        engine.close();

        // assert: the same outputs reach downstream, and the journal folder holds no record
        assertThat(engine.logic().eventsProcessed()).isEqualTo(303);
        assertThat(engine.logic().outputs()).isGreaterThan(301);
        assertThat(downstream.get()).isEqualTo(engine.logic().outputs());
        assertThat(engine.journaledSequence()).isEqualTo(302);
        assertThat(Journal.looksLikeJournal(folder)).isFalse();
    }

    @Test
    void shouldJournalEveryEventButHandNoneToTheLogicWhenTheBusinessLogicIsDisabled(@TempDir final Path dir)
    {
        final Path folder = dir.resolve("journal");
        final AtomicLong downstream = new AtomicLong();
        final Events events = new Events();
        final Engine engine = Engine.launch(new EngineContext().journalFolder(folder).ringSize(64)
            .businessLogicEnabled(false)
            .downstream((cause, buffer, offset, length) -> downstream.incrementAndGet()));
        engine.publish(events.buffer(), 0, events.settings(3600));
        engine.publish(events.buffer(), 0, events.instrument(1, "BTCUSDT", -8));
        for (int i = 0; i < 300; i++)
        {
            engine.publish(events.buffer(), 0, events.walkBar(1, i));
        }
        engine.publish(events.buffer(), 0, events.checkpoint(1, 300 * Events.HOUR_NS));
        engine.close();

        assertThat(engine.logic().eventsProcessed()).isZero();
        assertThat(engine.logic().outputs()).isZero();
        assertThat(downstream.get()).isZero();
        try (Journal journal = Journal.openForReading(folder);
            JournalCursor in = journal.inboundCursor();
            JournalCursor out = journal.outboundCursor())
        {
            long expected = 0;
            while (in.next())
            {
                assertThat(in.sequence()).isEqualTo(expected++);
            }
            assertThat(expected).isEqualTo(303);
            assertThat(out.next()).isFalse();
        }
    }
}

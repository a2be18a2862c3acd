package com.tradefinder.tools.journal;

import com.tradefinder.codecs.CheckpointEncoder;
import com.tradefinder.codecs.EngineSettingsEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.engine.app.Engine;
import com.tradefinder.engine.app.EngineContext;
import com.tradefinder.engine.app.WaitMode;
import com.tradefinder.tools.importer.EventSource;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Records history into a new journal by running it through the real event core: each event is published on the
 * ring, journaled, then handled by the business logic, whose outputs are journaled too. The run starts with the
 * engine settings event and ends with a Checkpoint, so the journal closes with the logic's state hash.
 * Runs on the calling thread (the producer); the engine's handlers run on their own.
 */
public final class JournalRecorder
{
    /** What a recording produced. */
    public record Summary(long events, long outputs, long stateHash, boolean halted, long unknownInstrumentEvents)
    {
    }

    private final Path folder;
    private final boolean replace;
    private final WaitMode waitMode;

    /**
     * @param folder   the new journal's folder.
     * @param replace  replace an existing journal there.
     * @param waitMode how the engine's handlers wait.
     */
    public JournalRecorder(final Path folder, final boolean replace, final WaitMode waitMode)
    {
        this.folder = folder;
        this.replace = replace;
        this.waitMode = waitMode;
    }

    /**
     * @param settings an encoded EngineSettings message (header included), published first with the time of the
     *                 first event.
     * @param settingsLength its length.
     * @param source   the events, in order.
     * @param progress called now and then with the count of events published (may be a no-op).
     * @return the summary, read after the engine drained and closed.
     */
    public Summary record(final UnsafeBuffer settings, final int settingsLength, final EventSource source,
        final LongConsumer progress)
    {
        final EngineContext context = new EngineContext().journalFolder(folder).replaceJournal(replace)
            .waitMode(waitMode);
        final Engine engine = Engine.launch(context);
        long events = 0;
        long lastTimeNs = 0;
        try
        {
            boolean first = true;
            while (source.next())
            {
                if (first)
                {
                    // the settings take effect at the first event's time, so the journal's time span is the data's
                    new EngineSettingsEncoder().wrap(settings, MessageHeaderEncoder.ENCODED_LENGTH)
                        .timeNs(source.timeNs());
                    engine.publish(settings, 0, settingsLength);
                    events++;
                    first = false;
                }
                engine.publish(source.buffer(), source.offset(), source.length());
                lastTimeNs = Math.max(lastTimeNs, source.timeNs());
                if ((++events & 0xFFFF) == 0)
                {
                    progress.accept(events);
                }
            }
            if (first)
            {
                engine.publish(settings, 0, settingsLength);
                events++;
            }
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
            final CheckpointEncoder checkpoint = new CheckpointEncoder()
                .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
                .checkpointId(1)
                .timeNs(lastTimeNs);
            engine.publish(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + checkpoint.encodedLength());
            events++;
        }
        finally
        {
            engine.close();
        }
        return new Summary(events, engine.logic().outputs(), engine.logic().stateHash(), engine.logic().halted(),
            engine.logic().unknownInstrumentEvents());
    }
}

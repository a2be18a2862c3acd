package com.tradefinder.engine.ops.control;

import com.tradefinder.codecs.AdminAction;
import com.tradefinder.codecs.AdminCommandEncoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.ConfigChangeEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.ops.EventPublisher;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Encodes operator commands as inbound events and publishes them, so that every command is journaled and replayed
 * like market data: AdminCommand for pause, resume, flatten, kill switch and its release; ConfigChange, in chunks
 * that fit a journal record, for a reload. The event time is the wall clock here, at the edge. Thread-safe
 * (synchronized: one encoding buffer).
 */
public final class ControlCommands
{
    /** Characters of config text per ConfigChange event: at most 3 UTF-8 bytes each, so it fits a 4 KiB record. */
    static final int CONFIG_CHUNK_CHARS = 1_200;

    private final EventPublisher publisher;
    private final LongSupplier wallClockNs;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[Journal.MAX_MESSAGE_LENGTH]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final AdminCommandEncoder admin = new AdminCommandEncoder();
    private final ConfigChangeEncoder change = new ConfigChangeEncoder();
    private final Map<Integer, Integer> configVersions = new HashMap<>();

    /**
     * @param publisher   puts events on the ring.
     * @param wallClockNs epoch nanoseconds.
     */
    public ControlCommands(final EventPublisher publisher, final LongSupplier wallClockNs)
    {
        this.publisher = publisher;
        this.wallClockNs = wallClockNs;
    }

    /**
     * @param botId    a bot, or -1 for every bot.
     * @param action   the command.
     * @param argument 1 to flatten with a kill switch, else 0.
     * @return the event's inbound sequence.
     */
    public synchronized long admin(final int botId, final AdminAction action, final long argument)
    {
        admin.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .action(action)
            .argument(argument)
            .timeNs(wallClockNs.getAsLong());
        return publisher.publish(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + admin.encodedLength());
    }

    /**
     * Publishes a validated config as consecutive ConfigChange chunks, the last flagged.
     *
     * @param botId  the bot replaced.
     * @param config its new config.
     * @return the inbound sequence of the last chunk.
     */
    public synchronized long configChange(final int botId, final BotConfig config)
    {
        final String text = config.text();
        final List<String> pieces = new ArrayList<>();
        int start = 0;
        do
        {
            int end = Math.min(text.length(), start + CONFIG_CHUNK_CHARS);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)))
            {
                end--;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        while (start < text.length());
        // a reload is version 2 onwards: the host published version 1 at start
        final int version = configVersions.merge(botId, 2, (old, one) -> old + 1);
        final long timeNs = wallClockNs.getAsLong();
        long sequence = -1;
        for (int chunk = 0; chunk < pieces.size(); chunk++)
        {
            change.wrapAndApplyHeader(buffer, 0, header)
                .botId(botId)
                .configHash(config.hash())
                .configVersion(version)
                .timeNs(timeNs)
                .chunk(chunk)
                .lastChunk(chunk == pieces.size() - 1 ? BooleanType.TRUE : BooleanType.FALSE)
                .configText(pieces.get(chunk));
            sequence = publisher.publish(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + change.encodedLength());
        }
        return sequence;
    }
}

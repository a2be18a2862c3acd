package com.tradefinder.tools.journal;

import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;

import java.util.Map;
import java.util.TreeMap;

/**
 * The instruments a journal defines (id, symbol, exponents), read from its InstrumentDefinition events.
 * For tools: resolves user-given symbols to ids and formats mantissas.
 */
public final class Instruments
{
    /** One defined instrument. */
    public record Instrument(int id, String venue, String symbol, int priceExponent, int sizeExponent)
    {
    }

    private final Map<Integer, Instrument> byId = new TreeMap<>();

    /**
     * Reads every InstrumentDefinition of the journal's inbound queue.
     *
     * @param journal an open journal.
     * @return the instruments.
     */
    public static Instruments read(final Journal journal)
    {
        final Instruments instruments = new Instruments();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final InstrumentDefinitionDecoder definition = new InstrumentDefinitionDecoder();
        try (JournalCursor cursor = journal.inboundCursor())
        {
            while (cursor.next())
            {
                if (cursor.templateId() == InstrumentDefinitionDecoder.TEMPLATE_ID)
                {
                    definition.wrapAndApplyHeader(cursor.buffer(), 0, header);
                    instruments.byId.put(definition.instrumentId(), new Instrument(definition.instrumentId(),
                        definition.venue().name(), definition.symbol().trim(), definition.priceExponent(),
                        definition.sizeExponent()));
                }
            }
        }
        return instruments;
    }

    /**
     * @param id an instrument id.
     * @return the instrument, or null.
     */
    public Instrument byId(final int id)
    {
        return byId.get(id);
    }

    /**
     * @param text a symbol (any case, e.g. BTCUSDT), {@code VENUE:SYMBOL}, or a numeric id.
     * @return the instrument id.
     * @throws IllegalArgumentException naming the text and the instruments the journal has.
     */
    public int resolve(final String text)
    {
        for (final Instrument instrument : byId.values())
        {
            if (instrument.symbol().equalsIgnoreCase(text) ||
                (instrument.venue() + ":" + instrument.symbol()).equalsIgnoreCase(text) ||
                Integer.toString(instrument.id()).equals(text))
            {
                return instrument.id();
            }
        }
        throw new IllegalArgumentException("instrument '" + text + "' is not in this journal; it has " + names());
    }

    /**
     * @return the symbols defined, for messages.
     */
    public String names()
    {
        if (byId.isEmpty())
        {
            return "no instruments";
        }
        final StringBuilder text = new StringBuilder();
        for (final Instrument instrument : byId.values())
        {
            if (text.length() > 0)
            {
                text.append(", ");
            }
            text.append(instrument.symbol()).append(" (id ").append(instrument.id()).append(')');
        }
        return text.toString();
    }

    /**
     * @return all instruments by id.
     */
    public Map<Integer, Instrument> all()
    {
        return byId;
    }
}

package com.tradefinder.bench;

import com.tradefinder.codecs.ConfigChangeDecoder;
import com.tradefinder.codecs.EngineSettingsDecoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.tools.backtest.BacktestRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbound events of one backtest, read back from its journal: what a fresh business logic must be given to
 * reproduce it. Split into the preamble (instrument definitions, engine settings, the bot's ConfigChange chunks),
 * which builds the bot and allocates, and the steady part (bars, funding rates, the venue's answers, the final
 * checkpoint), which is what a running bot handles.
 */
final class BacktestInbound
{
    /** Settings, definitions and config chunks, in journal order. */
    final byte[][] preamble;

    /** Everything after the preamble, in journal order. */
    final byte[][] steady;

    /** The backtest that wrote the journal. */
    final BacktestRunner.Result result;

    private BacktestInbound(final byte[][] preamble, final byte[][] steady, final BacktestRunner.Result result)
    {
        this.preamble = preamble;
        this.steady = steady;
        this.result = result;
    }

    /**
     * Runs a backtest into a temporary journal, reads its inbound queue and deletes it.
     *
     * @param bots    the bot configs.
     * @param history the history, rewound first.
     * @return the events.
     * @throws IllegalStateException if the backtest halted or a preamble event comes after market data.
     */
    static BacktestInbound record(final List<BotConfig> bots, final HistoryTape history)
    {
        final Path folder = BenchFiles.tempFolder("tf-backtest-inbound-");
        try
        {
            final Path journalFolder = folder.resolve("journal");
            final BacktestRunner.Result result = new BacktestRunner(bots, journalFolder).run(history.rewind(),
                events ->
                {
                });
            if (result.halted())
            {
                throw new IllegalStateException("the backtest halted: " + result);
            }
            final List<byte[]> preamble = new ArrayList<>();
            final List<byte[]> steady = new ArrayList<>();
            try (Journal journal = Journal.openForReading(journalFolder);
                JournalCursor cursor = journal.inboundCursor())
            {
                while (cursor.next())
                {
                    final byte[] event = new byte[cursor.length()];
                    cursor.buffer().getBytes(0, event);
                    final int templateId = cursor.templateId();
                    final boolean setup = templateId == InstrumentDefinitionDecoder.TEMPLATE_ID ||
                        templateId == EngineSettingsDecoder.TEMPLATE_ID ||
                        templateId == ConfigChangeDecoder.TEMPLATE_ID;
                    if (setup && !steady.isEmpty())
                    {
                        throw new IllegalStateException("template " + templateId + " after market data at record " +
                            cursor.records());
                    }
                    (setup ? preamble : steady).add(event);
                }
            }
            return new BacktestInbound(preamble.toArray(new byte[0][]), steady.toArray(new byte[0][]), result);
        }
        finally
        {
            BenchFiles.delete(folder);
        }
    }
}

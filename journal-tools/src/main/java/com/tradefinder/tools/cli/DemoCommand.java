package com.tradefinder.tools.cli;

import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.RegimeUpdateDecoder;
import com.tradefinder.engine.app.WaitMode;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.tools.TradeFinderCli;
import com.tradefinder.tools.journal.JournalRecorder;
import com.tradefinder.tools.journal.ReplayVerifier;
import com.tradefinder.tools.synthetic.SyntheticMarket;
import org.agrona.concurrent.UnsafeBuffer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tradefinder demo}: the whole event core on the embedded SYNTHETIC market, with no data files and no
 * network. Records a journal through the ring, verifies its replay byte for byte, and reports how the detected
 * regimes compare with the regimes the generator used.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the event core on the embedded, seeded SYNTHETIC market (no data or network needed): " +
        "record a journal, verify its replay, and compare detected regimes with the generator's.")
public final class DemoCommand implements Callable<Integer>
{
    private static final long START_NS = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;

    @Option(names = "--journal", paramLabel = "DIR", defaultValue = "out/demo-journal",
        description = "journal folder to write (default: ${DEFAULT-VALUE}, replaced if it holds a journal)")
    Path journalFolder;

    @Option(names = "--seed", defaultValue = "7", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--bars", defaultValue = "17520", description = "hourly bars to generate (default: ${DEFAULT-VALUE}, two years)")
    int bars;

    @Mixin
    EngineSettingsOptions settings = new EngineSettingsOptions();

    @Override
    public Integer call()
    {
        if (bars < 1 || bars > 2_000_000)
        {
            throw new IllegalArgumentException("--bars " + bars + " is outside 1..2000000");
        }
        System.out.println("SYNTHETIC market " + SyntheticMarket.SYMBOL + ": " + bars + " hourly bars, seed " + seed +
            " (made-up data for trying the engine; not a market)");
        final SyntheticMarket market = new SyntheticMarket(seed, bars, START_NS);
        final UnsafeBuffer settingsBuffer = new UnsafeBuffer(new byte[512]);
        final int settingsLength = settings.encode(settingsBuffer, START_NS);
        final JournalRecorder.Summary summary = new JournalRecorder(journalFolder, true, WaitMode.BLOCKING)
            .record(settingsBuffer, settingsLength, market, events ->
            {
            });
        System.out.println("journal " + journalFolder + ": " + summary.events() + " inbound events, " +
            summary.outputs() + " outputs, state hash " + Long.toHexString(summary.stateHash()));

        try (Journal journal = Journal.openForReading(journalFolder))
        {
            final ReplayVerifier.Result replay = new ReplayVerifier(true).run(journal);
            if (!replay.matched())
            {
                System.out.println("replay MISMATCH: " + replay.difference());
                return TradeFinderCli.EXIT_CHECK_FAILED;
            }
            System.out.println("replay verified: " + replay.outputs() + " outputs identical, state hash " +
                Long.toHexString(replay.stateHash()));
            report(journal, market);
        }
        System.out.println("next: ./tradefinder journal regime " + journalFolder + " --instrument " +
            SyntheticMarket.SYMBOL + " --timeframe 1h | less");
        System.out.println("      ./tradefinder journal dump " + journalFolder + " --type RegimeChange");
        return 0;
    }

    private static void report(final Journal journal, final SyntheticMarket market)
    {
        final Map<Regime, Long> detected = new EnumMap<>(Regime.class);
        long changes = 0;
        long compared = 0;
        long agreed = 0;
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final RegimeUpdateDecoder update = new RegimeUpdateDecoder();
        try (JournalCursor cursor = journal.outboundCursor())
        {
            while (cursor.next())
            {
                if (cursor.templateId() != RegimeUpdateDecoder.TEMPLATE_ID)
                {
                    continue;
                }
                update.wrapAndApplyHeader(cursor.buffer(), 0, header);
                if (update.timeframeSec() != 3600)
                {
                    continue;
                }
                final Regime regime = update.regime();
                detected.merge(regime, 1L, Long::sum);
                if (regime != update.previousRegime())
                {
                    changes++;
                }
                final int index = (int)((update.barCloseTimeNs() - START_NS) / 3_600_000_000_000L) - 1;
                if (regime != Regime.UNCERTAIN && index >= 0 && index < market.barsGenerated())
                {
                    compared++;
                    if (market.generatedRegime(index) == regime)
                    {
                        agreed++;
                    }
                }
            }
        }
        System.out.println("1h regimes detected (bars): " + detected + ", " + changes + " changes");
        if (compared > 0)
        {
            System.out.printf("agreement with the generator's regime on bars with a decided regime: %.1f%% of %d%n",
                100.0 * agreed / compared, compared);
        }
    }
}

package com.tradefinder.tools.run;

import com.tradefinder.testsupport.SharedData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Bot files and captures for the paper-session tests. The bot acts on 1-minute bars within a capture's first minutes:
 * a two-level grid on a five-bar range (its first orders come at the fifth bar close; one buy fills, the sell entry
 * stays resting above the market) and a 2/3 moving-average crossover, routed in every regime, with a short regime
 * warm-up and a ten-minute entry timeout so that resting entries are still there at the end.
 */
public final class PaperBots
{
    /** The 2024-07-18 23:57 BTCUSDT capture: 8 minutes, about 72,000 events, trades included. */
    static final String CAPTURE =
        "binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-2024-07-18T2357_2024-07-19T0005.jsonl.gz";

    private PaperBots()
    {
    }

    /** @return config/examples/paper-replay-bot.toml, the README's paper example. */
    static Path example()
    {
        final String root = System.getenv("TRADEFINDER_PROJECT_ROOT");
        return (root == null ? Paths.get("..") : Paths.get(root))
            .resolve("config/examples/paper-replay-bot.toml").toAbsolutePath().normalize();
    }

    static Path capture()
    {
        return SharedData.data(CAPTURE);
    }

    static Path write(final Path dir, final String name, final boolean cancelOnShutdown) throws IOException
    {
        return Files.writeString(dir.resolve(name + ".toml"), text(name, "paper", cancelOnShutdown)
            .replace("output = \"OUT\"", "output = \"" + dir.resolve("out-" + name).toString().replace('\\', '/') +
                "\""));
    }

    /**
     * @return the bot file's text; {@code OUT} stands for its output folder.
     */
    public static String text(final String name, final String mode, final boolean cancelOnShutdown)
    {
        return """
            [bot]
            name = "NAME"
            mode = "MODE"
            venue = "binance_usdm"
            output = "OUT"

            [instruments]
            whitelist = ["BTCUSDT"]
            position_mode = "one_way"

            [timeframes]
            base = "1m"

            [regime]
            adx_period = 2
            atr_period = 2
            bollinger_period = 2
            percentile_window = 10
            confirm_bars = 1

            [[strategies]]
            id = "cross-1m"
            type = "ma_crossover"
            timeframe = "1m"
            [strategies.params]
            fast_period = 2
            slow_period = 3
            ma_type = "sma"
            atr_period = 2

            [[strategies]]
            id = "grid-1m"
            type = "grid"
            timeframe = "1m"
            [strategies.params]
            levels = 2
            spacing_pct = 0.05
            range_lookback = 5
            stop_pct = 0.5
            atr_period = 2

            [routing]
            trending_up = ["cross-1m", "grid-1m"]
            trending_down = ["cross-1m", "grid-1m"]
            ranging = ["cross-1m", "grid-1m"]
            high_volatility = ["cross-1m", "grid-1m"]
            uncertain = ["cross-1m", "grid-1m"]

            [risk]
            risk_per_trade_pct = 0.5
            initial_equity = 10000

            [execution]
            entry = "limit"
            entry_timeout_seconds = 600
            cancel_on_shutdown = CANCEL
            """.replace("NAME", name).replace("MODE", mode).replace("CANCEL", Boolean.toString(cancelOnShutdown));
    }
}

package com.tradefinder.tools.run;

import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.config.ConfigException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live trading needs both opt-ins, the file's and the environment's; paper bots need neither.
 */
class LiveTradingOptInTest
{
    private static BotConfig live() throws ConfigException
    {
        return BotConfigLoader.parse(PaperBots.text("live-btc", "live", true)
            .replace("initial_equity = 10000\n", "")
            .replace("output = \"OUT\"", "live_trading_opt_in = true\napi_key_env = \"TF_TEST_KEY\"\n" +
                "api_secret_env = \"TF_TEST_SECRET\""), "live.toml");
    }

    @Test
    void shouldAllowALiveBotWithBothOptIns() throws ConfigException
    {
        // act
        final String refusal = LiveTradingOptIn.refusal(live(), "I_UNDERSTAND");

        // assert
        assertThat(refusal).isNull();
    }

    @Test
    void shouldRefuseALiveBotWithoutTheEnvironmentOptIn() throws ConfigException
    {
        // act
        final String unset = LiveTradingOptIn.refusal(live(), null);
        final String wrong = LiveTradingOptIn.refusal(live(), "yes");

        // assert
        assertThat(unset).startsWith("live.toml: ").contains("TRADEFINDER_LIVE_TRADING=I_UNDERSTAND (not set)")
            .doesNotContain("\n");
        assertThat(wrong).contains("(set to another value)");
    }

    @Test
    void shouldNotAskAPaperBotForAnyOptIn() throws ConfigException
    {
        // arrange
        final BotConfig paper = BotConfigLoader.parse(PaperBots.text("paper-btc", "paper", true)
            .replace("output = \"OUT\"", ""), "paper.toml");

        // act
        final String refusal = LiveTradingOptIn.refusal(paper, null);

        // assert
        assertThat(refusal).isNull();
    }
}

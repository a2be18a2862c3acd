package com.tradefinder.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tradefinder.config.ConfigTexts.MINIMAL;
import static com.tradefinder.config.ConfigTexts.errors;
import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest
{
    private static final String SECRET = "kR9vQz2LmX8pT4wYb7NcJ1hF6dS3gA0e";
    private static final String MESSAGE = "keys never go in the config file: name the environment variables that "
        + "hold them with api_key_env and api_secret_env, or an owner-only secrets_file";

    @Test
    void shouldRejectAnApiSecretWithoutPrintingIt()
    {
        final String text = MINIMAL.replace("venue = \"binance_usdm\"",
            "venue = \"binance_usdm\"\napi_secret = \"" + SECRET + "\"");

        final List<String> errors = errors(text);

        assertThat(errors).containsExactly("bot.toml:5: bot.api_secret: " + MESSAGE);
        assertThat(String.join("\n", errors)).doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 8));
    }

    @Test
    void shouldRejectEveryCredentialLikeKeyAnywhere()
    {
        final String text = MINIMAL.replace("venue = \"binance_usdm\"",
            "venue = \"binance_usdm\"\napi_key = \"" + SECRET + "\"\nsecret = \"x\"") + """
            [strategies.params]
            password = "hunter2-hunter2"

            [vault]
            creds = { passphrase = "open-sesame-1234" }
            """;

        final List<String> errors = errors(text);

        assertThat(errors).containsExactly(
            "bot.toml:5: bot.api_key: " + MESSAGE,
            "bot.toml:6: bot.secret: " + MESSAGE,
            "bot.toml:16: strategies[0].params.password: " + MESSAGE,
            "bot.toml:18: vault: unknown key (allowed: bot, instruments, timeframes, regime, strategies, routing, "
                + "risk, execution, fees, simulation, report, webhook)",
            "bot.toml:19: vault.creds.passphrase: " + MESSAGE);
        assertThat(String.join("\n", errors)).doesNotContain(SECRET, "hunter2", "open-sesame");
    }

    @Test
    void shouldRejectASecretOnALineThatDoesNotParseWithoutPrintingIt()
    {
        final String text = MINIMAL.replace("venue = \"binance_usdm\"",
            "venue = \"binance_usdm\"\napi_secret = " + SECRET + "\nbad = ");

        final List<String> errors = errors(text);

        assertThat(errors).containsExactly(
            "bot.toml:5: api_secret: " + MESSAGE,
            "bot.toml:6:7: syntax error: Unexpected end of line, expected a value");
        assertThat(String.join("\n", errors)).doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 1) + "9");
    }

    @Test
    void shouldRejectAKeyPastedIntoAnEnvironmentVariableNameWithoutPrintingIt()
    {
        final String text = MINIMAL.replace("venue = \"binance_usdm\"",
            "venue = \"binance_usdm\"\napi_key_env = \"" + SECRET + "\"\napi_secret_env = \"" + SECRET + "+/=\"");

        final List<String> errors = errors(text);

        assertThat(errors).containsExactly(
            "bot.toml:5: bot.api_key_env: looks like a key itself, not the name of an environment variable: keys "
                + "never go in the config file",
            "bot.toml:6: bot.api_secret_env: must be the name of an environment variable ([A-Za-z_][A-Za-z0-9_]*, "
                + "at most 128 characters), not the key itself");
        assertThat(String.join("\n", errors)).doesNotContain(SECRET);
    }

    @Test
    void shouldAcceptNamesOfWhereCredentialsAre()
    {
        assertThat(Secrets.isSecretName("api_key_env")).isFalse();
        assertThat(Secrets.isSecretName("api_secret_env")).isFalse();
        assertThat(Secrets.isSecretName("secrets_file")).isFalse();
        assertThat(Secrets.isSecretName("API-SECRET")).isTrue();
        assertThat(Secrets.isSecretName("binance_api_key")).isTrue();
        assertThat(Secrets.isSecretName("max_leverage")).isFalse();
    }
}

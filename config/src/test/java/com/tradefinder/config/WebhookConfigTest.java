package com.tradefinder.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookConfigTest
{
    @Test
    void shouldTakeNoWebhookAlertsWithoutTheTable()
    {
        // arrange, act
        final BotConfig config = ConfigTexts.parse(ConfigTexts.MINIMAL);

        // assert
        assertThat(config.webhook()).isEmpty();
    }

    @Test
    void shouldFillDefaultsAndExpandTheTradingViewSenders()
    {
        // arrange
        final String text = ConfigTexts.MINIMAL + """

            [webhook]
            secret_env = "TV_SECRET"
            allowed_ips = ["tradingview", "127.0.0.1"]
            """;

        // act
        final WebhookConfig webhook = ConfigTexts.parse(text).webhook().orElseThrow();

        // assert
        assertThat(webhook.secretEnv()).contains("TV_SECRET");
        assertThat(webhook.secretFile()).isEmpty();
        assertThat(webhook.allowedIps()).containsExactly(
            "52.89.214.238", "34.212.75.30", "54.218.53.128", "52.32.178.7", "127.0.0.1");
        assertThat(webhook.maxBodyBytes()).isEqualTo(4096);
        assertThat(webhook.dedupWindowSeconds()).isEqualTo(600);
        assertThat(webhook.maxAlertAgeSeconds()).isEqualTo(120);
    }

    @Test
    void shouldRequireExactlyOneSecretSource()
    {
        // arrange
        final String none = ConfigTexts.MINIMAL + "\n[webhook]\nmax_body_bytes = 1024\n";
        final String both = ConfigTexts.MINIMAL + "\n[webhook]\nsecret_env = \"A\"\nsecret_file = \"s.txt\"\n";

        // act, assert
        assertThat(ConfigTexts.errors(none)).singleElement().asString()
            .contains("webhook.secret_env").contains("needs secret_env");
        assertThat(ConfigTexts.errors(both)).singleElement().asString()
            .contains("webhook.secret_file").contains("not both");
    }

    @Test
    void shouldRefuseTheSecretItselfAndBadValues()
    {
        // arrange
        final String secretInFile = ConfigTexts.MINIMAL + "\n[webhook]\nsecret = \"hunter2\"\n";
        final String badValues = ConfigTexts.MINIMAL + """

            [webhook]
            secret_env = "TV_SECRET"
            allowed_ips = ["tradingview.com"]
            max_body_bytes = 10
            """;

        // act
        final List<String> secretErrors = ConfigTexts.errors(secretInFile);
        final List<String> valueErrors = ConfigTexts.errors(badValues);

        // assert
        assertThat(String.join("\n", secretErrors)).contains("webhook.secret").doesNotContain("hunter2");
        assertThat(valueErrors).hasSize(2);
        assertThat(valueErrors.get(0)).contains("webhook.allowed_ips").contains("not an IP address");
        assertThat(valueErrors.get(1)).contains("webhook.max_body_bytes");
    }

    @Test
    void shouldRefuseAGroupReadableSecretFile(@TempDir final Path dir) throws Exception
    {
        // arrange
        final Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cret\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r-----"));
        final String text = ConfigTexts.MINIMAL + "\n[webhook]\nsecret_file = \"" + secret + "\"\n";
        final BotConfig config = ConfigTexts.parse(text);

        // act, assert
        assertThat(config.webhook().flatMap(WebhookConfig::secretFile)).isEqualTo(Optional.of(secret));
        assertThatThrownBy(() -> BotConfigLoader.checkFiles(config)).isInstanceOf(ConfigException.class)
            .hasMessageContaining("webhook.secret_file").hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        BotConfigLoader.checkFiles(config);
    }

    @Test
    void shouldDescribeTheExampleWebhookBot() throws Exception
    {
        // arrange, act
        final BotConfig config = BotConfigLoader.load(ConfigTexts.examples().resolve("webhook-bot.toml"));

        // assert
        final WebhookConfig webhook = config.webhook().orElseThrow();
        assertThat(webhook.secretEnv()).contains("TV_ALERTS_WEBHOOK_SECRET");
        // TradingView's documented senders, and loopback so the README's curl on the same machine is let in
        final java.util.List<String> expected = new java.util.ArrayList<>(WebhookConfig.TRADINGVIEW_SENDERS);
        expected.add("127.0.0.1");
        assertThat(webhook.allowedIps()).containsExactlyElementsOf(expected);
    }
}

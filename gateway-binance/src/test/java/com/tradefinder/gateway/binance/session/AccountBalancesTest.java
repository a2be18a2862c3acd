package com.tradefinder.gateway.binance.session;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountBalancesTest
{
    @Test
    void shouldReadEveryAssetsWalletAndAvailableBalanceExactly()
    {
        // arrange: the documented shape, fields in any order, unknown ones skipped
        final String body = "{\"totalWalletBalance\":\"10126.72\",\"assets\":[" +
            "{\"asset\":\"USDT\",\"walletBalance\":\"10126.72000000\",\"unrealizedProfit\":\"0.5\"," +
            "\"availableBalance\":\"9000.12345678\",\"marginAvailable\":true}," +
            "{\"walletBalance\":\"0.00000001\",\"asset\":\"BNB\",\"availableBalance\":\"0\"}],\"positions\":[]}";

        // act
        final List<AccountBalances.Balance> balances = AccountBalances.parse(body.getBytes(StandardCharsets.UTF_8));

        // assert
        assertThat(balances).containsExactly(
            new AccountBalances.Balance("USDT", 1_012_672_000_000L, 900_012_345_678L),
            new AccountBalances.Balance("BNB", 1L, 0L));
    }

    @Test
    void shouldRefuseMalformedDocumentsAndAmountsInOneLine()
    {
        // arrange
        final byte[] notJson = "<html>".getBytes(StandardCharsets.UTF_8);
        final byte[] tooFine = "{\"assets\":[{\"asset\":\"USDT\",\"walletBalance\":\"1.000000001\"}]}"
            .getBytes(StandardCharsets.UTF_8);

        // act and assert
        assertThatThrownBy(() -> AccountBalances.parse(notJson)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("account: ");
        assertThatThrownBy(() -> AccountBalances.parse(tooFine)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("account: walletBalance '1.000000001' does not fit exponent -8");
    }
}

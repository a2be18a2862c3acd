package com.tradefinder.gateway.binance.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.tradefinder.gateway.binance.rest.DecimalValue;
import com.tradefinder.numeric.FixedPoint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the per-asset wallet balances of {@code GET /fapi/v2/account} ({@code assets[].asset}, {@code walletBalance},
 * {@code availableBalance}) as exact amounts at exponent -8. Cold path (once per session start); stateless.
 */
final class AccountBalances
{
    /** Quote amounts in the engine are at this exponent. */
    static final int AMOUNT_EXPONENT = -8;

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * @param asset             e.g. USDT.
     * @param walletMantissa    wallet balance, exponent -8.
     * @param availableMantissa available balance, exponent -8.
     */
    record Balance(String asset, long walletMantissa, long availableMantissa)
    {
    }

    private AccountBalances()
    {
    }

    /**
     * @param body the account document.
     * @return one entry per asset, in the document's order.
     * @throws IllegalArgumentException with one line when the body is not such a document.
     */
    static List<Balance> parse(final byte[] body)
    {
        final List<Balance> balances = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body))
        {
            if (parser.nextToken() != JsonToken.START_OBJECT)
            {
                throw new IllegalArgumentException("account: not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME)
            {
                final String field = parser.currentName();
                parser.nextToken();
                if ("assets".equals(field) && parser.currentToken() == JsonToken.START_ARRAY)
                {
                    while (parser.nextToken() == JsonToken.START_OBJECT)
                    {
                        balances.add(asset(parser));
                    }
                }
                else
                {
                    parser.skipChildren();
                }
            }
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("account: malformed JSON: " + ex.getMessage());
        }
        return balances;
    }

    private static Balance asset(final JsonParser parser) throws IOException
    {
        String asset = null;
        long wallet = 0;
        long available = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME)
        {
            final String field = parser.currentName();
            parser.nextToken();
            switch (field)
            {
                case "asset" -> asset = parser.getText();
                case "walletBalance" -> wallet = amount(field, parser.getText());
                case "availableBalance" -> available = amount(field, parser.getText());
                default -> parser.skipChildren();
            }
        }
        if (asset == null || asset.isEmpty() || asset.length() > 8)
        {
            throw new IllegalArgumentException("account: an assets[] entry without a valid asset code");
        }
        return new Balance(asset, wallet, available);
    }

    private static long amount(final String field, final String text)
    {
        final long mantissa = DecimalValue.parse(text).at(AMOUNT_EXPONENT);
        if (mantissa == FixedPoint.INVALID)
        {
            throw new IllegalArgumentException("account: " + field + " '" + text + "' does not fit exponent -8");
        }
        return mantissa;
    }
}

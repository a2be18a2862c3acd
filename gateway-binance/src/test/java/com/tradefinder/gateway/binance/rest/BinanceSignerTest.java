package com.tradefinder.gateway.binance.rest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BinanceSignerTest
{
    /** The secret published in Binance's "SIGNED Endpoint Examples for POST /fapi/v1/order" (NOTES §1.4). */
    static final String DOC_SECRET = "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9";
    private static final String DOC_QUERY =
        "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000" +
        "&timestamp=1591702613943";

    @Test
    void shouldSignTheDocumentedQueryString()
    {
        // arrange
        final BinanceSigner signer = new BinanceSigner(DOC_SECRET.getBytes(StandardCharsets.US_ASCII));

        // act
        final String signature = signer.sign(DOC_QUERY);

        // assert
        assertThat(signature).isEqualTo("3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9");
    }

    @Test
    void shouldSignTheDocumentedQueryAndBodyConcatenatedWithoutSeparator()
    {
        // arrange
        final BinanceSigner signer = new BinanceSigner(DOC_SECRET.getBytes(StandardCharsets.US_ASCII));
        final String query = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC";
        final String body = "quantity=1&price=9000&recvWindow=5000&timestamp= 1591702613943";

        // act
        final String signature = signer.sign(query + body);

        // assert
        assertThat(signature).isEqualTo("f9d0ae5e813ef6ccf15c2b5a434047a0181cb5a342b903b367ca6d27a66e36f2");
    }

    @Test
    void shouldMatchJavaxCryptoMacForBuffersOfEveryKindAndLength() throws Exception
    {
        // arrange
        final byte[] secret = DOC_SECRET.getBytes(StandardCharsets.US_ASCII);
        final BinanceSigner signer = new BinanceSigner(secret);
        final byte[] longSecret = new byte[100];
        for (int i = 0; i < longSecret.length; i++)
        {
            longSecret[i] = (byte)('a' + i % 26);
        }
        final BinanceSigner longKeySigner = new BinanceSigner(longSecret);
        final StringBuilder text = new StringBuilder();

        for (int length = 0; length < 1_300; length += 37)
        {
            while (text.length() < length)
            {
                text.append((char)('0' + text.length() % 43));
            }
            final byte[] bytes = text.substring(0, length).getBytes(StandardCharsets.US_ASCII);
            final byte[] padded = new byte[length + 7];
            System.arraycopy(bytes, 0, padded, 5, length);
            final UnsafeBuffer heapSlice = new UnsafeBuffer(padded, 3, length + 4);
            final UnsafeBuffer direct = new UnsafeBuffer(ByteBuffer.allocateDirect(length + 1));
            direct.putBytes(1, bytes);
            final UnsafeBuffer heapOut = new UnsafeBuffer(new byte[BinanceSigner.SIGNATURE_LENGTH + 2]);
            final UnsafeBuffer directOut = new UnsafeBuffer(new byte[BinanceSigner.SIGNATURE_LENGTH]);

            // act
            signer.sign(heapSlice, 2, length, heapOut, 2);
            signer.sign(direct, 1, length, directOut, 0);
            final String longKey = longKeySigner.sign(new String(bytes, StandardCharsets.US_ASCII));

            // assert
            final String expected = hmac(secret, bytes);
            assertThat(heapOut.getStringWithoutLengthAscii(2, BinanceSigner.SIGNATURE_LENGTH)).isEqualTo(expected);
            assertThat(directOut.getStringWithoutLengthAscii(0, BinanceSigner.SIGNATURE_LENGTH)).isEqualTo(expected);
            assertThat(longKey).isEqualTo(hmac(longSecret, bytes));
        }
    }

    @Test
    void shouldNeverShowTheSecret()
    {
        // arrange
        final BinanceSigner signer = new BinanceSigner(DOC_SECRET.getBytes(StandardCharsets.US_ASCII));

        // act
        final String text = signer.toString();

        // assert
        assertThat(text).doesNotContain(DOC_SECRET).doesNotContain(DOC_SECRET.substring(0, 8));
    }

    private static String hmac(final byte[] secret, final byte[] payload) throws Exception
    {
        return SignatureCheck.hmac(secret, payload);
    }
}

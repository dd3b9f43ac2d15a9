package dev.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private final TextDecoder decoder = new TextDecoder();
  private static final String RUSSIAN =
      "<html><body><p>Министр внутренних дел заявил, что эвакуация жителей долины продолжается"
          + " вторые сутки, а уровень воды в реке поднялся на три метра.</p></body></html>";

  @Test
  void undeclaredWindows1251CyrillicIsDetected() {
    byte[] bytes = RUSSIAN.getBytes(Charset.forName("windows-1251"));
    TextDecoder.Decoded d = decoder.decode(bytes, null);
    assertThat(d.text()).isEqualTo(RUSSIAN);
    assertThat(d.charset().name()).isEqualToIgnoringCase("windows-1251");
    assertThat(d.issues()).anyMatch(i -> i.contains("detected"));
  }

  @Test
  void declaredCharsetInHeaderIsHonoured() {
    byte[] bytes = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
    TextDecoder.Decoded d = decoder.decode(bytes, "text/html; charset=ISO-8859-1");
    assertThat(d.text()).isEqualTo("caf\u00e9 au lait");
    assertThat(d.issues()).isEmpty();
  }

  @Test
  void metaCharsetIsHonoured() {
    String html =
        "<html><head><meta charset=\"windows-1251\"></head><body>Привет, мир</body></html>";
    TextDecoder.Decoded d = decoder.decode(html.getBytes(Charset.forName("windows-1251")), null);
    assertThat(d.text()).contains("Привет, мир");
  }

  @Test
  void wrongDeclarationIsNotTrustedAndIsReported() {
    byte[] bytes = RUSSIAN.getBytes(Charset.forName("windows-1251"));
    TextDecoder.Decoded d = decoder.decode(bytes, "text/html; charset=utf-8");
    assertThat(d.text()).isEqualTo(RUSSIAN);
    assertThat(d.issues()).anyMatch(i -> i.contains("does not fit"));
  }

  @Test
  void byteOrderMarkWinsAndIsDropped() {
    byte[] body = "Hello".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    assertThat(decoder.decode(bytes, "text/plain; charset=utf-8").text()).isEqualTo("Hello");
  }

  @Test
  void utf8WithoutDeclarationDecodesWithoutIssues() {
    TextDecoder.Decoded d =
        decoder.decode("Zürich — “quoted”".getBytes(StandardCharsets.UTF_8), null);
    assertThat(d.text()).isEqualTo("Zürich — “quoted”");
    assertThat(d.issues()).isEmpty();
  }
}

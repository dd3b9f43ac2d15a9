package dev.parallax.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

  @TempDir Path dir;

  private final FileSource source =
      new FileSource(1000, new ByteArrayInputStream("from stdin".getBytes(StandardCharsets.UTF_8)));

  @Test
  void readsFoldersRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("b.txt"), "b");
    Files.writeString(dir.resolve("sub/a.html"), "<p>a</p>");
    Files.writeString(dir.resolve(".hidden"), "x");
    List<SourceItem> items = source.open(List.of(dir.toString())).items().toList();
    assertThat(items)
        .extracting(SourceItem::source)
        .containsExactly(dir.resolve("b.txt").toString(), dir.resolve("sub/a.html").toString());
    SourceItem.Loaded html = (SourceItem.Loaded) items.get(1);
    assertThat(html.document().declaredContentType()).isEqualTo("text/html");
  }

  @Test
  void gzipIsDecompressedAndTypedByItsInnerName() throws IOException {
    Path gz = dir.resolve("story.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("<p>hello</p>".getBytes(StandardCharsets.UTF_8));
    }
    SourceItem.Loaded item = (SourceItem.Loaded) source.read(gz);
    assertThat(new String(item.document().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("<p>hello</p>");
    assertThat(item.document().declaredContentType()).isEqualTo("text/html");
  }

  @Test
  void corruptGzipMissingAndOversizedInputsAreUnreadableWithReasons() throws IOException {
    Path bad = dir.resolve("bad.txt.gz");
    Files.write(bad, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[1001]);
    List<SourceItem> items =
        source
            .open(List.of(bad.toString(), big.toString(), dir.resolve("missing.txt").toString()))
            .items()
            .toList();
    assertThat(items).allMatch(i -> i instanceof SourceItem.Unreadable);
    assertThat(items)
        .extracting(i -> ((SourceItem.Unreadable) i).reason())
        .satisfiesExactly(
            r -> assertThat(r).contains("corrupt gzip"),
            r -> assertThat(r).contains("size limit"),
            r -> assertThat(r).contains("no such file"));
  }

  @Test
  void dashReadsStandardInput() {
    SourceItem.Loaded item =
        (SourceItem.Loaded) source.open(List.of("-")).items().findFirst().orElseThrow();
    assertThat(item.source()).isEqualTo("stdin");
    assertThat(new String(item.document().bytes(), StandardCharsets.UTF_8)).isEqualTo("from stdin");
  }
}

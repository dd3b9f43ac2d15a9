package dev.parallax.core.source;

import dev.parallax.api.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads documents from files, folders (recursively, in name order, hidden files skipped),
 * gzip-compressed files, and standard input ({@code -}).
 *
 * <p>Files are read lazily, one at a time, as the returned stream is consumed: a folder of a
 * million articles costs the memory of its path list, not of its contents. A file that cannot be
 * read becomes an {@link SourceItem.Unreadable} with the reason; it never ends the stream.
 *
 * <p>The declared content type comes from the file name ({@code .html}, {@code .htm}, {@code .txt};
 * for {@code name.html.gz}, the name inside) and is only a hint: the extractor sniffs the bytes.
 * Thread-safe.
 */
public final class FileSource {

  /** The name given to standard input. */
  public static final String STDIN = "-";

  private final long maxBytes;
  private final InputStream stdin;

  /**
   * @param maxBytes inputs larger than this (after decompression) are unreadable
   * @param stdin what {@code -} reads
   */
  public FileSource(long maxBytes, InputStream stdin) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  /** The inputs a set of arguments names: how many, and the items, read lazily. */
  public record Inputs(int size, Stream<SourceItem> items) {}

  /** Lists what the arguments name, then reads each lazily as the stream is consumed. */
  public Inputs open(List<String> arguments) {
    List<Object> inputs = new ArrayList<>();
    for (String arg : arguments) {
      if (arg.equals(STDIN)) {
        inputs.add(STDIN);
        continue;
      }
      Path path = Path.of(arg);
      if (!Files.exists(path)) {
        inputs.add(new SourceItem.Unreadable(arg, "no such file or folder"));
      } else if (Files.isDirectory(path)) {
        inputs.addAll(walk(path));
      } else {
        inputs.add(path);
      }
    }
    return new Inputs(
        inputs.size(),
        inputs.stream()
            .map(
                input -> {
                  if (input instanceof SourceItem item) {
                    return item;
                  }
                  if (input instanceof Path p) {
                    return read(p);
                  }
                  return readStdin();
                }));
  }

  private static List<Object> walk(Path root) {
    List<Object> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isHidden(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(
                  new SourceItem.Unreadable(file.toString(), "cannot read: " + e.getMessage()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(
          new SourceItem.Unreadable(root.toString(), "cannot list folder: " + e.getMessage()));
    }
    found.sort(
        (a, b) ->
            String.valueOf(a instanceof SourceItem s ? s.source() : a)
                .compareTo(String.valueOf(b instanceof SourceItem s ? s.source() : b)));
    return found;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Reads one file; never throws. */
  public SourceItem read(Path file) {
    String source = file.toString();
    try {
      long size = Files.size(file);
      Instant modified = Files.getLastModifiedTime(file).toInstant();
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".gz")) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          byte[] bytes = readLimited(in);
          if (bytes == null) {
            return tooLarge(source);
          }
          String inner = name.substring(0, name.length() - 3);
          return new SourceItem.Loaded(
              new RawDocument(source, bytes, typeOf(inner), modified, Map.of()));
        } catch (ZipException | java.io.EOFException e) {
          return new SourceItem.Unreadable(source, "corrupt gzip: " + e.getMessage());
        }
      }
      if (size > maxBytes) {
        return tooLarge(source);
      }
      byte[] bytes = Files.readAllBytes(file);
      return new SourceItem.Loaded(
          new RawDocument(source, bytes, typeOf(name), modified, Map.of()));
    } catch (IOException | SecurityException e) {
      return new SourceItem.Unreadable(source, "cannot read: " + e);
    }
  }

  private SourceItem readStdin() {
    try {
      byte[] bytes = readLimited(stdin);
      if (bytes == null) {
        return tooLarge("stdin");
      }
      return new SourceItem.Loaded(new RawDocument("stdin", bytes, null, Instant.now(), Map.of()));
    } catch (IOException e) {
      return new SourceItem.Unreadable("stdin", "cannot read: " + e.getMessage());
    }
  }

  private SourceItem tooLarge(String source) {
    return new SourceItem.Unreadable(source, "over the size limit of " + maxBytes + " bytes");
  }

  /** Reads at most {@code maxBytes}; null when there is more. */
  private byte[] readLimited(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > maxBytes) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** The content type a file name suggests, or null when it suggests none. */
  static String typeOf(String name) {
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return "text/html";
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return "text/plain";
    }
    return null;
  }
}

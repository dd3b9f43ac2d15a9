package dev.parallax.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Fetches a URL someone else gave Parallax without letting it reach what it should not.
 *
 * <p>A URL typed into a newsroom tool can point anywhere: at the machine itself ({@code
 * http://localhost:8080/…}), at the office network, at a cloud metadata service ({@code
 * 169.254.169.254}). So, by default:
 *
 * <ul>
 *   <li>only {@code http} and {@code https};
 *   <li>the host is resolved first and refused when any of its addresses is loopback, private
 *       (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 — the metadata services —
 *       and fe80::/10), carrier-grade NAT (100.64/10), "this network" (0/8), multicast or
 *       unspecified; IPv4 written inside IPv6 is unwrapped first;
 *   <li>redirects are followed by hand, at most {@code maxRedirects}, and every hop is checked the
 *       same way;
 *   <li>a connect and a total time limit, and a size limit read as the bytes arrive.
 * </ul>
 *
 * The JVM caches the lookup the check made (30 s by default), and the connection made right after
 * uses the cached addresses, which narrows — but does not close — the window in which a host could
 * answer DNS differently for the connection than for the check. Thread-safe.
 */
public final class SafeFetcher {

  /** Limits; {@code allowPrivate} is for tests and closed networks only. */
  public record Options(
      long maxBytes,
      Duration connectTimeout,
      Duration timeout,
      int maxRedirects,
      boolean allowPrivate) {
    public Options {
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(timeout, "timeout");
    }

    /** 20 MB, 10 s to connect, 30 s in all, 5 redirects, public addresses only. */
    public static Options defaults() {
      return new Options(20L << 20, Duration.ofSeconds(10), Duration.ofSeconds(30), 5, false);
    }

    public Options allowingPrivateAddresses() {
      return new Options(maxBytes, connectTimeout, timeout, maxRedirects, true);
    }
  }

  /**
   * What came back: the final URL after redirects, the status (200, or 304 when a conditional
   * request found nothing new), its content type, its bytes, and the validators for next time.
   */
  public record Fetched(
      URI uri, int status, String contentType, byte[] bytes, String etag, String lastModified) {
    public boolean notModified() {
      return status == 304;
    }
  }

  /** A URL Parallax will not or could not fetch, with the reason a person can act on. */
  public static final class Refused extends Exception {
    public Refused(String message) {
      super(message);
    }
  }

  /** How Parallax names itself to servers and in robots.txt matching. */
  public static final String USER_AGENT = "Parallax (news verification)";

  private final Options options;
  private final HttpClient http;

  public SafeFetcher(Options options) {
    this.options = Objects.requireNonNull(options, "options");
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(options.connectTimeout())
            .build();
  }

  /** Fetches {@code url} under the limits; never throws anything but {@link Refused}. */
  public Fetched fetch(String url) throws Refused {
    return fetch(url, null, null);
  }

  /**
   * A conditional fetch: with the validators a previous answer gave ({@code ETag}, {@code
   * Last-Modified}), an unchanged resource comes back as 304 with no bytes.
   */
  public Fetched fetch(String url, String etag, String lastModified) throws Refused {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (java.net.URISyntaxException | NullPointerException e) {
      throw new Refused("not a URL: " + abbreviate(String.valueOf(url)));
    }
    for (int hop = 0; ; hop++) {
      check(uri);
      HttpResponse<InputStream> r;
      try {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(uri)
                .timeout(options.timeout())
                .header("User-Agent", USER_AGENT)
                .GET();
        if (etag != null) {
          request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
          request.header("If-Modified-Since", lastModified);
        }
        r = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (java.net.http.HttpTimeoutException e) {
        throw new Refused("timed out after " + options.timeout().toSeconds() + " s: " + uri);
      } catch (IOException e) {
        throw new Refused("cannot fetch " + uri + ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Refused("interrupted while fetching " + uri);
      }
      int status = r.statusCode();
      if (status >= 300 && status < 400 && r.headers().firstValue("Location").isPresent()) {
        close(r.body());
        if (hop >= options.maxRedirects()) {
          throw new Refused("more than " + options.maxRedirects() + " redirects from " + url);
        }
        try {
          uri = uri.resolve(r.headers().firstValue("Location").get().strip());
        } catch (IllegalArgumentException e) {
          throw new Refused("bad redirect from " + uri);
        }
        continue;
      }
      String newEtag = r.headers().firstValue("ETag").orElse(null);
      String newModified = r.headers().firstValue("Last-Modified").orElse(null);
      if (status == 304) {
        close(r.body());
        return new Fetched(uri, 304, null, new byte[0], newEtag, newModified);
      }
      if (status != 200) {
        close(r.body());
        throw new Refused("HTTP " + status + " from " + uri);
      }
      byte[] bytes = read(r.body(), uri);
      return new Fetched(
          uri,
          200,
          r.headers().firstValue("Content-Type").orElse(null),
          bytes,
          newEtag,
          newModified);
    }
  }

  private byte[] read(InputStream in, URI uri) throws Refused {
    try (InputStream body = in) {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
      if (bytes.length > options.maxBytes()) {
        throw new Refused("larger than " + options.maxBytes() + " bytes: " + uri);
      }
      return bytes;
    } catch (IOException e) {
      throw new Refused("cannot read " + uri + ": " + e.getMessage());
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing was wanted from this body
    }
  }

  /** Refuses schemes and addresses Parallax must not fetch. */
  void check(URI uri) throws Refused {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new Refused("only http and https URLs are fetched, not \"" + scheme + ":\"");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new Refused("no host in " + abbreviate(uri.toString()));
    }
    if (uri.getUserInfo() != null) {
      throw new Refused("URLs with a user name or password are not fetched");
    }
    if (options.allowPrivate()) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new Refused("unknown host: " + host);
    }
    for (InetAddress a : addresses) {
      String why = forbidden(a);
      if (why != null) {
        throw new Refused(host + " is " + why + " (" + a.getHostAddress() + "): not fetched");
      }
    }
  }

  private static final Map<String, String> KINDS =
      Map.of(
          "loopback", "the machine itself",
          "private", "a private network address",
          "link-local", "a link-local address (where cloud metadata services live)");

  /** Why an address must not be fetched, or null when it is public. */
  static String forbidden(InetAddress a) {
    InetAddress address = unwrapped(a);
    if (address.isLoopbackAddress()) {
      return KINDS.get("loopback");
    }
    if (address.isLinkLocalAddress()) {
      return KINDS.get("link-local");
    }
    if (address.isSiteLocalAddress()) {
      return KINDS.get("private");
    }
    if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
      return "not a single public host";
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0) {
        return "\"this network\" (0.0.0.0/8)";
      }
      if (first == 100 && second >= 64 && second <= 127) {
        return "a carrier-grade NAT address";
      }
      if (first == 169 && second == 254) {
        return KINDS.get("link-local");
      }
      if (first >= 224) {
        return "not a single public host";
      }
    } else if (address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
      return KINDS.get("private"); // fc00::/7, unique local
    }
    return null;
  }

  /** IPv4 inside IPv6 (::ffff:10.0.0.1, ::10.0.0.1) as the IPv4 address it is. */
  private static InetAddress unwrapped(InetAddress a) {
    if (!(a instanceof Inet6Address)) {
      return a;
    }
    byte[] b = a.getAddress();
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return a;
      }
    }
    boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
    if (!mapped && !compatible) {
      return a;
    }
    try {
      return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
    } catch (UnknownHostException e) {
      return a;
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}

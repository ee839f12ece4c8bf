// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.web;

import io.dossier.model.IngestIssue.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one URL with the JDK's {@link HttpClient}: {@code GET} with the options' User-Agent,
 * redirects followed by hand (so that each hop is checked to be {@code http} or {@code https} and
 * counted against {@link FetchOptions#maxRedirects()}), one deadline for the whole fetch, and the
 * body refused as soon as it passes {@link FetchOptions#maxBytes()} (from its {@code
 * Content-Length}, else while it streams in), so memory stays bounded whatever the server sends.
 * Never throws for network problems: each becomes a {@link Fetched.Problem} with one line saying
 * what went wrong. Thread-safe; one client serves every fetch.
 */
public final class HttpFetcher {
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";

  private final FetchOptions options;
  private final HttpClient client;

  /** A fetcher with {@code options}. */
  public HttpFetcher(FetchOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Whether {@code url} is absolute {@code http} or {@code https} with a host. */
  public static boolean isHttp(URI url) {
    String scheme = url.getScheme();
    return scheme != null
        && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        && url.getHost() != null;
  }

  /** Fetches {@code url}, following redirects. */
  public Fetched fetch(URI url) {
    long deadline = System.nanoTime() + options.timeout().toNanos();
    URI current = url;
    for (int hop = 0; ; hop++) {
      if (!isHttp(current)) {
        return new Fetched.Problem(
            Kind.UNSUPPORTED,
            (hop == 0 ? "" : "redirected to " + current + ", but ")
                + "only http and https URLs with a host are fetched");
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return timedOut();
      }
      Exchange exchange = exchange(current, remaining);
      if (exchange.problem != null) {
        return exchange.problem;
      }
      HttpResponse<byte[]> response = Objects.requireNonNull(exchange.response);
      int status = response.statusCode();
      if (isRedirect(status)) {
        Optional<String> location = response.headers().firstValue("location");
        if (location.isEmpty() || location.get().isBlank()) {
          return new Fetched.Problem(
              Kind.UNREADABLE, "HTTP " + status + " redirect without a Location header");
        }
        if (hop >= options.maxRedirects()) {
          return new Fetched.Problem(
              Kind.UNREADABLE,
              "more than "
                  + options.maxRedirects()
                  + " redirect"
                  + (options.maxRedirects() == 1 ? "" : "s")
                  + " (a redirect loop?)");
        }
        try {
          current = current.resolve(location.get().strip());
        } catch (IllegalArgumentException e) {
          return new Fetched.Problem(
              Kind.UNREADABLE, "HTTP " + status + " redirect to an invalid URL: " + location.get());
        }
        continue;
      }
      if (status < 200 || status > 299) {
        return new Fetched.Problem(Kind.UNREADABLE, "HTTP " + status + describeStatus(status));
      }
      String[] type = contentType(response.headers());
      return new Fetched.Body(current, type[0], type[1], response.body());
    }
  }

  /** The outcome of one request: a response, or the problem that stopped it. */
  private static final class Exchange {
    final @Nullable HttpResponse<byte[]> response;
    final Fetched.@Nullable Problem problem;

    Exchange(@Nullable HttpResponse<byte[]> response, Fetched.@Nullable Problem problem) {
      this.response = response;
      this.problem = problem;
    }
  }

  private Exchange exchange(URI url, long remainingNanos) {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(url)
              .timeout(Duration.ofNanos(remainingNanos))
              .header("User-Agent", options.userAgent())
              .header("Accept", ACCEPT)
              .GET()
              .build();
    } catch (IllegalArgumentException e) {
      return new Exchange(null, new Fetched.Problem(Kind.MALFORMED, "not a valid URL: " + url));
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request, info -> subscriberFor(info.statusCode(), info.headers()));
    try {
      return new Exchange(future.get(remainingNanos, TimeUnit.NANOSECONDS), null);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Exchange(null, timedOut());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new Exchange(null, new Fetched.Problem(Kind.UNREADABLE, "interrupted"));
    } catch (ExecutionException e) {
      return new Exchange(null, problem(e.getCause() == null ? e : e.getCause(), url));
    }
  }

  private HttpResponse.BodySubscriber<byte[]> subscriberFor(int status, HttpHeaders headers) {
    if (status < 200 || status > 299) {
      // the body of an error page or a redirect is not needed: drop the connection's rest
      return new LimitedBody(0, true);
    }
    long declared = headers.firstValueAsLong("content-length").orElse(-1);
    if (declared > options.maxBytes()) {
      return new LimitedBody(options.maxBytes(), false).refuse(declared);
    }
    return new LimitedBody(options.maxBytes(), false);
  }

  private Fetched.Problem timedOut() {
    return new Fetched.Problem(
        Kind.UNREADABLE,
        "timed out after " + seconds(options.timeout()) + " (raise the limit with --timeout)");
  }

  private Fetched.Problem problem(Throwable failure, URI url) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException tooLarge) {
        return new Fetched.Problem(
            Kind.TOO_LARGE,
            "the response is "
                + (tooLarge.declared > 0 ? tooLarge.declared + " bytes" : "larger than the limit")
                + " and the limit is "
                + options.maxBytes()
                + " bytes (raise it with --max-bytes)");
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new Fetched.Problem(
            Kind.UNREADABLE,
            "could not connect to " + url.getHost() + " within " + seconds(options.timeout()));
      }
      if (t instanceof HttpTimeoutException) {
        return timedOut();
      }
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return new Fetched.Problem(
            Kind.UNREADABLE, "unknown host " + url.getHost() + " (DNS lookup failed)");
      }
      if (t instanceof SSLException) {
        return new Fetched.Problem(Kind.UNREADABLE, "TLS failed: " + oneLine(t));
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return new Fetched.Problem(
            Kind.UNREADABLE,
            "cannot connect to "
                + url.getHost()
                + (url.getPort() > 0 ? ":" + url.getPort() : "")
                + " (connection refused or unreachable)");
      }
    }
    return new Fetched.Problem(Kind.UNREADABLE, "fetch failed: " + oneLine(failure));
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String describeStatus(int status) {
    switch (status) {
      case 401:
      case 403:
        return " (access denied)";
      case 404:
      case 410:
        return " (not found)";
      case 429:
        return " (too many requests; try again later)";
      default:
        return status >= 500 ? " (server error)" : "";
    }
  }

  /** The media type (lower case) and charset of the Content-Type header, each or both null. */
  private static @Nullable String[] contentType(HttpHeaders headers) {
    Optional<String> header = headers.firstValue("content-type");
    if (header.isEmpty() || header.get().isBlank()) {
      return new String[] {null, null};
    }
    String[] parts = header.get().split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        charset = p.substring("charset=".length()).replace("\"", "").replace("'", "").strip();
      }
    }
    return new String[] {type.isEmpty() ? null : type, charset};
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage();
    String text = message == null ? t.getClass().getSimpleName() : message;
    return text.lines().findFirst().orElse("").strip();
  }

  /** The body is over the limit (declared by Content-Length, or seen while streaming). */
  private static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    final long declared;

    BodyTooLargeException(long declared) {
      super("response body over the size limit");
      this.declared = declared;
    }
  }

  /**
   * Collects a body of at most {@code max} bytes; cancels the stream (closing the connection) as
   * soon as it grows past it, or at once when the body is not wanted.
   */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long max;
    private final boolean discard;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long refuseDeclared = -1;
    private Flow.@Nullable Subscription subscription;

    LimitedBody(long max, boolean discard) {
      this.max = max;
      this.discard = discard;
    }

    LimitedBody refuse(long declared) {
      this.refuseDeclared = declared;
      return this;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (discard) {
        s.cancel();
        result.complete(new byte[0]);
      } else if (refuseDeclared >= 0) {
        s.cancel();
        result.completeExceptionally(new BodyTooLargeException(refuseDeclared));
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        if (out.size() + (long) item.remaining() > max) {
          Objects.requireNonNull(subscription).cancel();
          result.completeExceptionally(new BodyTooLargeException(-1));
          return;
        }
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

/** HTML escaping for untrusted text: everything from an article passes through here. */
final class Html {

  private Html() {}

  /** Escapes {@code & < > " '} so that text is safe in element content and quoted attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code a=1&b=x%20y}: names and values URL-encoded (escape the result for an attribute). */
  static String queryString(java.util.Map<String, String> params) {
    StringBuilder out = new StringBuilder();
    for (java.util.Map.Entry<String, String> p : params.entrySet()) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(pathSegment(p.getKey())).append('=').append(pathSegment(p.getValue()));
    }
    return out.toString();
  }

  /** Escapes an id for use in a URL path segment (ids are [A-Za-z0-9._-], but never trust). */
  static String pathSegment(String id) {
    return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}

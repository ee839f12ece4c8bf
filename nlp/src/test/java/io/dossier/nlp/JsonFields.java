// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The top-level string fields of one JSON object, enough to read a JSON-lines corpus in the
 * measurement without adding a JSON library to this module. Nested values are skipped.
 */
final class JsonFields {

  private final String json;
  private int pos;
  private final Map<String, String> strings = new HashMap<>();

  private JsonFields(String json) {
    this.json = json;
  }

  static JsonFields parse(String json) {
    JsonFields f = new JsonFields(json);
    f.object(true);
    return f;
  }

  @Nullable String string(String name) {
    return strings.get(name);
  }

  private void object(boolean top) {
    expect('{');
    skipSpace();
    if (peek() == '}') {
      pos++;
      return;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      if (top && peek() == '"') {
        strings.put(key, string());
      } else {
        value();
      }
      skipSpace();
      char c = next();
      if (c == '}') {
        return;
      }
      if (c != ',') {
        throw error("expected , or }");
      }
    }
  }

  private void value() {
    char c = peek();
    if (c == '"') {
      string();
    } else if (c == '{') {
      object(false);
    } else if (c == '[') {
      pos++;
      skipSpace();
      if (peek() == ']') {
        pos++;
        return;
      }
      while (true) {
        skipSpace();
        value();
        skipSpace();
        char d = next();
        if (d == ']') {
          return;
        }
        if (d != ',') {
          throw error("expected , or ]");
        }
      }
    } else {
      while (pos < json.length() && ",}] \t\r\n".indexOf(json.charAt(pos)) < 0) {
        pos++; // number, true, false, null
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(json.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> sb.append(e); // \" \\ \/
      }
    }
  }

  private void skipSpace() {
    while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= json.length()) {
      throw error("unexpected end");
    }
    return json.charAt(pos);
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected " + c);
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("JSON column " + pos + ": " + what);
  }
}

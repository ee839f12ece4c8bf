// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextMarkupTest {
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

  private static TextMarkup.Mark mark(int start, int end, TextMarkup.Kind kind) {
    return new TextMarkup.Mark(start, end, kind, "/x?a=1&b=\"2\"", "t<i>", "C1");
  }

  @Test
  void overlappingMarksStayWellNestedAndTextStaysEscaped() {
    String text = "<b>Haftar</b> said \"we\" & attacked\n\nDerna";
    String html =
        TextMarkup.render(
            text,
            List.of(
                mark(3, 9, TextMarkup.Kind.MENTION),
                mark(0, 30, TextMarkup.Kind.CLAIM),
                mark(5, 20, TextMarkup.Kind.HIGHLIGHT),
                mark(27, 35, TextMarkup.Kind.EVENT),
                mark(29, 42, TextMarkup.Kind.CLAIM),
                mark(37, 42, TextMarkup.Kind.MENTION),
                mark(40, 99, TextMarkup.Kind.MENTION)));
    assertThat(html)
        .contains("&lt;b&gt;")
        .contains("&quot;")
        .contains("&amp;")
        .contains("href=\"/x?a=1&amp;b=&quot;2&quot;\"")
        .contains("title=\"t&lt;i&gt;\"")
        .contains("</p><p>")
        .contains("<mark class=\"hl\" id=\"hl\">")
        .doesNotContain("<b>")
        .doesNotContain("<i>");
    assertThat(html.split("id=\"hl\"", -1)).hasSize(2);
    assertWellNested("<p>" + html + "</p>");
    assertThat(
            stripTags(html)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&"))
        .as("the text is all there, once")
        .isEqualTo(text.replace("\n", ""));
  }

  @Test
  void randomMarksNeverBreakNesting() {
    Random random = new Random(42);
    String text = "Ab <c> d\"e & f\ng\n\nh 'i' j<k>l m n o p";
    TextMarkup.Kind[] kinds = TextMarkup.Kind.values();
    for (int round = 0; round < 500; round++) {
      List<TextMarkup.Mark> marks = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int a = random.nextInt(text.length() + 3) - 1;
        int b = random.nextInt(text.length() + 3) - 1;
        marks.add(mark(Math.min(a, b), Math.max(a, b), kinds[random.nextInt(kinds.length)]));
      }
      String html = TextMarkup.render(text, marks);
      assertWellNested("<p>" + html + "</p>");
      assertThat(html).doesNotContain("<c>").doesNotContain("<k>");
    }
  }

  private static String stripTags(String html) {
    return html.replaceAll("<a class=\"claim-ref\"[^>]*>C1</a>", "").replaceAll("<[^>]+>", "");
  }

  private static void assertWellNested(String html) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      String name = m.group(2);
      if (name.equals("br")) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        assertThat(name.equals("a") && open.contains("a")).as("nested link in " + html).isFalse();
        open.push(name);
      } else {
        assertThat(open.peek()).as("closing " + name + " in " + html).isEqualTo(name);
        open.pop();
      }
    }
    assertThat(open).as(html).isEmpty();
  }
}

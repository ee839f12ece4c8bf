// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies the language of an article's text with the optimaize language-detector (character
 * n-gram profiles of 70 languages, built into its 4 MB jar).
 *
 * <p>It answers only when it is sure: the text must hold at least {@value #MIN_LETTERS} letters
 * (n-gram statistics of a headline or a one-line snippet are noise, and a short English text with
 * names in it is easily taken for another language) and the best language must reach a probability
 * of {@value #MIN_PROBABILITY}. Otherwise the answer is empty and the caller keeps its default.
 * Only the first {@value #MAX_CHARS} characters are read. URLs and e-mail addresses are ignored.
 * The answer is deterministic (fixed seed). Immutable and thread-safe.
 */
public final class LanguageIdentifier {
  /** Fewer letters than this give no answer. */
  public static final int MIN_LETTERS = 120;

  /** The best language must be at least this probable. */
  public static final double MIN_PROBABILITY = 0.9;

  /** Characters of the text that are read; more adds time, not certainty. */
  public static final int MAX_CHARS = 4000;

  private static final long SEED = 20_171_024L;

  private final LanguageDetector detector;
  private final TextObjectFactory texts;

  private LanguageIdentifier(LanguageDetector detector, TextObjectFactory texts) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * The identifier with every built-in language profile, loaded once on first use (one to two
   * seconds, about 70 MB of heap) and shared, since it is immutable.
   */
  public static LanguageIdentifier standard() {
    return Holder.STANDARD;
  }

  /**
   * The language of {@code text} as an ISO 639-1 code ({@code fr}), or empty when the text is too
   * short or no language is probable enough.
   */
  public Optional<String> identify(String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (letters(sample) < MIN_LETTERS) {
      return Optional.empty();
    }
    List<DetectedLanguage> ranked = detector.getProbabilities(texts.forText(sample));
    if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
      return Optional.empty();
    }
    return Optional.of(ranked.get(0).getLocale().getLanguage());
  }

  private static int letters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /**
   * The languages told apart: the main languages of international news and of the regions Dossier
   * is used for. All 70 built-in profiles need more heap than a small ingest should (they broke a
   * 192 MB run); a text in another language still comes out as some non-English language or below
   * the confidence threshold.
   */
  static final List<String> NEWS_LANGUAGES =
      List.of(
          "en", "fr", "es", "de", "it", "pt", "nl", "ar", "fa", "ur", "tr", "ru", "uk", "pl", "ro",
          "el", "he", "hi", "zh-CN", "ja", "ko", "id", "sw", "sv", "da", "no", "fi", "hu", "cs",
          "bg", "hr", "sr", "so", "af", "ca");

  /** Loads the profiles when {@link #standard()} is first called, not when the class loads. */
  private static final class Holder {
    static final LanguageIdentifier STANDARD = load();

    private static LanguageIdentifier load() {
      try {
        LanguageDetector detector =
            LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(
                    new LanguageProfileReader()
                        .readBuiltIn(NEWS_LANGUAGES.stream().map(LdLocale::fromString).toList()))
                .seed(SEED)
                .build();
        return new LanguageIdentifier(
            detector, CommonTextObjectFactories.forDetectingOnLargeText());
      } catch (IOException e) {
        // the profiles are resources in the library's jar: missing means a broken installation
        throw new UncheckedIOException("cannot load the language profiles of language-detector", e);
      }
    }
  }
}

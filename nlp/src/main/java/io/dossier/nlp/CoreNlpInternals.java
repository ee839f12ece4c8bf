// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import java.lang.reflect.Field;

/**
 * Reads and writes CoreNLP 4.5.10 fields that CoreNLP does not expose, for the few places where
 * Dossier reaches inside it (named in the messages so that a CoreNLP upgrade fails loudly).
 */
final class CoreNlpInternals {

  private CoreNlpInternals() {}

  /** The value of a non-null field of {@code target} (or a static field with a null target). */
  static Object read(Class<?> owner, String name, Object target) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      Object value = f.get(target);
      if (value == null) {
        throw new IllegalStateException(owner.getName() + "." + name + " is not initialized");
      }
      return value;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot read "
              + owner.getName()
              + "."
              + name
              + " (Dossier is written against CoreNLP 4.5.10's internals)",
          e);
    }
  }

  /** Sets a (possibly final) instance field of {@code target}. */
  static void write(Class<?> owner, String name, Object target, Object value) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot set "
              + owner.getName()
              + "."
              + name
              + " (Dossier is written against CoreNLP 4.5.10's internals)",
          e);
    }
  }
}
